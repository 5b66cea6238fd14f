/**
 * Astro content collections. The schemas live in src/schemas (one module per collection);
 * this file only wires them to the folders under content/ and to Astro's image()/reference().
 * CONTENT_ROOT lets tests build a temporary copy of the content (e.g. the CMS end-to-end test).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import type { CollectionName, SchemaContext } from './schemas/helpers';
import { registry } from './schemas/registry';
import { unwrapSchema } from './lib/zod-unwrap';
import { activiteitSchema } from './schemas/agenda';
import { artikelSchema } from './schemas/artikelen';
import { auteurSchema } from './schemas/auteurs';
import { initiatiefSchema } from './schemas/initiatieven';
import { nummerSchema } from './schemas/nummers';
import { paginaSchema } from './schemas/paginas';
import { rubriekSchema } from './schemas/rubrieken';
import { tipSchema } from './schemas/tips';

const contentRoot = process.env.CONTENT_ROOT ?? './content';
// The folder of each collection comes from the registry (src/schemas/registry.ts).
const from = (collection: CollectionName) => glob({ pattern: '**/*.{md,mdx}', base: `${contentRoot}/${registry[collection].folder}` });
// Edition numbers are written as plain numbers (nummer: 12); references want strings.
const numberAsId = (v: unknown) => (typeof v === 'number' ? String(v) : v);

/**
 * Astro calls a collection's schema function once per entry, because image() resolves a path
 * relative to that entry's file. Building one of our schemas (labels, hints, refinements) costs
 * 0.5–1 ms, which for 2,000 artikelen was over a second of every build (npm run bench, issue 9).
 * So each schema is built once, with a plain stand-in for image() that marks where images go;
 * per entry, only those values are parsed again with the entry's own image().
 */
function oncePerCollection<T extends z.ZodType>(build: (ctx: SchemaContext) => T) {
  let built: { schema: T; imageFields: string[] } | undefined;
  return ({ image }: { image: SchemaContext['image'] }): T => {
    built ??= buildWithImageStandIn(build);
    const { schema, imageFields } = built;
    if (imageFields.length === 0) return schema;
    return schema.transform(async (data, ctx) => {
      const out = { ...(data as Record<string, unknown>) };
      for (const key of imageFields) {
        if (out[key] === undefined) continue;
        const parsed = await image().safeParseAsync(out[key]);
        if (parsed.success) out[key] = parsed.data;
        else for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: [key, ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
      }
      return out;
    }) as unknown as T;
  };
}

/** Marks the stand-in in zod's metadata (public API), which zod's clones (.meta(), as in field()) carry along. */
const IMAGE_STAND_IN = 'imageStandIn';

function buildWithImageStandIn<T extends z.ZodType>(build: (ctx: SchemaContext) => T) {
  let standIns = 0;
  const schema = build({
    image: () => {
      standIns++;
      const standIn = z.string({ error: 'moet een foto zijn' }).min(1, { error: 'moet een foto zijn' }).meta({ [IMAGE_STAND_IN]: true });
      // Replaced per entry by Astro's own image() (above), whose type the pages see.
      return standIn as unknown as ReturnType<SchemaContext['image']>;
    },
    reference: (collection) => z.preprocess(numberAsId, reference(collection)),
  });
  // Image fields are top-level fields (optional or not); a stand-in anywhere else would never
  // get its real image() and must not pass silently.
  const shape: Record<string, z.ZodType> = schema instanceof z.ZodObject ? schema.shape : {};
  const imageFields = Object.entries(shape)
    .filter(([, field]) => unwrapSchema(field).meta()?.[IMAGE_STAND_IN] === true)
    .map(([key]) => key);
  if (imageFields.length !== standIns) throw new Error('content.config.ts: image() is only supported as a top-level field of a collection schema');
  return { schema, imageFields };
}

// Each schema is imported by name (not read from the registry) so that Astro infers each collection's own type.
export const collections = {
  rubrieken: defineCollection({ loader: from('rubrieken'), schema: oncePerCollection(rubriekSchema) }),
  nummers: defineCollection({ loader: from('nummers'), schema: oncePerCollection(nummerSchema) }),
  artikelen: defineCollection({ loader: from('artikelen'), schema: oncePerCollection(artikelSchema) }),
  auteurs: defineCollection({ loader: from('auteurs'), schema: oncePerCollection(auteurSchema) }),
  tips: defineCollection({ loader: from('tips'), schema: oncePerCollection(tipSchema) }),
  agenda: defineCollection({ loader: from('agenda'), schema: oncePerCollection(activiteitSchema) }),
  initiatieven: defineCollection({ loader: from('initiatieven'), schema: oncePerCollection(initiatiefSchema) }),
  paginas: defineCollection({ loader: from('paginas'), schema: oncePerCollection(paginaSchema) }),
} satisfies Record<CollectionName, unknown>;
