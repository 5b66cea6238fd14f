/**
 * The words of the agenda's and wegwijzer's filter addresses (/agenda/vlaardingen/deze-week/bewegen/),
 * and so the file names an activiteit or initiatief cannot have. One list for the pages
 * (src/lib/agenda.ts) and the content validator; this module imports nothing, so the validator
 * (also loaded by Playwright's loader) does not pull in the UI strings.
 */
export const PERIODES = ['vandaag', 'deze-week', 'deze-maand', 'later'] as const;
export type Periode = (typeof PERIODES)[number];

/** Slugs an activity or initiatief may not have, because a filter page lives at that URL. */
export function reservedSlugs(gemeenten: readonly string[], themas: readonly string[]): Set<string> {
  return new Set([...gemeenten, ...PERIODES, ...themas]);
}
