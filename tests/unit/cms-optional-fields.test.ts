/**
 * "(optioneel)" means optional (issue 16, point 3), and a label that says when a field is needed
 * tells the truth.
 *
 * Decap writes "(optioneel)" after every field the generated config marks `required: false`,
 * except where the label itself says when the field is needed (cms/config.ts, from the schema:
 * `requiredWhen` next to a rule across fields, or a required field inside an optional group;
 * cms/dutch-dom.ts hides Decap's word there). Two checks, both ways round:
 *   1. For one entry of each collection of the test magazine, every optional field is emptied the
 *      way the CMS empties it ('' for text, dates, photos and single choices, [] for lists and
 *      multiple choices, nothing for a yes/no, an emptied object for a group), and the save check
 *      (cms/entry-check.ts, the build's own schema) may complain only about fields whose label says
 *      when they are needed. A new rule that makes an "(optioneel)" field required fails here.
 *   2. Every field whose label says when it is needed is needed in some entry: in an entry of the
 *      test magazine (its empty optional fields filled in with plain values, so a photo is chosen,
 *      a group has something in it), leaving out the field, alone or with the fields that share its
 *      condition, brings the schema's complaint to that field. A condition without a rule fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { buildCmsConfig, describedCollections, describedPartnerAgendas, type CmsField } from '../../cms/config';
import { checkEntry } from '../../cms/entry-check';
import { hasCondition } from '../../cms/locale';
import type { ObjectNode, SchemaNode } from '../../cms/schema-walk';
import { collectionNames, registry, schemas } from '../../src/schemas/index';
import { partnerAgendasSchema, PARTNER_AGENDAS_FILE } from '../../src/schemas/partner-agendas';
import { plainContext } from '../../src/lib/schema-context';
import { MAGAZINE } from '../magazine';

const config = buildCmsConfig();
const described = describedCollections();

function emptied(field: CmsField): unknown {
  if (field.widget === 'object') return Object.fromEntries((field.fields as CmsField[]).map((f) => [f.name, emptied(f)]).filter(([, v]) => v !== undefined));
  if (field.widget === 'list' || field.multiple) return [];
  if (field.widget === 'boolean') return undefined;
  return '';
}

/** Empty every optional field (deep); a required yes/no stays at the CMS's default, "nee". */
function emptyOptional(fields: CmsField[], data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const f of fields) {
    if (f.name === 'body') continue;
    if (f.required === false) {
      const v = emptied(f);
      if (v === undefined) delete out[f.name];
      else out[f.name] = v;
    } else if (f.widget === 'boolean') out[f.name] = false;
    else if (f.widget === 'object' && out[f.name] && typeof out[f.name] === 'object') out[f.name] = emptyOptional(f.fields as CmsField[], out[f.name] as Record<string, unknown>);
  }
  return out;
}

/** A field whose label says when it is needed: its place, its siblings' names and its condition. */
interface Conditional {
  /** Field names from the entry's root; '[]' for every item of a list. */
  path: string[];
  condition: string;
}

const conditionOf = (label: string) => (hasCondition(label) ? /\(([^()]+)\)$/.exec(label.trim())![1] : undefined);

/** Every field of a CMS field list whose label says when it is needed. */
function conditionals(fields: CmsField[], base: string[] = []): Conditional[] {
  return fields.flatMap((f) => {
    const p = [...base, f.name];
    const own = conditionOf(f.label);
    const nested = f.fields ? conditionals(f.fields as CmsField[], f.widget === 'list' ? [...p, '[]'] : p) : [];
    return own ? [{ path: p, condition: own }, ...nested] : nested;
  });
}

const fieldsOf = (name: string) => config.collections.find((c) => c.name === name)!.fields!;
const partnerFields = (config.collections.find((c) => c.name === 'instellingen')!.files as Array<{ file: string; fields: CmsField[] }>).find((f) =>
  f.file.endsWith(PARTNER_AGENDAS_FILE),
)!.fields;

