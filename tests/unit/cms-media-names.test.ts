import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { uniqueMediaName, uploadRefusal } from '../../cms/media-names';
import { photoMessages } from '../../src/lib/photo-name';

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

describe('uploadRefusal (what the media library refuses on every backend)', () => {
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
  it('refuses an SVG, a document and an empty photo, in Dutch, naming the file', () => {
    expect(uploadRefusal('kaart.svg', new TextEncoder().encode('<svg/>'))).toBe(photoMessages.svg('kaart.svg'));
    expect(uploadRefusal('brief.docx', jpeg)).toBe(photoMessages.notPhoto('brief.docx'));
    expect(uploadRefusal('leeg.jpg', new Uint8Array())).toBe(photoMessages.empty('leeg.jpg'));
  });
  it('refuses a fake recording and accepts photos and a real MP3', () => {
    expect(uploadRefusal('nep.mp3', new TextEncoder().encode('<script>alert(1)</script>'))).toMatch(/"nep\.mp3" heet een opname maar is het niet/);
    expect(uploadRefusal('foto.JPG', jpeg)).toBeUndefined();
    expect(uploadRefusal('opname.mp3', new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeUndefined();
  });
});
