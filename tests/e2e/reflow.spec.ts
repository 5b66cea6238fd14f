/**
 * Reading on every screen (issue 17): no page type scrolls sideways when the *browser's own*
 * text size is 200 % (Android/Chrome text scaling, a desktop default font of 32 px: CDP
 * `Page.setFontSizes`), nor at 320 CSS px wide (WCAG 1.4.10) — without the site's own text
 * control. On a 390×844 phone the header is compact: each page's heading starts in the top half
 * of the first screen, and every menu destination is reachable with JavaScript off.
 *
 * One URL per page type is collected from the built site (links on overview pages, and the
 * built site's listing for pages only reached from other pages), so the test follows the content.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './test';
import { WCAG_TAGS } from './helpers';
import { TEST_SITE } from '../magazine';

test.describe.configure({ timeout: 300_000 });

// The build the browser tests are served from (npm run test:site; E2E_ROOT serves another).
const DIST = process.env.E2E_ROOT ? path.resolve(process.env.E2E_ROOT) : TEST_SITE;
const dirs = (rel: string) =>
  fs.existsSync(path.join(DIST, rel))
    ? fs.readdirSync(path.join(DIST, rel), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
const exists = (rel: string) => fs.existsSync(path.join(DIST, rel));

/** The first link in <main> of `from` whose path matches `pattern`. */
async function linkOn(page: Page, from: string, pattern: RegExp): Promise<string> {
  await page.goto(from);
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${from}`).toBeTruthy();
  return href!;
}

type PageType = { kind: string; url: string; status?: number };

async function activity(page: Page): Promise<string> {
  const hrefs = await page.locator('main a[href^="/agenda/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => /^\/agenda\/[a-z0-9-]+\/$/.test(h) && exists(`${h.slice(1, -1)}.ics`) && !exists(`${h.slice(1)}afdrukken`));
  expect(href, 'an activity linked from /agenda/').toBeTruthy();
  return href!;
}

/** One URL per page type of the built site. */
async function pageTypes(page: Page): Promise<PageType[]> {
  // A gemeente's agenda has a printable version; an activity has its own .ics and no printable page.
  const agendaDirs = dirs('agenda');
  const gemeente = agendaDirs.find((d) => exists(`agenda/${d}/afdrukken/index.html`));
  expect(gemeente, 'a gemeente agenda with a printable version in dist/agenda').toBeTruthy();
  const nummer = await linkOn(page, '/nummers/', /^\/nummers\/\d+\/$/);
  return [
    { kind: 'home', url: '/' },
    { kind: 'artikel', url: await linkOn(page, '/', /^\/artikelen\/[a-z0-9-]+\/$/) },
    { kind: 'rubrieken', url: '/rubriek/' },
    { kind: 'rubriek', url: await linkOn(page, '/rubriek/', /^\/rubriek\/[a-z0-9-]+\/$/) },
    { kind: 'nummers', url: '/nummers/' },
    { kind: 'nummer', url: nummer },
    { kind: 'nummer afdrukken', url: `${nummer}afdrukken/` },
    { kind: 'agenda', url: '/agenda/' },
    { kind: 'agenda gemeente', url: `/agenda/${gemeente}/` },
    { kind: 'agenda afdrukken', url: `/agenda/${gemeente}/afdrukken/` },
    // Filter links (gemeenten, periods, themes) come before the activities: an activity has its own .ics.
    { kind: 'activiteit', url: await linkOn(page, '/agenda/', /^\/agenda\/[a-z0-9-]+\/$/).then(() => activity(page)) },
    { kind: 'tips', url: '/tips/' },
    { kind: 'tip', url: await linkOn(page, '/tips/', /^\/tips\/(?!voor-professionals|controle|tip-van-de-week)[a-z0-9-]+\/$/) },
    { kind: 'tips voor professionals', url: '/tips/voor-professionals/' },
    { kind: 'wegwijzer', url: '/initiatieven/' },
    { kind: 'initiatief', url: await linkOn(page, '/initiatieven/', /^\/initiatieven\/[a-z0-9-]+\/$/) },
    { kind: 'auteurs', url: '/auteurs/' },
    { kind: 'auteur', url: await linkOn(page, '/auteurs/', /^\/auteurs\/[a-z0-9-]+\/$/) },
    { kind: 'zoeken', url: '/zoeken/' },
    { kind: 'zoekresultaten', url: '/zoeken/?q=wandelen' },
    { kind: 'pagina', url: '/toegankelijkheidsverklaring/' },
    { kind: 'offline', url: '/offline/' },
    { kind: '404', url: '/deze-pagina-bestaat-niet/', status: 404 },
  ];
}

/** The browser's own default font size (what Android text scaling and desktop settings change). */
async function browserFontSize(context: BrowserContext, page: Page, px: number) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } });
}

async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  // Search results are rendered by the client.
  if (page.url().includes('/zoeken/?q=')) await page.locator('[data-lijst] li').first().waitFor({ timeout: 10_000 }).catch(() => {});
}

/** How wide the page is, and the elements that stick out past the right edge (deepest first). */
async function measureWidth(page: Page, vw: number) {
  return page.evaluate((vw) => {
    const doc = document.documentElement;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= vw + 1) continue;
      if (el.closest('.visually-hidden, .skip-link')) continue;
      // Only the innermost culprits: skip an element whose child also sticks out.
      if (Array.from(el.children).some((c) => c.getBoundingClientRect().right > vw + 1)) continue;
      out.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : ''} → ${Math.round(r.right)}px “${(el.textContent ?? '').trim().slice(0, 30)}”`);
    }
    return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, culprits: out.slice(0, 4) };
  }, vw);
}

