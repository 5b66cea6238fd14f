/**
 * Page load in a real browser (Debian's Chromium via Playwright), per page, cold: what a reader's
 * device downloads and how long its main thread is blocked (issue 17, point 7: /zoeken/ was slower
 * than the other pages). Lighthouse gives a score; this gives the numbers behind it, also where
 * Lighthouse is not installed.
 *   - requests / bytes: every response the page (and Pagefind's web worker) received until the
 *     network was quiet for `quietMs` after the load event: transferred size, headers + body as
 *     sent. The service worker is blocked: what it keeps for offline reading (the current nummer)
 *     is the same after a first visit to any page, and is measured in comfort-offline.spec.ts;
 *   - pagefind: how many of those requests went to /pagefind/ (script, WebAssembly, index chunks,
 *     fragments) and to /zoeken/woorden.json (the typo word list);
 *   - fcp: First Contentful Paint; tbt: Total Blocking Time as Lighthouse defines it (the part over
 *     50 ms of every long task, PerformanceObserver 'longtask') from FCP until the network is quiet;
 *     longest: the longest task; firstResults: on /zoeken/?q=…, when the first results were on
 *     screen (the `zoeken:eerste-resultaten` mark, ms after navigation start).
 * The CPU is slowed down `cpu` times (Chromium's CPU throttling, 4 = Lighthouse's mobile profile).
 *
 * On its own: node scripts/bench/measure-load.mjs --url http://127.0.0.1:4700 [--runs 3] [--cpu 4]
 *   [--query wandelen] [paths…]  (defaults: /, an artikel found on the home page, /agenda/, /zoeken/
 *   and /zoeken/?q=wandelen)
 */
import { pathToFileURL } from 'node:url';
import { launch } from './measure-search.mjs';

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Installed before any page script: collects long tasks and paints into window.__bench. */
function observe() {
  const w = /** @type {any} */ (window);
  w.__bench = { longtasks: [], fcp: NaN };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') w.__bench.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch {
    /* an old browser: no numbers */
  }
}

async function newPage(browser, cpu) {
  // The service worker is blocked: what it keeps for offline reading (the current nummer, the same
  // after every first visit, whichever page it was) is measured by tests/e2e/comfort-offline.spec.ts,
  // and its downloads would only blur the difference between pages here.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', serviceWorkers: 'block' });
  await context.addInitScript(observe);
  const page = await context.newPage();
  if (cpu > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  }
  return { context, page };
}

/** Track every finished request of the context; `quiet()` resolves once nothing was pending for `ms`. */
function track(context) {
  const done = [];
  let pending = 0;
  let last = Date.now();
  context.on('request', () => {
    pending++;
    last = Date.now();
  });
  const settle = () => {
    pending = Math.max(0, pending - 1);
    last = Date.now();
  };
  context.on('requestfailed', settle);
  context.on('requestfinished', (request) => {
    settle();
    const url = new URL(request.url());
    done.push(
      request
        .sizes()
        .then((s) => ({ path: url.pathname, bytes: s.responseHeadersSize + s.responseBodySize }))
        .catch(() => ({ path: url.pathname, bytes: 0 })),
    );
  });
  return {
    async quiet(ms, limit = 60_000) {
      const start = Date.now();
      while (Date.now() - start < limit) {
        if (pending === 0 && Date.now() - last >= ms) return;
        await sleep(50);
      }
    },
    all: () => Promise.all(done),
  };
}

function summarise(requests, bench) {
  const page = requests;
  const after = bench.longtasks.filter((t) => !Number.isFinite(bench.fcp) || t.start + t.duration > bench.fcp);
  return {
    requests: page.length,
    bytes: page.reduce((n, r) => n + r.bytes, 0),
    pagefind: page.filter((r) => r.path.startsWith('/pagefind/')).length,
    words: page.filter((r) => r.path === '/zoeken/woorden.json').length,
    firstResults: bench.firstResults,
    fcp: bench.fcp,
    tbt: after.reduce((n, t) => n + Math.max(0, t.duration - 50), 0),
    longest: bench.longtasks.reduce((m, t) => Math.max(m, t.duration), 0),
  };
}

