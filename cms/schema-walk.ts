/**
 * Reads a zod 4 schema (from src/schemas) into a small, plain description that the CMS
 * config generator (cms/config.ts), the parity test and the in-browser save check share.
 *
 * Wrappers (.optional(), .default(), z.preprocess(), .transform()) are unwrapped; the field
 * metadata that `field()` attaches (Dutch title, hint, widget, relation target, option labels)
 * is merged from the outside in, so the outermost wrapper wins. Cross-field rules written with
 * superRefine() cannot be expressed per field; they still run in the save check.
 *
 * A zod type this walker does not know throws: a new kind of field must get a CMS widget
 * before it can be used (the parity test fails otherwise).
 */
import { z } from 'astro/zod';
import type { FieldMeta } from '../src/schemas/helpers';

interface Base {
  meta: FieldMeta;
  optional: boolean;
}
export interface StringNode extends Base {
  kind: 'string';
  minLength?: number;
  maxLength?: number;
  /** Regex checks with their (Dutch) error message, in order. */
  patterns: Array<{ regex: RegExp; message?: string }>;
  /** zod string formats such as 'email' or 'url'. */
  format?: string;
}
export interface NumberNode extends Base {
  kind: 'number';
  integer: boolean;
  min?: number;
  max?: number;
}
export interface BooleanNode extends Base {
  kind: 'boolean';
}
export interface DateNode extends Base {
  kind: 'date';
}
export interface EnumNode extends Base {
  kind: 'enum';
  values: string[];
}
export interface ArrayNode extends Base {
  kind: 'array';
  element: SchemaNode;
  minItems?: number;
  maxItems?: number;
}
export interface ObjectNode extends Base {
  kind: 'object';
  shape: Record<string, SchemaNode>;
}
export type SchemaNode = StringNode | NumberNode | BooleanNode | DateNode | EnumNode | ArrayNode | ObjectNode;

/**
 * Only zod 4's public API is read here (issue 14): the classic schema classes (`instanceof`),
 * `.unwrap()`, `.in`/`.out` of a pipe, `.shape`, `.element`, `.options`, `.minLength`/`.maxLength`/
 * `.format` of strings, `.minValue`/`.maxValue`/`.format` of numbers, `.meta()`, and
 * `z.toJSONSchema()` for what has no property of its own (regex patterns, array sizes). Regex
 * messages are read by parsing a probe value and reading the issue, as any caller would.
 */
const JSON_OPTIONS = { io: 'input', unrepresentable: 'any' } as const;

function metaOf(schema: z.ZodType): FieldMeta {
  try {
    return (schema.meta() ?? {}) as FieldMeta;
  } catch {
    return {};
  }
}

/** The JSON Schema of one leaf (its own checks; nested types come out as {} when unrepresentable). */
function jsonOf(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, JSON_OPTIONS) as Record<string, unknown>;
}

const NO_MESSAGE = '\0no message';

/** Regex patterns of a string schema with the (Dutch) message each gives, in order. */
function stringPatterns(schema: z.ZodString | z.ZodStringFormat): StringNode['patterns'] {
  const json = jsonOf(schema);
  const sources = [json.pattern, ...((json.allOf as Array<{ pattern?: unknown }> | undefined) ?? []).map((p) => p.pattern)].filter(
    (p): p is string => typeof p === 'string',
  );
  if (sources.length === 0) return [];
  // Which message a pattern gives: parse probes that fail it and read the issue.
  const messages = new Map<string, string>();
  for (const probe of ['', ' ', '-', '#']) {
    // A message the schema itself gives wins over the one passed to safeParse (zod's precedence),
    // so NO_MESSAGE comes back only for a regex without a message of its own.
    const result = schema.safeParse(probe, { error: () => NO_MESSAGE });
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const pattern = (issue as { pattern?: unknown }).pattern;
      if (issue.code !== 'invalid_format' || typeof pattern !== 'string') continue;
      // The issue names the regex as written, /source/flags.
      const source = pattern.replace(/^\/|\/[a-z]*$/g, '');
      if (!messages.has(source) && issue.message !== NO_MESSAGE) messages.set(source, issue.message);
    }
  }
  return [...new Set(sources)].map((source) => ({ regex: new RegExp(source), message: messages.get(source) }));
}

