#!/usr/bin/env node
/**
 * `npm test`: every test, in order, stopping at the first failure (what CI runs, .ci/run).
 *   1. the fast tier (`npm run test:fast`): content validation of content/ and of the test magazine,
 *      vitest project "unit"
 *   2. vitest project "build" (tests that run a real astro build)
 *   3. build of the test magazine (tests/fixtures/magazine, clock fixed at TEST_NOW) into tmp/test-site/
 *   4. link check over that build
 *   5. browser tests (Playwright + axe) on that build, served by nginx with the production headers
 * The live content/ is only validated here; its build, links and URLs are the content gate's job.
 * Browser tests need Debian's Chromium and nginx; if one is missing we say so and how to install it.
 */
import fs from 'node:fs';
import { findChromium } from './chromium.mjs';
import { fastSteps, runSteps, slowSteps } from './test-steps.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(
    '\n✗ Chromium is missing: the browser tests need it.\n' +
      '  Install it with:  sudo apt-get install -y chromium\n' +
      '  (or set CHROMIUM_PATH to a Chromium binary). Playwright does not download browsers here.\n',
  );
  process.exit(1);
}

const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
if (!nginx) {
  console.error(
    '\n✗ nginx is missing: the browser tests serve the built site with the production configuration\n' +
      '  (security headers, Content-Security-Policy). Install it with:  sudo apt-get install -y nginx\n' +
      '  (it does not need to run as a service; the tests start their own on a local port).\n',
  );
  process.exit(1);
}

const seconds = runSteps([...fastSteps, ...slowSteps(process.argv.slice(2))]);
console.log(`\n✓ All tests passed (${(seconds / 60).toFixed(1)} min)`);
