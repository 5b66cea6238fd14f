/**
 * Whether a file used as a recording is one (issue 19), as src/lib/image-file.ts does for photos:
 * the name rule of src/lib/audio-name.ts, not empty, not too big, and the first bytes must be
 * those of an MP3 (an ID3 tag or an MPEG audio frame) or an M4A (an ISO media file).
 */
import fs from 'node:fs';
import { AUDIO_MAX_BYTES, audioMessages, audioNameProblem, looksLikeAudio } from './audio-name';

export { AUDIO_EXTENSIONS, AUDIO_MAX_BYTES, audioMessages, audioNameProblem, audioType, looksLikeAudio } from './audio-name';

/** The problem with an existing file used as a recording, or undefined. */
export function audioFileProblem(file: string, shown: string): string | undefined {
  const byName = audioNameProblem(shown);
  if (byName) return byName;
  const size = fs.statSync(file).size;
  if (size === 0) return audioMessages.empty(shown);
  if (size > AUDIO_MAX_BYTES) return audioMessages.tooBig(shown, size);
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  return looksLikeAudio(head) ? undefined : audioMessages.broken(shown);
}