/** Describe a zod schema. `outerMeta` and `optional` carry what wrappers around it said. */
export function describeSchema(schema: unknown, outerMeta: FieldMeta = {}, optional = false): SchemaNode {
  if (!(schema instanceof z.ZodType)) throw new Error('describeSchema: not a zod schema');
  const s = schema;
  const meta: FieldMeta = { ...metaOf(s), ...outerMeta };
  if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodPrefault || s instanceof z.ZodNullable)
    return describeSchema(s.unwrap(), meta, true);
  if (s instanceof z.ZodNonOptional) return describeSchema(s.unwrap(), meta, false);
  if (s instanceof z.ZodReadonly || s instanceof z.ZodCatch || s instanceof z.ZodLazy) return describeSchema(s.unwrap(), meta, optional);
  if (s instanceof z.ZodPipe) {
    // z.preprocess(fn, schema): in = transform, out = schema. schema.transform(fn): in = schema, out = transform.
    return describeSchema(s.in instanceof z.ZodTransform ? s.out : s.in, meta, optional);
  }
  if (s instanceof z.ZodString || s instanceof z.ZodStringFormat) {
    const node: StringNode = { kind: 'string', meta, optional, patterns: [] };
    if (s.minLength !== null) node.minLength = s.minLength;
    if (s.maxLength !== null) node.maxLength = s.maxLength;
    // A regex is a pattern, not a format; email and url carry their own (long) regex, which the
    // CMS replaces by a simpler one (cms/config.ts), so their patterns are not read.
    if (s.format && s.format !== 'regex') node.format = s.format;
    else node.patterns = stringPatterns(s);
    return node;
  }
  if (s instanceof z.ZodNumber) {
    const node: NumberNode = { kind: 'number', meta, optional, integer: /int/.test(s.format ?? '') };
    const json = jsonOf(s);
    // The integer format brings zod's safe-integer bounds; only bounds the schema sets count.
    const bound = (inclusive: unknown, exclusive: unknown, step: number) =>
      typeof exclusive === 'number' ? exclusive + step : typeof inclusive === 'number' && Math.abs(inclusive) < Number.MAX_SAFE_INTEGER ? inclusive : undefined;
    const min = bound(json.minimum, json.exclusiveMinimum, Number.EPSILON);
    const max = bound(json.maximum, json.exclusiveMaximum, -Number.EPSILON);
    if (min !== undefined) node.min = min;
    if (max !== undefined) node.max = max;
    return node;
  }
  if (s instanceof z.ZodBoolean) return { kind: 'boolean', meta, optional };
  if (s instanceof z.ZodDate) return { kind: 'date', meta, optional };
  if (s instanceof z.ZodEnum) return { kind: 'enum', meta, optional, values: s.options.map(String) };
  if (s instanceof z.ZodArray) {
    const node: ArrayNode = { kind: 'array', meta, optional, element: describeSchema(s.element) };
    const json = jsonOf(s);
    if (typeof json.minItems === 'number') node.minItems = json.minItems;
    if (typeof json.maxItems === 'number') node.maxItems = json.maxItems;
    return node;
  }
  if (s instanceof z.ZodObject) {
    const shape: Record<string, SchemaNode> = {};
    for (const [key, value] of Object.entries(s.shape as Record<string, z.ZodType>)) shape[key] = describeSchema(value);
    return { kind: 'object', meta, optional, shape };
  }
  throw new Error(`describeSchema: zod type "${s.type}" has no CMS widget yet (add it to cms/schema-walk.ts and cms/config.ts)`);
}
