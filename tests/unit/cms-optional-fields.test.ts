/**
 * "(optioneel)" means optional (issue 16, point 3). Decap writes "(optioneel)" after every field the
 * generated config marks `required: false`. For one entry of each collection of the test magazine,
 * every such field is emptied the way the CMS empties it ('' for text, dates, photos and single
 * choices, [] for lists and multiple choices, nothing for a yes/no, an emptied object for a group),
 * and the save check (cms/entry-check.ts, the build's own schema) must accept what is left.
 * The exceptions are the fields that become required through another field; they are listed here,
 * with the reason the editor sees, so a new one cannot slip in unnoticed.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, type CmsField } from '../../cms/config';
import { checkEntry } from '../../cms/entry-check';
import { collectionNames, registry } from '../../src/schemas/index';
import { MAGAZINE } from '../magazine';

const config = buildCmsConfig();

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

/** Fields shown as "(optioneel)" that another field can make required, with the message. */
const CONDITIONAL: Record<string, string[]> = {
  // One way to reach an initiatief is required; each of the three on its own is optional.
  initiatieven: ['Telefoon: vul minstens een telefoonnummer, e-mail of website in, zodat lezers contact kunnen opnemen'],
};

describe('optional fields can be left empty', () => {
  for (const name of collectionNames) {
    it(name, () => {
      const dir = path.join(MAGAZINE, registry[name].folder);
      const file = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort()[0];
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      // As the CMS sends it: dates as text (JSON schema: no Date objects).
      const data = yaml.load(source.split(/^---$/m)[1], { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>;
      const fields = config.collections.find((c) => c.name === name)!.fields!;
      const optional = fields.filter((f) => f.required === false).map((f) => f.name);
      const { problems } = checkEntry(name, emptyOptional(fields, data));
      expect(problems.map((p) => `${p.label}: ${p.message}`), `${name}/${file} with ${optional.join(', ')} empty`).toEqual(CONDITIONAL[name] ?? []);
    });
  }
});
