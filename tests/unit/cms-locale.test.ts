/**
 * No English in the CMS (issue 16): every string of Decap's English locale has a Dutch one,
 * from Decap's own `nl` locale or from ours (cms/locale.ts). The locales are read from the very
 * Decap bundle the site serves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dutchFor, nlOverrides, withOverrides } from '../../cms/locale';

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
    // Decap fills in the field's code name there ("gecontroleerdOp"): not read out (issue 16).
    expect(ours.editor.editorWidgets.datetime.setToNow).toBe('Nu invullen');
    // Dates without English month names: Decap's dayjs has no Dutch locale loaded.
    const dateFormats = JSON.stringify(ours).match(/"\w*[dD]ateFormat":"[^"]*"/g) ?? [];
    expect(dateFormats.length).toBeGreaterThan(0);
    for (const f of dateFormats) expect(f).not.toMatch(/MMM|dddd|ddd/);
    // Every override is used: a key that no longer exists in Decap's English locale is a leftover.
    const enKeys = new Set(missing(en, {}));
    expect(Object.keys(nlOverrides).filter((k) => !enKeys.has(k))).toEqual([]);
  });
});

describe('English outside the locale (react-select, react-toastify), issue 16', () => {
  it('menu notices and labels', () => {
    expect(dutchFor('No options')).toBe('Niets gevonden');
    expect(dutchFor('Loading options…')).toBe('Bezig met zoeken…');
    expect(dutchFor('close')).toBe('Sluiten');
    expect(dutchFor('notification timer')).toBe('Tijd tot deze melding verdwijnt');
  });
  it('what the screen reader hears in a select or relation field', () => {
    expect(dutchFor('Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu, press Tab to select the option and exit the menu.')).toBe(
      'Kies met pijl omhoog en omlaag en druk op Enter; Escape sluit de lijst, Tab kiest en sluit de lijst.',
    );
    expect(dutchFor('Select is focused ,type to refine list, press Down to open the menu, ')).toBe('Keuzelijst: typ om te zoeken, pijl omlaag opent de lijst.');
    expect(dutchFor('Select is focused ,type to refine list, press Down to open the menu,  press left to focus selected values')).toBe(
      'Keuzelijst: typ om te zoeken, pijl omlaag opent de lijst, pijl links gaat naar wat al gekozen is.',
    );
    expect(dutchFor('option Samen meedoen, selected.')).toBe('Samen meedoen is gekozen.');
    expect(dutchFor('option Ria van Dijk, deselected.')).toBe('Ria van Dijk is weggehaald.');
    expect(dutchFor('value Ria van Dijk focused, 1 of 2.')).toBe('Ria van Dijk, 1 van 2.');
    expect(dutchFor('3 results available for search term 12.')).toBe('3 resultaten voor "12".');
    expect(dutchFor('1 result available.')).toBe('1 resultaat.');
    expect(dutchFor('0 results available for search term zzz.')).toBe('0 resultaten voor "zzz".');
  });
  it('leaves everything else alone (Dutch text, what editors type)', () => {
    for (const text of ['Niets gevonden', 'Opslaan', 'Samen meedoen', 'Koffie, taart & een goed gesprek', '', 'toString', 'constructor']) expect(dutchFor(text)).toBeUndefined();
    // Outside react-select's live region, Dutch that happens to fit a pattern stays as it is.
    expect(dutchFor('Kies 1, 2 of 3.', false)).toBeUndefined();
    expect(dutchFor('Kies 1, 2 of 3.', true)).toBe('Kies 1, 2 van 3.');
    expect(dutchFor('No options', false)).toBe('Niets gevonden');
  });
});
