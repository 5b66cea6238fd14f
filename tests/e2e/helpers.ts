import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA as axe knows it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 2.2 AA plus axe's best practices (landmarks, headings, unique names…). */
export const BEST_PRACTICE_TAGS = [...WCAG_TAGS, 'best-practice'];

/** axe's violations on the page as it is now, one line each: "rule: help (first targets)". */
export async function axeViolations(page: Page, tags: string[] = WCAG_TAGS): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(0);
}

/** The first link on `from` whose href starts with `prefix` (and is deeper than the prefix itself). */
export async function firstLink(page: Page, from: string, prefix: string, within = 'main'): Promise<string> {
  await page.goto(from);
  const hrefs = await page.locator(`${within} a[href^="${prefix}"]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const href = hrefs.find((h) => h !== prefix && h.length > prefix.length);
  expect(href, `a link starting with ${prefix} on ${from}`).toBeTruthy();
  return href!;
}
