#!/usr/bin/env node
/**
 * `npm run test:site`: builds the test magazine (tests/fixtures/magazine) as `npm run build` builds
 * the real one (Astro, then the Pagefind index, then the nummers' PDFs), with the build's clock fixed
 * at TEST_NOW, into tmp/test-site/ (tests/magazine.ts). The browser tests serve that folder; the
 * project's own dist/ and .astro/ are never touched (tests/isolated-build.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isolatedBuild } from '../tests/isolated-build.ts';
import { MAGAZINE, projectRoot, TEST_NOW, TEST_SITE, TEST_SITE_WORK } from '../tests/magazine.ts';

const started = Date.now();
fs.rmSync(TEST_SITE, { recursive: true, force: true });
const build = await isolatedBuild(TEST_SITE_WORK, path.basename(path.dirname(TEST_SITE)), MAGAZINE, {
  BUILD_NOW: TEST_NOW,
  // The "Doe mee" form posts here with JavaScript on; the test server has no endpoint, so the page's
  // fallback (a prefilled e-mail) is what readers get unless a test routes it (tests/e2e/doe-mee.spec.ts).
  INZENDING_URL: '/api/inzending',
});
process.stdout.write(build.log);
if (!build.ok || build.outDir !== TEST_SITE) {
  console.error(`✗ De testsite (${path.relative(projectRoot, MAGAZINE)}) kon niet worden gebouwd.`);
  process.exit(build.code || 1);
}
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: projectRoot, env: { ...process.env, BUILD_NOW: TEST_NOW } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['pagefind', '--site', TEST_SITE]);
run(process.execPath, [path.join(projectRoot, 'scripts', 'print-pdf.mjs'), TEST_SITE]);
console.log(`✓ Testsite gebouwd in ${path.relative(projectRoot, TEST_SITE)}/ (BUILD_NOW=${TEST_NOW}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
