/**
 * The collection registry (issue 14): what the project knows about each collection, declared once.
 * Read by src/content.config.ts (folders), the content validator (src/lib/content-validation.ts:
 * reference checks, messages, reserved file names), the CMS config (cms/config.ts) and the pages
 * (addresses and section names, src/lib/collections.ts).
 *
 * Which fields refer to which collection is not repeated here: the schemas say it with
 * `reference('rubrieken')`, and referencesOf() reads it from them.
 */
import { z } from 'astro/zod';
import { plainContext } from '../lib/schema-context';
import { unwrapSchema } from '../lib/zod-unwrap';
import type { CollectionName, FieldMeta, SchemaContext } from './helpers';
import { activiteitSchema } from './agenda';
import { artikelSchema } from './artikelen';
import { auteurSchema } from './auteurs';
import { initiatiefSchema } from './initiatieven';
import { nummerSchema } from './nummers';
import { paginaSchema } from './paginas';
import { rubriekSchema } from './rubrieken';
import { tipSchema } from './tips';

/** The Markdown text under the frontmatter: its Dutch label and hint for editors, and whether it is required. */
export interface BodyInfo {
  label: string;
  hint: string;
  required: boolean;
}

/** Decap CMS settings of a collection (see cms/config.ts). */
export interface CmsCollectionInfo {
  description: string;
  /** Field that names an entry (Decap's identifier_field; also the relation widget's display field). */
  identifier: string;
  /** Fields a relation widget searches when an editor types (default: only the identifier). */
  search?: string[];
  /** File name template for new entries; the file name becomes the URL. */
  slug: string;
  create?: boolean;
  delete?: boolean;
  summary?: string;
  sortable?: string[];
  /**
   * The order of the CMS list before an editor picks a sort (newest first where that helps). The
   * list is loaded a page at a time in this order (cms/paged-list.ts, issue 16 point 6); without
   * it, by file name. A field of `sortable`, so the editor can sort the same way across all entries.
   */
  listOrder?: { field: string; direction: 'asc' | 'desc' };
}

export interface CollectionInfo {
  /** The schema factory (src/schemas/<collection>.ts). */
  schema: (ctx: SchemaContext) => z.ZodType;
  /** Folder under content/. */
  folder: string;
  /** Folder under src/pages where its pages live ('' = at the root of the site). */
  routeDir: string;
  /** One entry, lower case, as in a sentence ("verwijst naar activiteit …"); the CMS capitalises it. */
  singular: string;
  /** The whole collection, as in the site's menu, the section's breadcrumb and the CMS sidebar. */
  label: string;
  /** The text under the frontmatter, or false: its pages show none, so text there would be lost. */
  body: BodyInfo | false;
  cms: CmsCollectionInfo;
}

