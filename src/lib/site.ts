/** The validated site config (content/site.json). A broken file stops the build with a Dutch message. */
import raw from '../../content/site.json' with { type: 'json' };
import { siteSchema } from '../schemas/site';
import { z } from 'astro/zod';

const parsed = siteSchema.safeParse(raw, { error: z.locales.nl().localeError });
if (!parsed.success) {
  const lines = parsed.error.issues.map((i) => `  ✗ content/site.json → veld "${i.path.join('.')}": ${i.message}`);
  throw new Error(`De instellingen van de site bevatten fouten:\n${lines.join('\n')}`);
}
export const site = parsed.data;

export function gemeenteNaam(slug: string): string {
  return site.gemeenten.find((g) => g.slug === slug)?.naam ?? slug;
}

/** tel: link from a Dutch phone number ("010 234 56 78" -> "tel:+31102345678"). */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('0')) return `tel:+31${digits.slice(1)}`;
  return `tel:${digits}`;
}
