/**
 * Queries over the content collections used by the pages. One place for ordering rules
 * (newest first, rubrieken by volgorde) and for resolving references.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { nextOccurrence, occurrences, type Occurrence } from './recurrence';

export type Artikel = CollectionEntry<'artikelen'>;
export type Rubriek = CollectionEntry<'rubrieken'>;
export type Nummer = CollectionEntry<'nummers'>;
export type Auteur = CollectionEntry<'auteurs'>;
export type Tip = CollectionEntry<'tips'>;
export type Activiteit = CollectionEntry<'agenda'>;
export type Initiatief = CollectionEntry<'initiatieven'>;

type Ref = { collection: string; id: string };
const refId = (r: unknown): string => (typeof r === 'string' ? r : (r as Ref).id);

/** The build's notion of "now"; BUILD_NOW (ISO) fixes the clock for tests. */
export function buildNow(): Date {
  return process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : new Date();
}

export async function artikelen(): Promise<Artikel[]> {
  const all = await getCollection('artikelen', (a) => a.data.publicatiedatum <= buildNow());
  return all.sort((a, b) => b.data.publicatiedatum.getTime() - a.data.publicatiedatum.getTime() || a.id.localeCompare(b.id));
}

export async function rubrieken(): Promise<Rubriek[]> {
  return (await getCollection('rubrieken')).sort((a, b) => a.data.volgorde - b.data.volgorde || a.data.naam.localeCompare(b.data.naam, 'nl'));
}

export async function nummers(): Promise<Nummer[]> {
  return (await getCollection('nummers')).sort((a, b) => b.data.nummer - a.data.nummer);
}

/** The newest nummer that has appeared. */
export async function currentNummer(): Promise<Nummer | undefined> {
  return (await nummers()).find((n) => n.data.verschijningsdatum <= buildNow());
}

export async function rubriekOf(a: Artikel): Promise<Rubriek> {
  return (await getEntry('rubrieken', refId(a.data.rubriek)))!;
}

export async function auteursOf(a: Artikel): Promise<Auteur[]> {
  return Promise.all((a.data.auteurs as unknown[]).map(async (r) => (await getEntry('auteurs', refId(r)))!));
}

export async function nummerOf(a: Artikel): Promise<Nummer | undefined> {
  return a.data.nummer ? getEntry('nummers', refId(a.data.nummer)) : undefined;
}

/** Articles in a nummer, ordered as a table of contents: by rubriek order, then title. */
export async function artikelenInNummer(n: Nummer): Promise<Array<{ artikel: Artikel; rubriek: Rubriek }>> {
  const list = (await artikelen()).filter((a) => a.data.nummer && refId(a.data.nummer) === n.id);
  const withRubriek = await Promise.all(list.map(async (artikel) => ({ artikel, rubriek: await rubriekOf(artikel) })));
  const lead = n.data.uitgelicht ? refId(n.data.uitgelicht) : undefined;
  return withRubriek.sort(
    (x, y) =>
      Number(y.artikel.id === lead) - Number(x.artikel.id === lead) ||
      x.rubriek.data.volgorde - y.rubriek.data.volgorde ||
      x.artikel.data.titel.localeCompare(y.artikel.data.titel, 'nl'),
  );
}

export async function artikelenInRubriek(r: Rubriek): Promise<Artikel[]> {
  return (await artikelen()).filter((a) => refId(a.data.rubriek) === r.id);
}

export async function artikelenVanAuteur(au: Auteur): Promise<Artikel[]> {
  return (await artikelen()).filter((a) => (a.data.auteurs as unknown[]).some((r) => refId(r) === au.id));
}

export async function organisatorOf(a: Activiteit): Promise<Initiatief> {
  return (await getEntry('initiatieven', refId(a.data.organisator)))!;
}

export interface Upcoming { activiteit: Activiteit; occurrence: Occurrence }

/** Every upcoming occurrence within `days`, soonest first. */
export async function upcomingOccurrences(days = 90, now = buildNow()): Promise<Upcoming[]> {
  const to = new Date(now.getTime() + days * 864e5);
  const list = (await getCollection('agenda')).flatMap((activiteit) =>
    occurrences(activiteit.data, now, to).map((occurrence) => ({ activiteit, occurrence })),
  );
  return list.sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime() || a.activiteit.id.localeCompare(b.activiteit.id));
}

/** Activities with their next occurrence (one line per activity), soonest first. */
export async function upcomingActivities(now = buildNow()): Promise<Upcoming[]> {
  const list: Upcoming[] = [];
  for (const activiteit of await getCollection('agenda')) {
    const occurrence = nextOccurrence(activiteit.data, now);
    if (occurrence) list.push({ activiteit, occurrence });
  }
  return list.sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime());
}

/** All activities (also past ones), by slug. */
export async function activiteiten(): Promise<Activiteit[]> {
  return (await getCollection('agenda')).sort((a, b) => a.id.localeCompare(b.id));
}

/** The wegwijzer, by name. */
export async function initiatieven(): Promise<Initiatief[]> {
  return (await getCollection('initiatieven')).sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl'));
}

/** Published articles about a gemeente (artikel.data.gemeenten), newest first. */
export async function artikelenOverGemeente(gemeente: string): Promise<Artikel[]> {
  return (await artikelen()).filter((a) => a.data.gemeenten?.includes(gemeente));
}

export async function tips(): Promise<Tip[]> {
  return (await getCollection('tips')).sort((a, b) => a.data.titel.localeCompare(b.data.titel, 'nl'));
}

export { refId };
