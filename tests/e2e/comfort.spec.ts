/**
 * Leesgemak (issue 7, point 1): text size up to 200% and high contrast, remembered on the
 * device, applied before the first paint, never breaking the layout.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers';
import { applyTextSpacing, clippedText, linkMatching, PAGE_TYPES, presetComfort, resolvePath } from './comfort-helpers';

test.describe.configure({ timeout: 180_000 });

test('the control appears with JavaScript, grows text in steps up to 200% and remembers it', async ({ page }) => {
  await page.goto('/');
  const control = page.getByRole('region', { name: 'Letters en contrast' });
  await expect(control).toBeVisible();
  const bigger = control.getByRole('button', { name: 'Groter' });
  const smaller = control.getByRole('button', { name: 'Kleiner' });
  const size = control.locator('output');
  await expect(size).toHaveText('100%');
  await expect(smaller).toHaveAttribute('aria-disabled', 'true');
  const rootPx = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(await rootPx()).toBe(16);

  const seen: string[] = [];
  for (let i = 0; i < 6; i++) {
    // Past the last step the button is aria-disabled (it keeps focus): press it with the keyboard.
    if (i < 4) await bigger.click();
    else await bigger.press('Enter');
    seen.push((await size.textContent()) ?? '');
  }
  // At least three steps, the last one 200%; clicking past the end changes nothing.
  expect(seen).toEqual(['125%', '150%', '175%', '200%', '200%', '200%']);
  await expect(bigger).toHaveAttribute('aria-disabled', 'true');
  await expect(bigger).toBeFocused();
  expect(await rootPx()).toBe(32);
  await expect(page.locator('html')).toHaveAttribute('data-tekstgrootte', '200');

  // Remembered across a reload and on another page.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-tekstgrootte', '200');
  await expect(page.getByRole('region', { name: 'Letters en contrast' }).locator('output')).toHaveText('200%');
  const artikel = await linkMatching(page, '/', /^\/artikelen\/[a-z0-9-]+\/$/);
  await page.goto(artikel);
  expect(await rootPx()).toBe(32);
  const bodyText = await page.locator('.prose p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(bodyText).toBeGreaterThanOrEqual(40);

  // Back to normal.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Kleiner' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-tekstgrootte', /.*/);
  expect(await rootPx()).toBe(16);
  await page.reload();
  expect(await rootPx()).toBe(16);
});

test('the preference is applied before the first paint, by an external script only', async ({ page }) => {
  await presetComfort(page, { size: 150, contrast: true });
  // Record <html>'s attributes at the first moment the body exists, before any rendering.
  await page.addInitScript(() => {
    const w = window as unknown as { __firstBody?: string };
    new MutationObserver((_, obs) => {
      if (document.body && w.__firstBody === undefined) {
        w.__firstBody = `${document.documentElement.getAttribute('data-tekstgrootte')}|${document.documentElement.getAttribute('data-contrast')}`;
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  expect(await page.evaluate(() => (window as unknown as { __firstBody?: string }).__firstBody)).toBe('150|hoog');
  // The script is a blocking external file in <head>; the page has no inline scripts (CSP).
  const head = await page.locator('head script[src="/scripts/comfort.js"]').evaluate((s) => ({ defer: (s as HTMLScriptElement).defer, async: (s as HTMLScriptElement).async }));
  expect(head).toEqual({ defer: false, async: false });
  const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').count();
  expect(inline).toBe(0);
  const handlers = await page.evaluate(() => Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on'))).length);
  expect(handlers).toBe(0);
});

test('without JavaScript the control is simply not there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('[data-comfort]')).toBeHidden();
  await expect(page.locator('[data-voorlezen]')).toHaveCount(0);
  await expect(page.locator('h1')).toBeVisible();
  await context.close();
});

test('high contrast: one tap, remembered, and enhanced contrast everywhere', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Hoog contrast' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'hoog');
  const colours = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
  expect(colours).toEqual({ bg: 'rgb(0, 0, 0)', fg: 'rgb(255, 255, 255)' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'hoog');
  await expect(page.getByRole('button', { name: 'Hoog contrast' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Hoog contrast' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-contrast', /.*/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-contrast', /.*/);
});

for (const [kind, where] of PAGE_TYPES) {
  test.describe(`page type ${kind}`, () => {
    test('at 200% text nothing scrolls sideways, also with WCAG text spacing', async ({ page }) => {
      const path = await resolvePath(page, where);
      await presetComfort(page, { size: 200 });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-tekstgrootte', '200');
      await expectNoHorizontalScroll(page);
      await applyTextSpacing(page);
      await expectNoHorizontalScroll(page);
      expect(await clippedText(page), `${path}: text cut off with text spacing`).toEqual([]);
    });

    test('axe: no violations in high contrast, and text reaches 7:1', async ({ page }) => {
      const path = await resolvePath(page, where);
      await presetComfort(page, { contrast: true, size: 150 });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-contrast', 'hoog');
      await expectNoAxeViolations(page);
      const enhanced = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
      expect(enhanced.violations.flatMap((v) => v.nodes.map((n) => `${path} ${n.target.join(' ')}`))).toEqual([]);
    });
  });
}

test('controls stay large enough to tap at every size', async ({ page }) => {
  await presetComfort(page, { size: 100 });
  await page.goto(await linkMatching(page, '/', /^\/artikelen\/[a-z0-9-]+\/$/));
  const boxes = await page.locator('[data-comfort] button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
  expect(boxes.length).toBe(3);
  for (const h of boxes) expect(h).toBeGreaterThanOrEqual(44);
});
