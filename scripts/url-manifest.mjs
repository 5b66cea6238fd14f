#!/usr/bin/env node
/**
 * The URL manifest: every URL the site has ever published must keep working (issue 5).
 *
 *   node scripts/url-manifest.mjs check   [--dist dist] [--strict]
 *       After `npm run build`: fails (exit 1) when a URL in content/url-manifest.json no longer
 *       resolves in dist/ (redirect pages are followed to a real page). Lists URLs of this build
 *       that are not recorded yet; --strict fails on those too (for CI on the main branch).
 *   node scripts/url-manifest.mjs update  [--dist dist]
 *       Records the URLs of this build in the manifest (append-only; nothing is ever removed).
 *
 * CONTENT_ROOT (as for the build) selects another content folder with its own manifest and
 * redirects, e.g. the test fixtures. Runs on Node 24 (type stripping) via npm scripts or npx.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkManifest, formatBroken, listPublishedUrls, mergeManifest, readManifest, writeManifest } from '../src/lib/url-manifest.ts';

const args = process.argv.slice(2);
const command = args[0];
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const distDir = path.resolve(option('--dist', 'dist'));
const contentRoot = path.resolve(process.env.CONTENT_ROOT ?? 'content');
const manifestFile = path.join(contentRoot, 'url-manifest.json');
const redirectsFile = path.relative(process.cwd(), path.join(contentRoot, 'redirects.json'));
const site = JSON.parse(fs.readFileSync(path.resolve('content/site.json'), 'utf8')).url;

if (!['check', 'update'].includes(command)) {
  console.error('Gebruik: node scripts/url-manifest.mjs check|update [--dist dist] [--strict]');
  process.exit(2);
}
if (!fs.existsSync(path.join(distDir, 'index.html'))) {
  console.error(`✗ Geen gebouwde site in ${path.relative(process.cwd(), distDir) || '.'}: draai eerst npm run build.`);
  process.exit(2);
}

const manifest = readManifest(manifestFile);
const { broken, unrecorded } = checkManifest(distDir, manifest, site);
const rel = path.relative(process.cwd(), manifestFile);

if (command === 'update') {
  const merged = mergeManifest(manifest, listPublishedUrls(distDir));
  writeManifest(manifestFile, merged);
  console.log(`✓ ${rel}: ${merged.length - manifest.length} nieuwe adressen vastgelegd (${merged.length} in totaal).`);
  if (broken.length) {
    console.error(`\n${formatBroken(broken, redirectsFile)}`);
    process.exit(1);
  }
  process.exit(0);
}

if (manifest.length === 0) {
  console.error(`✗ ${rel} ontbreekt of is leeg. Maak hem na een build met: node scripts/url-manifest.mjs update`);
  process.exit(1);
}
if (broken.length) {
  console.error(`✗ ${formatBroken(broken, redirectsFile)}`);
  process.exit(1);
}
console.log(`✓ Alle ${manifest.length} gepubliceerde adressen uit ${rel} werken nog.`);
if (unrecorded.length) {
  const list = unrecorded.slice(0, 20).map((u) => `  + ${u}`).join('\n');
  const more = unrecorded.length > 20 ? `\n  … en nog ${unrecorded.length - 20}` : '';
  const msg = `${unrecorded.length} nieuwe adressen staan nog niet in ${rel}:\n${list}${more}\nLeg ze vast met: node scripts/url-manifest.mjs update (en commit het bestand).`;
  if (args.includes('--strict')) {
    console.error(`✗ ${msg}`);
    process.exit(1);
  }
  console.log(`ℹ ${msg}`);
}
