/**
 * How long an editor waits for the CMS (issue 16, point 6), in a real browser against the build
 * served by nginx with the production configuration (scripts/serve-nginx.ts: gzip_static,
 * Cache-Control as in src/security/headers.ts), on an "older tablet": 820×1180, 4× slower CPU
 * (Chromium's CPU throttling) and a 20 Mbit/s connection with 60 ms latency (Chromium's network
 * emulation).
 *   - first visit: a new browser profile (empty cache) opens /admin/ until Decap's login screen
 *     ("Inloggen") is on screen; bytes = what came over the wire (headers + body, compressed);
 *   - repeat visit: the same profile opens /admin/ again (what the cache allows is not fetched).
 * Runs alternate (first, repeat, first, repeat…) and the medians are reported.
 *
 *   node scripts/bench/measure-cms.mjs <dist> [--runs 5]
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './measure-search.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TABLET = { cpu: 4, latencyMs: 60, bitsPerSecond: 20e6 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function freePort() {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** nginx with the production configuration over `dist`; resolves to { url, close }. */
export async function serveWithNginx(dist) {
  const port = await freePort();
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/serve-nginx.ts', '--port', String(port), '--root', dist], { cwd: ROOT, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, close: async () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } } };
}

async function openAdmin(page, url, bytes) {
  const t0 = Date.now();
  await page.goto(`${url}/admin/`);
  await page.getByRole('button', { name: 'Inloggen' }).waitFor({ timeout: 180_000 });
  const ms = Date.now() - t0;
  await page.waitForTimeout(200);
  return { ms, bytes: (await Promise.all(bytes.splice(0))).reduce((a, b) => a + b, 0) };
}

/** Medians of `runs` first and repeat visits of /admin/ on the tablet profile. */
export async function measureCms(dist, { runs = 5, profile = TABLET } = {}) {
  const server = await serveWithNginx(path.resolve(dist));
  const browser = await launch();
  const first = [];
  const repeat = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latencyMs, downloadThroughput: profile.bitsPerSecond / 8, uploadThroughput: profile.bitsPerSecond / 8 });
      const bytes = [];
      context.on('requestfinished', (request) => bytes.push(request.sizes().then((s) => s.responseHeadersSize + s.responseBodySize).catch(() => 0)));
      first.push(await openAdmin(page, server.url, bytes));
      repeat.push(await openAdmin(page, server.url, bytes));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = (xs) => ({ ms: median(xs.map((x) => x.ms)), bytes: median(xs.map((x) => x.bytes)), runs: xs.map((x) => x.ms) });
  return { profile, first: summary(first), repeat: summary(repeat) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const i = process.argv.indexOf('--runs');
  const r = await measureCms(dist, { runs: i > 0 ? Number(process.argv[i + 1]) : 5 });
  const kb = (b) => `${Math.round(b / 1024)} kB`;
  console.log(`CMS tot het inlogscherm (820×1180, CPU 4× trager, 20 Mbit/s, 60 ms), mediaan van ${r.first.runs.length}:`);
  console.log(`  eerste bezoek: ${(r.first.ms / 1000).toFixed(2)} s, ${kb(r.first.bytes)} (runs ${r.first.runs.join(', ')} ms)`);
  console.log(`  volgend bezoek: ${(r.repeat.ms / 1000).toFixed(2)} s, ${kb(r.repeat.bytes)} (runs ${r.repeat.runs.join(', ')} ms)`);
}
