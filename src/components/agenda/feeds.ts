/** The iCalendar files of the site, built from the content with src/lib/ics.ts. */
import type { Activiteit } from '../../lib/content';
import { buildIcs, type IcsActivity } from '../../lib/ics';
import { hasOccurrenceAfter } from '../../lib/recurrence';
import { addressWithGemeente } from '../../lib/agenda';
import { gemeenteNaam, site } from '../../lib/site';
import { themaLabel } from './entries';
import { entryPath } from '../../schemas/index';

export const siteHost = () => new URL(site.url).host;

export function toIcsActivity(a: Activiteit): IcsActivity {
  const d = a.data;
  const gemeente = gemeenteNaam(d.locatie.gemeente);
  return {
    slug: a.id,
    titel: d.titel,
    samenvatting: d.samenvatting,
    timing: d,
    locatie: `${d.locatie.naam}, ${addressWithGemeente(d.locatie.adres, gemeente)}`,
    url: new URL(entryPath('agenda', a.id), site.url).href,
    kosten: d.kosten,
    themas: d.themas.map(themaLabel),
  };
}

/** Feeds keep what ended in the last 30 days (calendar apps like a little history) and everything ahead. */
export const FEED_HISTORY_DAYS = 30;

export function feed(list: readonly Activiteit[], name: string, description: string, now: Date): Response {
  const since = new Date(now.getTime() - FEED_HISTORY_DAYS * 864e5);
  const body = buildIcs({ name, description, host: siteHost(), now, activities: list.filter((a) => hasOccurrenceAfter(a.data, since)).map(toIcsActivity) });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
