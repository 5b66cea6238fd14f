/**
 * The `test` every site spec uses: Playwright's, plus
 * - a guard that fails the test when the browser reports a Content-Security-Policy violation on any
 *   page it opened. The site is served by nginx with the production headers
 *   (scripts/serve-nginx.ts), so the CSP is enforced;
 * - the browser's clock set to the test magazine's build time (TEST_NOW, tests/magazine.ts) before
 *   any page opens, so the agenda's browser script (public/scripts/agenda-tijd.js) sees the day the
 *   site was built, on any date the suite runs. The clock runs on from there; a test that needs
 *   "a day later" moves it with page.clock.setSystemTime(). `test.use({ testClock: null })` gives
 *   the machine's own clock.
 */
import { test as base, expect } from '@playwright/test';
import { TEST_NOW } from '../magazine';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export const test = base.extend<{ cspGuard: void; testClock: string | null; browserClock: void }>({
  testClock: [TEST_NOW, { option: true }],
  browserClock: [
    async ({ context, testClock }, use) => {
      if (testClock) await context.clock.install({ time: new Date(testClock) });
      await use();
    },
    { auto: true },
  ],
  cspGuard: [
    async ({ context }, use) => {
      const violations: string[] = [];
      context.on('console', (msg) => {
        if (/Content Security Policy|Content-Security-Policy/i.test(msg.text())) violations.push(`${msg.page()?.url() ?? '?'}: ${msg.text()}`);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`Content Security Policy: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
      await use();
      expect(violations, 'CSP violations reported by the browser').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Locator, Page, TestInfo } from '@playwright/test';
