/**
 * The zod type under its wrappers, read through zod 4's public API only (issue 14: no `_zod.def`,
 * so a zod upgrade cannot break the build, the validator and the CMS at once). Shared by the
 * content config (image fields), the validator (unknown fields) and the collection registry
 * (reference fields). cms/schema-walk.ts walks the same wrappers and also notes which make a field optional.
 */
import { z } from 'astro/zod';

/** Unwrap .optional(), .nullable(), .default(), .prefault(), .nonoptional(), .readonly(), .catch() and pipes. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    if (
      s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault || s instanceof z.ZodPrefault ||
      s instanceof z.ZodNonOptional || s instanceof z.ZodReadonly || s instanceof z.ZodCatch
    )
      s = s.unwrap() as z.ZodType;
    // z.preprocess(fn, schema): in = transform, out = schema. schema.transform(fn): in = schema, out = transform.
    else if (s instanceof z.ZodPipe) s = (s.in instanceof z.ZodTransform ? s.out : s.in) as z.ZodType;
    else return s;
  }
}
