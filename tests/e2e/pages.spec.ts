/**
 * Every page type renders at tablet and phone size, passes axe (WCAG 2.2 AA), does not scroll
 * sideways and offers a way back. Links are discovered from the site itself, so the test follows
 * the content rather than hard-coding it. At tablet size best-practice.spec.ts already runs axe (the
 * same WCAG rules and more, in light, dark and forced colours) on one page of most types; here axe
 * then runs only at phone size and on the pages that spec does not open (axeElsewhere, helpers.ts).
 */
import { expect, test } from './test';
import AxeBuilder from '@axe-core/playwright';
import { axeElsewhere, expectNoAxeViolations, expectNoHorizontalScroll, firstLink } from './helpers';

const fixed = ['/', '/rubriek/', '/nummers/', '/auteurs/', '/agenda/', '/tips/', '/initiatieven/', '/zoeken/', '/over/', '/redactie/', '/colofon/', '/privacy/', '/toegankelijkheidsverklaring/'];
const discovered: Array<[string, string, string, string?]> = [
  ['artikel', '/', '/artikelen/'],
  ['rubriek', '/rubriek/', '/rubriek/'],
  ['nummer', '/nummers/', '/nummers/'],
  ['auteur', '/auteurs/', '/auteurs/'],
  ['activiteit', '/agenda/', '/agenda/', '[data-agenda] li'],
  ['tip', '/tips/', '/tips/'],
  ['initiatief', '/initiatieven/', '/initiatieven/', '[data-wegwijzer] h3'],
];

for (const path of fixed) {
  test(`page ${path} renders, is accessible and fits`, async ({ page }, info) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('footer a[href^="tel:"]').first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    if (!axeElsewhere(info.project.name, { url: path })) await expectNoAxeViolations(page);
  });
}

for (const [kind, from, prefix, within] of discovered) {
  test(`${kind} page renders, is accessible, fits and leads back`, async ({ page }, info) => {
    const href = await firstLink(page, from, prefix, within);
    const response = await page.goto(href);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    const crumbs = page.getByRole('navigation', { name: 'U bent hier' });
    await expect(crumbs.getByRole('link', { name: 'Voorpagina' })).toHaveAttribute('href', '/');
    await expectNoHorizontalScroll(page);
    if (!axeElsewhere(info.project.name, { from, prefix, within })) await expectNoAxeViolations(page);
  });
}

