/**
 * Tip queries for the pages (Astro side of src/lib/tips.ts): the tips of this build, their local
 * help, permanent links and review status against the build clock (BUILD_NOW in tests).
 */
import { getCollection, getEntry } from 'astro:content';
import { buildNow, refId, type Initiatief, type Tip } from './content';
import { site } from './site';
import { isOverdue, RESERVED_TIP_SLUGS, tipLinks, type TipLinks } from './tips';

/** Every tip, sorted by title. Refuses slugs that would hide one of the /tips/… pages. */
export async function allTips(): Promise<Tip[]> {
  const list = await getCollection('tips');
  const clash = list.filter((t) => (RESERVED_TIP_SLUGS as readonly string[]).includes(t.id));
  if (clash.length)
    throw new Error(`De bestandsnaam van een tip mag niet ${clash.map((t) => `"${t.id}"`).join(' of ')} zijn: dat adres is al een pagina van de site. Kies een andere bestandsnaam.`);
  return list.sort((a, b) => a.data.titel.localeCompare(b.data.titel, 'nl'));
}

/** The initiatieven a tip links to, in the order the editor chose. */
export async function hulpOf(tip: Tip): Promise<Initiatief[]> {
  return Promise.all((tip.data.hulp ?? []).map(async (r: unknown) => (await getEntry('initiatieven', refId(r)))!));
}

export type { TipLinks };

export function linksOf(tip: Tip): TipLinks {
  return tipLinks(tip.data.kortId, site.url);
}

export function overdue(tip: Tip): boolean {
  return isOverdue(tip.data.gecontroleerdOp, buildNow());
}
