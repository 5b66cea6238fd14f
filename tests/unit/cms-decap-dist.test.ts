/**
 * The one change to Decap's entry file (cms/decap-dist.mjs, issue 16 point 6): its config check
 * can be skipped by the page, once this browser has validated the same config; nothing else changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_CHECK, CONFIG_FLAG, DECAP_ENTRY, decapFileBytes, ensureDecapDist, patchDecapEntry } from '../../cms/decap-dist.mjs';

describe('the Decap entry file as served', () => {
  const original = fs.readFileSync(path.join(ensureDecapDist(), DECAP_ENTRY), 'utf8');

  it('skips the config check only when the page sets the flag, and changes nothing else', () => {
    const patched = patchDecapEntry(original);
    expect(patched.split(`!0===window.${CONFIG_FLAG}||function(e){const t=new(nl())`).length - 1).toBe(1);
    expect(patched.length - original.length).toBe(`!0===window.${CONFIG_FLAG}||`.length - 1);
    expect(patched.replace(`!0===window.${CONFIG_FLAG}||`, '!')).toBe(original);
    expect(decapFileBytes(DECAP_ENTRY).toString('utf8')).toBe(patched);
  });

  it('the skipped function is the config validation of loadConfig (ajv, then the Dutch-less error Decap throws)', () => {
    const at = original.indexOf(CONFIG_CHECK);
    const after = original.slice(at, at + 200_000);
    // The validation throws Decap's ConfigError when ajv finds errors; the call ends with (a).
    expect(after).toMatch(/^a=Vs\(\)\(o,e\);!function\(e\)\{const t=new\(nl\(\)\)\(\{allErrors:!0/);
    expect(after.slice(0, 60_000)).toContain('t.validate(');
  });

  it('refuses a bundle where the check is not found exactly once (a Decap upgrade)', () => {
    expect(() => patchDecapEntry(original.replace(CONFIG_CHECK, ''))).toThrow(/configuratiecontrole.*0 keer/);
    expect(() => patchDecapEntry(original + CONFIG_CHECK)).toThrow(/2 keer/);
  });
});
