/**
 * Build tier (issue 13, items 1, 3 and 5): the publish command `npm run publiceer`, run for real on a
 * copy of the fixture content (CONTENT_ROOT) with a private build folder (--werkmap), with the npm
 * registry unreachable and an empty npm cache — so it also proves that after `npm ci` the build
 * fetches nothing (Decap comes from node_modules, not from `npm pack`).
 *
 * The "live site" is a local HTTP server that serves a /url-manifest.json listing the tip URL
 * /tips/antislip/. The content change renames that tip (antislip.md → antislipmat.md):
 *   removed — without a redirect: the publish fails, naming the URL in Dutch, in the log and in the
 *             job summary ($GITHUB_STEP_SUMMARY), and writes no new URL list;
 *   fixed   — with {"from": "/tips/antislip/", "to": "/tips/antislipmat/"} in redirects.json: it
 *             passes and dist/url-manifest.json remembers both URLs for the next publish.
 * PDFs are skipped (CHROMIUM_PATH points nowhere) to keep the test short; print-pdf says so and goes on.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DECAP_VERSION, patchDecapEntry } from '../../cms/decap-dist.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const fixtures = path.join(root, 'tests/fixtures/content');
let work = '';
let server: http.Server;
let liveUrl = '';
const liveRequests: string[] = [];

interface Publish {
  code: number | null;
  log: string;
  summary: string;
  dist: string;
  npmCache: string;
}

function publish(name: string, prepare: (content: string) => void): Promise<Publish> {
  const dir = path.join(work, name);
  const content = path.join(dir, 'content');
  const npmCache = path.join(dir, 'npm-cache');
  const summary = path.join(dir, 'summary.md');
  fs.cpSync(fixtures, content, { recursive: true });
  // The footer links to these paginas; the fixture set may lack some, and the link check would refuse that.
  for (const slug of ['colofon', 'privacy', 'redactie', 'toegankelijkheidsverklaring']) {
    const file = path.join(content, 'paginas', `${slug}.md`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, `---\ntitel: Pagina ${slug}\nsamenvatting: Een pagina voor de test.\n---\nTekst van de pagina.\n`);
  }
  fs.mkdirSync(npmCache);
  prepare(content);
  const env = {
    ...process.env,
    CONTENT_ROOT: content,
    CHROMIUM_PATH: path.join(dir, 'geen-chromium'),
    GITHUB_STEP_SUMMARY: summary,
    VIEF_COMMIT: 'abcdef1234567890abcdef1234567890abcdef12',
    // No registry, no cache: any `npm pack`/`npm install` during the publish fails.
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
    npm_config_cache: npmCache,
  };
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'publiceer', '--', '--werkmap', path.join(dir, 'bouw'), '--live', liveUrl], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) =>
      resolve({ code, log, summary: fs.existsSync(summary) ? fs.readFileSync(summary, 'utf8') : '', dist: path.join(dir, 'bouw', 'dist'), npmCache }),
    );
  });
}

const rename = (content: string) => fs.renameSync(path.join(content, 'tips/antislip.md'), path.join(content, 'tips/antislipmat.md'));
let removed: Publish;
let fixed: Publish;

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  work = fs.mkdtempSync(path.join(root, 'tmp', 'publiceer-'));
  server = http.createServer((req, res) => {
    liveRequests.push(req.url ?? '');
    if (req.url !== '/url-manifest.json') return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ toelichting: 'live', urls: ['/', '/tips/', '/tips/antislip/', '/t/val1/'] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  liveUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // One after the other: two builds at once would compete for the two cores.
  removed = await publish('removed', rename);
  fixed = await publish('fixed', (content) => {
    rename(content);
    fs.writeFileSync(path.join(content, 'redirects.json'), JSON.stringify({ redirects: [{ from: '/tips/antislip/', to: '/tips/antislipmat/' }] }));
  });
}, 600_000);

afterAll(() => {
  server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('npm run publiceer: a content change that removes a published URL', () => {
  it('without a redirect, fails and names the URL in Dutch, in the log and in the job summary', () => {
    expect(removed.code, removed.log.slice(-3000)).toBe(1);
    expect(removed.log).toMatch(/✗ 1 adres dat ooit is gepubliceerd, werkt niet meer:\n\s+✗ \/tips\/antislip\/: bestaat niet meer/);
    expect(removed.log).toContain('Niet gepubliceerd: de website blijft zoals hij was');
    expect(removed.summary).toContain('❌ Publicatie mislukt');
    expect(removed.summary).toContain('/tips/antislip/: bestaat niet meer');
    expect(removed.summary).toMatch(/❌ \| Adressen controleren/);
    // The content, the build and the links were fine: only the URL check failed.
    expect(removed.summary).toMatch(/✅ \| Site bouwen/);
    expect(fs.existsSync(path.join(removed.dist, 'url-manifest.json'))).toBe(false);
  });

  it('with the redirect added, passes; the new URL list keeps the old address and adds the new one', () => {
    expect(fixed.code, fixed.log.slice(-3000)).toBe(0);
    expect(fixed.summary).toContain('✅ Publicatie gelukt');
    const urls = JSON.parse(fs.readFileSync(path.join(fixed.dist, 'url-manifest.json'), 'utf8')).urls as string[];
    expect(urls).toContain('/tips/antislip/');
    expect(urls).toContain('/tips/antislipmat/');
    expect(urls).toContain('/agenda/');
  });

  it('writes /versie.json with the commit from the pipeline and the build time (for the status line in /admin/)', () => {
    const versie = JSON.parse(fs.readFileSync(path.join(fixed.dist, 'versie.json'), 'utf8'));
    expect(versie.commit).toBe('abcdef1234567890abcdef1234567890abcdef12');
    expect(Math.abs(Date.parse(versie.gebouwd) - Date.now())).toBeLessThan(30 * 60_000);
  });

  it('asked the live site for its URL list', () => {
    expect(liveRequests.filter((u) => u === '/url-manifest.json')).toHaveLength(2);
  });
});

describe('the build needs no network after npm ci (issue 13, item 3)', () => {
  it('built /admin/ with the Decap bundle from node_modules while the registry was unreachable and the npm cache empty', () => {
    const folder = path.join(fixed.dist, 'admin/decap', DECAP_VERSION);
    const served = path.join(folder, 'decap-cms.js');
    expect(fs.existsSync(served)).toBe(true);
    // Decap's own bundle, with only its config check made skippable (cms/decap-dist.mjs, issue 16 point 6).
    expect(fs.readFileSync(served, 'utf8')).toBe(patchDecapEntry(fs.readFileSync(path.join(root, 'node_modules/decap-cms/dist/decap-cms.js'), 'utf8')));
    expect(fs.readFileSync(path.join(folder, '103.decap-cms.js')).equals(fs.readFileSync(path.join(root, 'node_modules/decap-cms/dist/103.decap-cms.js')))).toBe(true);
    expect(fs.readdirSync(folder).filter((f) => /^\d+\.decap-cms\.js$/.test(f)).length).toBeGreaterThan(50);
    // A gzip copy (level 9, for nginx's gzip_static) that unpacks to the same bytes (issue 16, point 6).
    expect(gunzipSync(fs.readFileSync(`${served}.gz`)).equals(fs.readFileSync(served))).toBe(true);
    expect(fs.statSync(`${served}.gz`).size).toBeLessThan(fs.statSync(served).size / 2);
    expect(fs.existsSync(path.join(fixed.dist, 'pagefind/pagefind.js'))).toBe(true);
    // No Chromium here, so no PDF: the print page must not link to one (the link check would refuse it).
    expect(fs.readFileSync(path.join(fixed.dist, 'nummers/1/afdrukken/index.html'), 'utf8')).not.toContain('data-pdf-link');
    // Nothing was put into (or fetched for) the empty cache.
    expect(fs.readdirSync(fixed.npmCache).filter((f) => f !== '_logs')).toEqual([]);
  });
});
