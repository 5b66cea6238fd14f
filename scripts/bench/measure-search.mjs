/**
 * Search in a real browser (Debian's Chromium via Playwright): opens /zoeken/?q=<query> cold and
 * measures what a reader waits for.
 *   - bytes: the sum of the transferred sizes (headers + body as sent, gzip where the server
 *     compresses) of every /pagefind/* response that finished before the first results were on
 *     screen: Pagefind's script and worker, WebAssembly, metadata, index chunks, the filter chunk
 *     for past activities and the fragments of the first ten results (allBytes: everything, the
 *     page itself with its styles, scripts and fonts included; not what the service worker fetches for
 *     offline reading). Requests of Pagefind's web
 *     worker are included (Playwright reports them; a page-level CDP listener would miss them);
 *   - time: from navigation start to the `zoeken:eerste-resultaten` performance mark that
 *     src/components/search/search-client.ts sets when the first results are rendered.
 * Profiles: "snel" (this machine, nothing slowed down) and "tablet": a 4× slower CPU (Chromium's
 * CPU throttling) and a slow connection played by the server (150 ms per response, 1.6 Mbit/s,
 * like Lighthouse's slow 4G), a stand-in for an old tablet on a home connection.
 */
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';
import { findChromium } from '../chromium.mjs';

export const PROFILES = {
  snel: { cpu: 1, shaping: {} },
  tablet: { cpu: 4, shaping: { latencyMs: 150, bytesPerSecond: (1.6 * 1000 * 1000) / 8 } },
};

const CHROMIUM = findChromium();

export async function launch() {
  if (!CHROMIUM) throw new Error('Chromium ontbreekt: sudo apt-get install -y chromium (of zet CHROMIUM_PATH).');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** One cold visit. */
async function visit(browser, baseUrl, query, profile) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  if (profile.cpu > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  const finished = [];
  context.on('requestfinished', (request) => {
    const at = Date.now();
    const pagefind = new URL(request.url()).pathname.startsWith('/pagefind/');
    // The service worker's precache of the current nummer (after the page is shown) is not part of searching.
    if (request.serviceWorker()) return;
    finished.push(request.sizes().then((s) => ({ at, pagefind, bytes: s.responseHeadersSize + s.responseBodySize })));
  });

  await page.goto(`${baseUrl}/zoeken/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('[data-zoeken][data-zoekstatus="klaar"], [data-zoeken][data-zoekstatus="fout"]', { timeout: 180_000 });
  const resultsAt = Date.now();
  const { ms, status } = await page.evaluate((mark) => ({
    ms: performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
    status: document.querySelector('[data-status]')?.textContent ?? '',
  }), 'zoeken:eerste-resultaten');
  const all = (await Promise.all(finished)).filter((r) => r.at <= resultsAt);
  const before = all.filter((r) => r.pagefind);
  await context.close();
  return { ms, status, bytes: before.reduce((n, r) => n + r.bytes, 0), requests: before.length, allBytes: all.reduce((n, r) => n + r.bytes, 0) };
}

/**
 * Median of `runs` cold visits per profile, against `dist` served locally.
 * @returns {Promise<Array<{ profile: string, ms: number, bytes: number, requests: number, status: string }>>}
 */
export async function measureSearch(browser, dist, query, { runs = 3, profiles = Object.keys(PROFILES) } = {}) {
  const rows = [];
  for (const name of profiles) {
    const server = await serve(dist, PROFILES[name].shaping);
    try {
      const visits = [];
      for (let i = 0; i < runs; i++) visits.push(await visit(browser, server.url, query, PROFILES[name]));
      rows.push({
        profile: name,
        ms: median(visits.map((v) => v.ms)),
        bytes: median(visits.map((v) => v.bytes)),
        requests: median(visits.map((v) => v.requests)),
        allBytes: median(visits.map((v) => v.allBytes)),
        status: visits[0].status,
      });
    } finally {
      await server.close();
    }
  }
  return rows;
}
