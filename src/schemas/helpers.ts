/**
 * Shared building blocks for the content schemas.
 *
 * Every schema module exports a factory that takes a SchemaContext. Astro passes its
 * real `image()` and `reference()` helpers (src/content.config.ts); the content
 * validator and the CMS config generator pass plain-zod stand-ins (src/lib/schema-context.ts),
 * so one schema feeds the build, the validator and the CMS.
 */
import { z } from 'astro/zod';
import site from '../../content/site.json' with { type: 'json' };

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
  /** An image path relative to the content file, optimised by Astro's image pipeline. */
  image: () => z.ZodType;
  /** The id of an entry in another collection; the build checks that it exists. */
  reference: (collection: CollectionName) => z.ZodType;
}

/** Extra information for the CMS generator, stored as zod metadata next to label and hint. */
export interface FieldMeta {
  /** Dutch label shown to editors. */
  title?: string;
  /** Dutch hint shown to editors under the field. */
  description?: string;
  /** Which CMS widget fits, where the zod type alone does not tell. */
  widget?: 'text' | 'markdown' | 'datetime' | 'date' | 'image' | 'relation' | 'hidden';
  /** For relation widgets: the target collection. */
  collection?: CollectionName;
  /** Labels for enum values, shown in CMS selects. */
  optionLabels?: Record<string, string>;
}

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

/** A plain line of text: trimmed, not empty, no line breaks. */
export const line = (max = 200) =>
  z
    .string({ error: 'moet tekst zijn' })
    .trim()
    .min(1, { error: 'mag niet leeg zijn' })
    .max(max, { error: `is te lang (hoogstens ${max} tekens)` })
    .refine((s) => !/[\r\n]/.test(s), { error: 'moet op één regel staan' });

/** A calendar date (YAML date or "2026-03-14"). */
export const date = () =>
  z.coerce.date({ error: 'is geen geldige datum (schrijf bijvoorbeeld 2026-03-14)' }).refine((d) => !Number.isNaN(d.getTime()), {
    error: 'is geen geldige datum (schrijf bijvoorbeeld 2026-03-14)',
  });

/** Local date and time in Europe/Amsterdam, written as 2026-03-14T10:00. */
export const localDateTime = () =>
  z
    .string({ error: 'moet een datum met tijd zijn, bijvoorbeeld 2026-03-14T10:00' })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'moet een datum met tijd zijn, bijvoorbeeld 2026-03-14T10:00' })
    .refine((s) => isRealDateTime(s), { error: 'bestaat niet als datum of tijd' });

function isRealDateTime(s: string): boolean {
  const [d, t] = s.split('T');
  const [y, m, day] = d.split('-').map(Number);
  const [h, min] = t.split(':').map(Number);
  const probe = new Date(Date.UTC(y, m - 1, day));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === day && h < 24 && min < 60;
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
