/**
 * A few Dutch strings of Decap's `nl` locale, adjusted to the redactie's own words
 * (issue 3: Concept → Ter beoordeling → Klaar om te publiceren) and to what older editors
 * understand without explanation, plus Dutch for every string Decap 3.16's `nl` locale lacks (it
 * falls back to English there: "Set Publicatiedatum to now", "Toggle to markdown mode", notes,
 * screen-reader labels; issue 16). tests/unit/cms-locale.test.ts reads the English and Dutch
 * locales from the Decap bundle and fails when a key is left in English.
 */
/** Decap's toast for a save refused by its own checks (our override; cms/save-refusal.ts recognises it). */
export const MISSING_FIELDS_TOAST = 'Nog niet opgeslagen: vul eerst de rood omrande velden in.';

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
  // English words or wrong Dutch in Decap's nl locale.
  // The workflow cards' date: Decap formats it with dayjs without the Dutch locale loaded, so
  // "MMMM D" printed "December 2" (issue 16). Numbers need no month names: 2-12-2026.
  'workflow.workflow.dateFormat': 'D-M-YYYY',
  // A refused save (issue 16: "Oeps, sommige verplichte velden…" named no field). cms/save-refusal.ts
  // replaces this toast by one message naming every field; this text is what shows without it.
  'ui.toast.missingRequiredField': MISSING_FIELDS_TOAST,
  // The message under a field and in the refused-save message: "Titel is verplicht." Our patterns
  // carry a Dutch message that reads after the label ("is te lang (hoogstens 80 tekens)").
  'editor.editorControlPane.widget.required': '%{fieldLabel} is verplicht.',
  'editor.editorControlPane.widget.regexPattern': '%{fieldLabel} %{pattern}.',
  'ui.toast.entryUpdated': 'Status bijgewerkt',
  'editor.editorWidgets.markdown.quote': 'Citaat',
  'editor.editorWidgets.markdown.headings': 'Kopjes',
  'editor.editorWidgets.markdown.richText': 'Opgemaakte tekst',
  'editor.editorWidgets.markdown.addComponent': 'Blok toevoegen',
  // What Decap writes after the label of a field that is not required (`required: false`), as in its
  // nl locale; named here because cms/dutch-dom.ts takes it away where the label itself says when
  // the field is needed (conditionalLabel below).
  'editor.editorControl.field.optional': 'optioneel',
  // Missing from Decap's nl locale (shown in English until now).
  'auth.loginWithForgejo': 'Inloggen met Forgejo',
  'collection.collectionTop.viewAsList': 'Als lijst tonen',
  'collection.collectionTop.viewAsGrid': 'Als tegels tonen',
  'collection.entries.unpublishedHeader': 'Nog niet gepubliceerd',
  // Decap fills in the widget's code name ("string", "relation", "datetime"): say "invoerveld" only.
  'editor.editorControl.field.widgetLabel': 'Invoerveld',
  'editor.editorControlPane.widget.invalidPath': '"%{path}" is geen geldige plek',
  'editor.editorControlPane.widget.pathExists': 'Er bestaat al iets op de plek "%{path}"',
  'editor.editorControlPane.i18n.copyFromLocale': 'Overnemen uit een andere taal',
  'editor.editorControlPane.i18n.copyFromLocaleConfirm': 'Wilt u de gegevens overnemen uit de taal %{locale}?\nAlles wat hier nu staat, wordt dan vervangen.',
  'editor.editorInterface.toggleNotes': 'Notities tonen of verbergen',
  'editor.editorNotesPane.title': 'Notities',
  'editor.editorNotesPane.emptyState': 'Nog geen notities. Schrijf hieronder de eerste.',
  'editor.editorNotesPane.addNote': 'Notitie toevoegen',
  'editor.editorNotesPane.addPlaceholder': 'Schrijf een notitie…',
  'editor.editorNotesPane.editPlaceholder': 'Pas uw notitie aan…',
  'editor.editorNotesPane.save': 'Opslaan',
  'editor.editorNotesPane.cancel': 'Annuleren',
  'editor.editorNotesPane.edit': 'Bewerken',
  'editor.editorNotesPane.delete': 'Verwijderen',
  'editor.editorNotesPane.resolve': 'Afgehandeld',
  'editor.editorNotesPane.unresolve': 'Toch niet afgehandeld',
  'editor.editorNotesPane.confirmDelete': 'Weet u zeker dat u deze notitie wilt verwijderen?',
  'editor.editorNotesPane.shortcut': 'Tip: met Ctrl+Enter voegt u de notitie meteen toe',
  'editor.editorToolbar.statusInfoTooltipDraft': 'Dit stuk is een concept. Is het af? Zet de status op "Ter beoordeling", dan kijkt een andere redacteur ernaar.',
  'editor.editorToolbar.statusInfoTooltipInReview': 'Dit stuk wordt beoordeeld; u hoeft niets te doen. U kunt het intussen nog aanpassen.',
  'editor.editorWidgets.markdown.strikethrough': 'Doorhalen',
  'editor.editorWidgets.markdown.toggleMode.rich': 'Terug naar de gewone weergave',
  'editor.editorWidgets.markdown.toggleMode.markdown': 'Markdown-code tonen',
  'editor.editorWidgets.image.chooseMultiple': "Kies foto's",
  'editor.editorWidgets.image.addMore': "Meer foto's toevoegen",
  'editor.editorWidgets.image.removeAll': "Alle foto's weghalen",
  'editor.editorWidgets.file.chooseMultiple': 'Kies bestanden',
  'editor.editorWidgets.file.addMore': 'Meer bestanden toevoegen',
  'editor.editorWidgets.file.removeAll': 'Alle bestanden weghalen',
  // Decap passes the field's internal name ("publicatiedatum", "gecontroleerdOp"), not its label:
  // a screen reader would read code. The button sits right next to the field's own label.
  'editor.editorWidgets.datetime.setToNow': 'Nu invullen',
  'editor.editorWidgets.list.addType': '%{item} toevoegen',
  'editor.editorWidgets.object.expand': 'Openklappen',
  'editor.editorWidgets.object.collapse': 'Dichtklappen',
  'mediaLibrary.mediaLibraryModal.close': 'Sluiten',
  'ui.settingsDropdown.account': 'Uw account',
  'ui.toast.noteAdded': 'Notitie toegevoegd',
  'ui.toast.onFailToAddNote': 'Notitie toevoegen lukte niet: %{details}',
  'ui.toast.noteUpdated': 'Notitie aangepast',
  'ui.toast.onFailToUpdateNote': 'Notitie aanpassen lukte niet: %{details}',
  'ui.toast.noteDeleted': 'Notitie verwijderd',
  'ui.toast.onFailToDeleteNote': 'Notitie verwijderen lukte niet: %{details}',
  'ui.toast.noteResolved': 'Notitie afgehandeld',
  'ui.toast.noteReopened': 'Notitie weer open',
  'ui.toast.onFailToToggleNote': 'Notitie aanpassen lukte niet: %{details}',
};

