/**
 * The Decap CMS browser bundle, served from the site itself (no CDN).
 *
 * Why not `npm install decap-cms`? That package's dependencies (React, webpack loaders, every
 * backend and widget as source: ~770 packages, ~385 MB) are only needed to *build* Decap; its
 * `dist/` is a ready, self-contained bundle of ~6 MB. So we fetch exactly that version's
 * tarball with the ordinary npm client (`npm pack`, from the npm registry, cached in ~/.npm),
 * check it against the integrity hash pinned below (the same check a lockfile does), and keep
 * only the files the browser loads: decap-cms.js, its code-split chunks and two .wasm files
 * (no source maps). Result: node_modules/.cache/decap-cms-<version>/.
 *
 * Used by src/pages/admin/decap/[...file].ts (serves the files in `astro dev`, writes them to
 * dist/admin/decap/ in `astro build`) and by `node cms/decap-dist.mjs` (prefetch, e.g. in CI).
 * To upgrade: change VERSION and INTEGRITY (from `npm view decap-cms@<v> dist.integrity`).
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DECAP_VERSION = '3.16.3';
export const DECAP_INTEGRITY = 'sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==';
/** The entry file the admin page loads; chunks are loaded relative to it. */
export const DECAP_ENTRY = 'decap-cms.js';

/**
 * The project folder: walk up to our package.json. Not simply `..` of this file: in `astro build`
 * this module runs from a bundled chunk in <outDir>/.prerender/chunks/, and a wrong root would
 * miss the cache and fetch the tarball on every build (measured: ~3 s CPU per build, issue 9).
 */
function findProjectRoot() {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    try {
      if (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name === 'mvs-magazine') return dir;
    } catch {
      /* no package.json here */
    }
    if (path.dirname(dir) === dir) return process.cwd();
  }
}
const projectRoot = findProjectRoot();
export const decapCacheDir = path.join(projectRoot, 'node_modules', '.cache', `decap-cms-${DECAP_VERSION}`);
const MARKER = '.complete';

/** Files of dist/ the browser needs: the entry, its chunks, the wasm files and the licence notice. */
export function isServedFile(name) {
  return name === DECAP_ENTRY || /^\d+\.decap-cms\.js$/.test(name) || /\.wasm$/.test(name) || name === `${DECAP_ENTRY}.LICENSE.txt`;
}

function fetchAndExtract() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'decap-dist-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const out = execFileSync(npm, ['pack', `decap-cms@${DECAP_VERSION}`, '--json', '--prefer-offline', '--pack-destination', work], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [{ filename }] = JSON.parse(out);
    const tarball = path.join(work, filename);
    const digest = `sha512-${crypto.createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`;
    if (digest !== DECAP_INTEGRITY) throw new Error(`decap-cms@${DECAP_VERSION}: integrity mismatch (got ${digest})`);
    execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/dist'], { stdio: 'ignore' });
    const dist = path.join(work, 'package', 'dist');
    const tmpTarget = `${decapCacheDir}.tmp-${process.pid}`;
    fs.rmSync(tmpTarget, { recursive: true, force: true });
    fs.mkdirSync(tmpTarget, { recursive: true });
    let count = 0;
    for (const name of fs.readdirSync(dist)) {
      if (!isServedFile(name)) continue;
      fs.copyFileSync(path.join(dist, name), path.join(tmpTarget, name));
      count++;
    }
    if (!fs.existsSync(path.join(tmpTarget, DECAP_ENTRY))) throw new Error(`decap-cms@${DECAP_VERSION}: ${DECAP_ENTRY} not found in the package`);
    fs.writeFileSync(path.join(tmpTarget, MARKER), `${DECAP_VERSION} ${count} files\n`);
    fs.rmSync(decapCacheDir, { recursive: true, force: true });
    fs.renameSync(tmpTarget, decapCacheDir);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Make sure the bundle is in the cache; returns the folder. Synchronous (runs once, ~2 s). */
export function ensureDecapDist() {
  if (!fs.existsSync(path.join(decapCacheDir, MARKER))) {
    try {
      fetchAndExtract();
    } catch (e) {
      if (fs.existsSync(path.join(decapCacheDir, MARKER))) return decapCacheDir; // another process won the race
      throw new Error(
        `Decap CMS ${DECAP_VERSION} kon niet worden opgehaald (npm pack decap-cms@${DECAP_VERSION}): ${e instanceof Error ? e.message : e}`,
      );
    }
  }
  return decapCacheDir;
}

/** The served files, sorted. */
export function decapFiles() {
  const dir = ensureDecapDist();
  return fs.readdirSync(dir).filter(isServedFile).sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = decapFiles();
  console.log(`Decap CMS ${DECAP_VERSION}: ${files.length} bestanden in ${path.relative(process.cwd(), decapCacheDir)}`);
}