test('scheduled content waits for its date: nummer 13 and one artikel of the test magazine are not online yet', async ({ page, request }) => {
  // tests/fixtures/magazine is built at TEST_NOW (1 December 2026); nummer 13 appears on 15 January
  // 2027, the artikel kerstmarkt-op-de-markt on 15 December 2026.
  await page.goto('/nummers/');
  const hrefs = await page.locator('main a[href^="/nummers/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs).toContain('/nummers/12/');
  expect(hrefs.filter((h) => h.startsWith('/nummers/13/'))).toEqual([]);
  expect((await request.get('/nummers/13/')).status()).toBe(404);
  await page.goto('/');
  await expect(page.locator('#nummer-kop a')).toHaveAttribute('href', '/nummers/12/');
  expect((await request.get('/artikelen/kerstmarkt-op-de-markt/')).status()).toBe(404);
  expect(await (await request.get('/rss.xml')).text()).not.toContain('kerstmarkt-op-de-markt');
  await page.goto('/nummers/12/');
  await expect(page.locator('main')).toContainText('Warm de winter door');
  expect(await page.locator('main a[href="/artikelen/kerstmarkt-op-de-markt/"]').count()).toBe(0);
});

test('landmarks are unique where a page has two search forms (axe best practice: /zoeken/ and the 404)', async ({ page }) => {
  for (const path of ['/zoeken/', '/bestaat-niet/']) {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).withRules(['landmark-unique', 'landmark-no-duplicate-main', 'landmark-one-main']).analyze();
    expect(result.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('404 page offers a way back and the phone number', async ({ page }, info) => {
  const response = await page.goto('/bestaat-echt-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('main').getByRole('link', { name: 'Terug naar de voorpagina' })).toBeVisible();
  await expect(page.getByRole('main').locator('a[href^="tel:"]')).toBeVisible();
  if (!axeElsewhere(info.project.name, { status: 404 })) await expectNoAxeViolations(page);
});

test('article text is comfortable to read', async ({ page }) => {
  await page.goto(await firstLink(page, '/', '/artikelen/'));
  const p = page.locator('.prose p').first();
  const m = await p.evaluate((el) => {
    const cs = getComputedStyle(el);
    const probe = document.createElement('span');
    probe.textContent = '0'.repeat(100);
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
    el.appendChild(probe);
    const ch = probe.getBoundingClientRect().width / 100;
    probe.remove();
    return { size: parseFloat(cs.fontSize), line: parseFloat(cs.lineHeight) / parseFloat(cs.fontSize), width: el.getBoundingClientRect().width, ch };
  });
  expect(m.size).toBeGreaterThanOrEqual(20);
  expect(m.line).toBeGreaterThanOrEqual(1.5);
  // ~70 characters of average Dutch text ≈ 62 "0" widths (digits are wider than average letters)
  expect(m.width / m.ch).toBeLessThanOrEqual(70);
  // Article pages ship no client JavaScript unless a feature needs it: only the reading-comfort
  // features (text size, read aloud, offline), all external files (no inline code), small in total.
  const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').count();
  expect(inline).toBe(0);
  const srcs = await page.locator('script[src]').evaluateAll((els) => els.map((e) => e.getAttribute('src')!));
  for (const src of srcs) expect(src).toMatch(/^\/scripts\/(comfort|voorlezen|sw-register)\.js$/);
  let bytes = 0;
  for (const src of srcs) bytes += (await (await page.request.get(src)).body()).length;
  expect(bytes, 'JavaScript bytes on an article page').toBeLessThanOrEqual(25_000);
  // Text contrast at least 7:1 (WCAG AAA "enhanced contrast"), checked by axe on the whole page.
  const contrast = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
  expect(contrast.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
});

test('dark colour scheme keeps enhanced contrast', async ({ page }, info) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  // The home page and the first artikel (best-practice.spec.ts checks both in dark mode at tablet size).
  for (const [path, key] of [['/', { url: '/' }], [await firstLink(page, '/', '/artikelen/'), { from: '/', prefix: '/artikelen/' }]] as const) {
    await page.goto(path);
    const contrast = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
    expect(contrast.violations.flatMap((v) => v.nodes.map((n) => `${path} ${n.target.join(' ')}`))).toEqual([]);
    if (!axeElsewhere(info.project.name, key)) await expectNoAxeViolations(page);
  }
});

test('menu and controls are large enough to tap', async ({ page }) => {
  await page.goto('/');
  const boxes = await page.locator('.site-nav a, .header-search button, .header-search input, .kruimelpad a, footer a').evaluateAll((els) =>
    els.map((e) => { const r = e.getBoundingClientRect(); return { t: e.textContent?.trim(), w: r.width, h: r.height }; }),
  );
  expect(boxes.length).toBeGreaterThan(8);
  for (const b of boxes) expect(b.h, `${b.t} height`).toBeGreaterThanOrEqual(44);
});

test('keyboard only: skip link, menu and search work', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Ga direct naar de inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // Tab into the menu and open the agenda with the keyboard.
  await page.goto('/');
  const agenda = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' });
  for (let i = 0; i < 15 && !(await agenda.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(agenda).toBeFocused();
  const outline = await agenda.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/agenda\/$/);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Agenda' })).toHaveAttribute('aria-current', 'page');
});

test('sharing basics: canonical, Open Graph, feeds, sitemap, robots', async ({ page, request }) => {
  const href = await firstLink(page, '/', '/artikelen/');
  await page.goto(href);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${href}$`));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
  const rss = await request.get('/rss.xml');
  expect(rss.status()).toBe(200);
  expect(await rss.text()).toContain(href);
  expect((await request.get('/sitemap-index.xml')).status()).toBe(200);
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
});
