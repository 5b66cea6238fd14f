/**
 * What a page costs a reader, read from the built files (no browser needed, so it covers every
 * page of every size in a second or two):
 *   - per page: the HTML, the stylesheets it links, the scripts it loads (and the modules those
 *     import statically), each counted once per page, as gzip (level 6, like serve.mjs and a
 *     typical host). Fonts named in its @font-face rules (woff2, already compressed) are counted
 *     apart: the browser fetches only the ones the page uses, so that column is an upper bound.
 *     Dynamic import() is left out (Pagefind on /zoeken/ is measured by measure-search.mjs).
 *   - per page type (home, artikel, tip, activiteit, agenda, zoeken): the heaviest page of that
 *     type, and how many pages there are;
 *   - images: for every <img> (and <picture><source>), the file a tablet 820 CSS px wide picks
 *     from its srcset/sizes at device pixel ratio 1 and 2, and its size on disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const PAGE_TYPES = ['home', 'artikel', 'tip', 'activiteit', 'agenda', 'zoeken'];

/** Every .html file under dir (skips /admin/, the CMS, which readers never load). */
export function htmlFiles(dir, base = dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (path.relative(base, p) === 'admin' || path.relative(base, p) === 'pagefind') continue;
      htmlFiles(p, base, out);
    } else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

export function dirBytes(dir) {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return n;
}

const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]).replace(/&amp;/g, '&') : undefined;
};

/** The page type: by URL for the fixed pages, by Pagefind's "soort" filter for content pages. */
function pageType(rel, html) {
  if (rel === 'index.html') return 'home';
  if (rel === 'zoeken/index.html') return 'zoeken';
  if (rel === 'agenda/index.html') return 'agenda';
  const soort = /data-pagefind-filter="soort:(artikel|tip|activiteit)"/.exec(html)?.[1];
  return soort;
}

function makeSizer(dist) {
  const gz = new Map();
  const gzipOf = (file) => {
    if (!gz.has(file)) gz.set(file, fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length : 0);
    return gz.get(file);
  };
  const resolve = (from, ref) => {
    if (!ref || /^(data:|https?:|\/\/|#)/.test(ref)) return undefined;
    const clean = ref.split(/[?#]/)[0];
    const file = clean.startsWith('/') ? path.join(dist, clean) : path.resolve(path.dirname(from), clean);
    return file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
  };
  const jsImports = new Map();
  /** Static imports of a module (`import x from "./a.js"`, `import "./b.js"`, `export … from`), recursively. */
  const moduleClosure = (file, seen) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!jsImports.has(file)) {
      const src = fs.readFileSync(file, 'utf8');
      const refs = [...src.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g)].map((m) => m[1]);
      jsImports.set(file, refs.map((r) => resolve(file, r)).filter(Boolean));
    }
    for (const dep of jsImports.get(file)) moduleClosure(dep, seen);
  };
  return { gzipOf, resolve, moduleClosure };
}

const fontsIn = (css) => [...css.matchAll(/@font-face\s*{[^}]*}/g)].flatMap((m) => [...m[0].matchAll(/url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/g)].map((u) => u[1]));

/** One page: its bytes by kind. */
function weighPage(dist, file, sizer) {
  const html = fs.readFileSync(file, 'utf8');
  const css = new Set();
  const js = new Set();
  const fonts = new Set();
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase();
    const f = sizer.resolve(file, attr(m[0], 'href'));
    if (!f) continue;
    if (rel.split(/\s+/).includes('stylesheet')) css.add(f);
    if (rel === 'modulepreload') sizer.moduleClosure(f, js);
  }
  let inlineJs = '';
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = (attr(m[0].slice(0, m[0].indexOf('>') + 1), 'type') ?? '').toLowerCase();
    if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue; // JSON-LD, templates
    const f = sizer.resolve(file, attr(`<x ${m[1]}>`, 'src'));
    if (f) sizer.moduleClosure(f, js);
    else inlineJs += m[2];
  }
  let styleText = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
  for (const c of css) styleText += '\n' + fs.readFileSync(c, 'utf8');
  for (const u of fontsIn(styleText)) {
    const f = sizer.resolve(file, u);
    if (f) fonts.add(f);
  }
  const sum = (set) => [...set].reduce((n, f) => n + sizer.gzipOf(f), 0);
  const htmlGz = zlib.gzipSync(html, { level: 6 }).length;
  const cssGz = sum(css);
  const jsGz = sum(js);
  const inlineJsGz = inlineJs.trim() ? zlib.gzipSync(inlineJs, { level: 6 }).length : 0;
  const fontBytes = [...fonts].reduce((n, f) => n + fs.statSync(f).size, 0);
  return {
    path: '/' + path.relative(dist, file).replace(/index\.html$/, ''),
    html: htmlGz,
    css: cssGz,
    // All the JavaScript the page runs: its script files plus inline scripts (those are inside the HTML too).
    js: jsGz + inlineJsGz,
    fonts: fontBytes,
    // HTML + CSS + JS as fetched (inline scripts are already part of the HTML).
    total: htmlGz + cssGz + jsGz,
    html_text: html,
  };
}

// ---- images ---------------------------------------------------------------------------------

const VIEWPORT = 820;
const REM = 16; // lengths in `sizes` use the initial font size, like media queries

