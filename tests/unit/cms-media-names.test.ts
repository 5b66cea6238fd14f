import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { uniqueMediaName } from '../../cms/media-names';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const hex8 = (text: string) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 8);

describe('uniqueMediaName (issue 16: an upload never replaces a different photo)', () => {
  it('adds the first 8 hex digits of the SHA-256 of the bytes before the extension', async () => {
    expect(await uniqueMediaName('IMG_0001.JPG', bytes('foto een'))).toBe(`IMG_0001-${hex8('foto een')}.JPG`);
  });
  it('gives two different photos of the same name two names, the same photo the same name', async () => {
    const a = await uniqueMediaName('molen.jpg', bytes('a'));
    const b = await uniqueMediaName('molen.jpg', bytes('b'));
    expect(a).not.toBe(b);
    expect(await uniqueMediaName('molen.jpg', bytes('a'))).toBe(a);
  });
  it('leaves a name that already carries the fingerprint of its bytes (a downloaded photo put back)', async () => {
    const named = await uniqueMediaName('molen.jpg', bytes('a'));
    expect(await uniqueMediaName(named, bytes('a'))).toBe(named);
    expect(await uniqueMediaName(named.toLowerCase(), bytes('a'))).toBe(named.toLowerCase());
  });
  it('copes with names without an extension or with several dots', async () => {
    expect(await uniqueMediaName('foto', bytes('x'))).toBe(`foto-${hex8('x')}`);
    expect(await uniqueMediaName('2026.12.03 markt.jpeg', bytes('x'))).toBe(`2026.12.03 markt-${hex8('x')}.jpeg`);
  });
});
