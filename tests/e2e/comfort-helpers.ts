/** Shared steps for the Leesgemak tests (issue 7). */
import { expect, type Page } from '@playwright/test';

/** The first link in <main> of `from` whose path matches `pattern`. */
export async function linkMatching(page: Page, from: string, pattern: RegExp): Promise<string> {
  await page.goto(from);
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${from}`).toBeTruthy();
  return href!;
}

type Where = string | ((page: Page) => Promise<string>);
const link = (from: string, pattern: RegExp): Where => (page) => linkMatching(page, from, pattern);
const nummer = link('/nummers/', /^\/nummers\/\d+\/$/);

/** Every page type of the site; detail pages are discovered from the site, so the list follows the content. */
export const PAGE_TYPES: Array<[string, Where]> = [
  ['home', '/'],
  ['artikel', link('/', /^\/artikelen\/[a-z0-9-]+\/$/)],
  ['rubrieken', '/rubriek/'],
  ['rubriek', link('/rubriek/', /^\/rubriek\/[a-z0-9-]+\/$/)],
  ['nummers', '/nummers/'],
  ['nummer', nummer],
  ['afdrukversie', async (page) => `${await linkMatching(page, '/nummers/', /^\/nummers\/\d+\/$/)}afdrukken/`],
  ['agenda', '/agenda/'],
  ['activiteit', link('/', /^\/agenda\/[a-z0-9-]+\/$/)],
  ['tips', '/tips/'],
  ['tip', link('/tips/', /^\/tips\/[a-z0-9-]+\/$/)],
  ['wegwijzer', '/initiatieven/'],
  ['initiatief', link('/initiatieven/', /^\/initiatieven\/[a-z0-9-]+\/$/)],
  ['auteur', link('/auteurs/', /^\/auteurs\/[a-z0-9-]+\/$/)],
  ['zoeken', '/zoeken/'],
  ['zoekresultaten', '/zoeken/?q=wandelen'],
  ['pagina', '/toegankelijkheidsverklaring/'],
  ['offline', '/offline/'],
];

export async function resolvePath(page: Page, where: Where): Promise<string> {
  return typeof where === 'string' ? where : where(page);
}

/** Sets the reader's preference the way comfort.js stores it, before any page script runs. */
export async function presetComfort(page: Page, prefs: { size?: number; contrast?: boolean }) {
  await page.addInitScript((p) => {
    if (p.size) localStorage.setItem('vief.tekstgrootte', String(p.size));
    if (p.contrast) localStorage.setItem('vief.contrast', 'hoog');
  }, prefs);
}

/**
 * WCAG 1.4.12 text spacing: the bookmarklet values, applied to everything. As a constructed
 * stylesheet (what a reader's extension does), because the site's CSP rightly refuses a <style>.
 */
export async function applyTextSpacing(page: Page) {
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  expect(await page.evaluate(() => getComputedStyle(document.body).letterSpacing)).not.toBe('normal');
}

/** Elements that cut off their own text (overflow hidden/clip and content larger than the box). */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const cs = getComputedStyle(el);
      if (!/(hidden|clip)/.test(cs.overflowX + cs.overflowY)) continue;
      if (el.closest('.visually-hidden, .skip-link, [hidden]') || el.getClientRects().length === 0) continue;
      if (!el.textContent?.trim()) continue;
      if (el.scrollHeight > el.clientHeight + 2 || el.scrollWidth > el.clientWidth + 2) out.push(`${el.tagName.toLowerCase()}.${el.className} “${el.textContent.trim().slice(0, 40)}”`);
    }
    return out;
  });
}
