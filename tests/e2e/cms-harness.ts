/**
 * Test harness for the CMS end-to-end test (tests/e2e/cms.spec.ts): a temporary Git
 * repository with a copy of the content, the real decap-server (its Git middleware, behind the
 * guard `npm start` uses) on it, and a way to
 * point the /admin/ page at that server. Never touches the project's own repository.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { isolatedBuildSync } from '../isolated-build';
import { MAGAZINE } from '../magazine';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const CMS_BRANCH = 'redactie';

const gitEnv = {
  GIT_AUTHOR_NAME: 'Redactie (test)',
  GIT_AUTHOR_EMAIL: 'redactie@example.invalid',
  GIT_COMMITTER_NAME: 'Redactie (test)',
  GIT_COMMITTER_EMAIL: 'redactie@example.invalid',
};

/**
 * Run git in the test repository. decap-server works in the same repository and may still be
 * finishing a commit or merge after the editor sees "published" (seen in CI: "index.lock: File
 * exists"), so a command that meets its lock waits for it, up to 10 s, instead of failing.
 */
export function git(repo: string, ...args: string[]): string {
  for (let attempt = 0; ; attempt++) {
    const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...gitEnv } });
    if (r.status === 0) return r.stdout.trim();
    if (attempt < 100 && /index\.lock': File exists/.test(r.stderr)) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
      continue;
    }
    throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  }
}

/** A temporary Git repository on branch `redactie` holding a copy of the test magazine (tests/magazine.ts) and the region's site.json. */
export function makeTempRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-cms-e2e-'));
  fs.cpSync(MAGAZINE, path.join(dir, 'content'), { recursive: true });
  fs.copyFileSync(path.join(projectRoot, 'content', 'site.json'), path.join(dir, 'content', 'site.json'));
  git(dir, 'init', '-q', '-b', CMS_BRANCH);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Inhoud voor de CMS-test');
  return dir;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface DecapServer {
  url: string;
  /** The secret of this server (part of url); pass it back to restart it on the same address. */
  token: string;
  port: number;
  process: ChildProcess;
  log: string[];
  stop(): void;
}

export interface BackendOptions {
  /** The origin of the page that serves /admin/ (the only one the backend answers). */
  origin: string;
  /** To restart one on the same address. */
  port?: number;
  token?: string;
}

/**
 * Start the CMS's local Git backend on `repo`, exactly as `npm start` does: decap-server's Git
 * middleware behind the guard of cms/local-backend.mjs (exact origin, secret, Host, content
 * only). Resolves when it answers.
 */
export async function startDecapServer(repo: string, { origin, port, token }: BackendOptions): Promise<DecapServer> {
  port ??= await freePort();
  token ??= crypto.randomBytes(24).toString('base64url');
  const bin = path.join(projectRoot, 'cms', 'local-backend.mjs');
  const child = spawn(process.execPath, [bin], {
    cwd: repo,
    env: { ...process.env, ...gitEnv, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, CMS_TOKEN: token, CMS_ORIGINS: origin, CMS_BRANCH, LOG_LEVEL: 'info' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stdout?.on('data', (d) => log.push(String(d)));
  child.stderr?.on('data', (d) => log.push(String(d)));
  const url = `http://127.0.0.1:${port}/${token}/api/v1`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin }, body: JSON.stringify({ action: 'info' }) });
      if (r.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`the CMS backend did not start:\n${log.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    token,
    port,
    process: child,
    log,
    stop() {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
    },
  };
}

/** Make the page's /admin/config.json talk to our decap-server (the built config points at 8081). */
export async function pointCmsAt(page: Page, proxyUrl: string): Promise<void> {
  await page.route('**/admin/config.json', async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    config.local_backend = { url: proxyUrl };
    config.backend = { ...config.backend, name: 'proxy', proxy_url: proxyUrl, branch: CMS_BRANCH };
    await route.fulfill({ response, json: config });
  });
}

/** A JPEG like a phone photo: 4032×3024, a few MB. */
export async function makePhonePhoto(file: string): Promise<number> {
  const sharp = (await import('sharp')).default;
  const width = 4032;
  const height = 3024;
  const raw = Buffer.alloc(width * height * 3);
  let seed = 42;
  for (let i = 0; i < raw.length; i += 3) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const x = (i / 3) % width;
    const y = Math.floor(i / 3 / width);
    raw[i] = (x / width) * 200 + (seed & 31);
    raw[i + 1] = (y / height) * 180 + ((seed >> 5) & 31);
    raw[i + 2] = 120 + ((seed >> 10) & 63);
  }
  await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 92 }).toFile(file);
  return fs.statSync(file).size;
}

/**
 * Run `astro build` on the temporary content (CONTENT_ROOT) into outDir; returns seconds. The build
 * has its own Astro root, cache and .astro/ folder under tmp/ (tests/isolated-build.ts): it never
 * touches the project's dist/ or .astro/.
 */
export function buildSite(contentRoot: string, outDir: string): { seconds: number; output: string } {
  fs.mkdirSync(path.join(projectRoot, 'tmp'), { recursive: true });
  const work = fs.mkdtempSync(path.join(projectRoot, 'tmp', 'cms-bouw-'));
  try {
    const r = isolatedBuildSync(work, 'site', contentRoot);
    if (!r.ok) throw new Error(`astro build failed:\n${r.log.slice(-4000)}`);
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.renameSync(r.outDir, outDir);
    return { seconds: r.seconds, output: r.log };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
