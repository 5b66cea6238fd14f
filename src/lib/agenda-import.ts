/**
 * Partner calendars (issue 18, point 2): imports the events of the ICS feeds listed in
 * content/partner-agendas.json as activiteiten in content/agenda/. Run by `npm run agenda:ophalen`
 * (scripts/agenda-ophalen.ts) in the nightly pipeline; docs/agenda-ophalen.md explains the choices.
 *
 * - Parser: ical.js (maintained, RFC 5545 recurrence and time zones). Time zones the feed uses
 *   but does not define (TZID=Europe/Amsterdam without a VTIMEZONE) come from timezones-ical-library.
 * - One file per event, named once from its title plus a code from feed + UID, and found again by
 *   its UID (`bron.uid`), so an update of the same UID updates the same file.
 * - A series that fits the agenda's own recurrence (weekly, every other week, the nth weekday of the
 *   month, in Amsterdam time) stays one activity with `herhaling` (tot, uitzonderingen from EXDATE
 *   and cancelled dates); any other series is expanded into one activity per date (one year ahead).
 * - Cancelled (STATUS:CANCELLED) or gone from the feed: the file stays (its published address must
 *   keep working, content/url-manifest.json) and gets `bron.status` afgelast/vervallen, which takes
 *   it off the agenda, the feeds and the search; its page says so. It comes back if the event does.
 * - The redactie's word wins: an activity with `verborgen: true`, or one whose content the redactie
 *   changed (the fingerprint `bron.controle` no longer matches), is never written again.
 * - Everything is checked with the content validator before it is written; a feed that cannot be
 *   fetched or read is reported in Dutch with the partner's name and skipped, and its activities stay
 *   as they are. Nothing here throws for a bad feed.
 * - Deterministic: the same feed and clock give byte-identical files, so a second run changes nothing.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import YAML from 'yaml';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { z } from 'astro/zod';
import { activiteitThemaLabels, gemeenteLabels } from '../schemas/helpers';
import { registry } from '../schemas/registry';
import { PARTNER_AGENDAS_FILE, partnerAgendasSchema, type PartnerAgenda } from '../schemas/partner-agendas';
import { parseFrontmatter, validateEntry } from './content-validation';
import { plainContext } from './schema-context';
import { hasOccurrenceAfter } from './recurrence';
import { fromWall, toWall, TZ, type WallTime } from './time';
import { readLimited } from './read-limited';

export interface ImportOptions {
  /** The content folder (content/, or a test's copy): agenda/, initiatieven/, partner-agendas.json. */
  contentRoot: string;
  /** The calendars; default: read from <contentRoot>/partner-agendas.json. */
  agendas?: PartnerAgenda[];
  /** The clock (tests fix it): series are expanded from here, past activities are left alone. */
  now?: Date;
  /** Per feed (default 20 s). */
  timeoutMs?: number;
  /** Largest feed accepted (default 5 MB). */
  maxBytes?: number;
  /** Most events read from one feed (default 2,000). */
  maxEvents?: number;
  /** How far ahead a series that is expanded date by date is imported (default 366 days). */
  horizonDays?: number;
  fetch?: typeof fetch;
}

export interface FeedProblem {
  /** The partner's name, as the redactie knows it. */
  partner: string;
  /** Dutch: what went wrong. */
  melding: string;
}

export interface ImportReport {
  /** Files created or updated, relative to the content root (agenda/x.md). */
  geschreven: string[];
  /** Files taken off the agenda (afgelast or vervallen). */
  afgemeld: string[];
  /** Imported activities the redactie hid or changed, left alone. */
  doorRedactie: string[];
  /** Feeds that could not be imported at all (fetched, read): skipped, their activities untouched. */
  fouten: FeedProblem[];
  /** Single events that were skipped (with the reason); the rest of the feed was imported. */
  overgeslagen: FeedProblem[];
  /** Per feed, how many events it had. */
  feeds: Array<{ partner: string; code: string; activiteiten: number }>;
}

const DEFAULTS = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxEvents: 2000, horizonDays: 366 };
/** A series the agenda cannot say is expanded per date: at most this many (daily for a year). */
const MAX_DATES_PER_SERIES = 366;
/** Activities one feed may bring (a calendar with more is not what we subscribed to). */
const MAX_ACTIVITIES_PER_FEED = 1000;
const KOSTEN_ONBEKEND = 'Vraag het de organisator';
const AGENDA_DIR = registry.agenda.folder;

// -------------------------------------------------------------------------------------------------
// Fetching

const CALENDAR_TYPES = /^(text\/calendar|application\/ics|application\/calendar|text\/x-vcalendar|application\/x-ical)$/;
const MAYBE_CALENDAR_TYPES = /^(text\/plain|application\/octet-stream|binary\/octet-stream|application\/download|)$/;

