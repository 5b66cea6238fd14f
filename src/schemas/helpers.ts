/**
 * Shared building blocks for the content schemas.
 *
 * Every schema module exports a factory that takes a SchemaContext. Astro passes its
 * real `image()` and `reference()` helpers (src/content.config.ts); the content
 * validator and the CMS config generator pass plain-zod stand-ins (src/lib/schema-context.ts),
 * so one schema feeds the build, the validator and the CMS.
 */
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import site from '../../content/site.json' with { type: 'json' };
import { audioNameProblem } from '../lib/audio-name';

export type CollectionName =
  | 'rubrieken'
  | 'nummers'
  | 'artikelen'
  | 'auteurs'
  | 'tips'
  | 'agenda'
  | 'initiatieven'
  | 'paginas';

export interface SchemaContext {
  /**
   * An image path relative to the content file, optimised by Astro's image pipeline. Typed as what
   * Astro's image() gives the pages; the stand-ins of the validator and the CMS keep the path as text.
   */
  image: () => z.ZodType<ImageMetadata>;
  /** The id of an entry in another collection; the build checks that it exists. */
  reference: (collection: CollectionName) => z.ZodType;
  /**
   * A recording (MP3/M4A) path relative to the content file, kept as text. Only the content
   * validator passes its own (it also checks the file); everyone else gets recordingPath().
   */
  audio?: () => z.ZodType<string>;
}

/** Extra information for the CMS generator, stored as zod metadata next to label and hint. */
export interface FieldMeta {
  /** Dutch label shown to editors. */
  title?: string;
  /** Dutch hint shown to editors under the field. */
  description?: string;
  /** Which CMS widget fits, where the zod type alone does not tell. */
  widget?: 'text' | 'markdown' | 'datetime' | 'date' | 'image' | 'file' | 'relation' | 'hidden';
  /** For relation widgets: the target collection. */
  collection?: CollectionName;
  /** Labels for enum values, shown in CMS selects. */
  optionLabels?: Record<string, string>;
  /**
   * An optional field that a rule across fields (the schema's superRefine) can make required: when,
   * in Dutch. The CMS shows it after the label instead of "(optioneel)" (cms/config.ts);
   * tests/unit/cms-optional-fields.test.ts checks it against the rule, both ways.
   */
  requiredWhen?: string;
}

/** When a photo's description is required (artikelen, auteurs: "is verplicht als er een foto is"). */
export const ALT_REQUIRED_WHEN = 'nodig als u een foto kiest';
/** When one of telefoon, e-mail and website is required: always for an initiatief, for an activiteit when aanmelden is needed. */
export const CONTACT_REQUIRED_WHEN = 'vul telefoon, e-mail of website in: minstens één';
export const AANMELDEN_REQUIRED_WHEN = 'vul telefoon, e-mail of website in als aanmelden nodig is: minstens één';

/** Attach a Dutch label and hint (the editor sees both in the CMS). */
export function field<T extends z.ZodType>(schema: T, title: string, description?: string, extra: FieldMeta = {}): T {
  const previous = (schema.meta() ?? {}) as FieldMeta;
  return schema.meta({ ...previous, ...extra, title, ...(description ? { description } : {}) }) as T;
}

export const gemeenteSlugs = site.gemeenten.map((g) => g.slug) as [string, ...string[]];
export const gemeenteLabels = Object.fromEntries(site.gemeenten.map((g) => [g.slug, g.naam]));

/** One of the municipalities from content/site.json. */
export const gemeente = () =>
  z.enum(gemeenteSlugs, { error: `kies een van: ${gemeenteSlugs.join(', ')}` }).meta({ optionLabels: gemeenteLabels });

/** Themes for activities and initiatives (agenda and wegwijzer filters). */
export const activiteitThemaLabels = {
  ontmoeten: 'Ontmoeten',
  bewegen: 'Bewegen',
  cultuur: 'Cultuur & uitjes',
  gezondheid: 'Gezondheid',
  digitaal: 'Digitaal & leren',
  'hulp-advies': 'Hulp & advies',
  zingeving: 'Zingeving',
  wonen: 'Wonen & langer thuis',
} as const;
export const activiteitThema = () =>
  z.enum(Object.keys(activiteitThemaLabels) as [keyof typeof activiteitThemaLabels]).meta({
    optionLabels: activiteitThemaLabels,
  });

/** How often a recurring activity comes back (the CMS select and its preview). */
export const herhalingLabels = { wekelijks: 'Elke week', tweewekelijks: 'Om de week', maandelijks: 'Elke maand' } as const;

/** A yes/no that may be left open (toegankelijkheid), as the page and the CMS preview say it: "ja", "nee" or "onbekend". */
export function accessAnswer(value: boolean | undefined): 'ja' | 'nee' | 'onbekend' {
  return value === undefined ? 'onbekend' : value ? 'ja' : 'nee';
}

