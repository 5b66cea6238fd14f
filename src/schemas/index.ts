/** All collection schemas in one place, keyed by collection name (= folder under content/). */
import type { CollectionName, SchemaContext } from './helpers';
import { activiteitSchema } from './agenda';
import { artikelSchema } from './artikelen';
import { auteurSchema } from './auteurs';
import { initiatiefSchema } from './initiatieven';
import { nummerSchema } from './nummers';
import { paginaSchema } from './paginas';
import { rubriekSchema } from './rubrieken';
import { tipSchema } from './tips';

export const schemas = {
  rubrieken: rubriekSchema,
  nummers: nummerSchema,
  artikelen: artikelSchema,
  auteurs: auteurSchema,
  tips: tipSchema,
  agenda: activiteitSchema,
  initiatieven: initiatiefSchema,
  paginas: paginaSchema,
} satisfies Record<CollectionName, (ctx: SchemaContext) => unknown>;

export const collectionNames = Object.keys(schemas) as CollectionName[];
export type { CollectionName, SchemaContext };
