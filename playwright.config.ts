import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';
import { chromiumPath } from './tests/e2e/chromium';
import { TEST_SITE } from './tests/magazine';

/**
 * Browser tests run in Debian's Chromium (never a downloaded browser) against the test magazine
 * (tests/fixtures/magazine, built with its clock fixed by `npm run test:site`, which npm test runs
 * first; E2E_ROOT serves another build), served by nginx with the production configuration
 * (scripts/serve-nginx.ts): security headers and the Content-Security-Policy are enforced, and
 * tests/e2e/test.ts fails any test that triggers a CSP violation.
 */
const PORT = Number(process.env.E2E_PORT ?? 4329);
const ROOT = path.resolve(process.env.E2E_ROOT ?? TEST_SITE);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? `http://127.0.0.1:${PORT}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'tablet', use: { viewport: { width: 820, height: 1180 }, hasTouch: true, deviceScaleFactor: 1 } },
    // Every page type is also checked at phone size; the feature specs run at tablet size only,
    // to keep the whole suite well inside CI's time on 2 cores.
    { name: 'phone', testMatch: ['**/pages.spec.ts'], use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 } },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `npx tsx scripts/serve-nginx.ts --port ${PORT} --root ${JSON.stringify(ROOT)}`,
        url: `http://127.0.0.1:${PORT}/`,
        reuseExistingServer: false,
        timeout: 60_000,
      },
});
