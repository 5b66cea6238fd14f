/**
 * "Doe mee" (issue 18): the submission endpoint. A Web-standard handler (Request → Response), so
 * the same module runs under `npm start` (server/serve.ts, node:http), as a Netlify Function
 * (netlify/functions/inzending.mts) or a Cloudflare Worker with Node compatibility (docs/doe-mee.md).
 *
 * What it does with a submission from /doe-mee/:
 *   1. refuses what is not a reader's contribution: a filled-in honeypot, a body or photo over
 *      the limits, too many submissions from one address, HTML/script/Markdown directives in
 *      the text, files that are not photos (by name AND by their first bytes);
 *   2. turns it into a content file (an activiteit in the agenda, or an artikel for a verhaal,
 *      reactie or foto), marked `ingezonden: true`, and validates that file with the SAME
 *      validator as every CMS entry (src/lib/content-validation.ts → the zod schemas in
 *      src/schemas, photos via src/lib/image-file.ts). Only the fields a reader cannot know
 *      (an artikel's rubriek and auteurs, an activiteit's organisator) may be missing: the
 *      redactie fills those in, and the CMS will not publish the entry before they do;
 *   3. writes it as a DRAFT in the editorial workflow's review column ("Ter beoordeling",
 *      status pending_review) through a DraftWriter (server/git-local.ts for decap-server's local
 *      Git structure, server/git-github.ts for GitHub);
 *   4. mails the sender's name, phone and e-mail to the redactie with a reference to the draft
 *      (server/mail.ts). Those never go into Git: a public repository's branches are public.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { validateEntry, type ContentProblem } from '../src/lib/content-validation';
import { looksLikePhoto, photoNameProblem } from '../src/lib/image-file';
import { activiteitThemaLabels, gemeenteSlugs, herhalingLabels } from '../src/schemas/helpers';
import { readLimited } from '../src/lib/read-limited';

export const SOORTEN = ['verhaal', 'reactie', 'foto', 'activiteit'] as const;
export type Soort = (typeof SOORTEN)[number];

export const LIMITS = {
  /** The whole request (form fields + photo). */
  body: 12 * 1024 * 1024,
  photo: 8 * 1024 * 1024,
  /** The text of a verhaal or a description. */
  tekst: 10_000,
  /** Any other single field. */
  field: 400,
};

/** The honeypot: a field people never see (hidden by CSS, labelled "leave empty"), bots fill in. */
export const HONEYPOT = 'website';

export interface DraftFile {
  /** Repository path, e.g. content/agenda/koffie.md */
  path: string;
  content: Uint8Array;
}

export interface Draft {
  collection: 'agenda' | 'artikelen';
  slug: string;
  files: DraftFile[];
  /** Commit message and pull request title: nothing personal. */
  message: string;
}

/** Writes a draft into the CMS's review column; knows whether a name is taken. */
export interface DraftWriter {
  /** Whether `slug` is taken in `collection`: the file exists on the base branch or a draft has it. */
  taken(collection: string, slug: string, filePath: string): Promise<boolean>;
  /** Writes the draft with status pending_review; answers the draft's branch (cms/<collection>/<slug>). */
  write(draft: Draft): Promise<{ branch: string }>;
}

export interface Mail {
  subject: string;
  text: string;
  replyTo?: string;
}
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export interface HandlerOptions {
  writer: DraftWriter;
  mailer: Mailer;
  /** The site's address, for the redirect after a form post without JavaScript and the CMS link in the mail. */
  siteUrl: string;
  /** Submissions per address per window (default 5 per hour). */
  rateLimit?: { max: number; windowMs: number };
  /** Origins whose pages may post (default: only siteUrl's). */
  origins?: string[];
  now?: () => Date;
  /** Where validation writes its temporary copy (default the OS temp dir). */
  tmpDir?: string;
  /** Errors for the operator's log: never with personal data. */
  log?: (line: string) => void;
}

