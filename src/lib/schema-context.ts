/**
 * Plain-zod stand-ins for Astro's `image()` and `reference()`, so the same schemas can run
 * outside Astro: in the content validator (src/lib/content-validation.ts) and the CMS config
 * generator (cms/config.ts). Both record what they are in zod metadata.
 */
import { z } from 'astro/zod';
import type { CollectionName, SchemaContext } from '../schemas/helpers';
import { photoNameProblem } from './photo-name';

export const plainContext: SchemaContext = {
  image: () =>
    z
      .string({ error: 'moet een foto zijn' })
      .min(1, { error: 'moet een foto zijn' })
      // No SVG and no other files as photos, in the CMS at "Opslaan" as in the build (issue 15).
      .superRefine((value, ctx) => {
        const problem = photoNameProblem(value.split(/[?#]/)[0]);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .meta({ widget: 'image' }) as unknown as ReturnType<SchemaContext['image']>,
  reference: (collection: CollectionName) =>
    z.preprocess(
      (v) => (typeof v === 'number' ? String(v) : v),
      z
      .string({ error: `moet verwijzen naar een bestaand item in ${collection}` })
      .min(1),
    ).meta({ widget: 'relation', collection }),
};
