/**
 * Recorded readings of artikelen (issue 19): where the file is, its address on the site, its size,
 * type and duration (read from the file with music-metadata at build time; nothing is fetched).
 * The file is published at /artikelen/<slug>/voorgelezen.mp3 (or .m4a) by the endpoints next to
 * the article page, played on the article page and listed in /podcast.xml.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFile } from 'music-metadata';
import { registry } from '../schemas/registry';
import { audioType } from './audio-name';
import type { Artikel } from './content';

export interface Opname {
  /** The file in the content folder. */
  file: string;
  /** Its address on the site, e.g. /artikelen/<slug>/voorgelezen.mp3 */
  path: string;
  ext: 'mp3' | 'm4a';
  type: string;
  bytes: number;
  seconds: number;
}

const contentRoot = () => path.resolve(process.env.CONTENT_ROOT ?? 'content');
const cache = new Map<string, Promise<Opname>>();

export function opnameOf(artikel: Artikel): Promise<Opname> | undefined {
  const rel = artikel.data.opname;
  if (!rel) return undefined;
  let info = cache.get(artikel.id);
  if (!info) {
    info = (async () => {
      const file = path.resolve(contentRoot(), registry.artikelen.folder, path.dirname(artikel.id), rel);
      const ext = /\.m4a$/i.test(rel) ? 'm4a' : 'mp3';
      const meta = await parseFile(file, { duration: true });
      return { file, path: `/artikelen/${artikel.id}/voorgelezen.${ext}`, ext, type: audioType(rel), bytes: fs.statSync(file).size, seconds: Math.round(meta.format.duration ?? 0) } as Opname;
    })();
    cache.set(artikel.id, info);
  }
  return info;
}

/** "1:02:03" / "4:05" as podcast apps show it (itunes:duration accepts H:MM:SS). */
export function duurLabel(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
}
