import { describe, expect, it } from 'vitest';
import { nextOccurrence, occurrences } from '../../src/lib/recurrence';
import { formatTime } from '../../src/lib/format';

const weekly = {
  start: '2026-03-03T10:00', // a Tuesday, before the DST change of 29 March
  einde: '2026-03-03T11:30',
  herhaling: { patroon: 'wekelijks' as const, tot: new Date('2026-04-30'), uitzonderingen: [new Date('2026-03-17')] },
};

describe('recurrence', () => {
  it('keeps 10.00 local time across the DST change and skips exceptions', () => {
    const list = occurrences(weekly, new Date('2026-03-01T00:00:00Z'), new Date('2026-04-15T00:00:00Z'));
    const days = list.map((o) => o.start.toISOString().slice(0, 10));
    expect(days).toEqual(['2026-03-03', '2026-03-10', '2026-03-24', '2026-03-31', '2026-04-07', '2026-04-14']);
    expect(list.map((o) => formatTime(o.start))).toEqual(Array(6).fill('10.00'));
    expect(list[0].start.toISOString()).toBe('2026-03-03T09:00:00.000Z'); // CET
    expect(list[3].start.toISOString()).toBe('2026-03-31T08:00:00.000Z'); // CEST
    expect(formatTime(list[3].end)).toBe('11.30');
  });
  it('stops at the end date', () => {
    const list = occurrences(weekly, new Date('2026-04-20T00:00:00Z'), new Date('2026-06-01T00:00:00Z'));
    expect(list.map((o) => o.start.toISOString().slice(0, 10))).toEqual(['2026-04-21', '2026-04-28']);
  });
  it('drops what has ended and finds the next one', () => {
    const now = new Date('2026-03-10T10:45:00Z'); // 11.45 local: that morning's session has ended
    expect(nextOccurrence(weekly, now)?.start.toISOString().slice(0, 10)).toBe('2026-03-24');
    expect(nextOccurrence({ start: '2026-01-01T10:00', einde: '2026-01-01T11:00' }, now)).toBeUndefined();
  });
  it('repeats monthly on the same weekday of the month', () => {
    const first = { start: '2026-01-06T14:00', einde: '2026-01-06T16:00', herhaling: { patroon: 'maandelijks' as const } };
    const list = occurrences(first, new Date('2026-01-01T00:00:00Z'), new Date('2026-05-01T00:00:00Z'));
    expect(list.map((o) => o.start.toISOString().slice(0, 10))).toEqual(['2026-01-06', '2026-02-03', '2026-03-03', '2026-04-07']);
  });
});
