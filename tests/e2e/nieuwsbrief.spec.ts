/**
 * The e-mail edition of a nummer (issue 19) as a reader's mail program shows it: the built
 * /nieuwsbrief/12/ of the test magazine, served by nginx with the production headers (its own CSP:
 * inline styles, no script), at 600 px (a desktop mail column) and 320 px (a small phone), in light
 * and dark. Nothing wider than the screen, every piece of text ≥ 18 px, axe finds nothing (also the
 * contrast of the dark scheme), and the images load. Its images have the site's public address
 * (https://vief-mvs.nl/_astro/…): they are answered from the local build, as the live site would.
 */
import { expect, test } from './test';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../magazine';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers';

const SITE = new URL((JSON.parse(fs.readFileSync(path.join(projectRoot, 'content', 'site.json'), 'utf8')) as { url: string }).url).origin;

for (const width of [600, 320]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme });

      test('fits the screen, text ≥ 18 px, images load, axe clean', async ({ page, baseURL }) => {
        await page.route(`${SITE}/**`, async (route) => {
          const local = new URL(new URL(route.request().url()).pathname, baseURL).href;
          await route.fulfill({ response: await route.fetch({ url: local }) });
        });
        const res = await page.goto('/nieuwsbrief/12/');
        expect(res?.status()).toBe(200);
        await expect(page).toHaveTitle('Vief nummer 12: Warm de winter door');
        await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nummer 12: Warm de winter door');

        await expectNoHorizontalScroll(page);
        const sizes = await page.evaluate(() => {
          const small: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let count = 0;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement!;
            if (!n.textContent!.trim() || el.closest('[style*="display:none"], [style*="display: none"]')) continue;
            const style = getComputedStyle(el);
            if (style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
            count++;
            const px = parseFloat(style.fontSize);
            if (px < 18) small.push(`${px}px: ${n.textContent!.trim().slice(0, 40)}`);
          }
          return { count, small };
        });
        expect(sizes.count).toBeGreaterThan(50);
        expect(sizes.small).toEqual([]);

        // Every element inside the screen (not only the document: a table can overflow its cell).
        const wide = await page.evaluate((w) => [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > w + 0.5).map((el) => el.tagName + (el.className ? `.${el.className}` : '')), width);
        expect(wide).toEqual([]);

        // The cover and one photo per artikel (every artikel of the test magazine has one).
        const images = page.locator('img');
        const artikelen = await page.locator('a[href*="/artikelen/"]').evaluateAll((as) => new Set(as.map((a) => (a as HTMLAnchorElement).href)).size);
        expect(artikelen).toBeGreaterThan(2);
        expect(await images.count()).toBe(1 + artikelen);
        for (const img of await images.all()) {
          await img.scrollIntoViewIfNeeded();
          await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(500);
        }

        if (colorScheme === 'dark') {
          const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          expect(bg).toBe('rgb(18, 18, 18)');
        }
        await expectNoAxeViolations(page);
        await page.screenshot({ path: test.info().outputPath(`nieuwsbrief-${width}-${colorScheme}.png`), fullPage: true });
      });
    });
  }
}

test('the text version is served as UTF-8 plain text', async ({ request }) => {
  const res = await request.get('/nieuwsbrief/12.txt');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^text\/plain; charset=utf-8/i);
  expect(await res.text()).toContain('Vief — Nummer 12: Warm de winter door');
});

test('the nummer page links to its e-mail edition and the text version', async ({ page }) => {
  await page.goto('/nummers/12/');
  await expect(page.getByRole('link', { name: 'Dit nummer als e-mail' })).toHaveAttribute('href', '/nieuwsbrief/12/');
  await expect(page.getByRole('link', { name: 'als platte tekst' })).toHaveAttribute('href', '/nieuwsbrief/12.txt');
});