export interface FieldError {
  /** The form field's name (for the page to focus it); '' for the form as a whole. */
  field: string;
  /** Dutch, naming the field as the form labels it. */
  message: string;
}

/** Dutch labels of the form fields (the same words as on /doe-mee/), used in error messages. */
export const FORM_LABELS: Record<string, string> = {
  soort: 'Wat wilt u insturen',
  titel: 'Titel',
  samenvatting: 'In één zin',
  tekst: 'Uw tekst',
  opArtikel: 'Op welk artikel reageert u',
  foto: 'Foto',
  fotoBeschrijving: 'Wat staat er op de foto',
  datum: 'Datum',
  begintijd: 'Begintijd',
  eindtijd: 'Eindtijd',
  herhaling: 'Komt het vaker terug',
  herhalingTot: 'Tot en met',
  locatieNaam: 'Naam van de plek',
  adres: 'Adres',
  gemeente: 'Gemeente',
  organisatie: 'Wie organiseert het',
  kosten: 'Kosten',
  aanmeldenNodig: 'Moeten mensen zich aanmelden',
  aanmeldTelefoon: 'Telefoon voor aanmelden',
  aanmeldEmail: 'E-mail voor aanmelden',
  aanmeldWebsite: 'Website voor aanmelden',
  toegankelijkheidToelichting: 'Toelichting toegankelijkheid',
  themas: 'Waar past het bij',
  naam: 'Uw naam',
  telefoon: 'Uw telefoonnummer',
  email: 'Uw e-mailadres',
  [HONEYPOT]: 'Laat dit veld leeg',
};

/** Where a content field comes from in the form (dotted data path → form field). */
const FIELD_OF: Record<string, string> = {
  titel: 'titel',
  samenvatting: 'samenvatting',
  start: 'datum',
  einde: 'eindtijd',
  'herhaling.patroon': 'herhaling',
  'herhaling.tot': 'herhalingTot',
  'locatie.naam': 'locatieNaam',
  'locatie.adres': 'adres',
  'locatie.gemeente': 'gemeente',
  kosten: 'kosten',
  'aanmelden.nodig': 'aanmeldenNodig',
  'aanmelden.telefoon': 'aanmeldTelefoon',
  'aanmelden.email': 'aanmeldEmail',
  'aanmelden.website': 'aanmeldWebsite',
  'toegankelijkheid.toelichting': 'toegankelijkheidToelichting',
  themas: 'themas',
  afbeelding: 'foto',
  afbeeldingAlt: 'fotoBeschrijving',
  tekst: 'tekst',
};

/** Fields a reader cannot know: the redactie fills them in the CMS before publishing. */
const REDACTIE_FIELDS: Record<Draft['collection'], string[]> = {
  agenda: ['organisator'],
  artikelen: ['rubriek', 'auteurs', 'nummer'],
};
/**
 * Stand-ins for those fields, ONLY in the copy that is validated: zod runs an object's
 * refinements (einde after start, a photo needs its description) only when every field is
 * there. References are checked elsewhere (checkRelations), so a stand-in passes the schema;
 * the draft itself leaves the fields empty for the redactie.
 */
const STAND_INS: Record<Draft['collection'], Record<string, unknown>> = {
  agenda: { organisator: 'in-te-vullen-door-de-redactie' },
  artikelen: { rubriek: 'in-te-vullen-door-de-redactie', auteurs: ['in-te-vullen-door-de-redactie'] },
};

export const TOEGANKELIJKHEID = ['rolstoel', 'ringleiding', 'toilet', 'parkeren', 'ov'] as const;

