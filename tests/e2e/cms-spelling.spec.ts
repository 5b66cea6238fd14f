/**
 * Dutch spelling while writing (issue 16, point 4), in the real CMS: /admin/ of the built test
 * magazine (nginx, production CSP: the worker and its WebAssembly must pass it) with the real
 * decap-server on a temporary Git repository (tests/e2e/cms-harness.ts). An editor opens an
 * artikel, the preview says no word looks misspelled (names, places and the magazine's own words
 * are known), she types a misspelled word and the preview marks it with a suggestion. The
 * dictionary and the worker are loaded only then, from the site itself.
 * Runs in one Playwright project only, at 1280×860 (as tests/e2e/cms.spec.ts).
 */
import path from 'node:path';
import fs from 'node:fs';
import { expect, test, type Page } from './test';
import { pointCmsAt } from './cms-harness';
import { newParagraphAtEnd, openEntry, SHOTS, withDecapServer } from './cms-helpers';

// Decap's own timers run on the real clock.
test.use({ testClock: null, viewport: { width: 1280, height: 860 }, hasTouch: false, isMobile: false, actionTimeout: 20_000, navigationTimeout: 60_000 });
const decapServer = withDecapServer(test);

async function openArtikel(page: Page, title: string) {
  await pointCmsAt(page, decapServer().url);
  await page.goto('/admin/', { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Inloggen' }).click({ timeout: 120_000 });
  const link = (name: string) => page.getByRole('link', { name, exact: true }).first();
  await link('Artikelen').click({ timeout: 60_000 });
  const entry = page.getByRole('link', { name: new RegExp(title) }).first();
  const cards = page.locator('a[href*="/collections/artikelen/entries/"]');
  await expect(async () => {
    if (!(await entry.isVisible())) {
      if ((await cards.count()) === 0) {
        // An empty list (before the local backend queued decap-server's requests, "Request timed out"): open it again.
        await link('Agenda').click();
        await link('Artikelen').click();
      } else {
        // Older artikelen load as the editor scrolls down the list (20 at a time, issue 16 point 6).
        await cards.last().scrollIntoViewIfNeeded();
        await page.mouse.wheel(0, 4000);
      }
    }
    await expect(entry).toBeVisible({ timeout: 15_000 });
  }).toPass({ timeout: 120_000 });
  return entry;
}

test('een verkeerd gespeld woord wordt gemarkeerd in het voorbeeld, met een suggestie', async ({ page }) => {
  test.setTimeout(240_000);
  const spellingRequests: string[] = [];
  const spellingBytes = new Map<string, number>();
  page.on('request', (r) => {
    if (/\/admin\/spelling\/|spelling-worker/.test(r.url())) spellingRequests.push(new URL(r.url()).pathname);
  });
  page.on('response', async (r) => {
    if (/\/admin\/spelling\/|spelling-worker/.test(r.url())) spellingBytes.set(new URL(r.url()).pathname, Number((await r.allHeaders())['content-length'] ?? NaN));
  });
  const entry = await openArtikel(page, 'De eerste haring');
  // Lazy: nothing of the spell check is loaded for the login or the list.
  expect(spellingRequests).toEqual([]);
  await openEntry(page, entry);

  const preview = page.frameLocator('#preview-pane');
  const panel = preview.locator('section.cms-leesniveau');
  const regel = panel.locator('li.cms-spelling-regel');
  // The artikel as it is (names like Arie and Nel, the Westwijk, Vlaardingen): nothing flagged.
  await expect(regel).toHaveText('Spelling: geen woorden gevonden die verkeerd gespeld lijken.', { timeout: 60_000 });
  expect(spellingRequests.some((p) => p.endsWith('/admin/spelling/nl.dic.gz'))).toBe(true);
  expect(spellingRequests.some((p) => /spelling-worker/.test(p))).toBe(true);
  // The dictionary travels gzipped (2.5 MB unpacked).
  const dicBytes = spellingBytes.get('/admin/spelling/nl.dic.gz')!;
  console.log(`spelling: loaded ${[...spellingBytes].map(([p, n]) => `${p} ${n} B`).join(', ')}`);
  expect(dicBytes).toBeGreaterThan(100_000);
  expect(dicBytes).toBeLessThan(1_000_000);

  // The browser's own spell check, measured: what Slate's editor tells the browser.
  const editor = page.locator('[data-slate-editor="true"]').first();
  const browserCheck = await editor.evaluate((el: HTMLElement) => ({ spellcheck: el.spellcheck, lang: el.closest('[lang]')?.getAttribute('lang') ?? '' }));
  console.log(`spelling: Slate editor spellcheck=${browserCheck.spellcheck}, lang="${browserCheck.lang}"`);

  // A new paragraph first (on a loaded machine a key typed right after Enter can get lost).
  await newParagraphAtEnd(page, editor);
  // Typing is timed for the record (Decap re-renders the preview on every key; the check itself runs in a worker).
  const typed = 'Vandaaag gaan we met de stoelgym van het digicafé naar Maassluis en Schiedam.';
  const started = Date.now();
  await page.keyboard.type(typed, { delay: 20 });
  const typingMs = Date.now() - started;
  await expect(editor).toContainText(typed);

  const mark = preview.locator('mark.cms-spelling-mark');
  await expect(mark).toHaveCount(1, { timeout: 30_000 });
  await expect(mark).toHaveText('Vandaaag');
  await expect(mark).toHaveAttribute('title', /^Mogelijk verkeerd gespeld; bedoelt u: .*Vandaag.*\?$/);
  await expect(regel).toContainText('Spelling: 1 woord is mogelijk verkeerd gespeld: "Vandaaag" (bedoelt u "Vandaag"?)');
  // The marked word is in the preview's text, where the editor typed it.
  await expect(preview.locator('.prose')).toContainText(typed);
  const checkMs = await page.evaluate(() => document.documentElement.dataset.spellingMs);
  console.log(`spelling: typed ${typed.length} characters in ${typingMs} ms (20 ms delay each); last check in the worker ${checkMs} ms`);

  // Corrected, the mark goes.
  for (let i = 0; i < typed.length; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'Vandaaag'.length - 'Vand'.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Delete');
  await expect(mark).toHaveCount(0, { timeout: 30_000 });
  await expect(regel).toHaveText('Spelling: geen woorden gevonden die verkeerd gespeld lijken.');

  // Once more wrong, for the handleiding's picture.
  await page.keyboard.type('a');
  await expect(mark).toHaveCount(1, { timeout: 30_000 });
  await preview.locator('.prose').evaluate((el) => el.querySelector('mark.cms-spelling-mark')?.scrollIntoView({ block: 'center' }));
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, '08-spelling.png') });
  await expect(regel).toContainText('"Vandaaag"');
  await panel.screenshot({ path: path.join(SHOTS, '08-spelling-regel.png') });
});
