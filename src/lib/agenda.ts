/**
 * The agenda's rules, as pure functions (no astro:content, so vitest can run them):
 * periods (vandaag, deze week, deze maand, later), which occurrences a page shows,
 * grouping by day, the static filter URLs, Dutch descriptions of a recurrence, the map
 * link and the schema.org Event.
 *
 * Filters work without JavaScript because every combination is a pre-rendered page:
 *   /agenda/[gemeente/][periode/][thema/]    e.g. /agenda/vlaardingen/deze-week/bewegen/
 *   /initiatieven/[gemeente/][thema/]
 * Gemeente, periode and thema words never overlap, so each URL reads one way only.
 * The browser script public/scripts/agenda-tijd.js repeats the period rule (same cases in
 * tests/unit/agenda.test.ts) so a page that was built yesterday still shows the right days.
 */
import { t, type StringKey } from '../i18n';
import { occurrences, patternOf, exceptionStarts, type ActivityTiming, type Occurrence } from './recurrence';
import { addDays, dateOnlyKey, isoWithOffset, lastDayOfMonth, localDateKey, localToInstant, parseLocal, startOfDay, weekdayOf } from './time';
import { PERIODES, type Periode } from './agenda-words';
export { PERIODES, reservedSlugs, type Periode } from './agenda-words';

/** How far ahead the listings look (days, counted from today). */
export const HORIZON_DAYS = 92;
/**
 * Period pages also carry (hidden) the occurrences of this many extra days, so that the browser
 * script can show the right ones when the daily rebuild has not happened yet.
 */
export const STALE_MARGIN_DAYS = 7;

/** First and last day (inclusive, Amsterdam date keys) of a period seen from `today`; last null = open-ended. */
export function periodeRange(periode: Periode, today: string): { first: string; last: string | null } {
  switch (periode) {
    case 'vandaag':
      return { first: today, last: today };
    case 'deze-week': // the rest of this week, Monday to Sunday
      return { first: today, last: addDays(today, (7 - weekdayOf(today)) % 7) };
    case 'deze-maand':
      return { first: today, last: lastDayOfMonth(today) };
    case 'later':
      return { first: addDays(lastDayOfMonth(today), 1), last: null };
  }
}

export function inPeriode(day: string, periode: Periode, today: string): boolean {
  const { first, last } = periodeRange(periode, today);
  return day >= first && (last === null || day <= last);
}

export function isPeriode(s: string | undefined): s is Periode {
  return (PERIODES as readonly string[]).includes(s ?? '');
}

/** The last day the listings cover. */
export function horizonDay(now: Date): string {
  return addDays(localDateKey(now), HORIZON_DAYS - 1);
}

/** Which instants a page renders: from now up to the end of the period (plus the stale margin) or the horizon. */
export function renderWindow(periode: Periode | undefined, now: Date): { from: Date; to: Date } {
  const today = localDateKey(now);
  const horizonEnd = startOfDay(addDays(today, HORIZON_DAYS));
  if (!periode) return { from: now, to: horizonEnd };
  const last = periodeRange(periode, addDays(today, STALE_MARGIN_DAYS)).last;
  const to = last === null ? horizonEnd : startOfDay(addDays(last, 1));
  return { from: now, to: to < horizonEnd ? to : horizonEnd };
}

// ---------- items ----------

/** What the agenda needs to know of an activity (a content entry is mapped to this). */
export interface AgendaEntry {
  id: string;
  gemeente: string;
  themas: readonly string[];
  timing: ActivityTiming;
}

export interface AgendaFilter {
  gemeente?: string;
  periode?: Periode;
  thema?: string;
}

export interface AgendaItem<E extends AgendaEntry = AgendaEntry> {
  entry: E;
  occurrence: Occurrence;
  /** Amsterdam date key of the start. */
  dag: string;
  /** False for occurrences rendered only for the browser script (outside the period at build time). */
  visible: boolean;
}

export function matchesFilter(entry: AgendaEntry, f: AgendaFilter): boolean {
  return (!f.gemeente || entry.gemeente === f.gemeente) && (!f.thema || entry.themas.includes(f.thema));
}

