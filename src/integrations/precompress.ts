/**
 * After the build, writes a gzip copy (level 9) next to each large script, style sheet and wasm
 * file of the CMS bundle and the site's own hashed assets (dist/admin/decap/<version>/, dist/_astro/),
 * so nginx serves them with `gzip_static on` instead of compressing on every request at its
 * default level 1 (issue 16, point 6: the CMS's 6.5 MB of scripts are 2.0 MB at level 9; measured
 * 0.7 s for the whole bundle). Hosts that compress themselves (Netlify, Cloudflare, GitHub Pages)
 * ignore the copies. Brotli (a further ~25 %) is left out: Debian's nginx has no brotli module
 * and quality 11 took 37 s for the bundle here.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const PRECOMPRESSED_DIRS = ['admin/decap', '_astro'];
const TYPES = /\.(js|mjs|css|wasm|json|svg|txt)$/;
const MIN_BYTES = 1024;

/** Write <file>.gz for every compressible file of at least 1 KB under the given folders. Answers bytes before/after. */
export function precompress(dist: string, dirs = PRECOMPRESSED_DIRS): { files: number; raw: number; gzip: number } {
  const total = { files: 0, raw: 0, gzip: 0 };
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (TYPES.test(entry.name) && fs.statSync(file).size >= MIN_BYTES) {
        const data = fs.readFileSync(file);
        const gz = gzipSync(data, { level: 9 });
        fs.writeFileSync(`${file}.gz`, gz);
        total.files++;
        total.raw += data.length;
        total.gzip += gz.length;
      }
    }
  };
  for (const d of dirs) walk(path.join(dist, d));
  return total;
}

export default function precompressIntegration(): AstroIntegration {
  return {
    name: 'vief:precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const t = precompress(fileURLToPath(dir));
        logger.info(`gzip-kopieën: ${t.files} bestanden, ${(t.raw / 1e6).toFixed(1)} MB → ${(t.gzip / 1e6).toFixed(1)} MB`);
      },
    },
  };
}
