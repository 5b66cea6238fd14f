#!/usr/bin/env node
/**
 * `npm run bench` — first version (issue 6; issue 9 extends it): the search numbers.
 *
 * Builds two sites, each in its own temporary copy of the project (so it never touches dist/,
 * .astro/ or the caches that other work in this tree uses, and always measures a fresh build):
 *   1. the sample magazine (content/),
 *   2. a synthetic magazine with 2,000 artikelen (scripts/bench/generate.mjs, CONTENT_ROOT),
 * runs Pagefind over each, serves it locally and opens /zoeken/?q=<query> in Chromium to measure
 * the bytes fetched from /pagefind/ and the time until the first results are on screen.
 * Prints a table. Not part of `npm test`.
 *
 * Options: --query <woord> (default "wandelen"), --artikelen <n> (default 2000), --runs <n> (3),
 *          --alleen-voorbeeld (skip the synthetic site), --bewaar (keep the temporary folder).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateContent } from './bench/generate.mjs';
import { serve } from './bench/serve.mjs';
import { launch, measureSearch } from './bench/measure-search.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const flag = (name) => argv.includes(`--${name}`);
const QUERY = option('query', 'wandelen');
const ARTIKELEN = Number(option('artikelen', '2000'));
const RUNS = Number(option('runs', '3'));

const started = Date.now();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-bench-'));
const log = (msg) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

/** A copy of the project with its own content, caches and dist; node_modules is shared (read-only). */
function prepareRoot(name, writeContent) {
  const root = path.join(tmp, name);
  const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'content', 'test-results', 'playwright-report', 'tmp', '.cms-werkmap']);
  fs.mkdirSync(root, { recursive: true });
  for (const entry of fs.readdirSync(ROOT)) {
    if (skip.has(entry)) continue;
    fs.cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  // Astro keeps its content store and image cache in cacheDir (node_modules/.astro by default):
  // point it inside the copy, so the shared node_modules is never written to.
  fs.writeFileSync(
    path.join(root, 'astro.bench.config.mjs'),
    `import base from './astro.config.mjs';\nexport default { ...base, cacheDir: './.bench-cache/', vite: { ...(base.vite ?? {}), cacheDir: './.bench-cache/vite/' } };\n`,
  );
  writeContent(path.join(root, 'content'));
  return root;
}

/** Run a command in `cwd`; returns wall seconds and peak memory (MB, via /usr/bin/time when present). */
function run(cwd, cmd, args, env = {}) {
  const useTime = fs.existsSync('/usr/bin/time');
  const timeFile = path.join(tmp, 'time.txt');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(useTime ? '/usr/bin/time' : cmd, useTime ? ['-f', '%M', '-o', timeFile, cmd, ...args] : args, {
    cwd,
    env: { ...process.env, ...env, PATH: `${BIN}${path.delimiter}${process.env.PATH}` },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) {
    console.error(r.stdout?.slice(-4000), r.stderr?.slice(-4000));
    throw new Error(`${cmd} ${args.join(' ')} faalde in ${cwd} (code ${r.status})`);
  }
  const peakMb = useTime && fs.existsSync(timeFile) ? Number(fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) / 1024 : NaN;
  return { seconds, peakMb, stdout: r.stdout };
}

function dirBytes(dir) {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return n;
}

function buildSite(name, writeContent) {
  log(`${name}: project kopiëren en inhoud klaarzetten`);
  const root = prepareRoot(name, writeContent);
  const env = { CONTENT_ROOT: path.join(root, 'content') };
  log(`${name}: astro build`);
  const astro = run(root, path.join(BIN, 'astro'), ['build', '--config', 'astro.bench.config.mjs'], env);
  log(`${name}: pagefind`);
  const pf = run(root, path.join(BIN, 'pagefind'), ['--site', 'dist'], env);
  const indexed = /Indexed (\d+) pages/.exec(pf.stdout)?.[1];
  const words = /Indexed (\d+) words/.exec(pf.stdout)?.[1];
  return {
    name,
    dist: path.join(root, 'dist'),
    astroSeconds: astro.seconds,
    astroPeakMb: astro.peakMb,
    pagefindSeconds: pf.seconds,
    indexedPages: Number(indexed),
    indexedWords: Number(words),
    indexBytes: dirBytes(path.join(root, 'dist', 'pagefind')),
  };
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const sec = (s) => `${s.toFixed(1)} s`;
const ms = (m) => (Number.isFinite(m) ? `${Math.round(m)} ms` : 'n.v.t.');

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

async function main() {
  const sites = [];
  sites.push(buildSite('voorbeeld', (dir) => fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true })));
  if (!flag('alleen-voorbeeld')) {
    sites.push(
      buildSite(`synthetisch-${ARTIKELEN}`, (dir) => {
        const n = generateContent(dir, { artikelen: ARTIKELEN });
        log(`synthetisch: ${n.artikelen} artikelen, ${n.tips} tips, ${n.agenda} activiteiten, ${n.initiatieven} initiatieven gemaakt`);
      }),
    );
  }

  const browser = await launch();
  const measured = [];
  try {
    for (const site of sites) {
      const server = await serve(site.dist);
      try {
        log(`${site.name}: zoeken naar "${QUERY}" meten (${RUNS}× per profiel)`);
        for (const row of await measureSearch(browser, server.url, QUERY, { runs: RUNS })) measured.push({ site, ...row });
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }

  console.log('\nBouwen');
  console.log(
    table(
      ['site', 'astro build', 'piekgeheugen', 'pagefind', "pagina's in index", 'woorden', 'index (dist/pagefind)'],
      sites.map((s) => [s.name, sec(s.astroSeconds), Number.isFinite(s.astroPeakMb) ? `${Math.round(s.astroPeakMb)} MB` : 'n.v.t.', sec(s.pagefindSeconds), s.indexedPages, s.indexedWords, kb(s.indexBytes)]),
    ),
  );
  console.log(`\nZoeken naar "${QUERY}" op /zoeken/ (mediaan van ${RUNS} koude bezoeken; bytes = alles van /pagefind/ tot de eerste resultaten)`);
  console.log(
    table(
      ['site', 'profiel', 'tot eerste resultaten', 'opgehaald /pagefind/', 'verzoeken', 'uitkomst'],
      measured.map((m) => [m.site.name, m.profile, ms(m.ms), kb(m.bytes), m.requests, m.status]),
    ),
  );
  console.log('\nProfielen: snel = deze machine zonder remmen; tablet = 4× tragere CPU en traag 4G (150 ms, 1,6 Mbit/s).');
  console.log(`Klaar in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  const failed = measured.filter((m) => !Number.isFinite(m.ms));
  if (failed.length) {
    console.error(`\n✗ Geen resultaten voor "${QUERY}" op: ${[...new Set(failed.map((m) => m.site.name))].join(', ')}`);
    process.exitCode = 1;
  }
}

try {
  await main();
} finally {
  if (flag('bewaar')) console.log(`Tijdelijke map bewaard: ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
}
