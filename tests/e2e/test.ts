/**
 * The `test` every site spec uses: Playwright's, plus a guard that fails the test when the
 * browser reports a Content-Security-Policy violation on any page it opened. The site is served
 * by nginx with the production headers (scripts/serve-nginx.ts), so the CSP is enforced.
 */
import { test as base, expect } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export const test = base.extend<{ cspGuard: void }>({
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
