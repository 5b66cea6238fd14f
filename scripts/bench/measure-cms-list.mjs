/**
 * How long an editor waits for the artikelen list of a large magazine (issue 16, point 6): the real
 * Decap CMS of a build, served by nginx with the production configuration, against the real local
 * backend (cms/local-backend.mjs: decap-server's Git middleware behind its guard, started by the
 * same code as the CMS browser tests, tests/e2e/cms-harness.ts) on a temporary Git repository
 * holding a generated magazine of N artikelen (scripts/bench/generate.mjs), on the "older tablet"
 * profile of measure-cms.mjs (820×1180, CPU 4× slower, 20 Mbit/s and 60 ms).
 *
 * One run: a fresh browser profile opens /admin/ once without brakes (the Decap bundle is then in
 * its cache, as for an editor who logs in every day), then with the brakes on opens /admin/ again
 * and clicks "Inloggen"; measured from that click until the artikelen list (Decap's first
 * collection, where it goes after login) shows entries. Also reported: what came from the backend
 * (requests and bytes, as the browser received them) and how many entries the list shows.
 * Variants can be measured interleaved (A, B, A, B…), to try what makes the list lighter:
 * `variants` maps a name to { config?: function that changes /admin/config.json, css?: extra CSS
 * for /admin/ }. `cpuProfile` (a file name) writes a V8 CPU profile of the last run and prints its
 * requests.
 *
 *   node scripts/bench/measure-cms-list.mjs <dist> [--artikelen 2000] [--runs 5] [--cpu-profiel <file>]
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateContent } from './generate.mjs';
import { launch } from './measure-search.mjs';
import { serveWithNginx, TABLET } from './measure-cms.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BRANCH = 'redactie';

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** The CMS harness of the browser tests (TypeScript), loaded through tsx as the tests load it. */
async function harness() {
  // cms/local-backend.mjs imports TypeScript (src/lib/photo-name.ts): a Node without type
  // stripping starts it with tsx, as `npm start` would under the same Node.
  // (by absolute address: the backend runs in the temporary repository, outside this project).
  const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  if (!process.features?.typescript && !(process.env.NODE_OPTIONS ?? '').includes(tsx)) {
    process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import ${tsx}`.trim();
  }
  const { tsImport } = await import('tsx/esm/api');
  return tsImport(pathToFileURL(path.join(ROOT, 'tests/e2e/cms-harness.ts')).href, import.meta.url);
}

/** A Git repository (branch redactie) with `content/`: a copy of `contentDir`, or a generated magazine of `artikelen`. */
function makeRepo(tmp, { contentDir, artikelen }) {
  const repo = path.join(tmp, 'repo');
  const content = path.join(repo, 'content');
  if (contentDir) fs.cpSync(contentDir, content, { recursive: true });
  else generateContent(content, { artikelen });
  const env = { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
  for (const args of [['init', '-q', '-b', BRANCH], ['add', '-A'], ['commit', '-q', '-m', 'Inhoud voor de bench']]) {
    const r = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  }
  const count = fs.readdirSync(path.join(content, 'artikelen')).filter((f) => /\.mdx?$/.test(f)).length;
  return { repo, count };
}

/**
 * Medians of `runs` timed logins into the artikelen list, per config variant (interleaved).
 * `dist`: a build (any content: only /admin/ is used); `contentDir` or `artikelen`: the magazine in the repository.
 */
export async function measureCmsList(dist, { artikelen = 2000, contentDir, runs = 5, profile = TABLET, variants = { huidig: {} }, cpuProfile } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-cms-lijst-'));
  const servers = [];
  try {
    const { repo, count } = makeRepo(tmp, { contentDir, artikelen });
    // The build as it is, except /admin/config.json, which points at this run's backend: a copy of
    // hard links (fast, leaves `dist` alone) with that one file replaced.
    const root = path.join(tmp, 'dist');
    const cp = spawnSync('cp', ['-al', path.resolve(dist), root]);
    if (cp.status !== 0) throw new Error(`cp -al ${dist}: ${cp.stderr}`);
    const configFile = path.join(root, 'admin', 'config.json');
    const builtConfig = JSON.parse(fs.readFileSync(configFile, 'utf8'));
    const web = await serveWithNginx(root);
    servers.push(web);
    const { startDecapServer } = await harness();
    const backend = await startDecapServer(repo, { origin: web.url, token: crypto.randomBytes(24).toString('base64url') });
    servers.push({ close: async () => backend.stop() });
    const writeConfig = (change) => {
      const config = (change ?? ((c) => c))(structuredClone(builtConfig));
      config.local_backend = { url: backend.url };
      config.backend = { ...config.backend, name: 'proxy', proxy_url: backend.url, branch: BRANCH };
      fs.rmSync(configFile, { force: true }); // a new file, not the hard-linked one of `dist`
      fs.writeFileSync(configFile, JSON.stringify(config));
    };

    const browser = await launch();
    const results = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
    try {
      for (let i = 0; i < runs; i++) {
        for (const [name, variant] of Object.entries(variants)) {
          writeConfig(variant.config);
          const last = i === runs - 1 && name === Object.keys(variants).at(-1);
          results[name].push(await oneRun(browser, web.url, backend.url, profile, variant.css, last ? cpuProfile : undefined));
        }
      }
    } finally {
      await browser.close();
    }
    const summary = (xs) => ({
      ms: median(xs.map((x) => x.ms)),
      bytes: median(xs.map((x) => x.bytes)),
      requests: median(xs.map((x) => x.requests)),
      shown: median(xs.map((x) => x.shown)),
      runs: xs.map((x) => x.ms),
    });
    return { profile, artikelen: count, variants: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, summary(v)])) };
  } finally {
    for (const s of servers.reverse()) await s.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function oneRun(browser, url, backendUrl, profile, css, cpuProfile) {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  try {
    if (css) {
      await context.addInitScript((text) => {
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = text;
          document.head.append(style);
        });
      }, css);
    }
    const page = await context.newPage();
    const login = page.getByRole('button', { name: 'Inloggen' });
    // Unbraked first visit: the bundle lands in this profile's cache.
    await page.goto(`${url}/admin/`);
    await login.waitFor({ timeout: 180_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latencyMs, downloadThroughput: profile.bitsPerSecond / 8, uploadThroughput: profile.bitsPerSecond / 8 });
    await page.goto(`${url}/admin/`);
    await login.waitFor({ timeout: 180_000 });
    const fromBackend = [];
    const onResponse = (e) => {
      if (e.response.url.startsWith(backendUrl)) fromBackend.push(e.requestId);
    };
    const sizes = new Map();
    const onFinished = (e) => sizes.set(e.requestId, e.encodedDataLength);
    cdp.on('Network.responseReceived', onResponse);
    cdp.on('Network.loadingFinished', onFinished);
    const entries = page.locator('a[href*="/collections/artikelen/entries/"]');
    const log = [];
    if (cpuProfile) {
      cdp.on('Network.requestWillBeSent', (e) => log.push({ id: e.requestId, url: e.request.url, body: (e.request.postData ?? '').slice(0, 120), t0: e.timestamp }));
      cdp.on('Network.loadingFinished', (e) => Object.assign(log.find((r) => r.id === e.requestId) ?? {}, { t1: e.timestamp, bytes: e.encodedDataLength }));
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      await cdp.send('Profiler.start');
    }
    const t0 = Date.now();
    await login.click();
    await entries.first().waitFor({ timeout: 300_000 });
    const ms = Date.now() - t0;
    if (cpuProfile) {
      const { profile: cpu } = await cdp.send('Profiler.stop');
      fs.writeFileSync(cpuProfile, JSON.stringify(cpu));
      const base = Math.min(...log.map((r) => r.t0));
      for (const r of log) console.log(`  ${((r.t0 - base) * 1000).toFixed(0).padStart(6)} +${(((r.t1 ?? r.t0) - r.t0) * 1000).toFixed(0).padStart(6)} ms ${r.bytes ?? '-'} ${r.url.replace(url, '').replace(backendUrl, '<backend>').slice(0, 80)} ${r.body}`);
    }
    const shown = await entries.count();
    await page.waitForTimeout(300);
    return { ms, shown, requests: fromBackend.length, bytes: fromBackend.reduce((a, id) => a + (sizes.get(id) ?? 0), 0) };
  } finally {
    await context.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const dist = process.argv[2] ?? 'dist';
  const r = await measureCmsList(dist, { artikelen: Number(arg('artikelen', '2000')), runs: Number(arg('runs', '5')), cpuProfile: arg('cpu-profiel') });
  const kb = (b) => `${Math.round(b / 1024)} kB`;
  console.log(`CMS: inloggen tot de lijst met ${r.artikelen} artikelen (820×1180, CPU 4× trager, 20 Mbit/s, 60 ms), mediaan:`);
  for (const [name, v] of Object.entries(r.variants)) {
    console.log(`  ${name}: ${(v.ms / 1000).toFixed(2)} s, ${v.shown} in beeld, van de lokale opslag ${v.requests} verzoeken, ${kb(v.bytes)} (runs ${v.runs.join(', ')} ms)`);
  }
}
