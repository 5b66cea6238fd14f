/**
 * Build a copy of the site for the benchmark: the project is copied into a temporary folder with
 * its own content (CONTENT_ROOT), its own Astro cache (cacheDir) and its own dist/, and only
 * node_modules is shared (read-only, through a symlink). So a benchmark never touches the dist/,
 * .astro/ or caches of the working tree, and always measures a cold, complete build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'node_modules', '.bin');
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'content', 'test-results', 'playwright-report', 'tmp', '.cms-werkmap']);

function prepareRoot(root, writeContent) {
  fs.mkdirSync(root, { recursive: true });
  for (const entry of fs.readdirSync(ROOT)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  // Astro keeps its content store and image cache in cacheDir (node_modules/.astro by default):
  // point it inside the copy, so the shared node_modules is never written to.
  fs.writeFileSync(
    path.join(root, 'astro.bench.config.mjs'),
    `import base from './astro.config.mjs';\nexport default { ...base, cacheDir: './.bench-cache/', vite: { ...(base.vite ?? {}), cacheDir: './.bench-cache/vite/' } };\n`,
  );
  writeContent(path.join(root, 'content'));
}

/** Run a command; wall seconds, CPU seconds and peak memory (MB, from /usr/bin/time when present). */
export function run(cwd, cmd, args, env = {}) {
  const useTime = fs.existsSync('/usr/bin/time');
  const timeFile = path.join(cwd, '.bench-time.txt');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(useTime ? '/usr/bin/time' : cmd, useTime ? ['-f', '%M %U %S', '-o', timeFile, cmd, ...args] : args, {
    cwd,
    env: { ...process.env, ...env, PATH: `${BIN}${path.delimiter}${process.env.PATH}` },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) {
    console.error(r.stdout?.slice(-4000), r.stderr?.slice(-4000));
    throw new Error(`${path.basename(cmd)} ${args.join(' ')} faalde in ${cwd} (code ${r.status})`);
  }
  let peakMb = NaN;
  let cpuSeconds = NaN;
  if (useTime && fs.existsSync(timeFile)) {
    const [kbytes, user, sys] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    peakMb = kbytes / 1024;
    cpuSeconds = user + sys;
  }
  return { seconds, cpuSeconds, peakMb, stdout: r.stdout };
}

const secs = (v, unit) => Number(v) / (unit === 'ms' ? 1000 : 1);

/**
 * Where an `astro build` spent its time, read from its log: preparation (config, integrations,
 * content sync, types), bundling (Vite), generating the pages and the images; and per route group
 * (first path segment, "tips/og" apart) the sum of the per-file times Astro prints.
 */
export function astroPhases(stdout) {
  const text = stdout.replace(/\x1b\[[0-9;]*m/g, '');
  const prep = /\[build\] ✓ Completed in ([\d.]+)(m?s)/.exec(text);
  const vite = [...text.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].reduce((n, m) => n + secs(m[1], m[2]), 0);
  const after = (marker) => {
    const i = text.indexOf(marker);
    const m = i >= 0 ? /✓ Completed in ([\d.]+)(m?s)/.exec(text.slice(i)) : null;
    return m ? secs(m[1], m[2]) : NaN;
  };
  const routes = new Map();
  for (const m of text.matchAll(/^.*?[├└▶]─? (\/\S*) .*?\(\+([\d.]+)(m?s)\)/gm)) {
    const parts = m[1].split('/').filter(Boolean);
    let group = parts[0] ?? '/';
    if (parts.length === 1 && group.includes('.')) group = '(losse bestanden)'; // /404.html, /rss.xml, …
    if (group === 'tips' && parts[1] === 'og') group = 'tips/og';
    const r = routes.get(group) ?? { seconds: 0, files: 0 };
    r.seconds += secs(m[2], m[3]);
    r.files++;
    routes.set(group, r);
  }
  return {
    prepare: prep ? secs(prep[1], prep[2]) : NaN,
    bundle: vite,
    pages: after('generating static routes'),
    images: after('generating optimized images'),
    routes: [...routes].map(([group, r]) => ({ group, ...r })).sort((a, b) => b.seconds - a.seconds),
  };
}

function dirBytes(dir) {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return n;
}

/**
 * Copy the project to `<tmp>/<name>`, write its content with `writeContent(dir)`, build it with
 * Astro and Pagefind, and return where the result is and what it cost.
 */
export function buildCopy({ tmp, name, writeContent, env = {}, log = () => {} }) {
  const root = path.join(tmp, name);
  log(`${name}: project kopiëren en inhoud klaarzetten`);
  prepareRoot(root, writeContent);
  const fullEnv = { ...env, CONTENT_ROOT: path.join(root, 'content') };
  log(`${name}: astro build`);
  const astro = run(root, path.join(BIN, 'astro'), ['build', '--config', 'astro.bench.config.mjs'], fullEnv);
  log(`${name}: pagefind`);
  const pf = run(root, path.join(BIN, 'pagefind'), ['--site', 'dist'], fullEnv);
  return {
    name,
    root,
    dist: path.join(root, 'dist'),
    astroSeconds: astro.seconds,
    astroCpuSeconds: astro.cpuSeconds,
    astroPeakMb: astro.peakMb,
    astroPhases: astroPhases(astro.stdout),
    pagefindSeconds: pf.seconds,
    indexedPages: Number(/Indexed (\d+) pages/.exec(pf.stdout)?.[1]),
    indexedWords: Number(/Indexed (\d+) words/.exec(pf.stdout)?.[1]),
    indexBytes: dirBytes(path.join(root, 'dist', 'pagefind')),
  };
}
