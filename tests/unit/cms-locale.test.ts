/**
 * No English in the CMS (issue 16): every string of Decap's English locale has a Dutch one,
 * from Decap's own `nl` locale or from ours (cms/locale.ts). The locales are read from the very
 * Decap bundle the site serves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nlOverrides, withOverrides } from '../../cms/locale';

type Tree = { [key: string]: string | Tree };
const root = path.resolve(import.meta.dirname, '../..');

function bundle(): string {
  const candidates = [path.join(root, 'node_modules/decap-cms/dist/decap-cms.js')];
  const cache = path.join(root, 'node_modules/.cache');
  if (fs.existsSync(cache)) for (const d of fs.readdirSync(cache).filter((d) => d.startsWith('decap-cms-'))) candidates.push(path.join(cache, d, 'decap-cms.js'));
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) throw new Error(`Decap bundle not found in ${candidates.join(', ')}`);
  return fs.readFileSync(found, 'utf8');
}

/** The object literal starting at `start` ("{"), as a value. */
function objectAt(s: string, start: number): Tree {
  let depth = 0;
  let quote: string | null = null;
  let i = start;
  for (; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) break;
  }
  return new Function(`return ${s.slice(start, i + 1)}`)() as Tree;
}

function locale(s: string, marker: string): Tree {
  const at = s.indexOf(marker);
  expect(at, marker).toBeGreaterThan(0);
  return objectAt(s, s.lastIndexOf('{auth:{', at));
}

function missing(en: Tree, nl: Tree, prefix = ''): string[] {
  return Object.entries(en).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object') return missing(v, (nl?.[k] as Tree) ?? {}, key);
    return typeof nl?.[k] === 'string' ? [] : [key];
  });
}

describe('the CMS in Dutch', () => {
  const s = bundle();
  const en = locale(s, 'save:"Save"');
  const nl = locale(s, 'save:"Opslaan"');

  it('Decap alone leaves English strings (the reason for our additions)', () => {
    expect(missing(en, nl).length).toBeGreaterThan(10);
  });

  it('with our additions no string falls back to English', () => {
    expect(missing(en, withOverrides(nl))).toEqual([]);
  });

  it('no English words where Decap has them in its Dutch locale', () => {
    const ours = withOverrides(nl) as { editor: { editorWidgets: { markdown: Record<string, string>; datetime: Record<string, string> } } };
    expect(ours.editor.editorWidgets.markdown.quote).toBe('Citaat');
    expect(ours.editor.editorWidgets.datetime.setToNow).toBe('%{fieldLabel}: nu');
    // Dates without English month names: Decap's dayjs has no Dutch locale loaded.
    const dateFormats = JSON.stringify(ours).match(/"\w*[dD]ateFormat":"[^"]*"/g) ?? [];
    expect(dateFormats.length).toBeGreaterThan(0);
    for (const f of dateFormats) expect(f).not.toMatch(/MMM|dddd|ddd/);
    // Every override is used: a key that no longer exists in Decap's English locale is a leftover.
    const enKeys = new Set(missing(en, {}));
    expect(Object.keys(nlOverrides).filter((k) => !enKeys.has(k))).toEqual([]);
  });
});