const messages = {
  method: 'Stuur het formulier op de pagina "Doe mee" in.',
  origin: 'Dit formulier kan alleen vanaf de website van het magazine worden ingestuurd.',
  tooBig: (mb: number) => `Uw inzending is te groot (hoogstens ${mb} MB samen, foto inbegrepen). Kies een kleinere foto of stuur de foto per e-mail.`,
  photoTooBig: (mb: number) => `${FORM_LABELS.foto}: de foto is te groot (hoogstens ${mb} MB). Kies een kleinere foto of stuur hem per e-mail.`,
  rate: 'U heeft net al een paar keer iets ingestuurd. Probeer het over een uur opnieuw, of bel of mail de redactie.',
  honeypot: `Het veld "${FORM_LABELS[HONEYPOT]}" is ingevuld; dat doen alleen computerprogramma's. Laat het leeg en stuur het formulier opnieuw.`,
  form: 'Het formulier kwam niet goed aan. Probeer het opnieuw.',
  soort: `${FORM_LABELS.soort}: kies verhaal, reactie, foto of activiteit.`,
  html: (label: string) => `${label}: bevat code (zoals <script> of HTML) of een opmaakcommando; schrijf gewone tekst.`,
  tooLong: (label: string, max: number) => `${label}: is te lang (hoogstens ${max} tekens).`,
  required: (label: string) => `${label}: vul dit in.`,
  photoRequired: `${FORM_LABELS.foto}: kies een foto om mee te sturen.`,
  altRequired: `${FORM_LABELS.fotoBeschrijving}: beschrijf in een paar woorden wat er op de foto staat (voor wie de foto niet kan zien).`,
  notPhoto: (name: string) => `${FORM_LABELS.foto}: "${name}" is geen foto (jpg, png, webp, avif of gif).`,
  unknownValue: (label: string) => `${label}: kies een van de mogelijkheden.`,
  date: (label: string) => `${label}: vul een datum in, bijvoorbeeld 14-03-2027.`,
  time: (label: string) => `${label}: vul een tijd in, bijvoorbeeld 10:00.`,
  email: `${FORM_LABELS.email}: dit is geen geldig e-mailadres.`,
  phone: `${FORM_LABELS.telefoon}: dit is geen geldig telefoonnummer (bijvoorbeeld 010 123 45 67).`,
  failed: 'Het insturen is niet gelukt door een storing bij ons. Uw gegevens zijn niet bewaard. Probeer het later opnieuw, of bel of mail de redactie.',
};

/** Code or markup in text a reader types: HTML tags, script addresses, Markdown directives. */
function hostile(text: string): boolean {
  return /<\s*[a-z!/?]/i.test(text) || /javascript\s*:/i.test(text) || /data\s*:\s*text\/html/i.test(text) || /^\s*:{1,3}[a-z]/im.test(text);
}

/** A line with control characters or line breaks collapsed. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A file name and URL from a title: "Koffie in De Schakel!" → koffie-in-de-schakel. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'inzending';
}

/** Reads at most `max` bytes of a request body; undefined when it is larger. */
async function readBody(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) return undefined;
  return readLimited(request.body, max, (reader) => reader.releaseLock());
}

interface Contact {
  naam: string;
  telefoon: string;
  email: string;
  organisatie: string;
  opArtikel: string;
}

interface Prepared {
  collection: Draft['collection'];
  title: string;
  data: Record<string, unknown>;
  body: string;
  photo?: { ext: string; bytes: Uint8Array };
  contact: Contact;
  soort: Soort;
}

const PHOTO_EXT: Record<string, string> = { jpeg: 'jpg', jpg: 'jpg', png: 'png', webp: 'webp', avif: 'avif', gif: 'gif' };