/** Fetch a feed as text, or a Dutch reason why not. */
export async function fetchFeed(url: string, options: { timeoutMs: number; maxBytes: number; fetch: typeof fetch }): Promise<{ text: string } | { problem: string }> {
  let response: Response;
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    response = await options.fetch(url, { signal, redirect: 'follow', headers: { accept: 'text/calendar, application/ics;q=0.9, text/plain;q=0.5' } });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return { problem: `de agenda antwoordde niet binnen ${Math.round(options.timeoutMs / 1000)} seconden` };
    const code = err.cause?.code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { problem: 'het webadres van de agenda bestaat niet (de servernaam is onbekend)' };
    if (code === 'ECONNREFUSED') return { problem: 'de server van de agenda weigert de verbinding' };
    return { problem: `de agenda is niet bereikbaar (${code ?? err.message})` };
  }
  try {
    if (!response.ok) return { problem: `de server van de agenda gaf een foutmelding (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''})` };
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!CALENDAR_TYPES.test(type) && !MAYBE_CALENDAR_TYPES.test(type))
      return { problem: `het adres geeft geen agenda maar ${describeType(type)} (soort "${type}"); vraag de partner om het adres van de ICS-agenda` };
    const declared = Number(response.headers.get('content-length'));
    if (declared > options.maxBytes) return { problem: `de agenda is te groot (${megabytes(declared)}; hoogstens ${megabytes(options.maxBytes)})` };
    const text = await readText(response, options.maxBytes);
    if (text === undefined) return { problem: `de agenda is te groot (meer dan ${megabytes(options.maxBytes)})` };
    if (!/^\s*BEGIN:VCALENDAR/i.test(text.replace(/^\uFEFF/, '')))
      return { problem: 'het adres geeft geen agenda: de inhoud begint niet met BEGIN:VCALENDAR (is het het adres van een webpagina?)' };
    return { text };
  } catch (e) {
    const err = e as Error;
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return { problem: `de agenda antwoordde niet binnen ${Math.round(options.timeoutMs / 1000)} seconden` };
    return { problem: `de agenda kon niet helemaal worden gelezen (${err.message})` };
  }
}