/** The occurrences a listing page renders for a filter, soonest first. Past ones are never included. */
export function agendaItems<E extends AgendaEntry>(entries: readonly E[], f: AgendaFilter, now: Date): AgendaItem<E>[] {
  return narrowItems(allItems(entries, now), f, now);
}

/** Every occurrence from now up to the horizon, soonest first (all visible). */
export function allItems<E extends AgendaEntry>(entries: readonly E[], now: Date): AgendaItem<E>[] {
  const { from, to } = renderWindow(undefined, now);
  const items = entries.flatMap((entry) =>
    occurrences(entry.timing, from, to).map((occurrence) => ({ entry, occurrence, dag: localDateKey(occurrence.start), visible: true })),
  );
  return items.sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime() || a.entry.id.localeCompare(b.entry.id));
}

/** The part of allItems() a filter page renders; outside the period at build time = not visible. */
export function narrowItems<E extends AgendaEntry>(all: readonly AgendaItem<E>[], f: AgendaFilter, now: Date): AgendaItem<E>[] {
  const { to } = renderWindow(f.periode, now);
  const today = localDateKey(now);
  return all
    .filter((i) => matchesFilter(i.entry, f) && i.occurrence.start < to)
    .map((i) => ({ ...i, visible: !f.periode || inPeriode(i.dag, f.periode, today) }));
}

/** Consecutive items of the same day together, in order. */
export function groupByDay<I extends { dag: string }>(items: readonly I[]): Array<{ dag: string; items: I[] }> {
  const groups: Array<{ dag: string; items: I[] }> = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.dag === item.dag) last.items.push(item);
    else groups.push({ dag: item.dag, items: [item] });
  }
  return groups;
}

// ---------- filter URLs ----------

/** /agenda/vlaardingen/deze-week/bewegen/ — only the chosen parts, always in this order. */
export function agendaPath(f: AgendaFilter): string {
  return `/agenda/${[f.gemeente, f.periode, f.thema].filter(Boolean).map((s) => `${s}/`).join('')}`;
}

export function initiatievenPath(f: Pick<AgendaFilter, 'gemeente' | 'thema'>): string {
  return `/initiatieven/${[f.gemeente, f.thema].filter(Boolean).map((s) => `${s}/`).join('')}`;
}

function* product<T>(lists: T[][]): Generator<T[]> {
  if (lists.length === 0) {
    yield [];
    return;
  }
  const [head, ...rest] = lists;
  for (const x of head) for (const tail of product(rest)) yield [x, ...tail];
}

/** Every agenda filter combination, including "no filter". */
export function allAgendaFilters(gemeenten: readonly string[], themas: readonly string[]): AgendaFilter[] {
  const out: AgendaFilter[] = [];
  for (const [gemeente, periode, thema] of product<string | undefined>([[undefined, ...gemeenten], [undefined, ...PERIODES], [undefined, ...themas]]))
    out.push({ gemeente, periode: periode as Periode | undefined, thema });
  return out;
}

export function allInitiatiefFilters(gemeenten: readonly string[], themas: readonly string[]): Array<Pick<AgendaFilter, 'gemeente' | 'thema'>> {
  const out: Array<Pick<AgendaFilter, 'gemeente' | 'thema'>> = [];
  for (const [gemeente, thema] of product<string | undefined>([[undefined, ...gemeenten], [undefined, ...themas]])) out.push({ gemeente, thema });
  return out;
}

/** Reads a filter back from the path segments after /agenda/ (undefined when they are not a filter). */
export function parseAgendaSegments(segments: readonly string[], gemeenten: readonly string[], themas: readonly string[]): AgendaFilter | undefined {
  const f: AgendaFilter = {};
  const rest = [...segments];
  if (rest[0] && gemeenten.includes(rest[0])) f.gemeente = rest.shift();
  if (rest[0] && isPeriode(rest[0])) f.periode = rest.shift() as Periode;
  if (rest[0] && themas.includes(rest[0])) f.thema = rest.shift();
  return rest.length === 0 ? f : undefined;
}

