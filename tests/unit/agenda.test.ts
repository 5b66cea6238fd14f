/**
 * The agenda rules with a fixed clock: periods (in the build and in the browser script, same
 * cases), past filtering, grouping by day, filter URLs, Dutch descriptions, schema.org.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  PERIODES,
  agendaItems,
  agendaPath,
  allAgendaFilters,
  allInitiatiefFilters,
  clockTime,
  dayKeyLabel,
  dayLabel,
  describeRecurrence,
  eventJsonLd,
  groupByDay,
  horizonDay,
  inPeriode,
  initiatievenPath,
  isNoindexFilterPath,
  jsonLdString,
  listDutch,
  mapUrl,
  occurrenceLabel,
  parseAgendaSegments,
  periodeRange,
  renderWindow,
  reservedSlugs,
  upcomingExceptions,
  type AgendaEntry,
  type Periode,
} from '../../src/lib/agenda';
import * as browser from '../../public/scripts/agenda-tijd.js';
import { localToInstant } from '../../src/lib/time';
import { formatDay, formatOccurrence, formatTime } from '../../src/lib/format';

// Wednesday 25 November 2026, 14.00 in Amsterdam
const NOW = localToInstant('2026-11-25T14:00');

beforeAll(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterAll(() => vi.useRealTimers());

const gemeenten = ['maassluis', 'vlaardingen', 'schiedam'];
const themas = ['ontmoeten', 'bewegen', 'cultuur'];

const entries: AgendaEntry[] = [
  {
    id: 'koffie', // every Wednesday 10.00–11.30, not on 2 December
    gemeente: 'maassluis',
    themas: ['ontmoeten'],
    timing: { start: '2026-11-04T10:00', einde: '2026-11-04T11:30', herhaling: { patroon: 'wekelijks', uitzonderingen: [new Date('2026-12-02')] } },
  },
  {
    id: 'middag', // every Wednesday 15.00–16.00: today's is still ahead
    gemeente: 'vlaardingen',
    themas: ['bewegen', 'ontmoeten'],
    timing: { start: '2026-11-04T15:00', einde: '2026-11-04T16:00', herhaling: { patroon: 'wekelijks', tot: new Date('2026-12-16') } },
  },
  { id: 'concert', gemeente: 'maassluis', themas: ['cultuur'], timing: { start: '2026-12-17T19:30', einde: '2026-12-17T21:00' } },
  { id: 'voorbij', gemeente: 'schiedam', themas: ['cultuur'], timing: { start: '2026-11-20T19:30', einde: '2026-11-20T21:00' } },
  { id: 'januari', gemeente: 'schiedam', themas: ['cultuur'], timing: { start: '2027-01-12T14:00', einde: '2027-01-12T16:00' } },
  { id: 'te-ver', gemeente: 'schiedam', themas: ['cultuur'], timing: { start: '2027-06-01T14:00', einde: '2027-06-01T16:00' } },
];

describe('periods', () => {
  // [today, periode] -> [first, last]
  const cases: Array<[string, Periode, string, string | null]> = [
    ['2026-11-25', 'vandaag', '2026-11-25', '2026-11-25'],
    ['2026-11-25', 'deze-week', '2026-11-25', '2026-11-29'], // Wednesday -> Sunday
    ['2026-11-29', 'deze-week', '2026-11-29', '2026-11-29'], // Sunday: just today
    ['2026-11-30', 'deze-week', '2026-11-30', '2026-12-06'], // Monday -> Sunday
    ['2026-12-28', 'deze-week', '2026-12-28', '2027-01-03'], // across the new year
    ['2026-11-25', 'deze-maand', '2026-11-25', '2026-11-30'],
    ['2027-02-10', 'deze-maand', '2027-02-10', '2027-02-28'],
    ['2028-02-10', 'deze-maand', '2028-02-10', '2028-02-29'], // leap year
    ['2026-11-25', 'later', '2026-12-01', null],
    ['2026-12-31', 'later', '2027-01-01', null],
  ];
  it.each(cases)('from %s, %s runs %s – %s (build)', (today, periode, first, last) => {
    expect(periodeRange(periode, today)).toEqual({ first, last });
  });
  it.each(cases)('from %s, %s runs %s – %s (browser script)', (today, periode, first, last) => {
    expect(browser.periodeRange(periode, today)).toEqual({ first, last });
  });
  it('agrees between build and browser on membership', () => {
    for (const today of ['2026-11-25', '2026-11-29', '2026-11-30', '2026-12-31', '2027-03-28'])
      for (let i = -3; i < 70; i++) {
        const day = browser.addDays(today, i);
        for (const p of PERIODES) expect(browser.inPeriode(day, p, today), `${day} ${p} ${today}`).toBe(inPeriode(day, p, today));
      }
  });
  it('reads the Amsterdam date in the browser script, also around midnight and DST', () => {
    expect(browser.dayKey(new Date('2026-11-25T22:59:00Z'))).toBe('2026-11-25');
    expect(browser.dayKey(new Date('2026-11-25T23:00:00Z'))).toBe('2026-11-26'); // 00.00 CET
    expect(browser.dayKey(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01'); // 00.00 CEST
    expect(browser.lastDayOfMonth('2027-02-03')).toBe('2027-02-28');
  });
});

describe('agenda items (fixed clock)', () => {
  const all = agendaItems(entries, {}, NOW);

  it('leaves out what has ended and what lies beyond the horizon', () => {
    const ids = new Set(all.map((i) => i.entry.id));
    expect(ids.has('voorbij')).toBe(false);
    expect(ids.has('te-ver')).toBe(false);
    expect(ids.has('januari')).toBe(true);
    expect(horizonDay(NOW)).toBe('2027-02-24');
    // this morning's coffee (10.00–11.30) is over at 14.00; this afternoon's session is not
    expect(all[0].entry.id).toBe('middag');
    expect(all[0].dag).toBe('2026-11-25');
    expect(all.filter((i) => i.entry.id === 'koffie')[0].dag).toBe('2026-12-09'); // 2 December is an exception
    expect(all.every((i) => i.occurrence.end > NOW && i.visible)).toBe(true);
  });

  it('stops a series at its end date and keeps everything sorted', () => {
    expect(all.filter((i) => i.entry.id === 'middag').map((i) => i.dag)).toEqual(['2026-11-25', '2026-12-02', '2026-12-09', '2026-12-16']);
    const starts = all.map((i) => i.occurrence.start.getTime());
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('filters by gemeente and thema', () => {
    expect(new Set(agendaItems(entries, { gemeente: 'maassluis' }, NOW).map((i) => i.entry.id))).toEqual(new Set(['koffie', 'concert']));
    expect(new Set(agendaItems(entries, { thema: 'ontmoeten' }, NOW).map((i) => i.entry.id))).toEqual(new Set(['koffie', 'middag']));
    expect(agendaItems(entries, { gemeente: 'schiedam', thema: 'bewegen' }, NOW)).toEqual([]);
  });

  it('shows only the period, and keeps a week of hidden extra days for the browser', () => {
    const vandaag = agendaItems(entries, { periode: 'vandaag' }, NOW);
    expect(vandaag.filter((i) => i.visible).map((i) => `${i.entry.id} ${i.dag}`)).toEqual(['middag 2026-11-25']);
    // hidden extra days: up to 7 days later (tomorrow's page, if the rebuild did not happen)
    const hidden = vandaag.filter((i) => !i.visible).map((i) => i.dag);
    expect(hidden).toEqual(['2026-12-02']);
    expect(renderWindow('vandaag', NOW).to.toISOString()).toBe(localToInstant('2026-12-03T00:00').toISOString());

    const week = agendaItems(entries, { periode: 'deze-week' }, NOW).filter((i) => i.visible);
    expect(week.map((i) => i.dag)).toEqual(['2026-11-25']);
    const maand = agendaItems(entries, { periode: 'deze-maand' }, NOW).filter((i) => i.visible);
    expect(maand.map((i) => i.dag)).toEqual(['2026-11-25']);
    const later = agendaItems(entries, { periode: 'later' }, NOW).filter((i) => i.visible);
    expect(later[0].dag).toBe('2026-12-02');
    expect(later.every((i) => i.dag >= '2026-12-01')).toBe(true);
  });

  it('groups consecutive items by day', () => {
    const groups = groupByDay(all);
    expect(groups[0]).toMatchObject({ dag: '2026-11-25' });
    expect(groups.find((g) => g.dag === '2026-12-09')!.items.map((i) => i.entry.id)).toEqual(['koffie', 'middag']);
    expect(new Set(groups.map((g) => g.dag)).size).toBe(groups.length);
  });
});

describe('filter URLs', () => {
  it('writes only the chosen parts, in a fixed order', () => {
    expect(agendaPath({})).toBe('/agenda/');
    expect(agendaPath({ gemeente: 'vlaardingen' })).toBe('/agenda/vlaardingen/');
    expect(agendaPath({ thema: 'bewegen', gemeente: 'schiedam', periode: 'deze-week' })).toBe('/agenda/schiedam/deze-week/bewegen/');
    expect(initiatievenPath({ thema: 'bewegen' })).toBe('/initiatieven/bewegen/');
  });
  it('has one page per combination and reads every path back', () => {
    const all = allAgendaFilters(gemeenten, themas);
    expect(all).toHaveLength(4 * 5 * 4);
    expect(new Set(all.map(agendaPath)).size).toBe(all.length);
    for (const f of all) {
      const segments = agendaPath(f).split('/').filter(Boolean).slice(1);
      expect(parseAgendaSegments(segments, gemeenten, themas)).toEqual(Object.fromEntries(Object.entries(f).filter(([, v]) => v)));
    }
    expect(parseAgendaSegments(['bewegen', 'vlaardingen'], gemeenten, themas)).toBeUndefined();
    expect(allInitiatiefFilters(gemeenten, themas)).toHaveLength(4 * 4);
  });
  it('tells which filter pages stay out of search engines and the sitemap', () => {
    const no = (p: string) => isNoindexFilterPath(p, gemeenten, themas);
    expect(no('/agenda/')).toBe(false);
    expect(no('/agenda/vlaardingen/')).toBe(false);
    expect(no('/agenda/koffieochtend/')).toBe(false);
    expect(no('/agenda/vlaardingen/deze-week/')).toBe(true);
    expect(no('/agenda/bewegen/')).toBe(true);
    expect(no('/initiatieven/schiedam/')).toBe(false);
    expect(no('/initiatieven/schiedam/bewegen/')).toBe(true);
    expect(no('/artikelen/bewegen/')).toBe(false);
  });
  it('reserves the filter words so no activity can take such a URL', () => {
    const r = reservedSlugs(gemeenten, themas);
    for (const w of ['vlaardingen', 'vandaag', 'deze-week', 'later', 'bewegen']) expect(r.has(w)).toBe(true);
    expect(r.has('koffieochtend')).toBe(false);
  });
});

describe('Dutch descriptions', () => {
  it('formats an occurrence as "dinsdag 3 maart, 10.00–11.30 uur"', () => {
    expect(formatOccurrence(localToInstant('2027-03-02T10:00'), localToInstant('2027-03-02T11:30'), NOW)).toBe('dinsdag 2 maart 2027, 10.00–11.30 uur');
    expect(formatOccurrence(localToInstant('2026-12-01T10:00'), localToInstant('2026-12-01T11:30'))).toBe('dinsdag 1 december, 10.00–11.30 uur');
  });
  it('describes the rhythm of a series', () => {
    expect(describeRecurrence(entries[0].timing, NOW)).toBe('Elke woensdag, 10.00–11.30 uur');
    expect(describeRecurrence(entries[1].timing, NOW)).toBe('Elke woensdag, 15.00–16.00 uur, tot en met 16 december 2026');
    expect(describeRecurrence({ start: '2026-12-08T13:30', einde: '2026-12-08T15:00', herhaling: { patroon: 'tweewekelijks' } }, NOW)).toBe(
      'Om de week op dinsdag, 13.30–15.00 uur, vanaf 8 december',
    );
    expect(describeRecurrence({ start: '2026-11-07T10:00', einde: '2026-11-07T13:00', herhaling: { patroon: 'maandelijks' } }, NOW)).toBe(
      'Elke eerste zaterdag van de maand, 10.00–13.00 uur',
    );
    expect(describeRecurrence({ start: '2026-10-29T10:00', einde: '2026-10-29T11:00', herhaling: { patroon: 'maandelijks' } }, NOW)).toBe(
      'Elke laatste donderdag van de maand, 10.00–11.00 uur',
    );
    expect(describeRecurrence(entries[2].timing, NOW)).toBeUndefined();
    // on the printed four weeks an end date beyond them is left out, one within them is kept
    expect(describeRecurrence(entries[1].timing, NOW, { within: localToInstant('2026-12-01T00:00') })).toBe('Elke woensdag, 15.00–16.00 uur');
    expect(describeRecurrence(entries[1].timing, NOW, { within: localToInstant('2026-12-23T00:00') })).toBe('Elke woensdag, 15.00–16.00 uur, tot en met 16 december');
  });
  it('lists upcoming exceptions only', () => {
    const timing = { ...entries[0].timing, herhaling: { patroon: 'wekelijks' as const, uitzonderingen: [new Date('2026-11-18'), new Date('2026-12-02'), new Date('2026-12-30')] } };
    expect(upcomingExceptions(timing, NOW)).toEqual(['woensdag 2 december', 'woensdag 30 december']);
    expect(listDutch(upcomingExceptions(timing, NOW))).toBe('woensdag 2 december en woensdag 30 december');
    expect(upcomingExceptions(timing, NOW, localToInstant('2026-12-10T00:00'))).toEqual(['woensdag 2 december']);
  });
  it('formats a day heading with the year only when it is another year', () => {
    expect(dayKeyLabel('2027-01-12', NOW)).toBe('dinsdag 12 januari 2027');
    expect(dayKeyLabel('2026-11-29', NOW)).toBe('zondag 29 november');
    expect(dayKeyLabel('2026-03-29', NOW)).toBe('zondag 29 maart'); // DST day
  });
  it('formats exactly like src/lib/format.ts (with formatters built once)', () => {
    for (const iso of ['2026-03-29T00:30', '2026-03-29T03:15', '2026-10-25T02:30', '2026-12-31T23:59', '2027-01-01T00:00', '2026-07-04T09:05']) {
      const d = localToInstant(iso);
      const end = new Date(d.getTime() + 90 * 60e3);
      expect(clockTime(d)).toBe(formatTime(d));
      expect(dayLabel(d, NOW)).toBe(formatDay(d, NOW));
      expect(occurrenceLabel(d, end, NOW)).toBe(formatOccurrence(d, end, NOW));
    }
  });
});

describe('map link and schema.org', () => {
  it('searches OpenStreetMap for the address', () => {
    expect(mapUrl('Bakenlaan 22, 3142 KL Maassluis', 'Maassluis')).toBe('https://www.openstreetmap.org/search?query=Bakenlaan%2022%2C%203142%20KL%20Maassluis');
    expect(mapUrl('Broekweg 1', 'Vlaardingen')).toBe('https://www.openstreetmap.org/search?query=Broekweg%201%2C%20Vlaardingen');
  });
  it('describes a recurring activity as an Event with a Schedule', () => {
    const next = agendaItems([entries[1]], {}, NOW)[0].occurrence;
    const ld = eventJsonLd({
      titel: 'Bewegen',
      samenvatting: 'Samen bewegen',
      url: 'https://vief-mvs.nl/agenda/middag/',
      timing: entries[1].timing,
      next,
      locatie: { naam: 'De Schakel', adres: 'Schakelplein 4', gemeente: 'Vlaardingen' },
      organisator: { naam: 'Buurthuis', url: 'https://vief-mvs.nl/initiatieven/buurthuis/' },
      kosten: 'Gratis',
    });
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2026-11-25T15:00:00+01:00',
      endDate: '2026-11-25T16:00:00+01:00',
      isAccessibleForFree: true,
      location: { '@type': 'Place', address: { addressLocality: 'Vlaardingen', addressCountry: 'NL' } },
      eventSchedule: { repeatFrequency: 'P1W', byDay: 'https://schema.org/Wednesday', startTime: '15:00', endTime: '16:00', endDate: '2026-12-16' },
    });
    expect(jsonLdString({ x: '</script><script>' })).not.toContain('</script>');
  });
  it('gives a one-off in summer its summer-time offset', () => {
    const ld = eventJsonLd({
      titel: 'x', samenvatting: 'x', url: 'x', timing: { start: '2027-06-01T14:00', einde: '2027-06-01T16:00' },
      locatie: { naam: 'x', adres: 'x', gemeente: 'x' }, organisator: { naam: 'x', url: 'x' }, kosten: '€ 5',
    });
    expect(ld.startDate).toBe('2027-06-01T14:00:00+02:00');
    expect(ld.isAccessibleForFree).toBe(false);
    expect(ld.eventSchedule).toBeUndefined();
  });
});
