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
 *          --alleen-voorbeeld (skip the synthetic site), --bewaar (keep the temporary folder),
 *          --samenstellingen (also measure Dutch compound words on the sample: two more builds).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCopy } from './bench/build.mjs';
import { generateContent } from './bench/generate.mjs';
import { launch, measureSearch } from './bench/measure-search.mjs';
import { measureCompounds, printCompounds } from './bench/compounds.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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
const buildSite = (name, writeContent, env) => buildCopy({ tmp, name, writeContent, env, log });

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
      log(`${site.name}: zoeken naar "${QUERY}" meten (${RUNS}× per profiel)`);
      for (const row of await measureSearch(browser, site.dist, QUERY, { runs: RUNS })) measured.push({ site, ...row });
    }
  } finally {
    await browser.close();
  }

  console.log('\nBouwen');
  console.log(
    table(
      ['site', 'astro build', 'waarvan CPU', 'piekgeheugen', 'pagefind', "pagina's in index", 'woorden', 'index (dist/pagefind)'],
      sites.map((s) => [
        s.name,
        sec(s.astroSeconds),
        Number.isFinite(s.astroCpuSeconds) ? sec(s.astroCpuSeconds) : 'n.v.t.',
        Number.isFinite(s.astroPeakMb) ? `${Math.round(s.astroPeakMb)} MB` : 'n.v.t.',
        sec(s.pagefindSeconds),
        s.indexedPages,
        s.indexedWords,
        kb(s.indexBytes),
      ]),
    ),
  );
  console.log(`\nZoeken naar "${QUERY}" op /zoeken/ (mediaan van ${RUNS} koude bezoeken; bytes = alles van /pagefind/ tot de eerste resultaten)`);
  console.log(
    table(
      ['site', 'profiel', 'tot eerste resultaten', 'opgehaald /pagefind/', 'verzoeken', 'uitkomst'],
      measured.map((m) => [m.site.name, m.profile, ms(m.ms), kb(m.bytes), m.requests, m.status]),
    ),
  );
  console.log('\nProfielen: snel = deze machine zonder remmen; tablet = 4× tragere CPU en traag 4G (150 ms per antwoord, 1,6 Mbit/s).');
  console.log(`Belasting van de machine (load average 1/5/15 min): ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} op ${os.cpus().length} kernen: wachttijd en bouwtijd tellen die mee, CPU-tijd niet.`);
  if (flag('samenstellingen')) printCompounds(await measureCompounds({ log, keep: flag('bewaar') }));
  console.log(`\nKlaar in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
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