/**
 * The label of a field that is optional until another field makes it required (issue 16: the photo
 * description, an initiatief's telefoon/e-mail/website, a field of an optional group): it says when,
 * "Beschrijving van de foto (nodig als u een foto kiest)". Decap would add "(optioneel)" after it,
 * because the field is `required: false`; cms/dutch-dom.ts hides that word after any label that
 * ends with such a condition (hasCondition). tests/unit/cms-config.test.ts checks that only these
 * labels end in ")".
 */
export function conditionalLabel(label: string, when: string): string {
  return `${label} (${when})`;
}

/** True for a label made by conditionalLabel: it ends with "(…)". */
export function hasCondition(label: string): boolean {
  return /\([^()]+\)$/.test(label.trim());
}

/** The text Decap puts after the label of an optional field: " (optioneel)". */
export const OPTIONAL_SUFFIX = ` (${nlOverrides['editor.editorControl.field.optional']})`;

type Tree = { [key: string]: string | Tree };

/** Copy of `locale` with the overrides applied (missing keys and sections are added). */
export function withOverrides(locale: Tree, overrides: Record<string, string> = nlOverrides): Tree {
  const copy = structuredClone(locale);
  for (const [dotted, value] of Object.entries(overrides)) {
    const keys = dotted.split('.');
    let node: Tree | undefined = copy;
    for (const k of keys.slice(0, -1)) {
      // A string where a section is expected: leave that key alone.
      node = node && typeof node[k] !== 'string' ? ((node[k] ??= {}) as Tree) : undefined;
    }
    const last = keys[keys.length - 1];
    if (node && typeof node[last] !== 'object') node[last] = value;
  }
  return copy;
}