function lengthPx(s) {
  const m = /^(-?[\d.]+)(px|rem|em|vw)$/.exec(s.trim());
  if (!m) return undefined;
  const v = Number(m[1]);
  return m[2] === 'px' ? v : m[2] === 'vw' ? (v * VIEWPORT) / 100 : v * REM;
}
function mediaMatches(cond) {
  // Supports (min-width: X) and (max-width: X) joined with "and": all this site uses.
  return cond.split(/\s+and\s+/i).every((part) => {
    const m = /^\(\s*(min|max)-width\s*:\s*([^)]+)\)$/i.exec(part.trim());
    if (!m) throw new Error(`sizes: onbekende mediavoorwaarde "${part}"`);
    const px = lengthPx(m[2]);
    return m[1].toLowerCase() === 'min' ? VIEWPORT >= px : VIEWPORT <= px;
  });
}
/** The slot width in CSS px that `sizes` gives at the tablet viewport (100vw when absent). */
export function slotWidth(sizes) {
  if (!sizes) return VIEWPORT;
  for (const entry of sizes.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\(.*\))\s+(\S+)$/.exec(entry);
    if (!m) return lengthPx(entry) ?? VIEWPORT;
    if (mediaMatches(m[1])) return lengthPx(m[2]) ?? VIEWPORT;
  }
  return VIEWPORT;
}
/** The candidate a browser picks: the smallest whose density covers the device pixel ratio, else the largest. */
export function pickCandidate(srcset, sizes, dpr) {
  const slot = slotWidth(sizes);
  const list = srcset
    .split(/,\s+/)
    .map((c) => c.trim().split(/\s+/))
    .filter((c) => c[0])
    .map(([url, d = '1x']) => ({ url, density: d.endsWith('w') ? Number.parseFloat(d) / slot : Number.parseFloat(d) }))
    .sort((a, b) => a.density - b.density);
  return (list.find((c) => c.density >= dpr) ?? list.at(-1)).url;
}

function imagesOf(html) {
  const out = [];
  const pictureSources = [...html.matchAll(/<source\b[^>]*>/gi)].map((m) => m[0]);
  for (const tag of [...html.matchAll(/<img\b[^>]*>/gi)].map((m) => m[0]).concat(pictureSources)) {
    const srcset = attr(tag, 'srcset');
    const sizes = attr(tag, 'sizes');
    const src = attr(tag, 'src');
    if (!srcset && !src) continue;
    out.push({ srcset, sizes, src });
  }
  return out;
}

/**
 * Measure a built site.
 * @returns {{ types: Record<string, { pages: number, heaviest: object, maxJs: object }>, pages: number,
 *            images: { checked: number, largest: Array<{ file: string, bytes: number, dpr: number, page: string }>, largestFallback?: object } }}
 */
export function measurePages(dist) {
  const sizer = makeSizer(dist);
  const types = Object.fromEntries(PAGE_TYPES.map((t) => [t, { pages: 0, heaviest: undefined, maxJs: undefined }]));
  const files = htmlFiles(dist);
  const imageUse = new Map(); // picked file -> { bytes, dpr, page }
  let fallback;
  let checked = 0;
  for (const file of files) {
    const rel = path.relative(dist, file);
    const w = weighPage(dist, file, sizer);
    const type = pageType(rel, w.html_text);
    if (type) {
      const t = types[type];
      t.pages++;
      const { html_text, ...row } = w;
      if (!t.heaviest || row.total > t.heaviest.total) t.heaviest = row;
      if (!t.maxJs || row.js > t.maxJs.js) t.maxJs = row;
    }
    for (const img of imagesOf(w.html_text)) {
      checked++;
      for (const dpr of [1, 2]) {
        const url = img.srcset ? pickCandidate(img.srcset, img.sizes, dpr) : img.src;
        const f = sizer.resolve(file, url);
        if (!f) continue;
        const bytes = fs.statSync(f).size;
        const prev = imageUse.get(f);
        if (!prev || dpr > prev.dpr) imageUse.set(f, { file: '/' + path.relative(dist, f), bytes, dpr, page: w.path });
      }
      const fb = img.srcset && sizer.resolve(file, img.src);
      if (fb) {
        const bytes = fs.statSync(fb).size;
        if (!fallback || bytes > fallback.bytes) fallback = { file: '/' + path.relative(dist, fb), bytes, page: w.path };
      }
    }
  }
  const largest = [...imageUse.values()].sort((a, b) => b.bytes - a.bytes);
  return { types, pages: files.length, images: { checked, distinct: largest.length, largest: largest.slice(0, 5), largestFallback: fallback } };
}

// ---- what a browser fetches -----------------------------------------------------------------

const KIND = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts', image: 'images' };

/**
 * Open each path cold in Chromium at tablet size (820 × 1180, device pixel ratio 2) with the
 * service worker blocked (its precache of the current nummer happens after the page is shown and
 * is not part of the page), wait until the network is quiet, and add up the bodies as transferred
 * (gzip where the server compresses), by kind. Images below the fold that load lazily are counted
 * only if the browser fetched them.
 */
export async function fetchedBytes(browser, baseUrl, paths) {
  const out = {};
  for (const p of paths) {
    const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2, serviceWorkers: 'block', locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    const pending = [];
    context.on('requestfinished', (request) => {
      const kind = KIND[request.resourceType()] ?? (request.resourceType() === 'fetch' || request.resourceType() === 'xhr' ? 'fetch' : 'other');
      pending.push(request.sizes().then((s) => ({ kind, bytes: s.responseBodySize })));
    });
    await page.goto(baseUrl + p, { waitUntil: 'networkidle' });
    const row = { path: p, html: 0, css: 0, js: 0, fonts: 0, images: 0, fetch: 0, other: 0, requests: 0 };
    for (const r of await Promise.all(pending)) {
      row[r.kind] += r.bytes;
      row.requests++;
    }
    row.withoutImages = row.html + row.css + row.js + row.fonts + row.fetch + row.other;
    out[p] = row;
    await context.close();
  }
  return out;
}