/** Themes for prevention tips. */
export const tipThemaLabels = {
  'wonen-langer-thuis': 'Wonen & langer thuis',
  gezondheid: 'Gezondheid',
  bewegen: 'Bewegen',
  'geld-regelzaken': 'Geld & regelzaken',
  'samen-meedoen': 'Samen & meedoen',
  veiligheid: 'Veiligheid',
  'voorbereiden-op-later': 'Voorbereiden op later',
} as const;

/** The mark on a piece a reader sent in through "Doe mee" (/doe-mee/, server/inzending.ts). */
export const INGEZONDEN_HINT =
  'Aangevinkt: dit stuk kwam binnen via "Doe mee" op de website, van een lezer zonder account. Controleer het, vul aan wat ontbreekt en publiceer het zoals elk ander stuk. De naam en contactgegevens van de inzender staan niet hier maar in de e-mail aan de redactie.';

/** A plain line of text: trimmed, not empty, no line breaks, no invisible control characters. */
export const line = (max = 200) =>
  z
    .string({ error: 'moet tekst zijn' })
    .trim()
    .min(1, { error: 'mag niet leeg zijn' })
    .max(max, { error: `is te lang (hoogstens ${max} tekens)` })
    .refine((s) => !/[\r\n]/.test(s), { error: 'moet op één regel staan' })
    // A NUL or bell character (pasted along from somewhere) is invalid in a web page.
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), { error: 'bevat een onzichtbaar stuurteken; typ de tekst opnieuw' });

const DATE_ERROR = 'is geen geldige datum (schrijf bijvoorbeeld 2026-03-14)';

/**
 * A calendar date: "2026-03-14" as the CMS writes it (the validator reads YAML dates as text),
 * or a Date (Astro's YAML parser turns unquoted dates into Dates). Nothing else: not a number,
 * true or an empty value (z.coerce.date made those 1 January 1970), not "2026-3-5" or a date
 * with a time, and not a day that does not exist (JavaScript turns 2026-02-30 into 2 March).
 */
export const date = () =>
  z.preprocess((value, ctx) => {
    if (typeof value !== 'string') return value;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (!m) return value;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isRealDay(y, mo, d)) {
      ctx.addIssue({ code: 'custom', message: `${value.trim()} bestaat niet als datum (schrijf bijvoorbeeld 2026-03-14)`, input: value });
      return value;
    }
    return new Date(Date.UTC(y, mo - 1, d));
  }, z.date({ error: DATE_ERROR }).refine((d) => !Number.isNaN(d.getTime()), { error: DATE_ERROR }));

/** Local date and time in Europe/Amsterdam, written as 2026-03-14T10:00. */
export const localDateTime = () =>
  z
    .string({ error: 'moet een datum met tijd zijn, bijvoorbeeld 2026-03-14T10:00' })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'moet een datum met tijd zijn, bijvoorbeeld 2026-03-14T10:00' })
    .refine((s) => isRealDateTime(s), { error: 'bestaat niet als datum of tijd' });

/** True when a well-formed "2026-03-14T10:00" is a real day and time (ill-formed text is the regex's to report). */
function isRealDateTime(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(s);
  if (!m) return true;
  const [y, mo, d, h, min] = m.slice(1).map(Number);
  return isRealDay(y, mo, d) && h < 24 && min < 60;
}

/** 1900–2999, and a day that exists (JavaScript would roll 30 February over into March). */
function isRealDay(y: number, mo: number, d: number): boolean {
  const day = new Date(Date.UTC(2000, mo - 1, d));
  day.setUTCFullYear(y);
  return y >= 1900 && y <= 2999 && day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

export const phone = () =>
  z
    .string({ error: 'moet een telefoonnummer zijn' })
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{3,18}[0-9]$/, { error: 'is geen geldig telefoonnummer (bijvoorbeeld 010 123 45 67)' });

export const email = () => z.email({ error: 'is geen geldig e-mailadres' });

export const url = () =>
  z
    .url({ protocol: /^https?$/, error: 'moet een webadres zijn dat begint met https:// of http://' });

/** Alt text must say something: not empty, not a file name. */
export const altText = () =>
  line(300).refine((s) => !/\.(jpe?g|png|webp|gif|avif)$/i.test(s), { error: 'beschrijf wat er op de foto staat, niet de bestandsnaam' });

/** A recording's path as text: MP3 or M4A by name (src/lib/audio-name.ts), chosen in the CMS's media library. */
export const recordingPath = () =>
  z
    .string({ error: 'moet een opname zijn (mp3 of m4a)' })
    .min(1, { error: 'moet een opname zijn (mp3 of m4a)' })
    .superRefine((value, ctx) => {
      const problem = audioNameProblem(value.split(/[?#]/)[0]);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .meta({ widget: 'file' });

/** The recording field of a schema: the validator's checking version, or the plain one. */
export const recording = (ctx: SchemaContext): z.ZodType<string> => (ctx.audio ?? recordingPath)();

