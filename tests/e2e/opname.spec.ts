/**
 * A recorded reading (issue 19) on the article page: the player is there instead of Voorlezen, is
 * large, works by keyboard (Tab to it, Space plays and pauses), the file is served as audio/mpeg
 * with range requests (seeking), and the page stays accessible. The podcast feed is served as RSS.
 */
import { expect, test } from './test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers';

const PAGE = '/artikelen/gezond-de-winter-door/';
const FILE = '/artikelen/gezond-de-winter-door/voorgelezen.mp3';

test('the player is large, plays and pauses by keyboard, and the page is accessible', async ({ page }) => {
  await page.goto(PAGE);
  const player = page.locator('article section.opname audio');
  await expect(player).toBeVisible();
  await expect(page.locator('[data-voorlezen]')).toHaveCount(0);
  const box = (await player.boundingBox())!;
  const article = (await page.locator('article').boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(article.width * 0.9);
  await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.duration)).toBeGreaterThan(2.5);

  // The browser's own player is next in the tab order after the large buttons; Space starts and stops it.
  await page.getByRole('button', { name: 'Sneller' }).focus();
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('AUDIO');
  await page.keyboard.press('Space');
  await expect.poll(() => player.evaluate((a: HTMLAudioElement) => !a.paused && a.currentTime > 0)).toBe(true);
  await page.keyboard.press('Space');
  await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);

  // The large buttons, by keyboard: Afspelen / Pauzeer, Sneller, Langzamer, 15 seconden terug.
  const afspelen = page.getByRole('button', { name: 'Afspelen' });
  await expect(afspelen).toBeVisible();
  for (const b of await page.locator('[data-opname-knoppen] button').all()) expect((await b.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await afspelen.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => player.evaluate((a: HTMLAudioElement) => !a.paused)).toBe(true);
  await expect(page.getByRole('button', { name: 'Pauzeer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
  await page.keyboard.press('Tab'); // 15 seconden terug
  await page.keyboard.press('Tab'); // Langzamer
  await page.keyboard.press('Tab'); // Sneller
  await expect(page.getByRole('button', { name: 'Sneller' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1.15);
  await expect(page.getByRole('status').filter({ hasText: 'Snelheid' })).toHaveText('Snelheid: 1,15 keer');
  await page.getByRole('button', { name: 'Langzamer' }).press('Enter');
  await page.getByRole('button', { name: 'Langzamer' }).press('Enter');
  await expect.poll(() => player.evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(0.9);

  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  await page.locator('section.opname').screenshot({ path: test.info().outputPath('opname.png') });
});

test('the recording is served as audio/mpeg with range requests; the podcast feed as RSS', async ({ request }) => {
  const whole = await request.get(FILE);
  expect(whole.status()).toBe(200);
  expect(whole.headers()['content-type']).toBe('audio/mpeg');
  const part = await request.get(FILE, { headers: { Range: 'bytes=0-99' } });
  expect(part.status()).toBe(206);
  expect((await part.body()).length).toBe(100);
  const feed = await request.get('/podcast.xml');
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(`<enclosure url="https://vief-mvs.nl${FILE}"`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the browser\'s own player is there; the large buttons stay hidden', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator('section.opname audio[controls]')).toBeVisible();
    await expect(page.locator('[data-opname-knoppen]')).toBeHidden();
  });
});
