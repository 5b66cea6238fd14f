/**
 * The Decap CMS browser bundle, served from the site itself (no CDN, no fetch at build time).
 *
 * `decap-cms` is an ordinary dependency in package.json and package-lock.json (issue 13, item 3),
 * so `npm ci` installs it with the lockfile's integrity check, and `npm audit` and update tools see
 * it. The browser needs only its `dist/`: a self-contained bundle (decap-cms.js, its code-split
 * chunks and two .wasm files, loaded relative to the entry file). We serve exactly those files
 * (no source maps, not the parallel `*.cms.js` build) straight from node_modules/decap-cms/dist/,
 * the entry file with one change (patchDecapEntry below: its config check, once per config).
 *
 * Used by src/pages/admin/decap/[...file].ts (serves the files in `astro dev`, writes them to
 * dist/admin/decap/ in `astro build`), src/pages/admin/index.astro (the entry file name) and
 * scripts/start.mjs (a clear message before starting when the package is missing).
 * To upgrade: `npm install --save-exact decap-cms@<version>` and change DECAP_VERSION below (a
 * mismatch stops the build, so the two can never drift apart silently).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DECAP_VERSION = '3.16.3';
/** The entry file the admin page loads; chunks are loaded relative to it. */
export const DECAP_ENTRY = 'decap-cms.js';

/**
 * The project folder: walk up to our package.json. Not simply `..` of this file: in `astro build`
 * this module runs from a bundled chunk in <outDir>/.prerender/chunks/.
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

/** Files of dist/ the browser needs: the entry, its chunks, the wasm files and the licence notice. */
export function isServedFile(name) {
  return name === DECAP_ENTRY || /^\d+\.decap-cms\.js$/.test(name) || /\.wasm$/.test(name) || name === `${DECAP_ENTRY}.LICENSE.txt`;
}

let checkedDir;

/** The folder with the bundle (node_modules/decap-cms/dist). Throws in Dutch when it is missing or the wrong version. */
export function ensureDecapDist() {
  if (checkedDir) return checkedDir;
  let pkgFile;
  try {
    pkgFile = createRequire(path.join(projectRoot, 'package.json')).resolve('decap-cms/package.json');
  } catch {
    pkgFile = path.join(projectRoot, 'node_modules', 'decap-cms', 'package.json');
  }
  if (!fs.existsSync(pkgFile)) {
    throw new Error(`Decap CMS (het npm-pakket decap-cms@${DECAP_VERSION}) is niet geïnstalleerd. Draai eerst: npm ci`);
  }
  const { version } = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  if (version !== DECAP_VERSION) {
    throw new Error(
      `Decap CMS ${version} is geïnstalleerd, maar cms/decap-dist.mjs verwacht ${DECAP_VERSION}. Draai npm ci, of pas DECAP_VERSION aan na een upgrade.`,
    );
  }
  const dir = path.join(path.dirname(pkgFile), 'dist');
  if (!fs.existsSync(path.join(dir, DECAP_ENTRY))) throw new Error(`Decap CMS ${version}: ${DECAP_ENTRY} ontbreekt in ${dir}. Draai npm ci opnieuw.`);
  checkedDir = dir;
  return dir;
}

/**
 * The one change we make to Decap's entry file: its start-up validates the config with ajv every
 * time (~1.2 s of the 3 s budget for a repeat visit on an older tablet, issue 16 point 6;
 * docs/bench.md item 9). The patched call skips that validation when the page sets
 * `window.VIEF_CONFIG_GECONTROLEERD = true`, which cms/admin.ts does only when this browser has
 * already started Decap with exactly this config and this Decap (a hash in localStorage): a first
 * visit, a changed config and a new Decap version are validated as before. The text replaced must
 * occur exactly once in the pinned version, or the build stops (after an upgrade: check the new
 * bundle's loadConfig and update CONFIG_CHECK below).
 */
export const CONFIG_CHECK = 'a=Vs()(o,e);!function(e){const t=new(nl())({allErrors:!0,$data:!0,strict:!1})';
export const CONFIG_FLAG = 'VIEF_CONFIG_GECONTROLEERD';

export function patchDecapEntry(text) {
  const count = text.split(CONFIG_CHECK).length - 1;
  if (count !== 1) {
    throw new Error(
      `cms/decap-dist.mjs: de configuratiecontrole van Decap CMS ${DECAP_VERSION} staat ${count} keer in ${DECAP_ENTRY} (verwacht: 1). Na een upgrade van Decap: pas CONFIG_CHECK aan.`,
    );
  }
  return text.replace(CONFIG_CHECK, CONFIG_CHECK.replace('!function(e){', `!0===window.${CONFIG_FLAG}||function(e){`));
}

/** A served file's bytes: as in node_modules, the entry file with the patch above. */
export function decapFileBytes(name) {
  const bytes = fs.readFileSync(path.join(ensureDecapDist(), path.basename(name)));
  return name === DECAP_ENTRY ? Buffer.from(patchDecapEntry(bytes.toString('utf8')), 'utf8') : bytes;
}

/** The served files, sorted. */
export function decapFiles() {
  const dir = ensureDecapDist();
  return fs.readdirSync(dir).filter(isServedFile).sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = decapFiles();
  console.log(`Decap CMS ${DECAP_VERSION}: ${files.length} bestanden in ${path.relative(process.cwd(), ensureDecapDist())}`);
}
