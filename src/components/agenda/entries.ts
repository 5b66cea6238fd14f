/**
 * Glue between the content collections and the pure agenda rules in src/lib/agenda.ts:
 * an activity entry as an AgendaEntry, the filter option lists, and page titles.
 */
import type { Activiteit } from '../../lib/content';
import { PERIODES, allItems, narrowItems, type AgendaEntry, type AgendaFilter, type AgendaItem } from '../../lib/agenda';
import { activiteitThemaLabels } from '../../schemas/helpers';
import { t, type StringKey } from '../../i18n';

export interface ActivityEntry extends AgendaEntry {
  activiteit: Activiteit;
}
export type ActivityItem = AgendaItem<ActivityEntry>;

export const toEntry = (activiteit: Activiteit): ActivityEntry => ({
  id: activiteit.id,
  gemeente: activiteit.data.locatie.gemeente,
  themas: activiteit.data.themas,
  timing: activiteit.data,
  activiteit,
});

// The ~200 filter pages share one expansion of all occurrences per build (same list, same clock).
let cache: { list: readonly Activiteit[]; now: number; items: ActivityItem[] } | undefined;

export function itemsFor(list: readonly Activiteit[], filter: AgendaFilter, now: Date): ActivityItem[] {
  const same = cache && cache.now === now.getTime() && cache.list.length === list.length && cache.list.every((a, i) => a === list[i]);
  if (!same) cache = { list, now: now.getTime(), items: allItems(list.map(toEntry), now) };
  return narrowItems(cache!.items, filter, now);
}

export { gemeenteSlugs } from '../../schemas/helpers';
export const themaSlugs = Object.keys(activiteitThemaLabels);
export const themaLabel = (slug: string): string => (activiteitThemaLabels as Record<string, string>)[slug] ?? slug;
export const periodeLabel = (p: (typeof PERIODES)[number]): string => t(`agenda.periode.${p}` as StringKey);

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('nl') + s.slice(1);

/** "Vlaardingen, deze week, bewegen" (gemeente names keep their capital). */
export function keuzeText(f: AgendaFilter, gemeenteNaam: (slug: string) => string): string {
  const parts: string[] = [];
  if (f.gemeente) parts.push(gemeenteNaam(f.gemeente));
  if (f.periode) parts.push(lowerFirst(periodeLabel(f.periode)));
  if (f.thema) parts.push(lowerFirst(themaLabel(f.thema)));
  const text = parts.join(', ');
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}
