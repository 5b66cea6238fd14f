#!/usr/bin/env node
/**
 * `npm test`: every test, in order, stopping at the first failure.
 *   1. content validation   2. unit tests (vitest)   3. build (Astro + Pagefind)   4. link check over dist/
 *   5. browser tests (Playwright + axe, served by nginx with the production headers)
 * Browser tests need Debian's Chromium and nginx; if one is missing we say so and how to install it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));
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

const steps = [
  ['Content validation', 'npm', ['run', '--silent', 'check:content']],
  ['Unit tests (vitest)', 'npx', ['vitest', 'run']],
  ['Build (Astro + Pagefind)', 'npm', ['run', '--silent', 'build']],
  ['Link check over dist/', 'npm', ['run', '--silent', 'check:links']],
  ['Browser tests (Playwright + axe)', 'npx', ['playwright', 'test', ...process.argv.slice(2)]],
];

for (const [label, cmd, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${label} failed (${secs} s)`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${label} (${secs} s)`);
}
console.log('\n✓ All tests passed');
