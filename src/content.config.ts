/**
 * Astro content collections. The schemas live in src/schemas (one module per collection);
 * this file only wires them to the folders under content/ and to Astro's image()/reference().
 * CONTENT_ROOT lets tests build a temporary copy of the content (e.g. the CMS end-to-end test).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import type { SchemaContext } from './schemas/helpers';
import { activiteitSchema } from './schemas/agenda';
import { artikelSchema } from './schemas/artikelen';
import { auteurSchema } from './schemas/auteurs';
import { initiatiefSchema } from './schemas/initiatieven';
import { nummerSchema } from './schemas/nummers';
import { paginaSchema } from './schemas/paginas';
import { rubriekSchema } from './schemas/rubrieken';
import { tipSchema } from './schemas/tips';

const contentRoot = process.env.CONTENT_ROOT ?? './content';
const from = (folder: string) => glob({ pattern: '**/*.{md,mdx}', base: `${contentRoot}/${folder}` });
// Edition numbers are written as plain numbers (nummer: 12); references want strings.
const numberAsId = (v: unknown) => (typeof v === 'number' ? String(v) : v);
const ctx = (image: SchemaContext['image']): SchemaContext => ({
  image,
  reference: (collection) => z.preprocess(numberAsId, reference(collection)),
});

export const collections = {
  rubrieken: defineCollection({ loader: from('rubrieken'), schema: ({ image }) => rubriekSchema(ctx(image)) }),
  nummers: defineCollection({ loader: from('nummers'), schema: ({ image }) => nummerSchema(ctx(image)) }),
  artikelen: defineCollection({ loader: from('artikelen'), schema: ({ image }) => artikelSchema(ctx(image)) }),
  auteurs: defineCollection({ loader: from('auteurs'), schema: ({ image }) => auteurSchema(ctx(image)) }),
  tips: defineCollection({ loader: from('tips'), schema: ({ image }) => tipSchema(ctx(image)) }),
  agenda: defineCollection({ loader: from('agenda'), schema: ({ image }) => activiteitSchema(ctx(image)) }),
  initiatieven: defineCollection({ loader: from('initiatieven'), schema: ({ image }) => initiatiefSchema(ctx(image)) }),
  paginas: defineCollection({ loader: from('paginas'), schema: ({ image }) => paginaSchema(ctx(image)) }),
};
