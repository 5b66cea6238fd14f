/**
 * What may go into the media library, one rule for every place that checks an upload: the CMS page
 * before Decap sees the file (cms/media-names.ts, on every backend) and the local backend of
 * `npm start` before decap-server writes it (cms/local-backend.mjs). A recorded reading (MP3/M4A:
 * by name, not empty, not too big, audio inside; src/lib/audio-name.ts) or a photo by name, not
 * empty (src/lib/photo-name.ts; never an SVG, it can carry a script).
 *
 * Node loads this file directly (through cms/local-backend.mjs): imports keep their `.ts`
 * extension and the TypeScript stays erasable.
 */
import { photoMessages, photoNameProblem } from './photo-name.ts';
import { audioNameProblem, audioUploadProblem } from './audio-name.ts';

/** Why a file called `name` with these bytes cannot go into the media library, in Dutch; undefined when it can. */
export function uploadRefusal(name: string, bytes: Uint8Array): string | undefined {
  if (!audioNameProblem(name)) return audioUploadProblem(name, bytes);
  const photo = photoNameProblem(name);
  if (!photo) return bytes.length === 0 ? photoMessages.empty(name) : undefined;
  return photo;
}