function entries(name: string): Array<{ file: string; data: Record<string, unknown> }> {
  const dir = path.join(MAGAZINE, registry[name as keyof typeof registry].folder);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => ({
      file,
      // As the CMS sends it: dates as text (JSON schema: no Date objects).
      data: yaml.load(fs.readFileSync(path.join(dir, file), 'utf8').split(/^---$/m)[1], { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>,
    }));
}

/** A plain value the field accepts on its own, or undefined when there is none at hand (a phone number's pattern). */
function sample(node: SchemaNode): unknown {
  switch (node.kind) {
    case 'string':
      if (node.meta.widget === 'image') return '../media/foto.jpg';
      if (node.meta.widget === 'file') return '../media/opname.mp3';
      if (node.meta.widget === 'datetime') return '2026-12-01T10:00';
      if (node.meta.widget === 'date') return '2026-12-01';
      if (node.format === 'email') return 'info@example.nl';
      if (node.format === 'url') return 'https://example.nl/';
      return node.patterns.length ? undefined : 'Tekst';
    case 'date':
      return '2026-12-01';
    case 'number':
      return node.min ?? 1;
    case 'boolean':
      return true;
    case 'enum':
      return node.values[0];
    case 'array':
      return node.element.kind === 'enum' ? [node.element.values[0]] : undefined;
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, child] of Object.entries(node.shape)) {
        const v = sample(child);
        if (v === undefined && !child.optional) return undefined;
        if (v !== undefined) out[k] = v;
      }
      return out;
    }
  }
}

/** The entry with its empty optional fields filled in (deep, in every item of a list of groups). */
function filled(node: ObjectNode, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const [k, child] of Object.entries(node.shape)) {
    if (child.meta.widget === 'hidden') continue;
    if (out[k] === undefined && child.optional) {
      const v = sample(child);
      if (v !== undefined) out[k] = v;
    } else if (child.kind === 'object' && out[k] && typeof out[k] === 'object') out[k] = filled(child, out[k] as Record<string, unknown>);
    else if (child.kind === 'array' && child.element.kind === 'object' && Array.isArray(out[k]))
      out[k] = (out[k] as Array<Record<string, unknown>>).map((item) => filled(child.element as ObjectNode, item));
  }
  return out;
}

/** The entry without the field at `p` (in every item of a list). */
function without(data: unknown, p: string[]): unknown {
  if (!data || typeof data !== 'object') return data;
  const [head, ...rest] = p;
  if (head === '[]') return Array.isArray(data) ? data.map((item) => without(item, rest)) : data;
  const out = { ...(data as Record<string, unknown>) };
  if (rest.length === 0) delete out[head];
  else if (head in out) out[head] = without(out[head], rest);
  return out;
}

/** The schema's complaints inside the given fields (list positions read as '[]'). */
function complaintsAt(schema: z.ZodType, data: unknown, paths: string[][]): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  const wanted = new Set(paths.map((p) => p.join('.')));
  return result.error.issues.map((i) => i.path.map((s) => (typeof s === 'number' ? '[]' : String(s))).join('.')).filter((p) => wanted.has(p));
}

/**
 * Conditions no entry shows: for each field whose label says when it is needed, an entry in which
 * leaving it out (alone, or with the fields that share its condition) brings a complaint to it.
 */
export function unprovenConditions(schema: z.ZodType, node: ObjectNode, fields: CmsField[], data: Array<Record<string, unknown>>): string[] {
  const all = conditionals(fields);
  return all
    .filter((c) => {
      const siblings = all.filter((o) => o.condition === c.condition && o.path.slice(0, -1).join('.') === c.path.slice(0, -1).join('.')).map((o) => o.path);
      return !data.some((entry) => {
        const full = filled(node, entry);
        for (const left of [[c.path], siblings]) {
          if (complaintsAt(schema, full, left).length) continue;
          if (complaintsAt(schema, left.reduce<unknown>(without, full), left).length) return true;
        }
        return false;
      });
    })
    .map((c) => `${c.path.join('.')} (${c.condition})`);
}

/** Every field Decap marks "(optioneel)": optional, its label saying nothing about when it is needed. */
function optionals(fields: CmsField[], base: string[] = []): string[][] {
  return fields.flatMap((f) => {
    const p = [...base, f.name];
    const nested = f.fields ? optionals(f.fields as CmsField[], f.widget === 'list' ? [...p, '[]'] : p) : [];
    return f.required === false && f.widget !== 'hidden' && f.name !== 'body' && !conditionOf(f.label) ? [p, ...nested] : nested;
  });
}

/** "(optioneel)" fields that an entry needs after all: leaving one out brings a complaint to it. */
export function falseOptionals(schema: z.ZodType, node: ObjectNode, fields: CmsField[], data: Array<Record<string, unknown>>): string[] {
  return optionals(fields)
    .filter((p) =>
      data.some((entry) => {
        const full = filled(node, entry);
        return complaintsAt(schema, full, [p]).length === 0 && complaintsAt(schema, without(full, p), [p]).length > 0;
      }),
    )
    .map((p) => p.join('.'));
}

