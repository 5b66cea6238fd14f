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

/* The parts of zod 4's internals we read. Kept loose on purpose: zod's own types for `_zod.def` differ per class. */
interface ZodLike {
  _zod: { def: ZodDef };
  meta(): unknown;
}
interface ZodDef {
  type: string;
  innerType?: ZodLike;
  in?: ZodLike;
  out?: ZodLike;
  shape?: Record<string, ZodLike>;
  element?: ZodLike;
  entries?: Record<string, string | number>;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  format?: string;
  pattern?: RegExp;
  getter?: () => ZodLike;
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  length?: number;
  error?: (issue: unknown) => unknown;
}

function metaOf(schema: ZodLike): FieldMeta {
  try {
    return (schema.meta() ?? {}) as FieldMeta;
  } catch {
    return {};
  }
}

/** The message a zod check was given (`{ error: '…' }`), if it is a plain string. */
function checkMessage(def: CheckDef): string | undefined {
  if (typeof def.error !== 'function') return undefined;
  try {
    const out = def.error({ code: 'invalid_format', input: '' });
    if (typeof out === 'string') return out;
    if (out && typeof out === 'object' && typeof (out as { message?: unknown }).message === 'string') return (out as { message: string }).message;
  } catch {
    /* not a constant message */
  }
  return undefined;
}

/** Describe a zod schema. `outerMeta` and `optional` carry what wrappers around it said. */
export function describeSchema(schema: unknown, outerMeta: FieldMeta = {}, optional = false): SchemaNode {
  const s = schema as ZodLike;
  if (!s || typeof s !== 'object' || !('_zod' in s)) throw new Error('describeSchema: not a zod schema');
  const def = s._zod.def;
  const meta: FieldMeta = { ...metaOf(s), ...outerMeta };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
      return describeSchema(def.innerType, meta, true);
    case 'nonoptional':
      return describeSchema(def.innerType, meta, false);
    case 'readonly':
    case 'catch':
      return describeSchema(def.innerType, meta, optional);
    case 'lazy':
      return describeSchema(def.getter!(), meta, optional);
    case 'pipe': {
      // z.preprocess(fn, schema): in = transform, out = schema. schema.transform(fn): in = schema, out = transform.
      const pick = def.in!._zod.def.type === 'transform' ? def.out! : def.in!;
      return describeSchema(pick, meta, optional);
    }
    case 'string': {
      const node: StringNode = { kind: 'string', meta, optional, patterns: [] };
      if (def.format) {
        node.format = def.format;
        if (def.format === 'regex' && def.pattern) node.patterns.push({ regex: def.pattern });
      }
      for (const c of def.checks ?? []) {
        const cd = c._zod.def;
        if (cd.check === 'min_length') node.minLength = Math.max(node.minLength ?? 0, cd.minimum ?? 0);
        else if (cd.check === 'max_length') node.maxLength = Math.min(node.maxLength ?? Infinity, cd.maximum ?? Infinity);
        else if (cd.check === 'length_equals') node.minLength = node.maxLength = cd.length;
        else if (cd.check === 'string_format') {
          if (cd.format === 'regex' && cd.pattern) node.patterns.push({ regex: cd.pattern, message: checkMessage(cd) });
          else node.format = cd.format;
        }
      }
      return node;
    }
    case 'number': {
      const node: NumberNode = { kind: 'number', meta, optional, integer: false };
      for (const c of def.checks ?? []) {
        const cd = c._zod.def;
        if (cd.check === 'number_format' && /int/.test(cd.format ?? '')) node.integer = true;
        else if (cd.check === 'greater_than') node.min = (cd.value ?? 0) + (cd.inclusive ? 0 : Number.EPSILON);
        else if (cd.check === 'less_than') node.max = (cd.value ?? 0) - (cd.inclusive ? 0 : Number.EPSILON);
      }
      return node;
    }
    case 'boolean':
      return { kind: 'boolean', meta, optional };
    case 'date':
      return { kind: 'date', meta, optional };
    case 'enum':
      return { kind: 'enum', meta, optional, values: Object.values(def.entries ?? {}).map(String) };
    case 'array': {
      const node: ArrayNode = { kind: 'array', meta, optional, element: describeSchema(def.element) };
      for (const c of def.checks ?? []) {
        const cd = c._zod.def;
        if (cd.check === 'min_length') node.minItems = cd.minimum;
        else if (cd.check === 'max_length') node.maxItems = cd.maximum;
        else if (cd.check === 'length_equals') node.minItems = node.maxItems = cd.length;
      }
      return node;
    }
    case 'object': {
      const shape: Record<string, SchemaNode> = {};
      for (const [key, value] of Object.entries(def.shape ?? {})) shape[key] = describeSchema(value);
      return { kind: 'object', meta, optional, shape };
    }
    default:
      throw new Error(`describeSchema: zod type "${def.type}" has no CMS widget yet (add it to cms/schema-walk.ts and cms/config.ts)`);
  }
}
