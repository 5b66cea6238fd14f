/**
 * The check that runs in the browser just before the CMS saves an entry (Decap's preSave
 * event, see cms/admin.ts): the same zod schema as the build, so what the build would reject
 * is refused at "Opslaan" with a Dutch message naming the fields (issue 3, point 8), including
 * the rules that span fields (alt text required when there is a photo, einde after start …).
 *
 * It also tidies what the CMS sends: optional fields left empty ('' or an empty list/object)
 * are left out instead of being written as `veld: ''`, which the schema would reject.
 * Pure: runs in Node for the unit tests as well.
 */
import { z } from 'astro/zod';
import { schemas, type CollectionName } from '../src/schemas/index';
import { siteSchema } from '../src/schemas/site';
import { plainContext } from '../src/lib/schema-context';
import { describeSchema, type ObjectNode, type SchemaNode } from './schema-walk';

/** Name of the files collection / file for content/site.json in the CMS config. */
export const SETTINGS_COLLECTION = 'instellingen';

export type Path = Array<string | number>;
export type Tidy = { op: 'delete'; path: Path } | { op: 'dropEmptyItems'; path: Path };

export interface EntryProblem {
  path: Path;
  /** Dutch field label(s), e.g. "Waar › Gemeente" */
  label: string;
  message: string;
}

const dutchErrors = z.locales.nl().localeError;

function schemaFor(collection: string): z.ZodType | undefined {
  if (collection === SETTINGS_COLLECTION) return siteSchema as unknown as z.ZodType;
  if (collection in schemas) return schemas[collection as CollectionName](plainContext) as z.ZodType;
  return undefined;
}

function isEmptyValue(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).every(isEmptyValue);
  return false;
}

/** What to remove so optional empty fields are left out. Mutates nothing. */
export function tidyOps(node: ObjectNode, data: Record<string, unknown>, base: Path = []): Tidy[] {
  const ops: Tidy[] = [];
  for (const [key, child] of Object.entries(node.shape)) {
    if (!(key in data)) continue;
    const value = data[key];
    const path = [...base, key];
    if (child.optional && isEmptyValue(value)) {
      ops.push({ op: 'delete', path });
      continue;
    }
    if (child.kind === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
      ops.push(...tidyOps(child, value as Record<string, unknown>, path));
    } else if (child.kind === 'array' && Array.isArray(value)) {
      if (child.element.kind !== 'object' && value.some((item) => isEmptyValue(item))) ops.push({ op: 'dropEmptyItems', path });
      if (child.element.kind === 'object') value.forEach((item, i) => item && typeof item === 'object' && ops.push(...tidyOps(child.element as ObjectNode, item as Record<string, unknown>, [...path, i])));
    }
  }
  return ops;
}

/** Apply tidy operations to a plain copy (the browser applies them to Decap's Immutable map instead). */
export function applyTidy<T>(data: T, ops: Tidy[]): T {
  const copy = structuredClone(data) as unknown as Record<string | number, unknown>;
  // Deepest paths first, so deleting a parent never hides a child operation.
  for (const t of [...ops].sort((a, b) => b.path.length - a.path.length)) {
    const parent = t.path.slice(0, -1).reduce<unknown>((acc, k) => (acc as Record<string | number, unknown> | undefined)?.[k], copy) as Record<string | number, unknown> | undefined;
    const key = t.path[t.path.length - 1];
    if (!parent) continue;
    if (t.op === 'delete') delete parent[key];
    else if (Array.isArray(parent[key])) parent[key] = (parent[key] as unknown[]).filter((item) => !isEmptyValue(item));
  }
  return copy as unknown as T;
}

function labelFor(root: ObjectNode, path: Path): string {
  const parts: string[] = [];
  let node: SchemaNode | undefined = root;
  for (const key of path) {
    if (!node) break;
    if (typeof key === 'number') {
      parts.push(`nummer ${key + 1}`);
      node = node.kind === 'array' ? node.element : undefined;
      continue;
    }
    node = node.kind === 'object' ? node.shape[key] : undefined;
    parts.push(node?.meta.title ?? String(key));
  }
  return parts.join(' › ') || 'het geheel';
}

/** Check one entry's data (without `body`) against its collection's schema. */
export function checkEntry(collection: string, data: Record<string, unknown>): { tidy: Tidy[]; problems: EntryProblem[] } {
  const schema = schemaFor(collection);
  if (!schema) return { tidy: [], problems: [] };
  const node = describeSchema(schema) as ObjectNode;
  const { body: _body, ...fields } = data;
  const tidy = tidyOps(node, fields);
  const cleaned = applyTidy(fields, tidy);
  const result = schema.safeParse(cleaned, { error: dutchErrors });
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path as Path,
        label: labelFor(node, issue.path as Path),
        message: issue.message,
      }));
  return { tidy, problems };
}

/** How every refused-save message begins (cms/save-refusal.ts recognises it in Decap's toast). */
export const REFUSAL_HEAD = 'Nog niet opgeslagen.';

/**
 * The one message the editor sees when saving is refused, whether Decap's own checks or ours
 * (the schema) refused it: every field by its CMS label, once (issue 16).
 */
export function problemsMessage(problems: Array<Pick<EntryProblem, 'label' | 'message'>>): string {
  const lines = [...new Set(problems.map((p) => `• ${p.label}: ${p.message}`))];
  return `${REFUSAL_HEAD} Verbeter eerst ${lines.length === 1 ? 'dit veld' : `deze ${lines.length} velden`}:\n${lines.join('\n')}`;
}

/**
 * A problem from the message Decap shows under a field ("Samenvatting is verplicht."), with the
 * labels of the fields it sits in ("Waar", "Naam van de plek"): label "Waar › Naam van de plek",
 * message "is verplicht".
 */
export function problemFromFieldError(labels: string[], text: string): Pick<EntryProblem, 'label' | 'message'> {
  const own = labels[labels.length - 1] ?? '';
  let message = text.trim().replace(/\.$/, '');
  if (own && message.startsWith(`${own} `)) message = message.slice(own.length + 1);
  return { label: labels.join(' › ') || 'het geheel', message };
}