function describeType(type: string): string {
  if (/html/.test(type)) return 'een webpagina';
  if (/json/.test(type)) return 'JSON-gegevens';
  if (/^image\//.test(type)) return 'een afbeelding';
  if (/pdf/.test(type)) return 'een PDF';
  return 'iets anders';
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;

async function readText(response: Response, max: number): Promise<string | undefined> {
  const bytes = await readLimited(response.body, max, (reader) => reader.cancel().catch(() => {}));
  return bytes && new TextDecoder('utf-8').decode(bytes);
}

// -------------------------------------------------------------------------------------------------
// Reading a calendar into activities

/** One activity the feed asks for, before it has a file name. */
export interface Planned {
  /** agenda code, UID, and for one date of a series that date: identifies the file. */
  key: string;
  uid: string;
  datum?: string;
  titel: string;
  /** Cancelled in the feed: only an existing file is marked, nothing is created. */
  afgelast: boolean;
  data: Record<string, unknown>;
  body: string;
}

export interface ParsedFeed {
  planned: Planned[];
  skipped: string[];
  problem?: string;
}

const keyOf = (code: string, uid: string, datum?: string) => `${code}\u0000${uid}\u0000${datum ?? ''}`;

/** Amsterdam (and its tzdata twin Brussels) or no zone at all: wall times that mean Amsterdam time. */
const AMSTERDAM_ZONES = new Set(['Europe/Amsterdam', 'Europe/Brussels', 'floating']);

/** A VTIMEZONE from the tz database (timezones-ical-library), under the name asked for; undefined if unknown. */
function tzdbZone(tzid: string): ICAL.Timezone | undefined {
  try {
    const [block] = tzlib_get_ical_block(tzid) as string[];
    if (!block || !/BEGIN:VTIMEZONE/.test(block)) return undefined;
    const comp = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${block.replace(/^(TZID|X-LIC-LOCATION):.*$/gm, `$1:${tzid}`)}\r\nEND:VCALENDAR`));
    const vtz = comp.getFirstSubcomponent('vtimezone');
    return vtz ? new ICAL.Timezone(vtz) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Make every zone the feed names known to ical.js, for this feed only (ical.js keeps zones in one
 * global registry, so it is emptied first: one feed's definitions never reach another's). A zone
 * the tz database knows (Europe/Amsterdam) comes from there even if the feed defines it, so a feed
 * cannot redefine Amsterdam time; other names (Outlook's "W. Europe Standard Time") from the feed's
 * own VTIMEZONE. Returns the names neither knows.
 */
function registerZones(cal: ICAL.Component): string[] {
  ICAL.TimezoneService.reset();
  const named = new Set<string>();
  for (const ve of cal.getAllSubcomponents('vevent'))
    for (const prop of ve.getAllProperties()) {
      const tzid = prop.getParameter('tzid');
      if (typeof tzid === 'string') named.add(tzid);
    }
  const own = new Map<string, ICAL.Component>();
  for (const vtz of cal.getAllSubcomponents('vtimezone')) {
    const tzid = vtz.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string') own.set(tzid, vtz);
  }
  const unknown: string[] = [];
  for (const tzid of named) {
    if (ICAL.TimezoneService.has(tzid)) continue; // UTC, GMT, Z
    const zone = tzdbZone(tzid) ?? (own.has(tzid) ? new ICAL.Timezone(own.get(tzid)!) : undefined);
    if (zone) ICAL.TimezoneService.register(zone, tzid);
    else unknown.push(tzid);
  }
  return unknown;
}

/** The Amsterdam wall time of an ical.js time (floating = Amsterdam). */
function wallOf(t: ICAL.Time): WallTime {
  const tzid = t.zone?.tzid ?? 'floating';
  if (AMSTERDAM_ZONES.has(tzid)) return { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute };
  return toWall(new Date(t.toUnixTime() * 1000));
}

const pad = (n: number) => String(n).padStart(2, '0');
const wallString = (w: WallTime) => `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
const wallDay = (w: WallTime) => wallString(w).slice(0, 10);

/** Plain text from a calendar text: HTML some feeds put in anyway made into text, control characters out. */
export function plainText(s: string): string {
  return s
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p>|<\/li>|<\/div>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\r\n?/g, '\n');
}

/** Markup that is an attack rather than formatting: scripts, event handlers, script addresses. */
export function hostile(s: string): boolean {
  return /<\s*\/?\s*(script|iframe|object|embed|style|svg|math|link|meta|base|form)\b/i.test(s) || /\bon[a-z]+\s*=/i.test(s) || /javascript\s*:/i.test(s) || /data\s*:\s*text\/html/i.test(s);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const part = s.slice(0, max - 1);
  const space = part.lastIndexOf(' ');
  return `${(space > max * 0.6 ? part.slice(0, space) : part).replace(/[\s,.;:–-]+$/, '')}…`;
}

/**
 * Text as Markdown that shows exactly that text: every character Markdown (or our content blocks,
 * ":::tip") could read as markup is escaped, so a feed can never add a link, an image or HTML.
 */
export function markdownText(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/[\\`*_{}[\]<>|~&]/g, (c) => `\\${c}`)
        // "::video" would be a content block. (A bare web address still becomes a link, as in any
        // activity: the site's Markdown pipeline does that for every text, with rel="noopener" and
        // no script addresses; src/lib/markdown/safety.ts.)
        .replace(/:(?=:)|:(?=[a-z])/gi, '\\:')
        .replace(/^([#+=>:-])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The first sentence (or line) of a description, for the samenvatting. */
function firstSentence(text: string): string {
  const first = oneLine(text.split(/\n\s*\n/)[0] ?? '');
  const m = /^(.{20,}?[.!?])(\s|$)/.exec(first);
  return m ? m[1] : first;
}

/** "Buurthuis De Schakel, Schakelplein 4, 3134 AB Vlaardingen" → naam and adres; the gemeente if it is named. */
function placeOf(location: string, agenda: PartnerAgenda): { naam: string; adres: string; gemeente: string } | undefined {
  const text = oneLine(location);
  const gemeente = Object.entries(gemeenteLabels).find(([, naam]) => new RegExp(`\\b${naam}\\b`, 'i').test(text))?.[0] ?? agenda.gemeente;
  if (!text) return agenda.locatie ? { ...agenda.locatie, gemeente } : undefined;
  const comma = text.indexOf(',');
  if (comma > 0) return { naam: cut(text.slice(0, comma).trim(), 100), adres: cut(text.slice(comma + 1).trim(), 120), gemeente };
  // Only a name: the partner's fixed address when the name is its own place, else the name for both.
  if (agenda.locatie && agenda.locatie.naam.toLowerCase() === text.toLowerCase()) return { ...agenda.locatie, gemeente };
  return { naam: cut(text, 100), adres: cut(text, 120), gemeente };
}

/** Themes: the partner's, plus any CATEGORIES that name one of ours. */
function themesOf(categories: string[], agenda: PartnerAgenda): string[] {
  const out = new Set<string>(agenda.themas);
  for (const c of categories.map((x) => x.trim().toLowerCase())) {
    for (const [key, label] of Object.entries(activiteitThemaLabels)) if (c === key || c === label.toLowerCase()) out.add(key);
  }
  return [...out];
}

type Recurrence = { patroon: 'wekelijks' | 'tweewekelijks' | 'maandelijks'; tot?: string; uitzonderingen?: string[] };

const ICAL_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * The agenda's own recurrence for an RRULE, if it fits: weekly or every other week on the start's
 * weekday, or monthly on the start's nth weekday; no RDATE; the start in Amsterdam time (a series in
 * UTC would shift an hour at the DST change). Undefined: expand date by date.
 */
function ownPattern(ve: ICAL.Component, start: ICAL.Time): Omit<Recurrence, 'tot' | 'uitzonderingen'> | undefined {
  const rules = ve.getAllProperties('rrule');
  if (rules.length !== 1 || ve.hasProperty('rdate')) return undefined;
  if (!AMSTERDAM_ZONES.has(start.zone?.tzid ?? 'floating')) return undefined;
  const rule = rules[0].getFirstValue() as ICAL.Recur;
  const parts = Object.keys(rule.parts).filter((p) => p !== 'WKST');
  const weekday = new Date(Date.UTC(start.year, start.month - 1, start.day)).getUTCDay();
  const byday = (rule.parts.BYDAY ?? []) as string[];
  if (rule.freq === 'WEEKLY' && (rule.interval === 1 || rule.interval === 2)) {
    if (parts.some((p) => p !== 'BYDAY')) return undefined;
    if (byday.length > 1 || (byday.length === 1 && byday[0] !== ICAL_DAYS[weekday])) return undefined;
    return { patroon: rule.interval === 1 ? 'wekelijks' : 'tweewekelijks' };
  }
  if (rule.freq === 'MONTHLY' && rule.interval === 1 && parts.length === 1 && byday.length === 1) {
    const m = /^([+-]?\d)([A-Z]{2})$/.exec(byday[0]);
    if (!m || m[2] !== ICAL_DAYS[weekday]) return undefined;
    const nth = Number(m[1]);
    // The agenda's rule (src/lib/recurrence.ts): the nth weekday from the start's date; 29th–31st = the last.
    const own = Math.ceil(start.day / 7);
    if ((own <= 4 && nth === own) || (own === 5 && nth === -1)) return { patroon: 'maandelijks' };
  }
  return undefined;
}

interface EventInfo {
  ve: ICAL.Component;
  event: ICAL.Event;
  uid: string;
}

/** Read a calendar's text into the activities it asks for. Never throws. */
export function parseFeed(text: string, agenda: PartnerAgenda, options: { now: Date; maxEvents: number; horizonDays: number }): ParsedFeed {
  const planned: Planned[] = [];
  const skipped: string[] = [];
  let cal: ICAL.Component;
  try {
    const jcal = ICAL.parse(text.replace(/^\uFEFF/, ''));
    cal = new ICAL.Component(Array.isArray(jcal[0]) ? jcal[0] : jcal);
    if (cal.name !== 'vcalendar') return { planned, skipped, problem: 'de agenda is geen iCalendar-bestand (VCALENDAR ontbreekt)' };
  } catch (e) {
    return { planned, skipped, problem: `de agenda is niet goed opgeschreven en kon niet worden gelezen (${oneLine((e as Error).message).slice(0, 160)})` };
  }
  let vevents: ICAL.Component[];
  try {
    const unknown = registerZones(cal);
    vevents = cal.getAllSubcomponents('vevent');
    if (unknown.length) skipped.push(`onbekende tijdzone ${unknown.map((z) => `"${oneLine(z).slice(0, 60)}"`).join(', ')}: activiteiten daarin zijn overgeslagen`);
    if (vevents.length > options.maxEvents) return { planned, skipped, problem: `de agenda heeft ${vevents.length} activiteiten; meer dan ${options.maxEvents} lezen we niet (is het het goede adres?)` };
    const unknownZones = new Set(unknown);
    const masters = new Map<string, EventInfo>();
    const exceptions = new Map<string, EventInfo[]>();
    for (const ve of vevents) {
      const uid = oneLine(String(ve.getFirstPropertyValue('uid') ?? ''));
      const title = oneLine(plainText(String(ve.getFirstPropertyValue('summary') ?? '')));
      if (!uid) {
        skipped.push(`"${cut(title || 'zonder titel', 60)}": heeft geen UID, dus kan niet worden bijgewerkt`);
        continue;
      }
      if (uid.length > 500) {
        skipped.push(`een activiteit met een UID van ${uid.length} tekens (te lang)`);
        continue;
      }
      if (ve.getAllProperties().some((p) => unknownZones.has(String(p.getParameter('tzid'))))) continue;
      const event = new ICAL.Event(ve);
      if (ve.hasProperty('recurrence-id')) {
        if (!exceptions.has(uid)) exceptions.set(uid, []);
        exceptions.get(uid)!.push({ ve, event, uid });
      } else if (masters.has(uid)) skipped.push(`"${cut(title || uid, 60)}": de UID staat twee keer in de agenda; alleen de eerste is gebruikt`);
      else masters.set(uid, { ve, event, uid });
    }
    for (const [uid, master] of masters) {
      try {
        planned.push(...eventToPlanned(master, exceptions.get(uid) ?? [], agenda, options, skipped));
      } catch (e) {
        skipped.push(`"${cut(oneLine(plainText(master.event.summary ?? uid)), 60)}": kon niet worden gelezen (${oneLine((e as Error).message).slice(0, 120)})`);
      }
    }
    // A changed date of a series whose series is not in the feed: import it as a one-off.
    for (const [uid, list] of exceptions) {
      if (masters.has(uid)) continue;
      for (const ex of list) {
        try {
          planned.push(...single(ex, agenda, skipped, dateOfRecurrenceId(ex)));
        } catch (e) {
          skipped.push(`"${cut(uid, 60)}": kon niet worden gelezen (${oneLine((e as Error).message).slice(0, 120)})`);
        }
      }
    }
  } catch (e) {
    return { planned: [], skipped, problem: `de agenda is niet goed opgeschreven en kon niet worden gelezen (${oneLine((e as Error).message).slice(0, 160)})` };
  }
  return { planned, skipped };
}

function dateOfRecurrenceId(ex: EventInfo): string {
  return wallDay(wallOf(ex.event.recurrenceId));
}

/** The fields every activity of this event shares, or a Dutch reason to skip it. */
function commonFields(info: EventInfo, agenda: PartnerAgenda): { data: Record<string, unknown>; body: string; titel: string } | { skip: string } {
  const { ve, event, uid } = info;
  const rawTitle = String(ve.getFirstPropertyValue('summary') ?? '');
  const rawDescription = String(ve.getFirstPropertyValue('description') ?? '');
  const rawLocation = String(ve.getFirstPropertyValue('location') ?? '');
  const titel = cut(oneLine(plainText(rawTitle)), 120);
  const label = `"${cut(titel || uid, 60)}"`;
  if (hostile(rawTitle) || hostile(rawLocation)) return { skip: `${label}: de titel of plaats bevat code (zoals <script> of onerror=); overgeslagen` };
  if (!titel) return { skip: `een activiteit zonder titel (UID ${cut(uid, 60)})` };
  const description = hostile(rawDescription) ? '' : plainText(rawDescription).trim();
  const place = placeOf(plainText(rawLocation), agenda);
  if (!place) return { skip: `${label}: de agenda zegt niet waar het is (en de partner heeft geen vaste plek)` };
  const categories = ve.getAllProperties('categories').flatMap((p) => p.getValues().map(String));
  const link = String(ve.getFirstPropertyValue('url') ?? '').trim();
  const samenvatting = cut(description ? firstSentence(description) : `Uit de agenda van ${agenda.naam}.`, 240);
  const data: Record<string, unknown> = {
    titel,
    samenvatting: samenvatting || `Uit de agenda van ${agenda.naam}.`,
    locatie: { naam: place.naam, adres: place.adres, gemeente: place.gemeente },
    organisator: agenda.organisator,
    kosten: agenda.kosten ?? KOSTEN_ONBEKEND,
    aanmelden: {
      nodig: false,
      ...(agenda.telefoon ? { telefoon: agenda.telefoon } : {}),
      ...(/^https?:\/\/\S+$/.test(link) && link.length <= 500 ? { website: link } : {}),
    },
    toegankelijkheid: {},
    themas: themesOf(categories, agenda),
  };
  const bron: Record<string, unknown> = { naam: agenda.naam, agenda: agenda.code, uid };
  if (/^https?:\/\/\S+$/.test(link) && link.length <= 500) bron.link = link;
  data.bron = bron;
  // A description with a script is not shown at all (the event still is, with its title).
  return { data, body: markdownText(description), titel };
}

/** Start and end in Amsterdam wall time, or a Dutch reason why the agenda cannot show it. */
function timesOf(start: ICAL.Time, end: ICAL.Time | undefined, label: string): { start: WallTime; einde: WallTime } | { skip: string } {
  if (start.isDate) return { skip: `${label}: duurt de hele dag; de agenda van Vief toont alleen activiteiten met een begin- en eindtijd` };
  if (!end || end.compare(start) <= 0) return { skip: `${label}: de eindtijd ontbreekt` };
  const s = wallOf(start);
  const e = wallOf(end);
  if (wallDay(s) !== wallDay(e)) return { skip: `${label}: duurt meer dan één dag; zet die met de hand in de agenda` };
  return { start: s, einde: e };
}

function single(info: EventInfo, agenda: PartnerAgenda, skipped: string[], datum?: string): Planned[] {
  const common = commonFields(info, agenda);
  if ('skip' in common) return skipped.push(common.skip), [];
  const label = `"${cut(common.titel, 60)}"`;
  const times = timesOf(info.event.startDate, info.event.endDate, label);
  if ('skip' in times) return skipped.push(times.skip), [];
  return [finish(info, agenda, common, times, undefined, datum)];
}

function finish(
  info: EventInfo,
  agenda: PartnerAgenda,
  common: { data: Record<string, unknown>; body: string; titel: string },
  times: { start: WallTime; einde: WallTime },
  herhaling: Recurrence | undefined,
  datum: string | undefined,
  cancelled = String(info.ve.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED',
): Planned {
  const { titel, samenvatting, locatie, organisator, kosten, aanmelden, toegankelijkheid, themas, bron } = common.data as Record<string, unknown> & { bron: Record<string, unknown> };
  // The key order of the hand-written activities, so a file reads like any other.
  const data: Record<string, unknown> = {
    titel,
    samenvatting,
    start: wallString(times.start),
    einde: wallString(times.einde),
    ...(herhaling ? { herhaling } : {}),
    locatie,
    organisator,
    kosten,
    aanmelden,
    toegankelijkheid,
    themas,
    bron: { ...bron, ...(datum ? { datum } : {}) },
  };
  return { key: keyOf(agenda.code, info.uid, datum), uid: info.uid, datum, titel: common.titel, afgelast: cancelled, data, body: common.body };
}

function eventToPlanned(master: EventInfo, exceptions: EventInfo[], agenda: PartnerAgenda, options: { now: Date; horizonDays: number }, skipped: string[]): Planned[] {
  const { ve, event } = master;
  if (!event.isRecurring()) return single(master, agenda, skipped);
  const common = commonFields(master, agenda);
  if ('skip' in common) return skipped.push(common.skip), [];
  const label = `"${cut(common.titel, 60)}"`;
  const times = timesOf(event.startDate, event.endDate, label);
  if ('skip' in times) return skipped.push(times.skip), [];
  const cancelledSeries = String(ve.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

  // Changed or cancelled single dates of the series (RECURRENCE-ID), by their original date.
  const changed = new Map<string, EventInfo>();
  for (const ex of exceptions) changed.set(dateOfRecurrenceId(ex), ex);
  const exdates = new Set<string>();
  for (const p of ve.getAllProperties('exdate')) for (const v of p.getValues() as ICAL.Time[]) exdates.add(wallDay(wallOf(v)));

  const pattern = ownPattern(ve, event.startDate);
  const rule = ve.getFirstPropertyValue('rrule') as ICAL.Recur;
  const bounded = !!(rule.until || rule.count);
  const horizon = new Date(options.now.getTime() + options.horizonDays * 864e5);
  // The series' dates (ical.js applies UNTIL/COUNT, RDATE and EXDATE), up to its end or the horizon.
  const dates: WallTime[] = [];
  const it = event.iterator();
  for (let next = it.next(), n = 0; next && n < 20_000; next = it.next(), n++) {
    const instant = new Date(next.toUnixTime() * 1000);
    if (!bounded && instant > horizon) break;
    if (pattern === undefined && instant > horizon) break;
    dates.push(wallOf(next));
  }
  const out: Planned[] = [];
  if (pattern) {
    const uitzonderingen = new Set<string>([...exdates]);
    for (const [day, ex] of changed) {
      uitzonderingen.add(day);
      const exCancelled = String(ex.ve.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
      if (!exCancelled && !cancelledSeries) out.push(...single(ex, agenda, skipped, day));
    }
    const herhaling: Recurrence = {
      ...pattern,
      ...(bounded && dates.length ? { tot: wallDay(dates[dates.length - 1]) } : {}),
    };
    const list = [...uitzonderingen].filter((d) => d >= wallDay(times.start) && (!herhaling.tot || d <= herhaling.tot)).sort();
    // An EXDATE that is not a date of the series is kept as written: harmless (nothing to leave out).
    if (list.length) herhaling.uitzonderingen = list;
    out.unshift(finish(master, agenda, common, times, herhaling, undefined, cancelledSeries));
    return out;
  }
  // Expanded: one activity per date from today to the horizon (past dates are history and stay as they are).
  const ahead = dates.filter((w) => fromWall(w) >= options.now).length;
  if (ahead > MAX_DATES_PER_SERIES) {
    skipped.push(`${label}: komt ${ahead} keer terug in het komende jaar; zo'n reeks zet de agenda niet los op (hoogstens ${MAX_DATES_PER_SERIES}); zet hem met de hand in de agenda`);
    return [];
  }
  const durationMs = event.endDate.toUnixTime() * 1000 - event.startDate.toUnixTime() * 1000;
  for (const w of dates) {
    const startInstant = fromWall(w);
    if (startInstant.getTime() + durationMs < options.now.getTime()) continue;
    const day = wallDay(w);
    const ex = changed.get(day);
    if (ex) {
      const exCancelled = String(ex.ve.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
      if (exCancelled || cancelledSeries) {
        const p = single(ex, agenda, [], day)[0];
        if (p) out.push({ ...p, afgelast: true });
      } else out.push(...single(ex, agenda, skipped, day));
      continue;
    }
    const einde = toWall(new Date(startInstant.getTime() + durationMs));
    if (wallDay(einde) !== day) {
      skipped.push(`${label} op ${day}: duurt tot de volgende dag; overgeslagen`);
      continue;
    }
    out.push(finish(master, agenda, common, { start: w, einde }, undefined, day, cancelledSeries));
  }
  return out;
}

// -------------------------------------------------------------------------------------------------
// Files

/** Keys sorted at every level, so the fingerprint does not depend on the order the CMS writes. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/** The fingerprint of an activity's content, without the fingerprint itself. */
export function fingerprint(data: Record<string, unknown>, body: string): string {
  const copy = structuredClone(data) as Record<string, unknown> & { bron?: Record<string, unknown> };
  if (copy.bron && typeof copy.bron === 'object') delete copy.bron.controle;
  return crypto.createHash('sha256').update(JSON.stringify(canonical(copy))).update('\u0000').update(body.trim()).digest('hex').slice(0, 16);
}

/** The file's text: YAML frontmatter (strings quoted, as the CMS and the validator read them the same) and the text. */
export function activityFile(data: Record<string, unknown>, body: string): string {
  const bron = { ...(data.bron as Record<string, unknown>) };
  delete bron.controle;
  const withoutCheck = { ...data, bron };
  const full = { ...data, bron: { ...bron, controle: fingerprint(withoutCheck, body) } };
  const yaml = YAML.stringify(full, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${yaml}---\n${body ? `${body}\n` : ''}`;
}

/** A new file name: the title, then a code from agenda + UID (+ date), so names never collide. */
export function newId(code: string, uid: string, titel: string, datum?: string): string {
  const hash = crypto.createHash('sha256').update(`${code}\u0000${uid}\u0000${datum ?? ''}`).digest('hex').slice(0, 6);
  const base = titel
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return `${base || 'activiteit'}${datum ? `-${datum}` : ''}-${hash}`;
}

interface Existing {
  id: string;
  file: string;
  text: string;
  data: Record<string, unknown> & { bron: Record<string, unknown> };
  body: string;
  /** The redactie hid it or changed it: never written again. */
  doorRedactie: boolean;
}

/** The imported activities already in the content folder, by agenda + UID (+ date). */
function existingImports(agendaDir: string): Map<string, Existing> {
  const out = new Map<string, Existing>();
  if (!fs.existsSync(agendaDir)) return out;
  for (const name of fs.readdirSync(agendaDir).sort()) {
    if (!/\.mdx?$/.test(name)) continue;
    const file = path.join(agendaDir, name);
    const text = fs.readFileSync(file, 'utf8');
    const { data, body, error } = parseFrontmatter(text);
    if (error || !data || typeof data !== 'object') continue;
    const d = data as Record<string, unknown>;
    const bron = d.bron as Record<string, unknown> | undefined;
    if (!bron || typeof bron !== 'object' || typeof bron.agenda !== 'string' || typeof bron.uid !== 'string') continue;
    const datum = typeof bron.datum === 'string' ? bron.datum : bron.datum instanceof Date ? bron.datum.toISOString().slice(0, 10) : undefined;
    const doorRedactie = d.verborgen === true || bron.controle !== fingerprint(d, body) || /\.mdx$/.test(name);
    out.set(keyOf(bron.agenda, bron.uid, datum), { id: name.replace(/\.mdx?$/, ''), file, text, data: d as Existing['data'], body, doorRedactie });
  }
  return out;
}

/** Read and check content/partner-agendas.json (the same schema as the CMS and the validator). */
export function readPartnerAgendas(contentRoot: string): { agendas: PartnerAgenda[]; problem?: string } {
  const file = path.join(contentRoot, PARTNER_AGENDAS_FILE);
  if (!fs.existsSync(file)) return { agendas: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return { agendas: [], problem: `${PARTNER_AGENDAS_FILE} is niet te lezen: ${(e as Error).message.split('\n')[0]}` };
  }
  const result = partnerAgendasSchema(plainContext).safeParse(raw, { error: z.locales.nl().localeError });
  if (!result.success) {
    const i = result.error.issues[0];
    return { agendas: [], problem: `${PARTNER_AGENDAS_FILE} klopt niet (${i.path.join('.')}: ${i.message}); controleer het met npm run check:content` };
  }
  return { agendas: result.data.agendas as PartnerAgenda[] };
}

/** Import every calendar. Never throws for a bad feed; writes only into contentRoot/agenda. */
export async function importAgendas(options: ImportOptions): Promise<ImportReport> {
  const o = { ...DEFAULTS, ...options, fetch: options.fetch ?? fetch, now: options.now ?? new Date() };
  const report: ImportReport = { geschreven: [], afgemeld: [], doorRedactie: [], fouten: [], overgeslagen: [], feeds: [] };
  let agendas = options.agendas;
  if (!agendas) {
    const read = readPartnerAgendas(o.contentRoot);
    if (read.problem) {
      report.fouten.push({ partner: "Agenda's van partners", melding: read.problem });
      return report;
    }
    agendas = read.agendas;
  }
  const agendaDir = path.join(o.contentRoot, AGENDA_DIR);
  fs.mkdirSync(agendaDir, { recursive: true });
  const existing = existingImports(agendaDir);
  const taken = new Set(fs.readdirSync(agendaDir).map((n) => n.replace(/\.mdx?$/, '')));
  const initiatievenDir = path.join(o.contentRoot, registry.initiatieven.folder);
  /** Agenda codes whose feed was read this run (their absent events are gone); failed feeds keep theirs. */
  const read = new Set<string>();
  const seen = new Set<string>();

  const write = (file: string, text: string) => {
    fs.writeFileSync(file, text);
    report.geschreven.push(path.relative(o.contentRoot, file));
  };

  for (const agenda of agendas) {
    if (agenda.uit) continue;
    if (!['md', 'mdx'].some((ext) => fs.existsSync(path.join(initiatievenDir, `${agenda.organisator}.${ext}`)))) {
      report.fouten.push({ partner: agenda.naam, melding: `de organisator "${agenda.organisator}" staat niet in de wegwijzer; voeg die eerst toe of kies een andere in "Agenda's van partners"` });
      continue;
    }
    const fetched = await fetchFeed(agenda.url, o);
    if ('problem' in fetched) {
      report.fouten.push({ partner: agenda.naam, melding: fetched.problem });
      continue;
    }
    const parsed = parseFeed(fetched.text, agenda, o);
    if (!parsed.problem && parsed.planned.length > MAX_ACTIVITIES_PER_FEED)
      parsed.problem = `de agenda levert ${parsed.planned.length} activiteiten op; meer dan ${MAX_ACTIVITIES_PER_FEED} nemen we niet over (is het het goede adres?)`;
    if (parsed.problem) {
      report.fouten.push({ partner: agenda.naam, melding: parsed.problem });
      continue;
    }
    read.add(agenda.code);
    for (const s of parsed.skipped) report.overgeslagen.push({ partner: agenda.naam, melding: s });
    let count = 0;
    for (const p of parsed.planned) {
      if (seen.has(p.key)) continue;
      const old = existing.get(p.key);
      if (p.afgelast && !old) continue; // cancelled before we ever showed it: nothing to do
      seen.add(p.key);
      count++;
      if (old?.doorRedactie) {
        report.doorRedactie.push(path.relative(o.contentRoot, old.file));
        continue;
      }
      const data = p.afgelast ? { ...p.data, bron: { ...(p.data.bron as object), status: 'afgelast' } } : p.data;
      const id = old?.id ?? uniqueId(newId(agenda.code, p.uid, p.titel, p.datum), taken);
      const file = old?.file ?? path.join(agendaDir, `${id}.md`);
      const text = activityFile(data, p.body);
      if (old && old.text === text) continue;
      const check = validateEntry('agenda', path.join(path.relative(process.cwd(), o.contentRoot) || '.', AGENDA_DIR, path.basename(file)), text, file);
      if (check.problems.length) {
        report.overgeslagen.push({ partner: agenda.naam, melding: `"${cut(p.titel, 60)}": past niet in de agenda (${check.problems.map((x) => `${x.field ? `${x.field}: ` : ''}${x.message}`).join('; ')})` });
        continue;
      }
      // A past event the site never had is history nobody needs (feeds often keep years of it).
      if (!old && check.entry && !hasOccurrenceAfter(check.entry.data as unknown as Parameters<typeof hasOccurrenceAfter>[0], o.now)) {
        count--;
        continue;
      }
      taken.add(id);
      write(file, text);
      if (p.afgelast && old && !old.data.bron.status) report.afgemeld.push(path.relative(o.contentRoot, file));
    }
    report.feeds.push({ partner: agenda.naam, code: agenda.code, activiteiten: count });
  }

  // Gone from a feed that was read, or from a calendar switched off or taken out of the list.
  const active = new Map(agendas.filter((a) => !a.uit).map((a) => [a.code, a]));
  for (const [key, old] of existing) {
    if (seen.has(key) || old.doorRedactie || old.data.bron.status) continue;
    const code = String(old.data.bron.agenda);
    if (active.has(code) && !read.has(code)) continue; // its feed failed this time: keep it as it is
    const check = validateEntry('agenda', old.file, old.text, old.file);
    if (!check.entry) continue;
    const timing = check.entry.data as unknown as Parameters<typeof hasOccurrenceAfter>[0];
    if (!hasOccurrenceAfter(timing, o.now)) continue; // over: history, left as it was
    write(old.file, activityFile({ ...old.data, bron: { ...old.data.bron, status: 'vervallen' } }, old.body.trim()));
    report.afgemeld.push(path.relative(o.contentRoot, old.file));
  }
  report.geschreven.sort();
  report.afgemeld.sort();
  return report;
}

function uniqueId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id;
  for (let i = 2; ; i++) if (!taken.has(`${id}-${i}`)) return `${id}-${i}`;
}

/** The report in Dutch, for the log and the pipeline's summary. */
export function formatReport(r: ImportReport): string {
  const lines: string[] = [];
  for (const f of r.feeds) lines.push(`✓ ${f.partner}: ${f.activiteiten} ${f.activiteiten === 1 ? 'activiteit' : 'activiteiten'} gelezen.`);
  for (const f of r.fouten) lines.push(`✗ ${f.partner}: ${f.melding}. Deze agenda is overgeslagen; de activiteiten die er al stonden blijven staan.`);
  for (const s of r.overgeslagen) lines.push(`! ${s.partner}: ${s.melding}`);
  if (r.geschreven.length) lines.push(`Nieuw of bijgewerkt (${r.geschreven.length}): ${r.geschreven.join(', ')}`);
  if (r.afgemeld.length) lines.push(`Uit de agenda gehaald, afgelast of niet meer bij de partner (${r.afgemeld.length}): ${r.afgemeld.join(', ')}`);
  if (r.doorRedactie.length) lines.push(`Door de redactie verborgen of aangepast, niet bijgewerkt (${r.doorRedactie.length}): ${r.doorRedactie.join(', ')}`);
  if (!r.geschreven.length && !r.afgemeld.length) lines.push('Niets veranderd.');
  return lines.join('\n');
}

export { TZ };
