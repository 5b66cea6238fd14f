/**
 * Issue 17, point 3: the magazine reads front to back. A nummer's contents page lists every article
 * with its picture; an article of a nummer shows its place ("artikel 3 van 7"), links to the next
 * and previous article in the nummer's order, and its breadcrumb and menu item are the nummer's,
 * however the reader reached it (a rubriek, the home page, search). Card titles are larger than
 * their teasers. Runs on the test magazine (nummer 12: 7 articles online at TEST_NOW, one scheduled).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers';

/** Every <img> on the page has loaded (lazy ones scrolled into view first) and has real pixels. */
async function expectImagesLoaded(page: Page, selector: string, count: number) {
  const images = page.locator(selector);
  await expect(images).toHaveCount(count);
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  }
}

test('nummer 12 reads front to back: "Volgend artikel" follows the contents, with place, breadcrumb and menu', async ({ page }) => {
  await page.goto('/nummers/12/');
  const contents = page.locator('.nummer-inhoud li');
  const titles = (await contents.locator('h3').allTextContents()).map((s) => s.trim());
  const hrefs = await contents.locator('h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  // The fixture's nummer 12: 7 articles appeared by TEST_NOW, the opening article first.
  expect(titles).toHaveLength(7);
  expect(hrefs[0]).toBe('/artikelen/niet-alleen-de-winter-door/');
  expect(hrefs).not.toContain('/artikelen/kerstmarkt-op-de-markt/');
  // A real contents page: every article with its picture.
  await expectImagesLoaded(page, '.nummer-inhoud li img', 7);

  await page.locator('.nummer-inhoud li h3 a').first().click();
  for (let i = 0; i < titles.length; i++) {
    await expect(page).toHaveURL(new RegExp(`${hrefs[i]}$`));
    await expect(page.locator('h1')).toHaveText(titles[i]);
    // Its place in the nummer, in the article's header and at its end.
    await expect(page.locator('.artikel-kop .artikel-plek')).toHaveText(`· artikel ${i + 1} van ${titles.length}`);
    const bladeren = page.getByRole('navigation', { name: 'Verder lezen in Nummer 12' });
    await expect(bladeren).toContainText(`Artikel ${i + 1} van ${titles.length}`);
    // The way back goes through the nummer, and the menu marks "Nummers".
    const crumbs = page.getByRole('navigation', { name: 'U bent hier' });
    expect((await crumbs.locator('li').allTextContents()).map((s) => s.trim())).toEqual(['Voorpagina', 'Nummers', 'Nummer 12', titles[i]]);
    await expect(crumbs.getByRole('link', { name: 'Nummer 12' })).toHaveAttribute('href', '/nummers/12/');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(menu.locator('a[aria-current="page"]')).toHaveText('Nummers');
    // Every article of the nummer has a picture with a description.
    await expect(page.locator('.artikel-foto img')).toHaveAttribute('alt', /^.{20,}$/);
    // Previous article.
    const vorig = bladeren.getByRole('link', { name: /Vorig artikel/ });
    if (i === 0) await expect(vorig).toHaveCount(0);
    else await expect(vorig).toHaveAttribute('href', hrefs[i - 1]);
    // Next article, or the end of the nummer.
    const volgend = bladeren.getByRole('link', { name: /Volgend artikel/ });
    if (i === titles.length - 1) {
      await expect(volgend).toHaveCount(0);
      await expect(bladeren).toContainText('Dit was het laatste artikel van Nummer 12.');
      await expect(bladeren.getByRole('link', { name: 'Terug naar de inhoud van Nummer 12' })).toHaveAttribute('href', '/nummers/12/');
    } else {
      await expect(volgend).toContainText(titles[i + 1]);
      await volgend.click();
    }
  }
  // The last article, read at phone width or tablet width alike, fits and passes axe.
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test('an article reached from its rubriek still shows its nummer; an article without a nummer goes through its rubriek', async ({ page }) => {
  // snert-zoals-het-hoort is in rubriek "Uit de keuken" and in nummer 12.
  await page.goto('/rubriek/uit-de-keuken/');
  await page.locator('main a[href="/artikelen/snert-zoals-het-hoort/"]').first().click();
  await expect(page).toHaveURL(/\/artikelen\/snert-zoals-het-hoort\/$/);
  const crumbs = page.getByRole('navigation', { name: 'U bent hier' });
  await expect(crumbs.getByRole('link', { name: 'Nummer 12' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('a[aria-current="page"]')).toHaveText('Nummers');
  await expect(page.getByRole('navigation', { name: 'Verder lezen in Nummer 12' })).toBeVisible();

  // stamppot-boerenkool-voor-een belongs to no nummer: rubriek breadcrumb, no nummer navigation.
  await page.goto('/artikelen/stamppot-boerenkool-voor-een/');
  expect((await crumbs.locator('li').allTextContents()).map((s) => s.trim()).slice(0, 3)).toEqual(['Voorpagina', 'Rubrieken', 'Uit de keuken']);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('a[aria-current="page"]')).toHaveText('Rubrieken');
  await expect(page.locator('.bladeren')).toHaveCount(0);
  await expect(page.locator('.artikel-plek')).toHaveCount(0);
  // It has a picture too (every sample article does).
  await expect(page.locator('.artikel-foto img')).toHaveAttribute('alt', /^.{20,}$/);
});

test('home page: "In dit nummer" with pictures, the nummer title like a cover line, card titles above their teasers', async ({ page }) => {
  await page.goto('/');
  await expectImagesLoaded(page, '.in-dit-nummer li img', 7);
  const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const body = await size('body');
  // The nummer's title is the largest text on the page, well above the menu's.
  expect(await size('#nummer-kop')).toBeGreaterThanOrEqual(body * 1.5);
  expect(await size('#nummer-kop')).toBeGreaterThan(await size('.site-nav a'));
  // In "Net verschenen" each card's title is larger than its teaser.
  const cards = page.locator('.kaart');
  expect(await cards.count()).toBeGreaterThan(0);
  for (const card of await cards.all()) {
    const title = await card.locator('h3').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const teaser = await card.locator('p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(title).toBeGreaterThan(teaser);
  }
  await expectImagesLoaded(page, '.kaart img', await cards.count());
});
