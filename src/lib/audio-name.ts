/**
 * What counts as a recording (issue 19: a volunteer reads an artikel aloud), by name and size, in
 * one place: the artikel schema (content validation and the CMS's check), src/lib/audio-file.ts
 * (which also looks inside the file) and the CMS's local backend (cms/local-backend.mjs, which
 * Node loads directly: keep this file free of imports and of non-erasable TypeScript), as
 * src/lib/photo-name.ts does for photos. MP3 plays everywhere; M4A (AAC) is what phones record.
 */
export const AUDIO_EXTENSIONS = ['mp3', 'm4a'];
const AUDIO_EXT = new RegExp(`\\.(${AUDIO_EXTENSIONS.join('|')})$`, 'i');
/** 60 MB: an hour of speech at 128 kbit/s; more is a mistake (a WAV renamed, a whole CD). */
export const AUDIO_MAX_BYTES = 60 * 1024 * 1024;

export const audioMessages = {
  notAudio: (name: string) => `"${name}" is geen opname (mp3 of m4a)`,
  empty: (name: string) => `"${name}" is leeg (0 bytes); zet de opname opnieuw in de mediabibliotheek`,
  tooBig: (name: string, bytes: number) =>
    `"${name}" is te groot (${Math.round(bytes / 1024 / 1024)} MB, de grens is ${AUDIO_MAX_BYTES / 1024 / 1024} MB); sla de opname op als mp3 van 64 of 128 kbit/s`,
  broken: (name: string) => `"${name}" heet een opname maar is het niet (het bestand is beschadigd of iets anders); zet de opname opnieuw in de mediabibliotheek`,
};

/** The problem with a recording's name alone (its extension), or undefined. */
export function audioNameProblem(name: string): string | undefined {
  return AUDIO_EXT.test(name) ? undefined : audioMessages.notAudio(name);
}

/** The MIME type of a recording by its name (for the podcast feed's enclosure and the player). */
export function audioType(name: string): string {
  return /\.m4a$/i.test(name) ? 'audio/mp4' : 'audio/mpeg';
}

/** Whether the first bytes are those of an MP3 (an ID3 tag or an MPEG audio frame) or an M4A (ISO media). */
export function looksLikeAudio(head: Uint8Array): boolean {
  const ascii = (text: string, at = 0) => text.split('').every((c, i) => head[at + i] === c.charCodeAt(0));
  const brand = String.fromCharCode(...head.subarray(8, 12));
  return (
    ascii('ID3') || // MP3 with an ID3v2 tag
    (head[0] === 0xff && (head[1] & 0xe0) === 0xe0 && (head[1] & 0x06) !== 0) || // an MPEG audio frame (layer I–III)
    (ascii('ftyp', 4) && /^(M4A |M4B |mp4[12]|isom|iso[2-9]|dash)$/.test(brand)) // M4A
  );
}

/** The problem with an uploaded recording (name, size, first bytes), or undefined: the CMS backend's check. */
export function audioUploadProblem(name: string, bytes: Uint8Array): string | undefined {
  const byName = audioNameProblem(name);
  if (byName) return byName;
  if (bytes.length === 0) return audioMessages.empty(name);
  if (bytes.length > AUDIO_MAX_BYTES) return audioMessages.tooBig(name, bytes.length);
  return looksLikeAudio(bytes.subarray(0, 16)) ? undefined : audioMessages.broken(name);
}