/**
 * Filter pages that carry <meta name="robots" content="noindex"> (a period or a theme chosen):
 * many near-copies of the same list, and the period ones change daily. For the sitemap's filter.
 */
export function isNoindexFilterPath(pathname: string, gemeenten: readonly string[], themas: readonly string[]): boolean {
  const [section, ...segments] = pathname.split('/').filter(Boolean);
  if (section === 'agenda') {
    const f = parseAgendaSegments(segments, gemeenten, themas);
    return Boolean(f && (f.periode || f.thema));
  }
  if (section === 'initiatieven') {
    const f = parseAgendaSegments(segments, gemeenten, themas);
    return Boolean(f && !f.periode && f.thema);
  }
  return false;
}

// ---------- Dutch descriptions ----------

const weekdayName = (weekday: number) =>
  // 4 January 2026 is a Sunday; only the calendar is used, not an instant.
  new Intl.DateTimeFormat('nl-NL', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 4 + weekday)));

const dayMonth = (key: string, withYear: boolean) => {
  const [y, m, d] = key.split('-').map(Number);
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
};

/** "3 maart, 10 maart en 17 maart" */
export function listDutch(parts: string[]): string {
  return new Intl.ListFormat('nl-NL', { type: 'conjunction', style: 'long' }).format(parts);
}

// Formatters are built once: constructing an Intl.DateTimeFormat costs milliseconds, and the
// ~250 agenda pages format thousands of times. Output equals src/lib/format.ts (unit-tested).
const TIME_FMT = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Amsterdam' });
const YEAR_FMT = new Intl.DateTimeFormat('nl-NL', { year: 'numeric', timeZone: 'Europe/Amsterdam' });
const DAY_FMT = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Amsterdam' });
const DAY_YEAR_FMT = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/** "10.00" (as formatTime in src/lib/format.ts) */
export function clockTime(d: Date): string {
  return TIME_FMT.format(d).replace(':', '.');
}

/** "dinsdag 3 maart", with the year when it is not the year of `now` (as formatDay in src/lib/format.ts) */
export function dayLabel(d: Date, now: Date): string {
  return (YEAR_FMT.format(d) === YEAR_FMT.format(now) ? DAY_FMT : DAY_YEAR_FMT).format(d);
}

/** "dinsdag 3 maart" for an Amsterdam date key. */
export function dayKeyLabel(key: string, now: Date): string {
  // noon of that day, so no time-zone edge can move it to a neighbouring date
  return dayLabel(new Date(startOfDay(key).getTime() + 12 * 3600e3), now);
}

/** "10.00–11.30 uur" */
export function timeRange(start: Date, end: Date): string {
  return t('agenda.time', { van: clockTime(start), tot: clockTime(end) });
}

/** "dinsdag 3 maart, 10.00–11.30 uur" (as formatOccurrence in src/lib/format.ts) */
export function occurrenceLabel(start: Date, end: Date, now: Date): string {
  return `${dayLabel(start, now)}, ${timeRange(start, end)}`;
}

/**
 * "Elke dinsdag, 10.00–11.30 uur, tot en met 29 juni 2027" — undefined for one-off activities.
 * A series that has not started yet gets "vanaf …". With `within`, the end date is only
 * mentioned when it falls before that moment (the printed four weeks).
 */
