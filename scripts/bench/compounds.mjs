#!/usr/bin/env node
/**
 * Dutch compound words in search (issue 6, point 4), measured on the sample content:
 * builds the sample site twice — without (SEARCH_COMPOUNDS=off) and with the compound-tail
 * keywords that SearchMeta adds — and searches, in Chromium, for the tail of every compound in the
 * content ("aanpassing" for a page that only says "woningaanpassing"). A case counts as found when
 * the page with the compound is among the results. Pages that also contain a word starting with
 * the tail are left out: Pagefind finds those anyway.
 *
 *   npm run bench -- --samenstellingen     (or: node scripts/bench/compounds.mjs)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { buildCopy, ROOT } from './build.mjs';
import { launch } from './measure-search.mjs';
import { serve } from './serve.mjs';
import { compoundTails, vocabulary, words } from '../../src/components/search/compounds.ts';

const URL_OF = { artikelen: (id) => `/artikelen/${id}/`, tips: (id) => `/tips/${id}/`, agenda: (id) => `/agenda/${id}/`, initiatieven: (id) => `/initiatieven/${id}/`, paginas: (id) => `/${id}/` };

/** Every page's searchable text, read from the content files. */
function readDocs(contentDir) {
  const docs = [];
  for (const [collection, urlOf] of Object.entries(URL_OF)) {
    const dir = path.join(contentDir, collection);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((x) => /\.mdx?$/.test(x))) {
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(fs.readFileSync(path.join(dir, f), 'utf8'));
      if (!m) continue;
      const d = YAML.parse(m[1]) ?? {};
      if (collection === 'artikelen' && new Date(d.publicatiedatum) > new Date()) continue; // not published yet
      const text = [d.titel, d.naam, d.samenvatting, d.voorWie, ...(d.stappen ?? []), m[2]].filter((x) => typeof x === 'string').join(' ');
      docs.push({ url: urlOf(f.replace(/\.mdx?$/, '')), text });
    }
  }
  return docs;
}

/** (tail, page) pairs where only the compound can lead a reader from the tail to the page. */
export function compoundCases(docs) {
  const vocab = vocabulary(docs.map((d) => d.text));
  const cases = [];
  for (const doc of docs) {
    const own = new Set(words(doc.text));
    const seen = new Set();
    for (const w of own) {
      for (const tail of compoundTails(w, vocab)) {
        if (seen.has(tail) || [...own].some((x) => x.startsWith(tail))) continue;
        seen.add(tail);
        cases.push({ tail, compound: w, url: doc.url });
      }
    }
  }
  return cases;
}

async function searchAll(browser, dist, terms) {
  const server = await serve(dist);
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/zoeken/`);
    return await page.evaluate(async (qs) => {
      const pf = await import('/pagefind/pagefind.js');
      const out = {};
      for (const q of qs) {
        const r = await pf.search(q);
        out[q] = (await Promise.all(r.results.map((x) => x.data()))).map((d) => d.url);
      }
      return out;
    }, terms);
  } finally {
    await page.close();
    await server.close();
  }
}

export async function measureCompounds({ log = console.log, keep = false } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-samenstellingen-'));
  try {
    const copy = (dir) => fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
    const without = buildCopy({ tmp, name: 'zonder', writeContent: copy, env: { SEARCH_COMPOUNDS: 'off' }, log });
    const withHelp = buildCopy({ tmp, name: 'met', writeContent: copy, log });
    const cases = compoundCases(readDocs(path.join(ROOT, 'content')));
    const terms = [...new Set(cases.map((c) => c.tail))];
    // The examples from the issue, in both directions (head = prefix, tail = suffix).
    const examples = ['aanpassing', 'woningaanpassing', 'val', 'valpreventie', 'wandel', 'wandelclub', 'zorg', 'mantelzorg', 'lift', 'traplift'];
    const browser = await launch();
    let a;
    let b;
    try {
      a = await searchAll(browser, without.dist, [...terms, ...examples]);
      b = await searchAll(browser, withHelp.dist, [...terms, ...examples]);
    } finally {
      await browser.close();
    }
    const found = (res) => cases.filter((c) => res[c.tail].includes(c.url)).length;
    const resultTotal = (res) => terms.reduce((n, t) => n + res[t].length, 0);
    return {
      cases: cases.length,
      terms: terms.length,
      foundWithout: found(a),
      foundWith: found(b),
      resultsWithout: resultTotal(a),
      resultsWith: resultTotal(b),
      wordsWithout: without.indexedWords,
      wordsWith: withHelp.indexedWords,
      indexWithout: without.indexBytes,
      indexWith: withHelp.indexBytes,
      examples: examples.map((q) => ({ q, without: a[q].length, with: b[q].length })),
      sample: cases.slice(0, 12),
    };
  } finally {
    if (keep) log(`Tijdelijke map bewaard: ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export function printCompounds(r) {
  const pct = (n) => `${((100 * n) / Math.max(1, r.cases)).toFixed(0)}%`;
  console.log(`\nSamengestelde woorden (voorbeeldinhoud): ${r.cases} gevallen waarin alleen een samenstelling een pagina met het losse woord verbindt (${r.terms} verschillende woorden)`);
  console.log(`  gevonden zonder hulp: ${r.foundWithout} (${pct(r.foundWithout)}), met trefwoorden uit SearchMeta: ${r.foundWith} (${pct(r.foundWith)})`);
  console.log(`  resultaten voor die ${r.terms} zoekwoorden samen: ${r.resultsWithout} → ${r.resultsWith}; woorden in de index: ${r.wordsWithout} → ${r.wordsWith}; index ${(r.indexWithout / 1024).toFixed(0)} → ${(r.indexWith / 1024).toFixed(0)} KB`);
  console.log(`  voorbeelden (aantal resultaten zonder → met): ${r.examples.map((e) => `${e.q} ${e.without}→${e.with}`).join(', ')}`);
  console.log(`  bijvoorbeeld: ${r.sample.map((c) => `${c.tail} ← ${c.compound}`).join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measureCompounds({ keep: process.argv.includes('--bewaar') });
  printCompounds(r);
}
