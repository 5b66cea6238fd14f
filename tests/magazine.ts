/**
 * The test magazine: the content and the clock every build and browser test runs on.
 *
 * - MAGAZINE (tests/fixtures/magazine/) is a complete magazine made for the tests, so nothing in
 *   tests/ depends on what the redactie publishes in content/. It holds the cases the tests need:
 *   a tip overdue for its yearly check, a weekly activity that runs across the change to summer
 *   time (koffieochtend-het-baken, past 28 March 2027), an article scheduled after TEST_NOW (not
 *   published yet), a nummer without an openingsartikel, a redirect that is in the URL manifest.
 *   The region's settings (content/site.json: gemeenten, Wmo-loketten, url) are not content but
 *   configuration compiled into every build, so the test magazine uses the project's file.
 * - TEST_NOW is the build's "now" (BUILD_NOW) and the browsers' clock (tests/e2e/test.ts), so the
 *   suite gives the same result on any date. A Tuesday morning in Amsterdam: the weekly koffieochtend
 *   in Maassluis is on, and the Christmas activities are "deze maand".
 * - TEST_SITE is where `npm run test:site` builds the magazine (never the project's dist/);
 *   Playwright serves that folder with nginx.
 */
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..');
export const MAGAZINE = path.join(projectRoot, 'tests', 'fixtures', 'magazine');
export const TEST_NOW = '2026-12-01T10:15:00+01:00';
export const TEST_SITE_WORK = path.join(projectRoot, 'tmp', 'test-site');
export const TEST_SITE = path.join(TEST_SITE_WORK, 'magazine', 'dist');