export function describeRecurrence(timing: ActivityTiming, now: Date, options: { within?: Date } = {}): string | undefined {
  const p = patternOf(timing);
  if (!p) return undefined;
  const dag = weekdayName(p.weekday);
  const when =
    p.patroon === 'maandelijks'
      ? t('agenda.repeat.maandelijks', { nth: t(`agenda.repeat.nth.${p.nth}` as StringKey), dag })
      : t(`agenda.repeat.${p.patroon}` as StringKey, { dag });
  const s = parseLocal(timing.start);
  const e = parseLocal(timing.einde);
  const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}.${String(m).padStart(2, '0')}`;
  const parts = [when, t('agenda.time', { van: hhmm(s.hour, s.minute), tot: hhmm(e.hour, e.minute) })];
  const today = localDateKey(now);
  const thisYear = today.slice(0, 4);
  const first = timing.start.slice(0, 10);
  if (first > today) parts.push(t('agenda.repeat.from', { datum: dayMonth(first, first.slice(0, 4) !== thisYear) }));
  const tot = timing.herhaling?.tot;
  // On a sheet for the coming weeks an end date far beyond it is only noise.
  const totKey = tot ? dateOnlyKey(tot) : undefined;
  if (totKey && (!options.within || totKey < localDateKey(options.within)))
    parts.push(t('agenda.repeat.until', { datum: dayMonth(totKey, totKey.slice(0, 4) !== thisYear || !options.within) }));
  return parts.join(', ');
}

/** Exception dates of a series that are still ahead (from today), as "dinsdag 22 december". */
export function upcomingExceptions(timing: ActivityTiming, now: Date, to?: Date): string[] {
  const today = localDateKey(now);
  const tot = timing.herhaling?.tot ? dateOnlyKey(timing.herhaling.tot) : undefined;
  return exceptionStarts(timing)
    .filter((d) => {
      const key = localDateKey(d);
      return key >= today && key >= timing.start.slice(0, 10) && (!tot || key <= tot) && (!to || d < to);
    })
    .map((d) => dayLabel(d, now));
}

/** An OpenStreetMap search for the address (no embedded map, no tracking). */
/** The address with its gemeente, once: "Bakenlaan 22, 3142 KL Maassluis" stays, "Broekweg 1" gets ", Vlaardingen". */
export function addressWithGemeente(adres: string, gemeente: string): string {
  return adres.toLowerCase().includes(gemeente.toLowerCase()) ? adres : `${adres}, ${gemeente}`;
}

export function mapUrl(adres: string, gemeente: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(addressWithGemeente(adres, gemeente))}`;
}

// ---------- schema.org ----------

export interface EventData {
  titel: string;
  samenvatting: string;
  url: string;
  timing: ActivityTiming;
  next?: Occurrence;
  locatie: { naam: string; adres: string; gemeente: string };
  organisator: { naam: string; url: string };
  kosten: string;
}

const SCHEMA_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FREQ = { wekelijks: 'P1W', tweewekelijks: 'P2W', maandelijks: 'P1M' } as const;

/** A schema.org Event (JSON-LD); recurring activities also get an eventSchedule. */
export function eventJsonLd(d: EventData): Record<string, unknown> {
  const p = patternOf(d.timing);
  const s = parseLocal(d.timing.start);
  const e = parseLocal(d.timing.einde);
  const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  const event: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: d.titel,
    description: d.samenvatting,
    url: d.url,
    inLanguage: 'nl',
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: d.locatie.naam,
      address: { '@type': 'PostalAddress', streetAddress: d.locatie.adres, addressLocality: d.locatie.gemeente, addressCountry: 'NL' },
    },
    organizer: { '@type': 'Organization', name: d.organisator.naam, url: d.organisator.url },
    isAccessibleForFree: /^gratis\.?$/i.test(d.kosten.trim()),
  };
  // The next time it takes place; for one that is over, its first date.
  event.startDate = isoWithOffset(d.next?.start ?? localToInstant(d.timing.start));
  event.endDate = isoWithOffset(d.next?.end ?? localToInstant(d.timing.einde));
  if (p) {
    const schedule: Record<string, unknown> = {
      '@type': 'Schedule',
      repeatFrequency: FREQ[p.patroon],
      byDay: `https://schema.org/${SCHEMA_DAYS[p.weekday]}`,
      startDate: d.timing.start.slice(0, 10),
      startTime: hhmm(s.hour, s.minute),
      endTime: hhmm(e.hour, e.minute),
      scheduleTimezone: 'Europe/Amsterdam',
    };
    if (p.nth) schedule.byMonthWeek = p.nth;
    if (d.timing.herhaling?.tot) schedule.endDate = dateOnlyKey(d.timing.herhaling.tot);
    const except = (d.timing.herhaling?.uitzonderingen ?? []).map(dateOnlyKey);
    if (except.length) schedule.exceptDate = except;
    event.eventSchedule = schedule;
  }
  return event;
}

/** JSON for a <script type="application/ld+json">, safe against "</script>" in content. */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
