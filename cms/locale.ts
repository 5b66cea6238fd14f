/**
 * A few Dutch strings of Decap's `nl` locale, adjusted to the redactie's own words
 * (issue 3: Concept → Ter beoordeling → Klaar om te publiceren) and to what older editors
 * understand without explanation. Only keys that exist in Decap's locale are changed.
 */
export const nlOverrides: Record<string, string> = {
  'editor.editorToolbar.inReview': 'Ter beoordeling',
  'editor.editorToolbar.ready': 'Klaar om te publiceren',
  'editor.editorToolbar.publishNow': 'Nu publiceren',
  'editor.editor.onPublishingNotReady': 'Zet de status eerst op "Klaar om te publiceren".',
  'editor.editor.onPublishing': 'Weet u zeker dat u dit stuk nu op de website wilt zetten?',
  'workflow.workflowList.inReviewHeader': 'Ter beoordeling',
  'workflow.workflowList.readyHeader': 'Klaar om te publiceren',
  'workflow.workflowList.onPublishingNotReadyEntry':
    'Alleen stukken in de kolom "Klaar om te publiceren" kunnen worden gepubliceerd. Sleep de kaart eerst naar die kolom.',
  'collection.collectionTop.newButton': '%{collectionLabel} toevoegen',
  'collection.collectionTop.newButtonAriaLabel': '%{collectionLabel} toevoegen',
};

type Tree = { [key: string]: string | Tree };

/** Copy of `locale` with the overrides applied where the key already exists. */
export function withOverrides(locale: Tree, overrides: Record<string, string> = nlOverrides): Tree {
  const copy = structuredClone(locale);
  for (const [dotted, value] of Object.entries(overrides)) {
    const keys = dotted.split('.');
    let node: Tree | string | undefined = copy;
    for (const k of keys.slice(0, -1)) node = typeof node === 'object' ? node[k] : undefined;
    const last = keys[keys.length - 1];
    if (node && typeof node === 'object' && typeof node[last] === 'string') node[last] = value;
  }
  return copy;
}
