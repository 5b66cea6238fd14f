/**
 * Europe/Amsterdam wall-clock time <-> instants, without hand-written DST rules:
 * the offset comes from Intl for the instant in question.
 */
export const TZ = 'Europe/Amsterdam';

export interface WallTime { year: number; month: number; day: number; hour: number; minute: number }

export function parseLocal(s: string): WallTime {
  const [d, t = '00:00'] = s.split('T');
  const [year, month, day] = d.split('-').map(Number);
  const [hour, minute] = t.split(':').map(Number);
  return { year, month, day, hour, minute };
}

/**
 * Made on first use, not when the module loads: a formatter with a time zone costs a browser tens of
 * milliseconds to make (16–200 ms with the CPU 4× slowed down), which the search page paid on every
 * load before anyone searched (issue 17, point 7).
 */
let partsFmt: Intl.DateTimeFormat | undefined;
const wallFormatter = () =>
  (partsFmt ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }));

const HOUR = 3_600_000;
/** Offset from UTC in ms per UTC hour (Amsterdam's offset only changes on a whole UTC hour). */
const offsets = new Map<number, number>();

/**
 * The Amsterdam wall-clock time of an instant. A build asks this for every occurrence on every
 * agenda page, and Intl's formatToParts is slow: Intl is asked once per UTC hour for the offset and
 * the rest is arithmetic (3.5 → 0.26 µs a call; the same answers for 1970–2040, issue 9).
 */
export function toWall(instant: Date): WallTime {
  const ms = instant.getTime();
  const hour = Math.floor(ms / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const p = Object.fromEntries(wallFormatter().formatToParts(new Date(hour * HOUR)).map((x) => [x.type, x.value]));
    offset = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - hour * HOUR;
    offsets.set(hour, offset);
  }
  const w = new Date(ms + offset);
  return { year: w.getUTCFullYear(), month: w.getUTCMonth() + 1, day: w.getUTCDate(), hour: w.getUTCHours(), minute: w.getUTCMinutes() };
}

/** The instant at which Amsterdam clocks show the given wall time. */
export function fromWall(w: WallTime): Date {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  let guess = asUtc;
  for (let i = 0; i < 3; i++) {
    const seen = toWall(new Date(guess));
    const diff = asUtc - Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    if (diff === 0) break;
    guess += diff;
  }
  return new Date(guess);
}

export function localToInstant(s: string): Date {
  return fromWall(parseLocal(s));
}

/** "2026-03-14" in Amsterdam for an instant. */
export function localDateKey(instant: Date): string {
  const w = toWall(instant);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/**
 * The Amsterdam day a page was built and the instants (ms) at which it and the days after it begin:
 * starts[i] is the start of day + i, so `days` days are covered.
 */
export interface BuildDays { day: string; starts: number[] }

export function buildDays(now: Date, days = 14): BuildDays {
  const day = localDateKey(now);
  return { day, starts: Array.from({ length: days + 1 }, (_, i) => startOfDay(addDays(day, i)).getTime()) };
}

/**
 * Today's Amsterdam date in the browser. Within the days after the build that the page lists (the
 * site is built every day), arithmetic on those instants gives it without Intl: a formatter with a
 * time zone costs a browser 16-700 ms with the CPU 4× slowed down, in one long task (issue 17,
 * point 7). Outside them, Intl is asked.
 */
export function todayKey(now: Date, built?: BuildDays): string {
  const t = now.getTime();
  const starts = built?.starts ?? [];
  if (built && /^\d{4}-\d{2}-\d{2}$/.test(built.day)) {
    for (let i = 0; i + 1 < starts.length; i++) if (t >= starts[i] && t < starts[i + 1]) return addDays(built.day, i);
  }
  return localDateKey(now);
}

/** "2026-03-14" for a wall time. */
export function wallDateKey(w: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/**
 * Calendar arithmetic on date keys ("2026-03-14"). Pure calendar days, so no DST involved:
 * the UTC date is only used as a calendar, never as an instant.
 */
export function addDays(key: string, days: number): string {
  const [y, m, d] = key.split('-').map(Number);
  const c = new Date(Date.UTC(y, m - 1, d + days));
  return wallDateKey({ year: c.getUTCFullYear(), month: c.getUTCMonth() + 1, day: c.getUTCDate() });
}

/** Day of the week of a date key: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The last day of the month of a date key. */
export function lastDayOfMonth(key: string): string {
  const [y, m] = key.split('-').map(Number);
  return wallDateKey({ year: y, month: m, day: new Date(Date.UTC(y, m, 0)).getUTCDate() });
}

/** The instant at which the Amsterdam day `key` begins (00.00). */
export function startOfDay(key: string): Date {
  const [year, month, day] = key.split('-').map(Number);
  return fromWall({ year, month, day, hour: 0, minute: 0 });
}

/** A calendar date (YAML dates arrive as UTC midnight) as a date key. */
export function dateOnlyKey(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** ISO 8601 with the Amsterdam offset, for schema.org: "2026-03-03T10:00:00+01:00". */
export function isoWithOffset(instant: Date): string {
  const w = toWall(instant);
  const offsetMin = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
  const sign = offsetMin >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMin);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${wallDateKey(w)}T${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}:00${sign}${hh}:${mm}`;
}
