/**
 * The iCalendar output, read back with an independent parser (ical.js): the same events,
 * UIDs, RRULEs and EXDATEs, and — expanded by ical.js with the VTIMEZONE from the file —
 * the same instants as our own recurrence expansion, across the DST change.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, recurrenceLines, uidFor, type IcsActivity } from '../../src/lib/ics';
import { occurrences, type ActivityTiming } from '../../src/lib/recurrence';

const NOW = new Date('2026-02-20T12:00:00Z');
const HOST = 'vief-mvs.nl';

const koffie: ActivityTiming = {
  start: '2026-03-03T10:00', // Tuesday; DST starts 29 March
  einde: '2026-03-03T11:30',
  herhaling: { patroon: 'wekelijks', tot: new Date('2026-05-26'), uitzonderingen: [new Date('2026-03-17'), new Date('2026-04-28')] },
};
const spreekuur: ActivityTiming = {
  start: '2026-03-04T13:30',
  einde: '2026-03-04T15:00',
  herhaling: { patroon: 'tweewekelijks' },
};
const repair: ActivityTiming = {
  start: '2026-03-07T10:00', // first Saturday
  einde: '2026-03-07T13:00',
  herhaling: { patroon: 'maandelijks', tot: new Date('2026-12-31') },
};
const concert: ActivityTiming = { start: '2026-10-25T19:30', einde: '2026-10-25T21:00' }; // the day DST ends

const activity = (slug: string, timing: ActivityTiming, extra: Partial<IcsActivity> = {}): IcsActivity => ({
  slug,
  titel: `Titel ${slug}`,
  samenvatting: `Samenvatting van ${slug}; met komma, en puntkomma`,
  timing,
  locatie: 'Buurthuis De Schakel, Schakelplein 4, 3134 AB Vlaardingen',
  url: `https://${HOST}/agenda/${slug}/`,
  kosten: '€ 2,50',
  themas: ['Ontmoeten'],
  ...extra,
});

const activities = [activity('koffieochtend', koffie), activity('spreekuur', spreekuur), activity('repair-cafe', repair), activity('kerstconcert', concert)];
const text = buildIcs({ name: 'Vief: agenda', description: 'Activiteiten', host: HOST, now: NOW, activities });

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return cal;
}

describe('iCalendar feed', () => {
  const cal = parse(text);
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const byUid = new Map(events.map((e) => [e.uid, e]));

  it('is a VCALENDAR 2.0 with CRLF lines of at most 75 octets', () => {
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(cal.getFirstPropertyValue('prodid'))).toContain(HOST);
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('carries a VTIMEZONE for Europe/Amsterdam with both DST rules', () => {
    const vtz = cal.getAllSubcomponents('vtimezone');
    expect(vtz).toHaveLength(1);
    expect(vtz[0].getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    expect(vtz[0].getAllSubcomponents('daylight')).toHaveLength(1);
    expect(vtz[0].getAllSubcomponents('standard')).toHaveLength(1);
  });

  it('has one event per activity with stable UIDs, title, place and link', () => {
    expect([...byUid.keys()].sort()).toEqual(activities.map((a) => uidFor(a.slug, HOST)).sort());
    expect(uidFor('koffieochtend', HOST)).toBe('koffieochtend@vief-mvs.nl');
    const e = byUid.get('koffieochtend@vief-mvs.nl')!;
    expect(e.summary).toBe('Titel koffieochtend');
    expect(e.location).toBe('Buurthuis De Schakel, Schakelplein 4, 3134 AB Vlaardingen');
    expect(e.description).toContain('Samenvatting van koffieochtend; met komma, en puntkomma');
    expect(e.description).toContain('Kosten: € 2,50');
    expect(e.component.getFirstPropertyValue('url')).toBe('https://vief-mvs.nl/agenda/koffieochtend/');
    // the same input gives the same file: UIDs and stamps do not change between builds
    expect(buildIcs({ name: 'Vief: agenda', description: 'Activiteiten', host: HOST, now: NOW, activities })).toBe(text);
  });

  it('writes DTSTART/DTEND as Amsterdam wall time with TZID, and DTSTAMP in UTC', () => {
    const e = byUid.get('koffieochtend@vief-mvs.nl')!;
    const dtstart = e.component.getFirstProperty('dtstart')!;
    expect(dtstart.getParameter('tzid')).toBe('Europe/Amsterdam');
    expect(e.startDate.toString()).toBe('2026-03-03T10:00:00');
    expect(e.endDate.toString()).toBe('2026-03-03T11:30:00');
    expect(e.startDate.toJSDate().toISOString()).toBe('2026-03-03T09:00:00.000Z');
    expect(text).toMatch(/\r\nDTSTAMP:20260220T120000Z\r\n/);
    const concertEvent = byUid.get('kerstconcert@vief-mvs.nl')!;
    expect(concertEvent.startDate.toJSDate().toISOString()).toBe('2026-10-25T18:30:00.000Z'); // CET again
    expect(concertEvent.isRecurring()).toBe(false);
  });

  it('keeps the RRULEs: frequency, interval, weekday, UNTIL in UTC', () => {
    const weekly = byUid.get('koffieochtend@vief-mvs.nl')!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(weekly.freq).toBe('WEEKLY');
    expect(weekly.interval).toBe(1);
    expect(weekly.until!.toString()).toBe('2026-05-26T21:59:00Z'); // 23.59 Amsterdam summer time
    const biweekly = byUid.get('spreekuur@vief-mvs.nl')!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(biweekly.freq).toBe('WEEKLY');
    expect(biweekly.interval).toBe(2);
    expect(biweekly.until).toBeFalsy();
    const monthly = byUid.get('repair-cafe@vief-mvs.nl')!.component.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(monthly.freq).toBe('MONTHLY');
    expect(monthly.parts.BYDAY).toEqual(['+1SA']);
    expect(monthly.until!.toString()).toBe('2026-12-31T22:59:00Z'); // 23.59 Amsterdam winter time
  });

  it('keeps the exceptions as EXDATEs at the start time', () => {
    const e = byUid.get('koffieochtend@vief-mvs.nl')!;
    const exdates = e.component.getAllProperties('exdate').flatMap((p) => p.getValues() as ICAL.Time[]);
    expect(exdates.map((d) => d.toString())).toEqual(['2026-03-17T10:00:00', '2026-04-28T10:00:00']);
    expect(e.component.getFirstProperty('exdate')!.getParameter('tzid')).toBe('Europe/Amsterdam');
  });

  it('expands (by ical.js) to exactly our own occurrences, across the DST change', () => {
    for (const a of activities) {
      const e = byUid.get(uidFor(a.slug, HOST))!;
      const ours = occurrences(a.timing, new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z')).map((o) => o.start.toISOString());
      const theirs: string[] = [];
      const it = e.iterator();
      for (let next = it.next(); next && theirs.length < 60; next = it.next()) {
        const iso = next.toJSDate().toISOString();
        if (iso >= '2027-01-01') break;
        theirs.push(iso);
      }
      expect(theirs, a.slug).toEqual(ours);
    }
    // spot checks: 10.00 local is 09.00Z before and 08.00Z after 29 March; exceptions skipped
    const koffieStarts = occurrences(koffie, new Date('2026-03-01T00:00:00Z'), new Date('2026-04-08T00:00:00Z')).map((o) => o.start.toISOString());
    expect(koffieStarts).toEqual(['2026-03-03T09:00:00.000Z', '2026-03-10T09:00:00.000Z', '2026-03-24T09:00:00.000Z', '2026-03-31T08:00:00.000Z', '2026-04-07T08:00:00.000Z']);
  });

  it('writes no RRULE for one-off activities', () => {
    expect(recurrenceLines(concert)).toBeUndefined();
    expect(recurrenceLines(koffie)).toBe('RRULE:FREQ=WEEKLY;INTERVAL=1;UNTIL=20260526T215900Z\nEXDATE;TZID=Europe/Amsterdam:20260317T100000,20260428T100000');
  });

  it('makes a single-event file for "Zet in mijn agenda"', () => {
    const one = parse(buildIcs({ name: 'Koffie', description: 'x', host: HOST, now: NOW, activities: [activities[0]] }));
    const ev = one.getAllSubcomponents('vevent');
    expect(ev).toHaveLength(1);
    expect(ev[0].getFirstPropertyValue('uid')).toBe('koffieochtend@vief-mvs.nl');
    expect(one.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('reminds the day before in a "Zet in mijn agenda" download; the feeds carry no reminder (issue 18)', () => {
    const raw = buildIcs({ name: 'Koffie', description: 'x', host: HOST, now: NOW, activities: [activities[0]], reminder: true });
    const alarms = parse(raw).getFirstSubcomponent('vevent')!.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(1);
    expect(alarms[0].getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarms[0].getFirstPropertyValue('description')).toBe('Morgen: Titel koffieochtend');
    const trigger = alarms[0].getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.isNegative).toBe(true);
    expect(trigger.toSeconds()).toBe(-24 * 60 * 60);
    expect(raw).toContain('TRIGGER:-P1D');
    expect(text).not.toContain('BEGIN:VALARM');
    for (const e of cal.getAllSubcomponents('vevent')) expect(e.getAllSubcomponents('valarm')).toEqual([]);
  });
});