/** One cold visit of `path`. */
async function visit(browser, baseUrl, path, { cpu, quietMs }) {
  const { context, page } = await newPage(browser, cpu);
  try {
    const net = track(context);
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    await net.quiet(quietMs);
    const bench = await page.evaluate(() => ({
      .../** @type {any} */ (window).__bench,
      firstResults: performance.getEntriesByName('zoeken:eerste-resultaten')[0]?.startTime ?? NaN,
    }));
    return summarise(await net.all(), bench);
  } finally {
    await context.close();
  }
}

/**
 * A reader on /zoeken/ taps the field and types `query`: the time from the tap until the first
 * results are on screen (the `zoeken:eerste-resultaten` mark), and what was downloaded for it.
 */
async function typeSearch(browser, baseUrl, query, { cpu, quietMs }) {
  const { context, page } = await newPage(browser, cpu);
  try {
    const net = track(context);
    await page.goto(`${baseUrl}/zoeken/`, { waitUntil: 'load' });
    await net.quiet(quietMs);
    const before = (await net.all()).length;
    const input = page.locator('#zoekterm');
    const tapAt = await page.evaluate(() => performance.now());
    await input.click();
    await input.pressSequentially(query, { delay: 80 });
    await page.waitForFunction(() => performance.getEntriesByName('zoeken:eerste-resultaten').length > 0, undefined, { timeout: 120_000 });
    const shownAt = await page.evaluate(() => performance.getEntriesByName('zoeken:eerste-resultaten')[0].startTime);
    await net.quiet(quietMs);
    const searchRequests = (await net.all()).slice(before);
    return { ms: shownAt - tapAt, requests: searchRequests.length, bytes: searchRequests.reduce((n, r) => n + r.bytes, 0) };
  } finally {
    await context.close();
  }
}

/**
 * Median of `runs` cold visits per path, phone-sized (390 × 844), CPU slowed `cpu`×, and the time
 * to the first results when typing `query` on /zoeken/.
 */
export async function measureLoad(browser, baseUrl, paths, { runs = 3, cpu = 4, quietMs = 1500, query = 'wandelen' } = {}) {
  const rows = [];
  for (const path of paths) {
    const visits = [];
    for (let i = 0; i < runs; i++) visits.push(await visit(browser, baseUrl, path, { cpu, quietMs }));
    const row = { path };
    for (const key of Object.keys(visits[0])) row[key] = median(visits.map((v) => v[key]));
    rows.push(row);
  }
  const typed = [];
  for (let i = 0; i < runs; i++) typed.push(await typeSearch(browser, baseUrl, query, { cpu, quietMs }));
  const typing = { query, ms: median(typed.map((t) => t.ms)), requests: median(typed.map((t) => t.requests)), bytes: median(typed.map((t) => t.bytes)) };
  return { cpu, rows, typing };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return fallback;
    const [value] = argv.splice(i, 2).slice(1);
    return value;
  };
  const url = opt('url', 'http://127.0.0.1:4700');
  const runs = Number(opt('runs', '3'));
  const cpu = Number(opt('cpu', '4'));
  const query = opt('query', 'wandelen');
  const browser = await launch();
  try {
    let paths = argv;
    if (!paths.length) {
      const page = await browser.newPage();
      await page.goto(`${url}/`);
      const artikel = await page.locator('main a[href^="/artikelen/"]').first().getAttribute('href');
      await page.close();
      paths = ['/', artikel, '/agenda/', '/zoeken/', `/zoeken/?q=${encodeURIComponent(query)}`].filter(Boolean);
    }
    const result = await measureLoad(browser, url, paths, { runs, cpu, query });
    console.table(result.rows.map((r) => ({ ...r, kB: (r.bytes / 1024).toFixed(1), fcp: Math.round(r.fcp), tbt: Math.round(r.tbt), longest: Math.round(r.longest), firstResults: Math.round(r.firstResults) })));
    console.log(`typing "${result.typing.query}" on /zoeken/: first results ${Math.round(result.typing.ms)} ms after the tap, ${result.typing.requests} requests, ${(result.typing.bytes / 1024).toFixed(1)} kB`);
  } finally {
    await browser.close();
  }
}
