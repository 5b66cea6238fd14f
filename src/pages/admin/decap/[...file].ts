/**
 * /admin/decap/<file>: the Decap CMS bundle, served by the site itself (no CDN).
 * In `astro dev` each file is read on request; `astro build` writes them all to dist/admin/decap/.
 * Where the files come from and why: cms/decap-dist.mjs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { decapFiles, ensureDecapDist } from '../../../../cms/decap-dist.mjs';

export const getStaticPaths: GetStaticPaths = () => decapFiles().map((file) => ({ params: { file } }));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export const GET: APIRoute = ({ params }) => {
  const name = path.basename(String(params.file ?? ''));
  const file = path.join(ensureDecapDist(), name);
  if (!name || !fs.existsSync(file)) return new Response('Niet gevonden', { status: 404 });
  return new Response(fs.readFileSync(file), {
    headers: { 'Content-Type': TYPES[path.extname(name)] ?? 'application/octet-stream' },
  });
};
