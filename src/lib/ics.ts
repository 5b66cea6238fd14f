/**
 * iCalendar (RFC 5545) output for the agenda: the subscription feeds (/agenda.ics,
 * /agenda/<gemeente>.ics) and the "Zet in mijn agenda" file of one activity.
 *
 * - Generated with ical-generator; times are written as Amsterdam wall time with
 *   TZID=Europe/Amsterdam (values are @date-fns/tz TZDates, so the server's own time zone
 *   never leaks in) and the calendar carries the matching VTIMEZONE.
 * - A recurring activity stays one VEVENT with its RRULE (written by the rrule library) and
 *   EXDATEs, so calendar apps show the series as a series and keep it up to date.
 * - UID = <slug>@<site host>: the same in every feed and in the download, and stable across builds.
 */
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { TZDate } from '@date-fns/tz';
import rrulePkg from 'rrule';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { t } from '../i18n';
import { exceptionStarts, ruleOptions, untilWall, type ActivityTiming } from './recurrence';
import { fromWall, parseLocal, TZ, toWall } from './time';

const { RRule } = rrulePkg as unknown as typeof import('rrule');

export interface IcsActivity {
  slug: string;
  titel: string;
  samenvatting: string;
  timing: ActivityTiming;
  /** One line: "Buurthuis De Schakel, Schakelplein 4, 3134 AB Vlaardingen" */
  locatie: string;
  /** Absolute URL of the activity page. */
  url: string;
  kosten: string;
  /** Theme labels, written as CATEGORIES. */
  themas: string[];
  /** Off the agenda (cancelled by the partner, hidden by the redactie): STATUS:CANCELLED, same UID. */
  afgelast?: boolean;
}

export interface IcsCalendar {
  name: string;
  description: string;
  /** Host name used in UIDs, e.g. "vief-mvs.nl". */
  host: string;
  /** Build time: DTSTAMP of every event. */
  now: Date;
  activities: IcsActivity[];
  /**
   * A reminder (VALARM) the day before each event (issue 18, point 4): on for the "Zet in mijn
   * agenda" download of one activity; off for the subscription feeds, where a calendar app would
   * otherwise remind the reader of every activity in the region.
   */
  reminder?: boolean;
}

/** How long before the start the reminder goes off: one day (written as TRIGGER:-P1D). */
export const REMINDER_SECONDS = 24 * 60 * 60;

export const uidFor = (slug: string, host: string) => `${slug}@${host}`;

/**
 * The VTIMEZONE for a zone, from timezones-ical-library. Since tzdata 2022 Europe/Amsterdam is a
 * link to Europe/Brussels (identical rules since 1970), so the block is returned under the name
 * we use in TZID.
 */
export function vtimezone(tz: string): string {
  const [block] = tzlib_get_ical_block(tz);
  return block.replace(/^(TZID|X-LIC-LOCATION):.*$/gm, `$1:${tz}`);
}

/** A wall time ("2026-03-03T10:00") as a date that formats as Amsterdam time whatever the server's zone. */
const tzDate = (instant: Date) => new TZDate(instant.getTime(), TZ);

/** RRULE and EXDATE lines of a recurring activity (undefined for a one-off). */
export function recurrenceLines(timing: ActivityTiming): string | undefined {
  const options = ruleOptions(timing);
  if (!options) return undefined;
  const until = untilWall(timing);
  // DTSTART carries a TZID, so RFC 5545 wants UNTIL in UTC: the end of the "tot" day in Amsterdam.
  const rrule = RRule.optionsToString({ ...options, until: until ? fromWall(until) : null });
  const lines = [rrule.startsWith('RRULE:') ? rrule : `RRULE:${rrule}`];
  const ex = exceptionStarts(timing);
  if (ex.length) {
    const fmt = (d: Date) => {
      const w = toWall(d);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${w.year}${p(w.month)}${p(w.day)}T${p(w.hour)}${p(w.minute)}00`;
    };
    lines.push(`EXDATE;TZID=${TZ}:${ex.map(fmt).join(',')}`);
  }
  return lines.join('\n');
}

export function buildIcs(c: IcsCalendar): string {
  const cal = ical({
    name: c.name,
    description: c.description,
    prodId: { company: c.host, product: 'agenda', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 24 * 60 * 60, // REFRESH-INTERVAL / X-PUBLISHED-TTL: the site is rebuilt daily
    // No calendar-wide zone name: with one, ical-generator would write DTSTAMP without "Z".
    // The generator still adds the VTIMEZONE for every zone the events use.
    timezone: { name: '', generator: vtimezone },
    x: [['X-WR-TIMEZONE', TZ]],
  });
  for (const a of c.activities) {
    const start = fromWall(parseLocal(a.timing.start));
    const end = fromWall(parseLocal(a.timing.einde));
    const description = [a.samenvatting, t('agenda.ics.cost', { kosten: a.kosten }), t('agenda.ics.description', { url: a.url })].join('\n\n');
    const event = cal.createEvent({
      id: uidFor(a.slug, c.host),
      start: tzDate(start),
      end: tzDate(end),
      timezone: TZ,
      stamp: c.now,
      summary: a.titel,
      description,
      location: a.locatie,
      url: a.url,
      categories: a.themas.map((name) => ({ name })),
      repeating: recurrenceLines(a.timing) ?? null,
      ...(a.afgelast ? { status: ICalEventStatus.CANCELLED } : {}),
    });
    if (c.reminder) event.createAlarm({ type: ICalAlarmType.display, trigger: REMINDER_SECONDS, description: t('agenda.ics.reminder', { titel: a.titel }) });
  }
  return cal.toString();
}
