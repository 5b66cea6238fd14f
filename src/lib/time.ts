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

const partsFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** The Amsterdam wall-clock time of an instant. */
export function toWall(instant: Date): WallTime {
  const p = Object.fromEntries(partsFmt.formatToParts(instant).map((x) => [x.type, x.value]));
  return { year: +p.year, month: +p.month, day: +p.day, hour: +p.hour, minute: +p.minute };
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