describe('"(optioneel)" fields can be left empty', () => {
  for (const name of collectionNames) {
    it(name, () => {
      const [{ file, data }] = entries(name);
      const fields = fieldsOf(name);
      const optional = fields.filter((f) => f.required === false).map((f) => f.name);
      const conditional = new Set(conditionals(fields).map((c) => c.path.join('.')));
      const { problems } = checkEntry(name, emptyOptional(fields, data));
      const unmarked = problems.filter((p) => !conditional.has(p.path.filter((s) => typeof s === 'string').join('.')));
      expect(unmarked.map((p) => `${p.label}: ${p.message}`), `${name}/${file} with ${optional.join(', ')} empty`).toEqual([]);
    });
  }
  it('the initiatief of the test magazine needs one way to reach it, and its labels say so', () => {
    // The one case the fixture shows; proves the check above sees a complaint and reads its path.
    const fields = fieldsOf('initiatieven');
    const { problems } = checkEntry('initiatieven', emptyOptional(fields, entries('initiatieven')[0].data));
    expect(problems.map((p) => p.path.join('.'))).toEqual(['telefoon']);
    expect(conditionals(fields).map((c) => c.path.join('.'))).toEqual(['telefoon', 'email', 'website']);
  });
});

describe('a label that says when a field is needed tells the truth', () => {
  for (const name of collectionNames) {
    it(name, () => {
      const schema = schemas[name](plainContext) as unknown as z.ZodType;
      expect(unprovenConditions(schema, described[name], fieldsOf(name), entries(name).map((e) => e.data))).toEqual([]);
    });
  }
  it("Instellingen › Agenda's van partners", () => {
    const data = JSON.parse(fs.readFileSync(path.join(MAGAZINE, PARTNER_AGENDAS_FILE), 'utf8')) as Record<string, unknown>;
    expect(unprovenConditions(partnerAgendasSchema(plainContext) as unknown as z.ZodType, describedPartnerAgendas(), partnerFields, [data])).toEqual([]);
    expect(falseOptionals(partnerAgendasSchema(plainContext) as unknown as z.ZodType, describedPartnerAgendas(), partnerFields, [data])).toEqual([]);
  });
  it('and each "(optioneel)" field can be left out on its own, whatever else is filled in', () => {
    const problems = collectionNames.flatMap((n) =>
      falseOptionals(schemas[n](plainContext) as unknown as z.ZodType, described[n], fieldsOf(n), entries(n).map((e) => e.data)).map((p) => `${n}: ${p}`),
    );
    expect(problems).toEqual([]);
  });
  it('the fields it covers: photo descriptions, ways to reach, fields of an optional group', () => {
    const found = [...collectionNames.map((n) => [n, fieldsOf(n)] as const), ['partner-agendas', partnerFields] as const].flatMap(([n, f]) =>
      conditionals(f).map((c) => `${n}: ${c.path.join('.')}`),
    );
    for (const f of ['artikelen: afbeeldingAlt', 'auteurs: fotoAlt', 'initiatieven: telefoon', 'agenda: aanmelden.website', 'agenda: herhaling.patroon', 'partner-agendas: agendas.[].locatie.naam'])
      expect(found).toContain(f);
  });
  it('can fail: without the schema\'s rule the photo description is optional, whatever its label says', () => {
    const withRule = schemas.artikelen(plainContext) as unknown as z.ZodObject;
    // The same fields without the rules across fields (superRefine).
    const plain = z.object(withRule.shape);
    const data = entries('artikelen').map((e) => e.data);
    expect(unprovenConditions(withRule, described.artikelen, fieldsOf('artikelen'), data)).toEqual([]);
    expect(unprovenConditions(plain, described.artikelen, fieldsOf('artikelen'), data)).toEqual(['afbeeldingAlt (nodig als u een foto kiest)']);
  });
  it('can fail: a photo description labelled "(optioneel)" is found out', () => {
    const fields = structuredClone(fieldsOf('artikelen'));
    fields.find((f) => f.name === 'afbeeldingAlt')!.label = 'Beschrijving van de foto';
    const data = entries('artikelen').map((e) => e.data);
    expect(falseOptionals(schemas.artikelen(plainContext) as unknown as z.ZodType, described.artikelen, fields, data)).toEqual(['afbeeldingAlt']);
  });
});