/** Reads and checks the form; answers the content file's data or the errors (all at once). */
async function readForm(form: FormData, today: string): Promise<{ prepared?: Prepared; errors: FieldError[] }> {
  const errors: FieldError[] = [];
  const text = (name: string, max = LIMITS.field): string => {
    const raw = form.get(name);
    if (raw === null || typeof raw !== 'string') return '';
    const value = raw.replace(/\r\n?/g, '\n').trim();
    if (value.length > max) errors.push({ field: name, message: messages.tooLong(FORM_LABELS[name] ?? name, max) });
    else if (hostile(value)) errors.push({ field: name, message: messages.html(FORM_LABELS[name] ?? name) });
    return value.slice(0, max);
  };
  const required = (name: string, value: string) => {
    if (!value && !errors.some((e) => e.field === name)) errors.push({ field: name, message: messages.required(FORM_LABELS[name]) });
  };

  const soort = String(form.get('soort') ?? '') as Soort;
  if (!SOORTEN.includes(soort)) return { errors: [{ field: 'soort', message: messages.soort }] };

  const contact: Contact = {
    naam: oneLine(text('naam')),
    telefoon: oneLine(text('telefoon')),
    email: oneLine(text('email')),
    organisatie: oneLine(text('organisatie')),
    opArtikel: oneLine(text('opArtikel')),
  };
  if (contact.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact.email)) errors.push({ field: 'email', message: messages.email });
  if (contact.telefoon && !/^\+?[0-9][0-9 ()-]{3,18}[0-9]$/.test(contact.telefoon)) errors.push({ field: 'telefoon', message: messages.phone });

  const titel = oneLine(text('titel', 120 * 2));
  required('titel', titel);
  const tekst = text('tekst', LIMITS.tekst);
  let samenvatting = oneLine(text('samenvatting', 300));
  const fotoBeschrijving = oneLine(text('fotoBeschrijving', 300));

  // The photo: a photo by name and by its first bytes, within the size limit.
  let photo: Prepared['photo'];
  const file = form.get('foto');
  if (file && typeof file !== 'string' && file.size > 0) {
    const name = file.name || 'foto';
    const ext = PHOTO_EXT[(name.split('.').pop() ?? '').toLowerCase()];
    if (file.size > LIMITS.photo) errors.push({ field: 'foto', message: messages.photoTooBig(LIMITS.photo / 1024 / 1024) });
    else {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (photoNameProblem(name) || !ext || !looksLikePhoto(Buffer.from(bytes.subarray(0, 16)))) errors.push({ field: 'foto', message: messages.notPhoto(name.slice(0, 80)) });
      else photo = { ext, bytes };
    }
  }
  if (photo && !fotoBeschrijving) errors.push({ field: 'fotoBeschrijving', message: messages.altRequired });
  if (soort === 'foto' && !photo && !errors.some((e) => e.field === 'foto')) errors.push({ field: 'foto', message: messages.photoRequired });

  if (soort !== 'activiteit') {
    if (soort !== 'foto') required('tekst', tekst);
    if (!samenvatting && tekst) {
      // The first sentence of the text as the summary: the redactie edits it.
      const first = oneLine(tekst).split(/(?<=[.!?])\s/)[0];
      samenvatting = first.length > 300 ? `${first.slice(0, 297).replace(/\s+\S*$/, '')}…` : first;
    }
    if (!samenvatting) samenvatting = titel;
    const body = soort === 'reactie' && contact.opArtikel ? tekst : tekst || fotoBeschrijving;
    const data: Record<string, unknown> = {
      titel,
      samenvatting,
      publicatiedatum: today,
      ingezonden: true,
    };
    if (photo) {
      data.afbeelding = 'FOTO';
      data.afbeeldingAlt = fotoBeschrijving;
    }
    if (errors.length) return { errors };
    return { prepared: { collection: 'artikelen', title: titel, data, body, photo, contact, soort }, errors };
  }

  // An activiteit: the fields of src/schemas/agenda.ts.
  required('samenvatting', samenvatting);
  const datum = text('datum');
  const begintijd = text('begintijd');
  const eindtijd = text('eindtijd');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(datum)) errors.push({ field: 'datum', message: messages.date(FORM_LABELS.datum) });
  if (!/^\d{2}:\d{2}$/.test(begintijd)) errors.push({ field: 'begintijd', message: messages.time(FORM_LABELS.begintijd) });
  if (!/^\d{2}:\d{2}$/.test(eindtijd)) errors.push({ field: 'eindtijd', message: messages.time(FORM_LABELS.eindtijd) });
  const herhaling = text('herhaling') || 'geen';
  if (herhaling !== 'geen' && !(herhaling in herhalingLabels)) errors.push({ field: 'herhaling', message: messages.unknownValue(FORM_LABELS.herhaling) });
  const herhalingTot = text('herhalingTot');
  if (herhalingTot && !/^\d{4}-\d{2}-\d{2}$/.test(herhalingTot)) errors.push({ field: 'herhalingTot', message: messages.date(FORM_LABELS.herhalingTot) });
  const gemeente = text('gemeente');
  if (!gemeenteSlugs.includes(gemeente)) errors.push({ field: 'gemeente', message: messages.unknownValue(FORM_LABELS.gemeente) });
  const themas = form.getAll('themas').map(String);
  if (!themas.length || themas.some((t) => !(t in activiteitThemaLabels))) errors.push({ field: 'themas', message: `${FORM_LABELS.themas}: kies minstens één onderwerp.` });
  const nodig = text('aanmeldenNodig');
  if (nodig && nodig !== 'ja' && nodig !== 'nee') errors.push({ field: 'aanmeldenNodig', message: messages.unknownValue(FORM_LABELS.aanmeldenNodig) });

  const optional = (v: string) => (v ? v : undefined);
  const toegankelijkheid: Record<string, unknown> = {};
  for (const key of TOEGANKELIJKHEID) if (form.get(key) === 'ja') toegankelijkheid[key] = true;
  const toelichting = oneLine(text('toegankelijkheidToelichting'));
  if (toelichting) toegankelijkheid.toelichting = toelichting;

  const data: Record<string, unknown> = {
    titel,
    samenvatting,
    start: `${datum}T${begintijd}`,
    einde: `${datum}T${eindtijd}`,
    ...(herhaling !== 'geen' ? { herhaling: { patroon: herhaling, ...(herhalingTot ? { tot: herhalingTot } : {}) } } : {}),
    locatie: { naam: oneLine(text('locatieNaam')), adres: oneLine(text('adres')), gemeente },
    kosten: oneLine(text('kosten')),
    aanmelden: Object.fromEntries(
      Object.entries({
        nodig: nodig === 'ja',
        telefoon: optional(oneLine(text('aanmeldTelefoon'))),
        email: optional(oneLine(text('aanmeldEmail'))),
        website: optional(oneLine(text('aanmeldWebsite'))),
      }).filter(([, v]) => v !== undefined),
    ),
    toegankelijkheid,
    ingezonden: true,
    themas,
  };
  required('locatieNaam', (data.locatie as { naam: string }).naam);
  required('adres', (data.locatie as { adres: string }).adres);
  required('kosten', data.kosten as string);
  const body = photo ? `${tekst}\n\n![${fotoBeschrijving}](FOTO)`.trim() : tekst;
  if (errors.length) return { errors };
  return { prepared: { collection: 'agenda', title: titel, data, body, photo, contact, soort }, errors };
}

