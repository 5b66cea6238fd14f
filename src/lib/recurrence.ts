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

/** The RRULE options for an activity (shared with the iCalendar feed). */
export function rruleFor(timing: ActivityTiming) {
  const h = timing.herhaling;
  if (!h) return undefined;
  const start = floating(parseLocal(timing.start));
  const base = {
    dtstart: start,
    until: h.tot ? new Date(Date.UTC(h.tot.getUTCFullYear(), h.tot.getUTCMonth(), h.tot.getUTCDate(), 23, 59)) : undefined,
  };
  const weekday = [RRule.SU, RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA][start.getUTCDay()];
  if (h.patroon === 'wekelijks') return new RRule({ ...base, freq: RRule.WEEKLY, interval: 1 });
  if (h.patroon === 'tweewekelijks') return new RRule({ ...base, freq: RRule.WEEKLY, interval: 2 });
  const nth = Math.ceil(start.getUTCDate() / 7);
  return new RRule({ ...base, freq: RRule.MONTHLY, byweekday: [weekday.nth(nth > 4 ? -1 : nth)] });
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

/** The next occurrence that has not ended at `now`, if any within two years. */
export function nextOccurrence(timing: ActivityTiming, now: Date): Occurrence | undefined {
  return occurrences(timing, now, new Date(now.getTime() + 730 * 864e5))[0];
}
