/** The search page's URL state and Pagefind filter mapping (src/components/search/search-state.ts). */
import { describe, expect, test } from 'vitest';
import {
  cleanQuery,
  formatIsoDay,
  isActive,
  pagefindFilters,
  parseState,
  pastDays,
  safeResultUrl,
  stateToSearch,
  toggleFilter,
} from '../../src/components/search/search-state';
import { buildDays, localDateKey, todayKey } from '../../src/lib/time';

describe('URL state', () => {
  test('reads words, repeated filters and the past-activities switch', () => {
    const s = parseState('?q=wandelen+in+de++polder&soort=artikel&soort=tip&gemeente=Vlaardingen&voorbij=ja');
    expect(s.q).toBe('wandelen in de polder');
    expect(s.filters).toEqual({ soort: ['artikel', 'tip'], rubriek: [], gemeente: ['Vlaardingen'] });
    expect(s.voorbij).toBe(true);
  });

  test('round-trips through the query string, including & and accents in values', () => {
    const s = parseState('?q=caf%C3%A9&rubriek=Geld+%26+regelzaken&rubriek=Samen+%26+meedoen');
    expect(s.filters.rubriek).toEqual(['Geld & regelzaken', 'Samen & meedoen']);
    expect(parseState(stateToSearch(s))).toEqual(s);
  });

  test('an empty state gives an empty query string and is not active', () => {
    const s = parseState('');
    expect(stateToSearch(s)).toBe('');
    expect(isActive(s)).toBe(false);
    expect(isActive(toggleFilter(s, 'gemeente', 'Schiedam'))).toBe(true);
  });

  test('ignores duplicate and empty filter values and unknown parameters', () => {
    const s = parseState('?soort=tip&soort=tip&soort=&utm_source=x&voorbij=1');
    expect(s.filters.soort).toEqual(['tip']);
    expect(s.voorbij).toBe(false);
    expect(stateToSearch(s)).toBe('?soort=tip');
  });

  test('toggling a filter twice switches it off again', () => {
    const s = parseState('?q=koffie');
    const on = toggleFilter(s, 'soort', 'activiteit');
    expect(on.filters.soort).toEqual(['activiteit']);
    expect(toggleFilter(on, 'soort', 'activiteit').filters.soort).toEqual([]);
  });

  test('cleans and limits the query', () => {
    expect(cleanQuery('  mantel \n zorg ')).toBe('mantel zorg');
    expect(cleanQuery('a'.repeat(300))).toHaveLength(200);
  });
});

describe('Pagefind filters', () => {
  test('values within a group are alternatives, past activities are left out', () => {
    const s = parseState('?q=x&soort=artikel&soort=tip&gemeente=Maassluis');
    expect(pagefindFilters(s, ['2026-01-03'])).toEqual({
      soort: { any: ['artikel', 'tip'] },
      gemeente: { any: ['Maassluis'] },
      tot: { none: ['2026-01-03'] },
    });
  });

  test('with the switch on, or with nothing past, there is no tot filter', () => {
    expect(pagefindFilters(parseState('?q=x&voorbij=ja'), ['2026-01-03'])).toEqual({});
    expect(pagefindFilters(parseState('?q=x'), [])).toEqual({});
  });

  test('past days are the last days before today, by the reader’s date', () => {
    expect(pastDays(['2026-12-01', '2026-11-24', 'rommel', '2026-11-25', '2025-01-01'], '2026-11-25')).toEqual(['2025-01-01', '2026-11-24']);
  });

  test('today is the date in the Netherlands, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
    expect(localDateKey(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(localDateKey(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});

describe('result rendering helpers', () => {
  test('dates read as Dutch', () => {
    expect(formatIsoDay('2026-06-01')).toBe('1 juni 2026');
    expect(formatIsoDay('gisteren')).toBe('');
  });

  test('only same-site paths become links', () => {
    expect(safeResultUrl('/artikelen/x/')).toBe('/artikelen/x/');
    expect(safeResultUrl('//evil.example/')).toBeUndefined();
    expect(safeResultUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeResultUrl(undefined)).toBeUndefined();
  });
});

describe("the reader's today in the browser (issue 17, point 7: no Intl in the weeks after the build)", () => {
  // Built on 20 March 2026 (the clocks go forward on the 29th: a 23-hour day) and on 1 December.
  const march = buildDays(new Date('2026-03-20T09:00:00Z'));
  const december = buildDays(new Date('2026-12-01T09:15:00Z'), 3);

  test("the build's day and the instants it and the following days begin", () => {
    expect(december).toEqual({
      day: '2026-12-01',
      starts: ['2026-11-30T23:00:00Z', '2026-12-01T23:00:00Z', '2026-12-02T23:00:00Z', '2026-12-03T23:00:00Z'].map(Date.parse),
    });
    expect(march.starts).toHaveLength(15);
    expect(march.starts[10] - march.starts[9], '29 March: the 23-hour day').toBe(23 * 3600_000);
  });

  test('the same day as Intl gives, within the listed days and outside them', () => {
    const hours = (from: string, to: string) => {
      const out: Date[] = [];
      for (let t = Date.parse(from); t <= Date.parse(to); t += 1800_000) out.push(new Date(t));
      return out;
    };
    for (const now of [...hours('2026-03-19T20:00:00Z', '2026-04-05T04:00:00Z'), ...hours('2026-11-30T20:00:00Z', '2026-12-05T04:00:00Z')]) {
      for (const built of [march, december, undefined]) expect(todayKey(now, built), now.toISOString()).toBe(localDateKey(now));
    }
    // A broken attribute (no numbers, no day) falls back to Intl too.
    expect(todayKey(new Date('2026-12-01T12:00:00Z'), { day: '', starts: [NaN, NaN] })).toBe('2026-12-01');
  });
});