/** The Markdown file: YAML frontmatter (every string quoted: nothing read as a date or number) + text. */
function toMarkdown(data: Record<string, unknown>, body: string): string {
  const yaml = YAML.stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${yaml}---\n${body ? `${body}\n` : ''}`;
}

/** Validation problems as Dutch form errors, leaving out what the redactie fills in. */
function formErrors(problems: ContentProblem[], collection: Draft['collection']): FieldError[] {
  return problems
    .filter((p) => !REDACTIE_FIELDS[collection].includes(p.field.split(/[.[]/)[0]))
    .map((p) => {
      const dotted = p.field.replace(/\[\d+\]/g, '');
      const field = FIELD_OF[dotted] ?? (p.field.startsWith('tekst') ? 'tekst' : dotted.startsWith('toegankelijkheid') ? 'toegankelijkheidToelichting' : '');
      const label = FORM_LABELS[field];
      return { field, message: label ? `${label}: ${p.message}.` : `${p.message}.` };
    });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The handler. `info.address` is the client's address as the platform reports it (for the rate limit). */
export function createInzendingHandler(options: HandlerOptions) {
  const { writer, mailer } = options;
  const siteUrl = options.siteUrl.replace(/\/$/, '');
  const origins = options.origins ?? [new URL(siteUrl).origin];
  const rate = options.rateLimit ?? { max: 5, windowMs: 60 * 60 * 1000 };
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.error(line));
  const seen = new Map<string, number[]>();

  const cors = (origin: string | null): Record<string, string> =>
    origin && origins.includes(origin) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {};

  function answer(request: Request, status: number, result: { ok: boolean; errors?: FieldError[]; reference?: string }): Response {
    const origin = request.headers.get('origin');
    const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
    const headers = { ...cors(origin), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    if (wantsJson) return new Response(JSON.stringify(result), { status, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
    if (result.ok) return new Response(null, { status: 303, headers: { ...headers, Location: `${siteUrl}/doe-mee/bedankt/` } });
    // A form posted without JavaScript: a plain Dutch page with every problem and the way back.
    const items = (result.errors ?? []).map((e) => `<li>${escapeHtml(e.message)}</li>`).join('');
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Niet verstuurd – Doe mee</title></head><body style="font:1.25rem/1.6 sans-serif;max-width:38rem;margin:2rem auto;padding:0 1rem"><h1>Uw bijdrage is nog niet verstuurd</h1><ul>${items}</ul><p><a href="${escapeHtml(siteUrl)}/doe-mee/">Terug naar het formulier</a> (gebruik de terugknop van uw browser om uw tekst terug te zien).</p></body></html>`;
    return new Response(html, { status, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" } });
  }

  function limited(address: string): boolean {
    const t = now().getTime();
    const times = (seen.get(address) ?? []).filter((x) => t - x < rate.windowMs);
    if (times.length >= rate.max) {
      seen.set(address, times);
      return true;
    }
    times.push(t);
    seen.set(address, times);
    // Forget addresses whose window has passed (the privacy page promises it).
    for (const [k, v] of seen) if (!v.some((x) => t - x < rate.windowMs)) seen.delete(k);
    return false;
  }

  return async function handle(request: Request, info: { address?: string } = {}): Promise<Response> {
    const origin = request.headers.get('origin');
    if (request.method === 'OPTIONS')
      return new Response(null, { status: 204, headers: { ...cors(origin), 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Accept', 'Access-Control-Max-Age': '600' } });
    if (request.method !== 'POST') return answer(request, 405, { ok: false, errors: [{ field: '', message: messages.method }] });
    if (origin && origin !== 'null' && !origins.includes(origin)) return answer(request, 403, { ok: false, errors: [{ field: '', message: messages.origin }] });

    const bytes = await readBody(request, LIMITS.body);
    if (!bytes) return answer(request, 413, { ok: false, errors: [{ field: '', message: messages.tooBig(LIMITS.body / 1024 / 1024) }] });
    let form: FormData;
    try {
      form = await new Response(bytes, { headers: { 'Content-Type': request.headers.get('content-type') ?? '' } }).formData();
    } catch {
      return answer(request, 400, { ok: false, errors: [{ field: '', message: messages.form }] });
    }
    const trap = form.get(HONEYPOT);
    if (typeof trap === 'string' && trap.trim()) return answer(request, 400, { ok: false, errors: [{ field: HONEYPOT, message: messages.honeypot }] });
    if (limited(info.address ?? 'onbekend')) return answer(request, 429, { ok: false, errors: [{ field: '', message: messages.rate }] });

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now());
    const { prepared, errors } = await readForm(form, today);
    if (!prepared) return answer(request, 400, { ok: false, errors });

    // A free file name: the title's slug, or with -2, -3 … when a piece or a draft has it.
    const folder = prepared.collection;
    const base = slugify(prepared.title);
    let slug = base;
    let tries = 1;
    try {
      while (await writer.taken(folder, slug, `content/${folder}/${slug}.md`)) slug = `${base}-${++tries}`;
    } catch (e) {
      log(`inzending: naam controleren mislukte: ${e instanceof Error ? e.message : e}`);
      return answer(request, 502, { ok: false, errors: [{ field: '', message: messages.failed }] });
    }
    const mdPath = `content/${folder}/${slug}.md`;
    const photoName = prepared.photo ? `ingezonden-${slug}.${prepared.photo.ext}` : undefined;
    const photoRef = photoName ? `../media/${photoName}` : undefined;
    const data = { ...prepared.data };
    if (photoRef && 'afbeelding' in data) data.afbeelding = photoRef;
    const body = photoRef ? prepared.body.replace('](FOTO)', `](${photoRef})`) : prepared.body;
    const raw = toMarkdown(data, body);

    // The same validation as every CMS entry, on a real copy with its photo next to it.
    const tmp = fs.mkdtempSync(path.join(options.tmpDir ?? os.tmpdir(), 'vief-inzending-'));
    let problems: ContentProblem[];
    try {
      const abs = path.join(tmp, mdPath);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      const checked = toMarkdown({ ...data, ...STAND_INS[folder] }, body);
      fs.writeFileSync(abs, checked);
      if (photoName && prepared.photo) {
        fs.mkdirSync(path.join(tmp, 'content', 'media'), { recursive: true });
        fs.writeFileSync(path.join(tmp, 'content', 'media', photoName), prepared.photo.bytes);
      }
      problems = validateEntry(folder, mdPath, checked, abs).problems;
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    const refused = formErrors(problems, folder);
    if (refused.length) return answer(request, 400, { ok: false, errors: refused });

    const files: DraftFile[] = [{ path: mdPath, content: new TextEncoder().encode(raw) }];
    if (photoName && prepared.photo) files.push({ path: `content/media/${photoName}`, content: prepared.photo.bytes });
    const what = prepared.soort === 'activiteit' ? 'activiteit' : prepared.soort;
    let branch: string;
    try {
      ({ branch } = await writer.write({ collection: folder, slug, files, message: `Ingezonden via Doe mee (${what}): ${prepared.title}` }));
    } catch (e) {
      log(`inzending: concept schrijven mislukte (${folder}/${slug}): ${e instanceof Error ? e.message : e}`);
      return answer(request, 502, { ok: false, errors: [{ field: '', message: messages.failed }] });
    }

    // The sender's details go to the redactie by e-mail, never into Git.
    const c = prepared.contact;
    const lines = [
      `Er is een nieuwe bijdrage ingestuurd via "Doe mee" op de website.`,
      '',
      `Soort: ${what}`,
      `Titel: ${prepared.title}`,
      `Staat als concept in het CMS, kolom "Ter beoordeling": ${siteUrl}/admin/#/collections/${folder}/entries/${slug}`,
      `Referentie: ${branch}`,
      '',
      'Gegevens van de inzender (staan NIET in het CMS en niet in Git):',
      `  Naam: ${c.naam || '(niet ingevuld)'}`,
      `  Telefoon: ${c.telefoon || '(niet ingevuld)'}`,
      `  E-mail: ${c.email || '(niet ingevuld)'}`,
      ...(c.organisatie ? [`  Organisatie volgens de inzender: ${c.organisatie}`] : []),
      ...(c.opArtikel ? [`  Reageert op: ${c.opArtikel}`] : []),
      '',
      folder === 'agenda' ? 'Vul in het CMS de organisator in voordat u publiceert.' : 'Kies in het CMS de rubriek en de auteur voordat u publiceert.',
      'Privacy: bewaar deze e-mail alleen zolang u hem nodig hebt en verwijder hem uiterlijk drie maanden nadat het stuk is gepubliceerd of afgewezen (zie de privacyverklaring).',
    ];
    try {
      await mailer.send({ subject: `Doe mee: ${prepared.title}`, text: lines.join('\n'), ...(c.email && !errors.length ? { replyTo: c.email } : {}) });
    } catch (e) {
      // The draft is there; the contact details are not kept anywhere else on purpose.
      log(`inzending: e-mail aan de redactie mislukte voor ${branch}: ${e instanceof Error ? e.message : e}`);
    }
    return answer(request, 200, { ok: true, reference: branch });
  };
}
