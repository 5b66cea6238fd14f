/**
 * Lighthouse (the npm package, a devDependency) against a built site served locally, with
 * Debian's Chromium, as a tablet: 820 × 1180 CSS px at device pixel ratio 2, a touch screen,
 * an Android-tablet user agent, and Lighthouse's standard mobile throttling (simulated slow 4G:
 * 150 ms round trip, 1.6 Mbit/s, CPU 4× slower than this machine's measured speed).
 * The server sends the headers of dist/_headers (the CSP and cache rules a real host would send),
 * so "best practices" sees what readers get.
 */
import { serve } from './serve.mjs';
import { findChromium } from '../chromium.mjs';

const CHROMIUM = findChromium();
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const TABLET = {
  extends: 'lighthouse:default',
  settings: {
    formFactor: 'mobile',
    screenEmulation: { mobile: true, width: 820, height: 1180, deviceScaleFactor: 2, disabled: false },
    emulatedUserAgent: 'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36',
    throttlingMethod: 'simulate',
    onlyCategories: CATEGORIES,
    locale: 'nl',
  },
};

const PERF_ONLY = { ...TABLET, settings: { ...TABLET.settings, onlyCategories: ['performance'] } };

/** Audits that cost points in a category (score below 1 with weight), as "id: title". */
function lost(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
    .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
}

/**
 * Run Lighthouse on each path of the site in `dist`: once with all categories, then `runs - 1`
 * more times for performance only; the median performance score (and its metrics) counts.
 * @returns {Promise<{ rows: Array<object>, benchmarkIndex: number } | { missing: string }>}
 */
export async function runLighthouse(dist, paths, { runs = 3, log = () => {} } = {}) {
  if (!CHROMIUM) return { missing: 'Chromium ontbreekt: sudo apt-get install -y chromium (of zet CHROMIUM_PATH).' };
  let lighthouse;
  let chromeLauncher;
  try {
    lighthouse = (await import('lighthouse')).default;
    chromeLauncher = await import('chrome-launcher'); // a dependency of lighthouse
  } catch {
    return { missing: 'Lighthouse ontbreekt: npm ci (het is een devDependency).' };
  }
  const server = await serve(dist, { headers: true });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    logLevel: 'silent',
  });
  const rows = [];
  let benchmarkIndex = NaN;
  try {
    for (const p of paths) {
      // One full run; the performance score varies from run to run (it is timed on this machine),
      // so it gets runs - 1 more performance-only runs and the median counts. The other three
      // categories are checks, not timings: one run is enough.
      // A run that Lighthouse itself could not complete (e.g. NO_NAVSTART when the machine is very
      // busy) measured nothing: it is repeated, at most twice, and said so.
      const measure = async (config, label) => {
        let lhr;
        for (let attempt = 0; attempt < 3; attempt++) {
          log(`lighthouse ${p} ${label}${attempt ? ` — opnieuw na ${lhr.runtimeError.code}` : ''}`);
          ({ lhr } = await lighthouse(server.url + p, { port: chrome.port, output: 'json', logLevel: 'error' }, config));
          if (!lhr.runtimeError) break;
        }
        return lhr;
      };
      const full = await measure(TABLET, runs > 1 ? `(1/${runs}, alle categorieën)` : '');
      const results = [full];
      for (let i = 1; i < runs; i++) results.push(await measure(PERF_ONLY, `(${i + 1}/${runs}, prestaties)`));
      const inOrder = results.map((r) => r.categories.performance?.score);
      // The median of the runs that produced a score (a failed run is no measurement).
      const scored = results.filter((r) => r.categories.performance?.score != null);
      const pool = scored.length ? scored : results;
      pool.sort((a, b) => (a.categories.performance.score ?? -1) - (b.categories.performance.score ?? -1));
      const lhr = pool[Math.floor((pool.length - 1) / 2)];
      benchmarkIndex = lhr.environment?.benchmarkIndex ?? benchmarkIndex;
      const score = (r, c) => (r.categories[c]?.score == null ? NaN : Math.round(r.categories[c].score * 100));
      const num = (id) => lhr.audits[id]?.numericValue;
      rows.push({
        path: p,
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c === 'performance' ? lhr : full, c)])),
        performanceRuns: inOrder.map((v) => (v == null ? NaN : Math.round(v * 100))),
        fcp: num('first-contentful-paint'),
        lcp: num('largest-contentful-paint'),
        tbt: num('total-blocking-time'),
        cls: num('cumulative-layout-shift'),
        si: num('speed-index'),
        bytes: num('total-byte-weight'),
        lost: Object.fromEntries(CATEGORIES.map((c) => [c, lost(c === 'performance' ? lhr : full, c)])),
        warnings: [...new Set(results.flatMap((r) => [...(r.runtimeError ? [`${r.runtimeError.code}: ${r.runtimeError.message}`] : []), ...(r.runWarnings ?? [])]))],
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return { rows, benchmarkIndex };
}