/**
 * English that Decap's libraries write outside its locale (issue 16: "No options"): react-select's
 * menu notices and the messages of its screen-reader live region, react-toastify's labels, and the
 * one hard-coded string of Decap's relation widget. cms/dutch-dom.ts applies this to the page.
 * Returns the Dutch text, or undefined when `text` is not one of them. The sentences with a
 * variable part are matched only in a live region (`live`): "1, 2 of 3." is Dutch elsewhere.
 */
export function dutchFor(text: string, live = true): string | undefined {
  const exact: Record<string, string> = {
    'No options': 'Niets gevonden',
    'Loading...': 'Bezig met laden…',
    'Loading options…': 'Bezig met zoeken…',
    'Select...': 'Kies…',
    close: 'Sluiten',
    'notification timer': 'Tijd tot deze melding verdwijnt',
    'All selected options have been cleared.': 'Alle keuzes zijn gewist.',
    'Use left and right to toggle between focused values, press Backspace to remove the currently focused value':
      'Met pijl links en rechts gaat u langs de gekozen waarden; Backspace haalt de gekozen waarde weg.',
  };
  if (Object.hasOwn(exact, text)) return exact[text];
  if (!live) return undefined;
  let m: RegExpMatchArray | null;
  if ((m = /^Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu(, press Tab to select the option and exit the menu)?\.$/.exec(text)))
    return `Kies met pijl omhoog en omlaag en druk op Enter; Escape sluit de lijst${m[1] ? ', Tab kiest en sluit de lijst' : ''}.`;
  if ((m = /^(.*) is focused ?(,type to refine list)?, press Down to open the menu, ( press left to focus selected values)?$/.exec(text)))
    return `${m[1] === 'Select' ? 'Keuzelijst' : m[1]}: ${m[2] ? 'typ om te zoeken, ' : ''}pijl omlaag opent de lijst${m[3] ? ', pijl links gaat naar wat al gekozen is' : ''}.`;
  if ((m = /^option (.*), deselected\.$/.exec(text))) return `${m[1]} is weggehaald.`;
  if ((m = /^options? (.*), selected\.$/.exec(text))) return `${m[1]} is gekozen.`;
  if ((m = /^option (.*) is disabled\. Select another option\.$/.exec(text))) return `${m[1]} kan niet gekozen worden. Kies iets anders.`;
  if ((m = /^value (.*) focused, (\d+) of (\d+)\.$/.exec(text))) return `${m[1]}, ${m[2]} van ${m[3]}.`;
  if ((m = /^(.*?)( selected)?( disabled)?, (\d+) of (\d+)\.$/.exec(text))) return `${m[1]}${m[2] ? ', gekozen' : ''}${m[3] ? ', niet te kiezen' : ''}, ${m[4]} van ${m[5]}.`;
  if ((m = /^(\d+) results? available( for search term (.*))?\.$/.exec(text)))
    return `${m[1] === '1' ? '1 resultaat' : `${m[1]} resultaten`}${m[3] ? ` voor "${m[3]}"` : ''}.`;
  return undefined;
}
