/**
 * /admin/decap/<version>/<file>: the Decap CMS bundle, served by the site itself (no CDN), in a
 * folder named after its version so browsers may keep every file for a year (issue 16, point 6).
 * In `astro dev` each file is read on request; `astro build` writes them all to dist/admin/decap/<version>/.
 * Where the files come from and why, and the one change made to the entry file: cms/decap-dist.mjs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { DECAP_VERSION, decapFileBytes, decapFiles, ensureDecapDist } from '../../../../cms/decap-dist.mjs';

export const getStaticPaths: GetStaticPaths = () => decapFiles().map((file) => ({ params: { file: `${DECAP_VERSION}/${file}` } }));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export const GET: APIRoute = ({ params }) => {
  const [version, name, ...rest] = String(params.file ?? '').split('/');
  const file = path.join(ensureDecapDist(), path.basename(name ?? ''));
  if (version !== DECAP_VERSION || !name || rest.length || !fs.existsSync(file)) return new Response('Niet gevonden', { status: 404 });
  return new Response(decapFileBytes(name), {
    headers: { 'Content-Type': TYPES[path.extname(name)] ?? 'application/octet-stream' },
  });
};
