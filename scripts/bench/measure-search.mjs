/**
 * Search in a real browser (Debian's Chromium via Playwright): opens /zoeken/?q=<query> cold and
 * measures what a reader waits for.
 *   - bytes: the sum of the transferred sizes (headers + body as sent) of every /pagefind/* response
 *     up to the moment the first results are on screen (Pagefind's script, WebAssembly, index
 *     chunks, filters and the fragments of the first ten results);
 *   - time: from navigation start to the `zoeken:eerste-resultaten` performance mark that
 *     src/components/search/search-client.ts sets when the first results are rendered.
 * Profiles: "snel" (this machine, no throttling) and "tablet" (4× slower CPU and Lighthouse's slow
 * 4G: 150 ms round trip, 1.6 Mbit/s down), a stand-in for an old tablet on a home connection.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';

export const PROFILES = {
  snel: { cpu: 1 },
  tablet: { cpu: 4, network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } },
};

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));

export async function launch() {
  if (!CHROMIUM) throw new Error('Chromium ontbreekt: sudo apt-get install -y chromium (of zet CHROMIUM_PATH).');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** One cold visit. */
async function visit(browser, baseUrl, query, profile) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);

  // Transferred bytes per request, from Chromium itself (encodedDataLength = headers + body as sent).
  const urls = new Map();
  const pagefind = [];
  let resultsAt = Infinity;
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId);
    if (url && new URL(url).pathname.startsWith('/pagefind/')) pagefind.push({ url, bytes: e.encodedDataLength, at: Date.now() });
  });

  await page.goto(`${baseUrl}/zoeken/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('[data-zoeken][data-zoekstatus="klaar"], [data-zoeken][data-zoekstatus="fout"]', { timeout: 120_000 });
  resultsAt = Date.now();
  const { ms, status, shown } = await page.evaluate((mark) => ({
    ms: performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
    status: document.querySelector('[data-status]')?.textContent ?? '',
    shown: document.querySelectorAll('.zoekresultaten > li').length,
  }), 'zoeken:eerste-resultaten');
  await context.close();
  const before = pagefind.filter((r) => r.at <= resultsAt);
  return { ms, status, shown, bytes: before.reduce((n, r) => n + r.bytes, 0), requests: before.length };
}

/**
 * Median of `runs` cold visits per profile.
 * @returns {Promise<Array<{ profile: string, ms: number, bytes: number, requests: number, status: string, shown: number }>>}
 */
export async function measureSearch(browser, baseUrl, query, { runs = 3, profiles = Object.keys(PROFILES) } = {}) {
  const rows = [];
  for (const name of profiles) {
    const visits = [];
    for (let i = 0; i < runs; i++) visits.push(await visit(browser, baseUrl, query, PROFILES[name]));
    rows.push({
      profile: name,
      ms: median(visits.map((v) => v.ms)),
      bytes: median(visits.map((v) => v.bytes)),
      requests: median(visits.map((v) => v.requests)),
      status: visits[0].status,
      shown: visits[0].shown,
    });
  }
  return rows;
}
