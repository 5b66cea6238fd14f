/**
 * A real `astro build` of a temporary content folder that shares nothing with other builds:
 * its own outDir and cacheDir, and its own Astro root, so even the .astro/ folder (which Astro
 * writes to the root: content-assets.mjs, content-modules.mjs, types) is private. The project's
 * own src/, public/ and astro.config.mjs are used as they are; CONTENT_ROOT points the content
 * collections and the integrations at the temporary content (as in src/content.config.ts).
 *
 * Never touches the project's dist/ or .astro/, so it can run next to other builds.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..');

export interface BuildResult {
  ok: boolean;
  code: number | null;
  /** stdout and stderr together */
  log: string;
  outDir: string;
  seconds: number;
}

/**
 * Astro's inline options for a private Astro root under `dir` (dir/root, dir/cache): the
 * project's src/, public/ and config, nothing shared with other builds or dev servers.
 * Used by the builds below and by the `astro dev` of tests/e2e/cms-guard.spec.ts.
 */
export function isolatedAstroOptions(dir: string) {
  // Vite resolves packages (astro/…) from the root upwards: the root must sit inside the project.
  const rel = path.relative(projectRoot, path.resolve(dir));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`isolatedBuild: ${dir} must be inside ${projectRoot} (for example under tmp/)`);
  const root = path.join(dir, 'root');
  // The validator reads the site settings from <root>/content/site.json.
  fs.mkdirSync(path.join(root, 'content'), { recursive: true });
  fs.copyFileSync(path.join(projectRoot, 'content', 'site.json'), path.join(root, 'content', 'site.json'));
  return {
    root,
    srcDir: path.join(projectRoot, 'src'),
    publicDir: path.join(projectRoot, 'public'),
    // Astro joins configFile to root.
    configFile: path.relative(root, path.join(projectRoot, 'astro.config.mjs')),
    cacheDir: path.join(dir, 'cache'),
    logLevel: 'warn',
  };
}

/** Prepare `work/<name>/` and return the node arguments of a build of `content` there. */
function prepare(work: string, name: string, content: string, env: Record<string, string>) {
  const dir = path.join(work, name);
  const outDir = path.join(dir, 'dist');
  const options = { ...isolatedAstroOptions(dir), outDir };
  return {
    outDir,
    args: ['--input-type=module', '-e', `import { build } from 'astro'; await build(${JSON.stringify(options)});`],
    spawnOptions: { cwd: projectRoot, env: { ...process.env, ...env, CONTENT_ROOT: path.resolve(content) } },
  };
}

/**
 * Build `content` (a folder with the collections) under `work/<name>/`. Resolves also when the
 * build fails (ok: false); the log holds what Astro printed. Runs on the Node that runs the
 * caller (Node 24 under npm/npx).
 */
export function isolatedBuild(work: string, name: string, content: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const { outDir, args, spawnOptions } = prepare(work, name, content, env);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => resolve({ ok: code === 0, code, log, outDir, seconds: (Date.now() - started) / 1000 }));
  });
}

/** The same, synchronously. */
export function isolatedBuildSync(work: string, name: string, content: string, env: Record<string, string> = {}): BuildResult {
  const { outDir, args, spawnOptions } = prepare(work, name, content, env);
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { ...spawnOptions, encoding: 'utf8', timeout: 300_000 });
  return { ok: r.status === 0, code: r.status, log: `${r.stdout}\n${r.stderr}`, outDir, seconds: (Date.now() - started) / 1000 };
}

/** The text of the first <h1> of a built page, entities decoded, tags and soft hyphens removed. */
export function h1Text(html: string): string | undefined {
  const m = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  return m ? decodeEntities(m[1].replace(/<[^>]+>/g, '')).replace(/\u00ad/g, '') : undefined;
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const l = e.toLowerCase();
    if (l.startsWith('#x')) return String.fromCodePoint(parseInt(l.slice(2), 16));
    if (l.startsWith('#')) return String.fromCodePoint(parseInt(l.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[l]!;
  });
}
