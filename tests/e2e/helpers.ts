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

/**
 * One page per type, where best-practice.spec.ts runs axe (WCAG 2.2 AA and best practice) in light,
 * dark and forced colours at tablet size: a fixed address, or the first link of a kind on an
 * overview page (firstLink(page, from, prefix, within)), so the test follows the test magazine.
 */
export type PageType = { kind: string; status?: number } & ({ url: string } | { from: string; prefix: string; within?: string });

export const BEST_PRACTICE_PAGES: PageType[] = [
  { kind: 'home', url: '/' },
  { kind: 'nummer', from: '/nummers/', prefix: '/nummers/' },
  { kind: 'artikel', from: '/', prefix: '/artikelen/' },
  { kind: 'rubriek', from: '/rubriek/', prefix: '/rubriek/' },
  { kind: 'agenda', url: '/agenda/' },
  { kind: 'activiteit', from: '/agenda/', prefix: '/agenda/', within: '[data-agenda] li' },
  { kind: 'tip', from: '/tips/', prefix: '/tips/' },
  { kind: 'wegwijzer', url: '/initiatieven/' },
  { kind: 'initiatief', from: '/initiatieven/', prefix: '/initiatieven/', within: '[data-wegwijzer] h3' },
  { kind: 'zoeken met resultaten', url: '/zoeken/?q=wandelen' },
  { kind: 'doe mee', url: '/doe-mee/' },
  { kind: '404', url: '/deze-pagina-bestaat-niet/', status: 404 },
];

/** The address of a page type (following the site's links for a discovered one). */
export async function pageUrl(page: Page, t: PageType): Promise<string> {
  return 'url' in t ? t.url : firstLink(page, t.from, t.prefix, t.within);
}

/**
 * True when best-practice.spec.ts already runs axe on this page in this project (tablet): the same
 * fixed address, the same discovered link, or another address of the 404 page. pages.spec.ts then
 * leaves axe out there, to save suite time; at phone size it runs everywhere.
 */
export function axeElsewhere(project: string, page: { url: string } | { from: string; prefix: string; within?: string } | { status: 404 }): boolean {
  if (project !== 'tablet') return false;
  return BEST_PRACTICE_PAGES.some((t) => {
    if ('status' in page) return t.status === page.status;
    if ('url' in page) return 'url' in t && t.url === page.url;
    return 'from' in t && t.from === page.from && t.prefix === page.prefix && (t.within ?? 'main') === (page.within ?? 'main');
  });
}
