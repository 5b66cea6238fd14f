import { describe, expect, it } from 'vitest';
import { exceptionStarts, hasOccurrenceAfter, nextOccurrence, occurrences, patternOf } from '../../src/lib/recurrence';
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

describe('recurrence: more DST and exception cases', () => {
  it('keeps 19.30 local time across the autumn DST change (25 October 2026)', () => {
    const koor = { start: '2026-10-08T19:30', einde: '2026-10-08T21:00', herhaling: { patroon: 'tweewekelijks' as const } };
    const list = occurrences(koor, new Date('2026-10-01T00:00:00Z'), new Date('2026-11-10T00:00:00Z'));
    expect(list.map((o) => o.start.toISOString())).toEqual([
      '2026-10-08T17:30:00.000Z', // CEST
      '2026-10-22T17:30:00.000Z',
      '2026-11-05T18:30:00.000Z', // CET
    ]);
    expect(list.map((o) => formatTime(o.end))).toEqual(['21.00', '21.00', '21.00']);
  });
  it('handles an occurrence on the day the clocks change itself', () => {
    // Sunday 29 March 2026: 02.00 → 03.00. A 10.00 activity is at 08.00Z that day.
    const zondag = { start: '2026-03-22T10:00', einde: '2026-03-22T12:00', herhaling: { patroon: 'wekelijks' as const } };
    const [a, b] = occurrences(zondag, new Date('2026-03-22T00:00:00Z'), new Date('2026-03-30T00:00:00Z'));
    expect(a.start.toISOString()).toBe('2026-03-22T09:00:00.000Z');
    expect(b.start.toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(b.end.getTime() - b.start.getTime()).toBe(2 * 3600e3);
  });
  it('skips Koningsdag and a summer break given as exceptions', () => {
    const summer = ['2026-07-14', '2026-07-21', '2026-07-28', '2026-08-04'].map((d) => new Date(d));
    const wandelen = { start: '2026-04-07T10:00', einde: '2026-04-07T11:30', herhaling: { patroon: 'wekelijks' as const, uitzonderingen: [new Date('2026-04-28'), ...summer] } };
    const days = occurrences(wandelen, new Date('2026-04-20T00:00:00Z'), new Date('2026-08-15T00:00:00Z')).map((o) => o.start.toISOString().slice(0, 10));
    expect(days).not.toContain('2026-04-28');
    expect(days.filter((d) => d >= '2026-07-14' && d <= '2026-08-04')).toEqual([]);
    expect(days).toContain('2026-07-07');
    expect(days).toContain('2026-08-11');
    expect(exceptionStarts(wandelen)[0].toISOString()).toBe('2026-04-28T08:00:00.000Z'); // 10.00 CEST
  });
  it('uses "the last" weekday for a monthly series that starts on the 29th–31st', () => {
    const laatste = { start: '2026-01-29T14:00', einde: '2026-01-29T15:00', herhaling: { patroon: 'maandelijks' as const } };
    expect(patternOf(laatste)).toEqual({ patroon: 'maandelijks', weekday: 4, nth: -1 });
    const days = occurrences(laatste, new Date('2026-01-01T00:00:00Z'), new Date('2026-05-01T00:00:00Z')).map((o) => o.start.toISOString().slice(0, 10));
    expect(days).toEqual(['2026-01-29', '2026-02-26', '2026-03-26', '2026-04-30']);
  });
  it('knows whether a series still has an occurrence ahead', () => {
    expect(hasOccurrenceAfter(weekly, new Date('2026-04-28T12:00:00Z'))).toBe(false); // last one ended that morning
    expect(hasOccurrenceAfter(weekly, new Date('2026-04-28T07:00:00Z'))).toBe(true);
  });
});