/** In the order the validator reads them (referred-to collections first). */
export const registry: Record<CollectionName, CollectionInfo> = {
  rubrieken: {
    schema: rubriekSchema,
    folder: 'rubrieken',
    routeDir: 'rubriek',
    singular: 'rubriek',
    label: 'Rubrieken',
    body: false,
    cms: { description: 'De vaste en wisselende rubrieken van het magazine.', identifier: 'naam', slug: '{{slug}}', sortable: ['volgorde', 'naam'] },
  },
  nummers: {
    schema: nummerSchema,
    folder: 'nummers',
    routeDir: 'nummers',
    singular: 'nummer',
    label: 'Nummers',
    body: { label: 'Voorwoord van de redactie', hint: 'Een korte inleiding op dit nummer.', required: false },
    cms: {
      description: 'De uitgaven van het magazine. Het nummer wordt het webadres, bijvoorbeeld /nummers/12/.',
      identifier: 'titel',
      // Editors type "12" to find Nummer 12 (issue 16): the number is searched too, not only the title.
      search: ['nummer', 'titel'],
      slug: '{{fields.nummer}}',
      summary: 'Nummer {{nummer}}: {{titel}}',
      sortable: ['nummer', 'verschijningsdatum'],
      listOrder: { field: 'nummer', direction: 'desc' },
    },
  },
  artikelen: {
    schema: artikelSchema,
    folder: 'artikelen',
    routeDir: 'artikelen',
    singular: 'artikel',
    label: 'Artikelen',
    body: { label: 'Tekst van het artikel', hint: 'Schrijf gewoon zoals in een brief. Met de knop "+" voegt u een tipkader, citaat, foto of video toe.', required: true },
    cms: {
      description: 'Verhalen, interviews en columns. Een nieuw artikel gaat eerst naar de redactie ter beoordeling.',
      identifier: 'titel',
      slug: '{{slug}}',
      // Dates as editors write them (20-11-2026), not as stored (2026-11-20): Decap's date filter.
      summary: "{{titel}} ({{publicatiedatum | date('D-M-YYYY')}})",
      sortable: ['publicatiedatum', 'titel'],
      listOrder: { field: 'publicatiedatum', direction: 'desc' },
    },
  },
  auteurs: {
    schema: auteurSchema,
    folder: 'auteurs',
    routeDir: 'auteurs',
    singular: 'auteur',
    label: 'Auteurs',
    body: false,
    cms: { description: 'Redactieleden, gastschrijvers en professionals die voor het magazine schrijven.', identifier: 'naam', slug: '{{slug}}', sortable: ['naam'] },
  },
  tips: {
    schema: tipSchema,
    folder: 'tips',
    routeDir: 'tips',
    singular: 'tip',
    label: 'Tips',
    body: { label: 'Meer uitleg', hint: 'Extra uitleg onder de stappen. Mag leeg blijven.', required: false },
    cms: {
      description: 'Preventietips voor thuis en onderweg, met concrete stappen. Een tip houdt zijn vaste korte link /t/<code>.',
      identifier: 'titel',
      slug: '{{slug}}',
      sortable: ['titel', 'gecontroleerdOp'],
    },
  },
  agenda: {
    schema: activiteitSchema,
    folder: 'agenda',
    routeDir: 'agenda',
    singular: 'activiteit',
    label: 'Agenda',
    body: { label: 'Beschrijving', hint: 'Wat gaat er gebeuren, wat moeten bezoekers meenemen of weten?', required: false },
    cms: {
      description: 'Activiteiten voor ouderen in de regio: wanneer, waar, kosten en aanmelden.',
      identifier: 'titel',
      slug: '{{slug}}',
      summary: "{{titel}} ({{start | date('D-M-YYYY, HH:mm')}})",
      sortable: ['start', 'titel'],
      listOrder: { field: 'start', direction: 'desc' },
    },
  },
  initiatieven: {
    schema: initiatiefSchema,
    folder: 'initiatieven',
    routeDir: 'initiatieven',
    singular: 'initiatief',
    label: 'Wegwijzer',
    body: { label: 'Beschrijving', hint: 'Wat doen ze, hoe gaat het in zijn werk?', required: false },
    cms: { description: 'Organisaties en initiatieven in de buurt waar ouderen terechtkunnen.', identifier: 'naam', slug: '{{slug}}', sortable: ['naam'] },
  },
  paginas: {
    schema: paginaSchema,
    folder: 'paginas',
    routeDir: '',
    singular: 'pagina',
    label: "Vaste pagina's",
    body: { label: 'Tekst van de pagina', hint: '', required: true },
    cms: {
      description: 'Over ons, redactie, colofon, privacy en toegankelijkheid. Deze pagina’s kunt u aanpassen, niet weghalen.',
      identifier: 'titel',
      slug: '{{slug}}',
      create: false,
      delete: false,
    },
  },
};

/** The CMS sidebar: what editors use most comes first. */
export const cmsOrder: CollectionName[] = ['artikelen', 'agenda', 'tips', 'initiatieven', 'nummers', 'auteurs', 'rubrieken', 'paginas'];

/** The address of an entry's page: /artikelen/wandelen/, /rubriek/bewegen/, /colofon/. */
export function entryPath(collection: CollectionName, id: string): string {
  const dir = registry[collection].routeDir;
  return dir ? `/${dir}/${id}/` : `/${id}/`;
}

/** The address of a collection's overview page (/rubriek/); paginas have none. */
export function sectionPath(collection: Exclude<CollectionName, 'paginas'>): string {
  return `/${registry[collection].routeDir}/`;
}

/**
 * The fields of a collection that refer to entries of another collection, read from its schema
 * (the `reference()` stand-in records its target as zod metadata): [field, target] pairs.
 */
export function referencesOf(collection: CollectionName): Array<[string, CollectionName]> {
  const schema = unwrapSchema(registry[collection].schema(plainContext));
  if (!(schema instanceof z.ZodObject)) return [];
  const targetOf = (s: z.ZodType): CollectionName | undefined => {
    const inner = unwrapSchema(s);
    const meta = (s.meta() ?? inner.meta() ?? {}) as FieldMeta;
    if (meta.collection) return meta.collection;
    return inner instanceof z.ZodArray ? targetOf(inner.element as z.ZodType) : undefined;
  };
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
    const target = targetOf(field);
    return target ? [[key, target] as [string, CollectionName]] : [];
  });
}
