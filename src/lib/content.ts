/**
 * Queries over the content collections used by the pages. One place for ordering rules
 * (newest first, rubrieken by volgorde) and for resolving references.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { nextOccurrence, occurrences, type Occurrence } from './recurrence';
import { inAgenda } from '../schemas/agenda';

export type Artikel = CollectionEntry<'artikelen'>;
export type Rubriek = CollectionEntry<'rubrieken'>;
export type Nummer = CollectionEntry<'nummers'>;
export type Auteur = CollectionEntry<'auteurs'>;
export type Tip = CollectionEntry<'tips'>;
export type Activiteit = CollectionEntry<'agenda'>;
export type Initiatief = CollectionEntry<'initiatieven'>;

type Ref = { collection: string; id: string };
const refId = (r: unknown): string => (typeof r === 'string' ? r : (r as Ref).id);

// Within one build the content and the clock do not change: lists are sorted once, not once per
// page (each of 2,000 article pages asked for the full sorted list), and every page sees the same
// "now", so per-build caches keyed on it (the agenda's) hit. In `astro dev` content changes, so
// nothing is kept there. Measured with the bench (issue 9).
const CACHE = import.meta.env.PROD;
let startedAt: number | undefined;

/** The build's notion of "now" (one instant for the whole build); BUILD_NOW (ISO) fixes the clock for tests. */
export function buildNow(): Date {
  if (process.env.BUILD_NOW) return new Date(process.env.BUILD_NOW);
  if (!CACHE) return new Date();
  startedAt ??= Date.now();
  return new Date(startedAt);
}

const lists = new Map<string, Promise<unknown[]>>();
/** A sorted list, made once per build (a fresh copy each call, so callers may sort or splice it). */
async function once<T>(key: string, make: () => Promise<T[]>): Promise<T[]> {
  let list = CACHE ? (lists.get(key) as Promise<T[]> | undefined) : undefined;
  if (!list) {
    list = make();
    if (CACHE) lists.set(key, list);
  }
  return [...(await list)];
}

export function artikelen(): Promise<Artikel[]> {
  return once('artikelen', async () => {
    const now = buildNow();
    const all = await getCollection('artikelen', (a) => a.data.publicatiedatum <= now);
    return all.sort((a, b) => b.data.publicatiedatum.getTime() - a.data.publicatiedatum.getTime() || a.id.localeCompare(b.id));
  });
}

export function rubrieken(): Promise<Rubriek[]> {
  return once('rubrieken', async () => (await getCollection('rubrieken')).sort((a, b) => a.data.volgorde - b.data.volgorde || a.data.naam.localeCompare(b.data.naam, 'nl')));
}

export function nummers(): Promise<Nummer[]> {
  return once('nummers', async () => (await getCollection('nummers')).sort((a, b) => b.data.nummer - a.data.nummer));
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

let perRubriek: Promise<Map<string, Artikel[]>> | undefined;
export async function artikelenInRubriek(r: Rubriek): Promise<Artikel[]> {
  // Every article page lists more from its rubriek: group once per build instead of filtering all articles per page.
  if (!CACHE) perRubriek = undefined;
  perRubriek ??= artikelen().then((all) => {
    const m = new Map<string, Artikel[]>();
    for (const a of all) {
      const id = refId(a.data.rubriek);
      if (!m.has(id)) m.set(id, []);
      m.get(id)!.push(a);
    }
    return m;
  });
  return [...((await perRubriek).get(r.id) ?? [])];
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
  const list = (await getCollection('agenda', (a) => inAgenda(a.data))).flatMap((activiteit) =>
    occurrences(activiteit.data, now, to).map((occurrence) => ({ activiteit, occurrence })),
  );
  return list.sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime() || a.activiteit.id.localeCompare(b.activiteit.id));
}

/** Activities with their next occurrence (one line per activity), soonest first. */
export async function upcomingActivities(now = buildNow()): Promise<Upcoming[]> {
  const list: Upcoming[] = [];
  for (const activiteit of await getCollection('agenda', (a) => inAgenda(a.data))) {
    const occurrence = nextOccurrence(activiteit.data, now);
    if (occurrence) list.push({ activiteit, occurrence });
  }
  return list.sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime());
}

/**
 * All activities in the agenda (also past ones), by slug: not those the redactie hid (`verborgen`)
 * or that a partner cancelled or dropped (`bron.status`, issue 18; src/lib/agenda-import.ts).
 */
export function activiteiten(): Promise<Activiteit[]> {
  return once('agenda', async () => (await alleActiviteiten()).filter((a) => inAgenda(a.data)));
}

/** Every activity file, also those off the agenda: their pages and .ics stay, since a published address never dies. */
export function alleActiviteiten(): Promise<Activiteit[]> {
  return once('agenda-alle', async () => (await getCollection('agenda')).sort((a, b) => a.id.localeCompare(b.id)));
}

/** The wegwijzer, by name. */
export function initiatieven(): Promise<Initiatief[]> {
  return once('initiatieven', async () => (await getCollection('initiatieven')).sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl')));
}

/** Published articles about a gemeente (artikel.data.gemeenten), newest first. */
export async function artikelenOverGemeente(gemeente: string): Promise<Artikel[]> {
  return (await artikelen()).filter((a) => a.data.gemeenten?.includes(gemeente));
}

export function tips(): Promise<Tip[]> {
  return once('tips', async () => (await getCollection('tips')).sort((a, b) => a.data.titel.localeCompare(b.data.titel, 'nl')));
}

export { refId };
