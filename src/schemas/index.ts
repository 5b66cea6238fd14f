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

/** The Markdown text under the frontmatter: its Dutch label and hint for editors, and whether it is required. */
export interface BodyInfo {
  label: string;
  hint: string;
  required: boolean;
}

/**
 * Which collections have a text under the frontmatter (false: their pages show none, so text there
 * would be lost). Read by the CMS (the editor's text field) and the content validation.
 */
export const bodies: Record<CollectionName, BodyInfo | false> = {
  artikelen: { label: 'Tekst van het artikel', hint: 'Schrijf gewoon zoals in een brief. Met de knop "+" voegt u een tipkader, citaat, foto of video toe.', required: true },
  agenda: { label: 'Beschrijving', hint: 'Wat gaat er gebeuren, wat moeten bezoekers meenemen of weten?', required: false },
  tips: { label: 'Meer uitleg', hint: 'Extra uitleg onder de stappen. Mag leeg blijven.', required: false },
  initiatieven: { label: 'Beschrijving', hint: 'Wat doen ze, hoe gaat het in zijn werk?', required: false },
  nummers: { label: 'Voorwoord van de redactie', hint: 'Een korte inleiding op dit nummer.', required: false },
  auteurs: false,
  rubrieken: false,
  paginas: { label: 'Tekst van de pagina', hint: '', required: true },
};
export type { CollectionName, SchemaContext };
