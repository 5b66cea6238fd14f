/**
 * Build-time data for SearchMeta: finds the content entry behind a detail page and derives what
 * the search needs from it (filters, date, image, compound-word keywords), so that detail pages
 * only have to say which `soort` they are. Explicit SearchMeta props always win.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getImage } from 'astro:assets';
import { activiteitThemaLabels, tipThemaLabels, type CollectionName } from '../../schemas/helpers';
import { nextOccurrence } from '../../lib/recurrence';
import { localDateKey } from '../../lib/time';
import { gemeenteNaam } from '../../lib/site';
import { buildNow } from '../../lib/content';
import { compoundKeywords, vocabulary } from './compounds';

export type Soort = 'artikel' | 'tip' | 'activiteit' | 'initiatief' | 'pagina';

const COLLECTION: Record<Soort, CollectionName> = {
  artikel: 'artikelen',
  tip: 'tips',
  activiteit: 'agenda',
  initiatief: 'initiatieven',
  pagina: 'paginas',
};
const TEXT_COLLECTIONS = ['artikelen', 'tips', 'agenda', 'initiatieven', 'paginas', 'rubrieken'] as const;

type AnyEntry = CollectionEntry<(typeof TEXT_COLLECTIONS)[number]>;
type Ref = string | { id: string };
const refId = (r: Ref): string => (typeof r === 'string' ? r : r.id);

/** Everything readers can search in an entry, as plain text. */
export function entryText(entry: AnyEntry): string {
  const d = entry.data as Record<string, unknown>;
  const parts = [d.titel, d.naam, d.samenvatting, d.beschrijving, d.voorWie, ...((d.stappen as string[] | undefined) ?? []), entry.body];
  return parts.filter((p): p is string => typeof p === 'string').join(' ');
}

// Caches live for one build; in `astro dev` content changes, so nothing is cached there.
const CACHE = import.meta.env.PROD;

let vocab: Promise<Set<string>> | undefined;
/** Words that occur on their own anywhere in the content: the dictionary for compound splitting. */
export function siteVocabulary(): Promise<Set<string>> {
  if (!CACHE) vocab = undefined;
  vocab ??= (async () => {
    const entries = (await Promise.all(TEXT_COLLECTIONS.map((c) => getCollection(c)))).flat() as AnyEntry[];
    return vocabulary(entries.map(entryText));
  })();
  return vocab;
}

let rubriekNamen: Promise<Set<string>> | undefined;
const rubriekNames = () => (rubriekNamen = (CACHE && rubriekNamen) || getCollection('rubrieken').then((rs) => new Set(rs.map((r) => r.data.naam))));

const byId = new Map<CollectionName, Promise<Map<string, AnyEntry>>>();
/** A collection's entries by id, read once per build (SearchMeta runs on every detail page). */
function entriesById(collection: CollectionName): Promise<Map<string, AnyEntry>> {
  let m = CACHE ? byId.get(collection) : undefined;
  if (!m) {
    m = getCollection(collection as (typeof TEXT_COLLECTIONS)[number]).then((all) => new Map((all as AnyEntry[]).map((e) => [e.id, e])));
    byId.set(collection, m);
  }
  return m;
}

/** The entry a detail page shows: the last path segment is its id (/artikelen/<id>/, /<pagina>/). */
export async function entryForPage(soort: Soort, pathname: string): Promise<AnyEntry | undefined> {
  const id = pathname.split('/').filter(Boolean).at(-1);
  return id ? (await entriesById(COLLECTION[soort])).get(id) : undefined;
}

/** yyyy-mm-dd of a calendar date (dates from the schemas are UTC midnight). */
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The last day an activity takes place (yyyy-mm-dd), or undefined when it keeps recurring.
 * The search page hides activities whose last day lies before the reader's today.
 */
export function activityLastDay(d: { einde: string; herhaling?: { tot?: Date } }): string | undefined {
  if (!d.herhaling) return d.einde.slice(0, 10);
  return d.herhaling.tot ? isoDay(d.herhaling.tot) : undefined;
}

export interface DerivedSearchData {
  rubrieken: string[];
  gemeenten: string[];
  datum?: string;
  volgende?: string;
  tot?: string;
  afbeelding?: string;
  trefwoorden: string[];
}

/** Filters, date, image and keywords for one entry. */
export async function deriveSearchData(soort: Soort, entry: AnyEntry): Promise<DerivedSearchData> {
  const d = entry.data as Record<string, any>;
  const namen = await rubriekNames();
  const out: DerivedSearchData = { rubrieken: [], gemeenten: [], trefwoorden: [] };
  // Tips and activities join the rubriek filter where their theme has the same name as a rubriek.
  const sameAsRubriek = (labels: string[]) => labels.filter((l) => namen.has(l));
  switch (soort) {
    case 'artikel': {
      const rubriek = (await entriesById('rubrieken')).get(refId(d.rubriek)) as CollectionEntry<'rubrieken'> | undefined;
      if (rubriek) out.rubrieken = [rubriek.data.naam];
      out.gemeenten = ((d.gemeenten as string[] | undefined) ?? []).map(gemeenteNaam);
      out.datum = isoDay(d.publicatiedatum);
      if (d.afbeelding) {
        const thumb = await getImage({ src: d.afbeelding, width: 240, format: 'webp', quality: 60 });
        out.afbeelding = thumb.src;
      }
      break;
    }
    case 'tip':
      out.rubrieken = sameAsRubriek([tipThemaLabels[d.thema as keyof typeof tipThemaLabels]]);
      out.datum = isoDay(d.gecontroleerdOp);
      break;
    case 'activiteit': {
      out.rubrieken = sameAsRubriek((d.themas as Array<keyof typeof activiteitThemaLabels>).map((t) => activiteitThemaLabels[t]));
      out.gemeenten = [gemeenteNaam(d.locatie.gemeente)];
      const next = nextOccurrence(d as never, buildNow());
      if (next) out.volgende = localDateKey(next.start);
      out.tot = activityLastDay(d as never);
      break;
    }
    case 'initiatief':
      out.gemeenten = (d.gemeenten as string[]).map(gemeenteNaam);
      break;
    case 'pagina':
      if (d.bijgewerkt) out.datum = isoDay(d.bijgewerkt);
      break;
  }
  // SEARCH_COMPOUNDS=off builds without the compound keywords (to measure what they add).
  if (process.env.SEARCH_COMPOUNDS !== 'off') out.trefwoorden = compoundKeywords(entryText(entry), await siteVocabulary());
  return out;
}
