/**
 * Expands an activity (one-off or recurring) into occurrences, using the rrule library.
 * Recurrence is computed on "floating" wall-clock times (UTC fields used as local fields)
 * and each occurrence is then converted to a real instant in Europe/Amsterdam, so
 * "every Tuesday 10.00" stays 10.00 across the DST changes.
 */
import rrulePkg from 'rrule';
import { fromWall, parseLocal, type WallTime } from './time';

const { RRule } = rrulePkg as unknown as typeof import('rrule');

export interface Herhaling {
  patroon: 'wekelijks' | 'tweewekelijks' | 'maandelijks';
  tot?: Date;
  uitzonderingen?: Date[];
}

export interface ActivityTiming {
  start: string; // 2026-03-14T10:00, Amsterdam wall time
  einde: string;
  herhaling?: Herhaling;
}

export interface Occurrence { start: Date; end: Date }

const floating = (w: WallTime) => new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute));
const wallOf = (d: Date): WallTime => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() });
const dayKey = (d: Date) => d.toISOString().slice(0, 10);

/** How a recurring activity repeats, in plain terms (for Dutch descriptions and the feed). */
export interface Pattern {
  patroon: Herhaling['patroon'];
  /** Day of the week of the first date: 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** For monthly ones: which weekday of the month (1–4, or -1 for the last). */
  nth?: number;
}

export function patternOf(timing: ActivityTiming): Pattern | undefined {
  const h = timing.herhaling;
  if (!h) return undefined;
  const start = floating(parseLocal(timing.start));
  const weekday = start.getUTCDay();
  if (h.patroon !== 'maandelijks') return { patroon: h.patroon, weekday };
  // The 29th–31st can only be a "fifth" weekday, which not every month has: use "the last" instead.
  const nth = Math.ceil(start.getUTCDate() / 7);
  return { patroon: h.patroon, weekday, nth: nth > 4 ? -1 : nth };
}

const WEEKDAYS = [RRule.SU, RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA];

/** The rule without start or end: FREQ, INTERVAL, BYDAY (shared with the iCalendar feed). */
export function ruleOptions(timing: ActivityTiming) {
  const p = patternOf(timing);
  if (!p) return undefined;
  if (p.patroon === 'wekelijks') return { freq: RRule.WEEKLY, interval: 1 };
  if (p.patroon === 'tweewekelijks') return { freq: RRule.WEEKLY, interval: 2 };
  return { freq: RRule.MONTHLY, interval: 1, byweekday: [WEEKDAYS[p.weekday].nth(p.nth!)] };
}

/** The last moment a series may start: the end of the "tot" day (23.59 Amsterdam time). */
export function untilWall(timing: ActivityTiming): WallTime | undefined {
  const tot = timing.herhaling?.tot;
  if (!tot) return undefined;
  return { year: tot.getUTCFullYear(), month: tot.getUTCMonth() + 1, day: tot.getUTCDate(), hour: 23, minute: 59 };
}

/** The rrule RRule for an activity, on floating wall time. */
export function rruleFor(timing: ActivityTiming) {
  const options = ruleOptions(timing);
  if (!options) return undefined;
  const until = untilWall(timing);
  return new RRule({ ...options, dtstart: floating(parseLocal(timing.start)), until: until ? floating(until) : undefined });
}

/** The start instants of the dates on which a recurring activity does not take place. */
export function exceptionStarts(timing: ActivityTiming): Date[] {
  const s = parseLocal(timing.start);
  return (timing.herhaling?.uitzonderingen ?? [])
    .map((d) => fromWall({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: s.hour, minute: s.minute }))
    .sort((a, b) => a.getTime() - b.getTime());
}

/** Occurrences that end after `from` and start before `to`. */
export function occurrences(timing: ActivityTiming, from: Date, to: Date): Occurrence[] {
  const startWall = parseLocal(timing.start);
  const endWall = parseLocal(timing.einde);
  const durationMin = (floating(endWall).getTime() - floating(startWall).getTime()) / 60000;
  const toOcc = (w: WallTime): Occurrence => {
    const end = new Date(floating(w).getTime() + durationMin * 60000);
    return { start: fromWall(w), end: fromWall(wallOf(end)) };
  };
  const rule = rruleFor(timing);
  let list: Occurrence[];
  if (!rule) list = [toOcc(startWall)];
  else {
    const skip = new Set((timing.herhaling?.uitzonderingen ?? []).map(dayKey));
    // Search the floating window generously (a day either side), then filter on real instants.
    const dates = rule.between(new Date(from.getTime() - 2 * 864e5), new Date(to.getTime() + 2 * 864e5), true);
    list = dates.filter((d) => !skip.has(dayKey(d))).map((d) => toOcc(wallOf(d)));
  }
  return list.filter((o) => o.end > from && o.start < to);
}

const nextCache = new WeakMap<ActivityTiming, { at: number; next: Occurrence | undefined }>();

/**
 * The next occurrence that has not ended at `now`, if any within two years. A build asks this for
 * every activity on many pages and in every feed, with the same clock: the answer is remembered
 * for the last instant asked per activity, and the search looks a month ahead before it looks two
 * years ahead (a weekly activity has ~100 occurrences in two years; the next one is all we need).
 */
export function nextOccurrence(timing: ActivityTiming, now: Date): Occurrence | undefined {
  const at = now.getTime();
  const known = nextCache.get(timing);
  if (known?.at === at) return known.next;
  const next = occurrences(timing, now, new Date(at + 31 * 864e5))[0] ?? occurrences(timing, now, new Date(at + 730 * 864e5))[0];
  nextCache.set(timing, { at, next });
  return next;
}

/** Whether an activity still has an occurrence that ends after `since` (within two years of it). */
export function hasOccurrenceAfter(timing: ActivityTiming, since: Date): boolean {
  return nextOccurrence(timing, since) !== undefined;
}
