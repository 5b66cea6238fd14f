/**
 * Issue 15, finding 1 and 3: no web page other than the CMS itself can drive the local CMS.
 *
 * 1. The local backend of `npm start` (cms/local-backend.mjs, decap-server's Git middleware behind
 *    a guard) on a real temporary repository: a page served from another localhost port tries to
 *    read package.json and to write scripts/x.txt and content/artikelen/x.md, with and without
 *    the secret, as a "simple" no-cors request (no preflight) and as a CORS request. Nothing
 *    reaches Git. (That the CMS itself still saves: tests/e2e/cms.spec.ts, on the same backend.)
 * 2. The dev server of `npm start` (astro dev): /admin/ has the production CSP, its config (which
 *    holds the secret) cannot be read by another localhost page, and a foreign Host is refused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from './test';
import { freePort, git, makeTempRepo, projectRoot, startDecapServer, type DecapServer } from './cms-harness';
import { headerRules, ruleFor } from '../../src/security/headers';
import { isolatedAstroOptions } from '../isolated-build';

test.describe.configure({ mode: 'serial' });

/** A page on another port of this machine: what any other dev server the editor runs could serve. */
async function otherLocalPage(): Promise<{ origin: string; close(): void }> {
  const port = await freePort();
  const server = http.createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<!doctype html><html lang="nl"><title>Een andere site</title><p>Een andere site op deze computer</p></html>');
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

type Attempt = { label: string; url: string; body: unknown; mode: 'no-cors' | 'cors' };

test('a page on another localhost port cannot read or write through the local CMS backend', async ({ page, baseURL }) => {
  const repo = makeTempRepo();
  let backend: DecapServer | undefined;
  const other = await otherLocalPage();
  try {
    backend = await startDecapServer(repo, { origin: new URL(baseURL!).origin });
    const before = { head: git(repo, 'rev-parse', 'HEAD'), refs: git(repo, 'for-each-ref'), status: git(repo, 'status', '--porcelain') };
    const withoutSecret = backend.url.replace(`/${backend.token}`, '');
    const write = (p: string) => ({ action: 'persistMedia', params: { branch: 'redactie', asset: { path: p, content: Buffer.from('aanval').toString('base64'), encoding: 'base64' }, options: { commitMessage: 'aanval' } } });
    const entry = {
      action: 'persistEntry',
      params: { branch: 'redactie', entry: { slug: 'x', path: 'content/artikelen/x.md', raw: '---\ntitel: Aanval\n---\nx\n' }, assets: [], options: { collectionName: 'artikelen', commitMessage: 'aanval', useWorkflow: true, status: 'draft' } },
    };
    const read = { action: 'getEntry', params: { branch: 'redactie', path: 'package.json' } };
    const attempts: Attempt[] = [];
    for (const [which, url] of [
      ['zonder geheim', withoutSecret],
      ['met geheim', backend.url],
    ] as const)
      for (const mode of ['no-cors', 'cors'] as const)
        for (const [label, body] of [
          ['lees package.json', read],
          ['schrijf scripts/x.txt', write('scripts/x.txt')],
          ['schrijf .git/config', write('.git/config')],
          ['schrijf content/artikelen/x.md', entry],
        ] as const)
          attempts.push({ label: `${label} (${which}, ${mode})`, url, body, mode });

    await page.goto(other.origin);
    const results = await page.evaluate(async (list: Attempt[]) => {
      const out: Array<{ label: string; outcome: string }> = [];
      for (const a of list) {
        try {
          const r = await fetch(a.url, { method: 'POST', mode: a.mode, headers: { 'Content-Type': a.mode === 'cors' ? 'application/json' : 'text/plain' }, body: JSON.stringify(a.body) });
          out.push({ label: a.label, outcome: r.type === 'opaque' ? 'opaque' : `read ${r.status}: ${(await r.text()).slice(0, 80)}` });
        } catch (e) {
          out.push({ label: a.label, outcome: `blocked: ${(e as Error).message}` });
        }
      }
      return out;
    }, attempts);

    // The page could read nothing (CORS blocks the answers)…
    expect(results).toHaveLength(16);
    for (const r of results) expect(r.outcome, r.label).toMatch(/^(opaque|blocked)/);
    // …and the backend did nothing: not a commit, not a branch, not a file.
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(before.head);
    expect(git(repo, 'for-each-ref')).toBe(before.refs);
    expect(git(repo, 'status', '--porcelain')).toBe(before.status);
    expect(fs.existsSync(path.join(repo, 'scripts', 'x.txt'))).toBe(false);
    expect(fs.existsSync(path.join(repo, 'content', 'artikelen', 'x.md'))).toBe(false);
    expect(fs.readFileSync(path.join(repo, '.git', 'config'), 'utf8')).not.toContain('aanval');
    // Every attempt was refused by the guard (logged by nothing else: decap-server never saw one).
    expect(backend.log.join('')).not.toMatch(/Error handling/);
  } finally {
    backend?.stop();
    other.close();
    fs.rmSync(repo, { recursive: true, force: true });
  }
});

/** `astro dev` as `npm start` runs it, on the fixture content, with its own root and cache. */
async function startDev(port: number, backendUrl: string, contentRoot = path.join(projectRoot, 'tests', 'fixtures', 'content')): Promise<{ child: ChildProcess; log: string[]; stop(): void }> {
  const work = fs.mkdtempSync(path.join(projectRoot, 'tmp', 'dev-'));
  const options = {
    ...isolatedAstroOptions(work),
    server: { port, host: '127.0.0.1' },
  };
  const child = spawn(process.execPath, ['--input-type=module', '-e', `import { dev } from 'astro'; await dev(${JSON.stringify(options)});`], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_ROOT: contentRoot, CMS_LOCAL_URL: backendUrl, CMS_BRANCH: 'redactie' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stdout?.on('data', (d) => log.push(String(d)));
  child.stderr?.on('data', (d) => log.push(String(d)));
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/admin/config.json`)).ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`astro dev did not start:\n${log.join('')}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    child,
    log,
    stop() {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* gone */
      }
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}

test('under npm start, /admin/ has the production CSP and its secret stays on the CMS page', async ({ page }) => {
  fs.mkdirSync(path.join(projectRoot, 'tmp'), { recursive: true });
  const port = await freePort();
  const secretUrl = 'http://127.0.0.1:8081/dit-is-het-geheim-van-deze-start/api/v1';
  const dev = await startDev(port, secretUrl);
  const other = await otherLocalPage();
  try {
    const origin = `http://127.0.0.1:${port}`;
    // The CMS page gets the same policy as in production (with the local backend of this run).
    const admin = await fetch(`${origin}/admin/`);
    const expected = ruleFor(headerRules({ CMS_LOCAL_URL: secretUrl, CMS_BRANCH: 'redactie' }), '/admin/')!.headers;
    expect(admin.headers.get('content-security-policy')).toBe(expected['Content-Security-Policy']);
    expect(admin.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(admin.headers.get('strict-transport-security')).toBe(expected['Strict-Transport-Security']);
    expect(admin.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    // The config holds the secret, for the CMS page only.
    const config = await (await fetch(`${origin}/admin/config.json`)).json();
    expect(config.local_backend.url).toBe(secretUrl);

    // Another localhost page cannot read it…
    await page.goto(other.origin);
    const readByOther = await page.evaluate(async (url) => {
      try {
        return `read: ${(await (await fetch(url)).text()).slice(0, 60)}`;
      } catch (e) {
        return `blocked: ${(e as Error).message}`;
      }
    }, `${origin}/admin/config.json`);
    expect(readByOther).toMatch(/^blocked/);
    // …and a page reached through another host name (DNS rebinding) is refused.
    const rebound = await new Promise<number>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path: '/admin/config.json', headers: { Host: `aanvaller.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      }).on('error', reject);
    });
    expect(rebound).toBe(403);
  } finally {
    other.close();
    dev.stop();
  }
});

test('under npm start, a content change reloads the site but never the open CMS page (issue 16)', async ({ browser }) => {
  test.setTimeout(300_000);
  fs.mkdirSync(path.join(projectRoot, 'tmp'), { recursive: true });
  // A copy of the fixture content that this test may change, as decap-server does on a branch switch.
  const content = fs.mkdtempSync(path.join(projectRoot, 'tmp', 'dev-inhoud-'));
  fs.cpSync(path.join(projectRoot, 'tests', 'fixtures', 'content'), content, { recursive: true });
  const port = await freePort();
  const dev = await startDev(port, 'http://127.0.0.1:9/geheim-van-deze-test/api/v1', content);
  const context = await browser.newContext();
  try {
    const origin = `http://127.0.0.1:${port}`;
    const site = await context.newPage();
    const cms = await context.newPage();
    await site.goto(`${origin}/`);
    await cms.goto(`${origin}/admin/`);
    // The Vite client is connected on both pages before the change.
    await site.waitForLoadState('networkidle');
    await cms.waitForLoadState('networkidle');
    await site.evaluate(() => ((window as unknown as { merk: number }).merk = 1));
    await cms.evaluate(() => ((window as unknown as { merk: number }).merk = 1));
    let reloaded = false;
    site.once('load', () => (reloaded = true));

    const file = path.join(content, 'artikelen', fs.readdirSync(path.join(content, 'artikelen')).find((f) => f.endsWith('.md'))!);
    const original = fs.readFileSync(file, 'utf8');
    // Change the file until the dev server notices (right after its start, on a loaded CI machine,
    // its file watcher missed a single change once: the site never reloaded within 60 s).
    for (let i = 1; !reloaded && i <= 12; i++) {
      fs.writeFileSync(file, original.replace(/\n*$/, `\n\nEen zin die de redactie net toevoegde (${i}).\n`));
      await expect.poll(() => reloaded, { timeout: 10_000 }).toBe(true).catch(() => {});
    }

    // The site page reloads (the dev server did ask for it)…
    expect(reloaded).toBe(true);
    expect(await site.evaluate(() => (window as unknown as { merk?: number }).merk)).toBeUndefined();
    // …and the CMS page is the same page as before, with what was on it.
    await cms.waitForTimeout(1500);
    expect(await cms.evaluate(() => (window as unknown as { merk?: number }).merk)).toBe(1);
  } finally {
    await context.close();
    dev.stop();
    fs.rmSync(content, { recursive: true, force: true });
  }
});
