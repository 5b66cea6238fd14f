/**
 * Whether a file used as a photo is one (issue 15, finding 5): the name rules of
 * src/lib/photo-name.ts, and the first bytes must be those of a photo of an accepted kind, so a
 * 0-byte "foto.jpg", a text file renamed to .jpg or `../../package.json` is refused before the
 * build (which would otherwise stop with a stack trace or publish a broken picture). Used by the
 * content validation for photo fields and for photos in the text.
 */
import fs from 'node:fs';
import { photoMessages, photoNameProblem } from './photo-name';

export { PHOTO_EXTENSIONS, photoMessages, photoNameProblem } from './photo-name';
const starts = (b: Buffer, bytes: number[], at = 0) => bytes.every((x, i) => b[at + i] === x);
const ascii = (b: Buffer, text: string, at = 0) => b.subarray(at, at + text.length).toString('latin1') === text;

/** Whether the first bytes of a file are those of a photo of one of the accepted kinds. */
export function looksLikePhoto(head: Buffer): boolean {
  return (
    starts(head, [0xff, 0xd8, 0xff]) || // JPEG
    starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) || // PNG
    ascii(head, 'GIF87a') || ascii(head, 'GIF89a') ||
    (ascii(head, 'RIFF') && ascii(head, 'WEBP', 8)) ||
    (ascii(head, 'ftyp', 4) && /^avi[fs]$/.test(head.subarray(8, 12).toString('latin1'))) ||
    starts(head, [0x49, 0x49, 0x2a, 0x00]) || starts(head, [0x4d, 0x4d, 0x00, 0x2a]) // TIFF
  );
}

/** The problem with an existing file used as a photo (name and contents), or undefined. */
export function photoFileProblem(file: string, shown: string): string | undefined {
  const byName = photoNameProblem(shown);
  if (byName) return byName;
  const size = fs.statSync(file).size;
  if (size === 0) return photoMessages.empty(shown);
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  return looksLikePhoto(head) ? undefined : photoMessages.broken(shown);
}