const CONDITIONS = [
  { name: 'tablet 820×1180, browser text 200 %', viewport: { width: 820, height: 1180 }, isMobile: false, fontPx: 32 },
  { name: 'phone 390×844, browser text 200 %', viewport: { width: 390, height: 844 }, isMobile: true, fontPx: 32 },
  { name: 'small 320×640', viewport: { width: 320, height: 640 }, isMobile: true, fontPx: 0 },
];

async function newContext(browser: Browser, c: (typeof CONDITIONS)[number], extra: Parameters<Browser['newContext']>[0] = {}) {
  return browser.newContext({ viewport: c.viewport, isMobile: c.isMobile, hasTouch: true, deviceScaleFactor: 1, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', ...extra });
}

for (const c of CONDITIONS) {
  test(`no page type scrolls sideways: ${c.name}`, async ({ browser, page: discover }, testInfo) => {
    const types = await pageTypes(discover);
    const context = await newContext(browser, c);
    const page = await context.newPage();
    if (c.fontPx) await browserFontSize(context, page, c.fontPx);
    const rows: string[] = [];
    const failures: string[] = [];
    for (const t of types) {
      const response = await page.goto(t.url);
      expect(response?.status(), t.url).toBe(t.status ?? 200);
      await settle(page);
      if (c.fontPx) {
        const root = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
        expect(root, `root font size on ${t.url}`).toBe(c.fontPx);
      }
      const m = await measureWidth(page, c.viewport.width);
      rows.push(`${t.kind.padEnd(24)} ${String(m.scrollWidth).padStart(5)} px  ${t.url}`);
      if (m.scrollWidth > c.viewport.width || m.scrollWidth > m.clientWidth) failures.push(`${t.kind} ${t.url}: ${m.scrollWidth} px wide on a ${c.viewport.width} px screen — ${m.culprits.join(' | ')}`);
    }
    await testInfo.attach('widths', { body: rows.join('\n'), contentType: 'text/plain' });
    console.log(`\n${c.name}\n${rows.join('\n')}`);
    await context.close();
    expect(failures).toEqual([]);
  });
}

test('on a 390×844 phone the page heading starts in the top half of the first screen', async ({ browser, page: discover }) => {
  const types = await pageTypes(discover);
  const context = await newContext(browser, CONDITIONS[1]);
  const page = await context.newPage();
  const rows: string[] = [];
  const failures: string[] = [];
  for (const t of types) {
    await page.goto(t.url);
    await settle(page);
    const h1 = page.locator('main h1').first();
    if ((await h1.count()) === 0) {
      rows.push(`${t.kind.padEnd(24)}   (no main h1)`);
      continue;
    }
    const top = await h1.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    rows.push(`${t.kind.padEnd(24)} ${String(Math.round(top)).padStart(5)} px  ${t.url}`);
    if (top >= 422) failures.push(`${t.kind} ${t.url}: h1 at ${Math.round(top)} px`);
  }
  console.log(`\nh1 top at 390×844\n${rows.join('\n')}`);
  await context.close();
  expect(failures).toEqual([]);
});

test('with JavaScript off, every menu destination is reachable on a phone', async ({ browser }) => {
  const context = await newContext(browser, CONDITIONS[1], { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const hrefs = await menu.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThanOrEqual(6);
  // A closed menu opens with one tap (a <details>, or a link to the full list further down).
  const opener = page.locator('summary, a').filter({ hasText: /^\s*Menu\s*$/ }).first();
  if ((await opener.count()) > 0 && (await opener.isVisible())) await opener.click();
  for (const href of hrefs) {
    const link = page.locator(`a[href="${href}"]`).filter({ visible: true }).first();
    await expect(link, `a visible link to ${href}`).toBeVisible();
    const box = await link.boundingBox();
    expect(box!.height, `${href} is large enough to tap`).toBeGreaterThanOrEqual(44);
  }
  for (const href of hrefs) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
  }
  // The search field works without JavaScript too (a plain GET form).
  await page.goto('/');
  const search = page.getByRole('searchbox').filter({ visible: true }).first();
  if ((await search.count()) === 0) {
    // Or a visible link to the search page.
    await expect(page.locator('a[href="/zoeken/"]').filter({ visible: true }).first()).toBeVisible();
  }
  await context.close();
});

// Axe on every page type already runs at tablet size (pages.spec.ts, comfort.spec.ts); here the
// pages whose header or layout changed most at phone size with enlarged text.
const AXE_KINDS = ['home', 'artikel', 'nummer', 'agenda afdrukken', 'tip', 'zoeken', '404'];

test('axe (WCAG 2.2 AA and best practice) at phone size with the browser text at 200 %', async ({ browser, page: discover }) => {
  // axe with best practice on pages with 200 % text is slow on a shared 2-core machine (2.8 min measured).
  test.setTimeout(600_000);
  const types = (await pageTypes(discover)).filter((t) => AXE_KINDS.includes(t.kind));
  const context = await newContext(browser, CONDITIONS[1]);
  const page = await context.newPage();
  await browserFontSize(context, page, 32);
  const found: string[] = [];
  for (const t of types) {
    await page.goto(t.url);
    await settle(page);
    const results = await new AxeBuilder({ page }).withTags([...WCAG_TAGS, 'best-practice']).analyze();
    for (const v of results.violations) found.push(`${t.kind} ${t.url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }
  await context.close();
  expect(found).toEqual([]);
});

test('one search landmark on /zoeken/, unique landmarks on the 404', async ({ page }) => {
  await page.goto('/zoeken/');
  await expect(page.getByRole('search')).toHaveCount(1);
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await page.goto('/deze-pagina-bestaat-niet/');
  const names = await page.getByRole('search').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(names.length).toBe(2);
  expect(new Set(names).size, 'each search landmark has its own name').toBe(2);
  const results = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
  expect(results.violations).toEqual([]);
});

test('on a phone the text-size controls are one tap away and the header stays compact', async ({ browser }) => {
  const context = await newContext(browser, CONDITIONS[1]);
  const page = await context.newPage();
  await page.goto('/');
  const control = page.getByRole('region', { name: 'Letters en contrast' });
  await expect(control).toBeHidden();
  const opener = page.getByRole('button', { name: 'Letters en contrast' });
  await expect(opener).toHaveAttribute('aria-expanded', 'false');
  await opener.click();
  await expect(opener).toHaveAttribute('aria-expanded', 'true');
  await expect(control.getByRole('button', { name: 'Groter' })).toBeVisible();
  await control.getByRole('button', { name: 'Groter' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-tekstgrootte', '125');
  await opener.click();
  await expect(control).toBeHidden();
  await context.close();
});

test('forced colours: the current menu item and a pressed toggle stand out', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/agenda/');
  const bg = (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const current = await bg('.site-nav a[aria-current="page"]');
  const other = await bg('.site-nav a:not([aria-current])');
  expect(current, 'current menu item has its own background').not.toBe(other);
  const contrast = page.getByRole('button', { name: 'Hoog contrast' });
  const before = await contrast.evaluate((el) => getComputedStyle(el).backgroundColor);
  await contrast.click();
  await expect(contrast).toHaveAttribute('aria-pressed', 'true');
  const after = await contrast.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(after, 'a pressed toggle has its own background').not.toBe(before);
});

test('informational text is at least 18 px at tablet width', async ({ page }) => {
  const sizeOf = async (url: string, sel: string) => {
    await page.goto(url);
    return page.locator(sel).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  };
  // At least 18 px, and the size of the body text itself (20–22 px), not small print.
  const body = async () => page.locator('body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  for (const [url, sel] of [
    ['/agenda/', '.agenda-item__meta'],
    [await linkOn(page, '/tips/', /^\/tips\/(?!voor-professionals|controle|tip-van-de-week)[a-z0-9-]+\/$/), '.tip__controle'],
    ['/zoeken/', '.zoekformulier__hint'],
  ]) {
    const size = await sizeOf(url, sel);
    expect(size, `${sel} on ${url}`).toBeGreaterThanOrEqual(18);
    expect(size, `${sel} on ${url} at body size`).toBeGreaterThanOrEqual(await body());
  }
});

test('an article prints without related cards or navigation, on at most two A4 pages', async ({ page }) => {
  await page.goto(await linkOn(page, '/', /^\/artikelen\/[a-z0-9-]+\/$/));
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['.site-nav', '.header-search', '.kruimelpad', '.site-footer', '[aria-labelledby="meer-kop"]', '[data-comfort]']) {
    await expect(page.locator(sel).first(), `${sel} is not printed`).toBeHidden();
  }
  await expect(page.locator('main h1')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  console.log(`article printed on ${pages} A4 page(s)`);
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(2);
});
