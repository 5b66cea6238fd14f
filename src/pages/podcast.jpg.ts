/**
 * /podcast.jpg: the podcast's cover (issue 19). Podcast apps want a square JPEG of 1400–3000 px;
 * Astro's image service never enlarges, and a nummer's cover is landscape, so this endpoint makes
 * it with sharp: the newest nummer's cover, cropped to a square from the middle, 1400 × 1400.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute } from 'astro';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { currentNummer } from '../lib/content';
import { registry } from '../schemas/registry';

const PODCAST_COVER = 1400;

export const GET: APIRoute = async () => {
  const nummer = await currentNummer();
  if (!nummer) return new Response(null, { status: 404 });
  // The cover's file as written in the nummer (the same path Astro's image() resolved).
  const dir = path.resolve(process.env.CONTENT_ROOT ?? 'content', registry.nummers.folder);
  const file = fs.readdirSync(dir).find((f) => f.replace(/\.mdx?$/, '') === nummer.id)!;
  const frontmatter = yaml.load(fs.readFileSync(path.join(dir, file), 'utf8').split(/^---\s*$/m)[1]) as { omslag: string };
  const image = await sharp(path.resolve(dir, frontmatter.omslag)).rotate().resize(PODCAST_COVER, PODCAST_COVER, { fit: 'cover' }).jpeg({ quality: 80 }).toBuffer();
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/jpeg' } });
};
