/**
 * Search (issue 6) against the built site: Pagefind's Dutch index, the /zoeken/ page, its filters,
 * its URL state, keyboard use, axe, and the page without JavaScript.
 *
 * Search words are picked from the test magazine's files at run time (tests/fixtures/magazine), so
 * the tests follow its content instead of hard-coding results.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { expect, test, type Page } from './test';
import { MAGAZINE, projectRoot, TEST_NOW } from '../magazine';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers';

// ---------- the content, read from disk ----------
interface Doc { collection: string; id: string; data: Record<string, any>; text: string }
const CONTENT = MAGAZINE;
const words = (s: string): string[] => s.toLowerCase().match(/\p{L}+/gu) ?? [];

function readCollection(collection: string): Doc[] {
  const dir = path.join(CONTENT, collection);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(src);
      const data = (m ? YAML.parse(m[1]) : {}) as Record<string, any>;
      const body = (m?.[2] ?? '').replace(/\]\([^)]*\)/g, '] ').replace(/<[^>]+>/g, ' ');
      const fields = [data.titel, data.naam, data.samenvatting, data.voorWie, ...(data.stappen ?? [])].filter((x) => typeof x === 'string');
      return { collection, id: f.replace(/\.mdx?$/, ''), data, text: `${fields.join(' ')} ${body}` };
    });
}

// Only published articles are built (publicatiedatum not after the build's clock).
const artikelen = readCollection('artikelen').filter((a) => new Date(a.data.publicatiedatum) <= new Date(TEST_NOW));
const tips = readCollection('tips');
// Activities off the agenda (hidden by the redactie, cancelled or gone at a partner: issue 18) keep a
// page that is not indexed.
const agenda = readCollection('agenda').filter((a) => !a.data.verborgen && !a.data.bron?.status);
const allDocs = [...artikelen, ...tips, ...agenda, ...readCollection('initiatieven'), ...readCollection('paginas')];
const docWords = new Map(allDocs.map((d) => [d, new Set(words(d.text))]));
const documentFrequency = (w: string) => allDocs.filter((d) => docWords.get(d)!.has(w)).length;
const articleHref = (a: Doc) => `/artikelen/${a.id}/`;
const gemeenteNamen: Record<string, string> = Object.fromEntries(
  (JSON.parse(fs.readFileSync(path.join(projectRoot, 'content', 'site.json'), 'utf8')).gemeenten as Array<{ slug: string; naam: string }>).map((g) => [g.slug, g.naam]),
);

/** A published article and the rarest word of its title (so it shows up near the top). */
function articleAndTitleWord(): { artikel: Doc; word: string } {
  const options = artikelen.flatMap((artikel) =>
    words(artikel.data.titel).filter((w) => w.length >= 5).map((word) => ({ artikel, word, df: documentFrequency(word) })),
  );
  options.sort((a, b) => a.df - b.df || b.word.length - a.word.length || a.artikel.id.localeCompare(b.artikel.id));
  expect(options.length, 'a published article with a title word of 5+ letters').toBeGreaterThan(0);
  return options[0];
}

// ---------- the page ----------
const input = (page: Page) => page.getByRole('searchbox', { name: 'Waar zoekt u naar?' });
const status = (page: Page) => page.locator('.zoekuitslag [role="status"]');
const results = (page: Page) => page.locator('.zoekresultaten > li');

async function waitForSearch(page: Page) {
  await expect(page.locator('[data-zoeken]')).toHaveAttribute('data-zoekstatus', 'klaar', { timeout: 15_000 });
}
/** The number in the status line ("12 resultaten voor ‘x’"), 0 for "Geen resultaten". */
async function resultCount(page: Page): Promise<number> {
  await waitForSearch(page);
  const text = (await status(page).textContent()) ?? '';
  return /^Geen/.test(text) ? 0 : Number(/^(\d+)/.exec(text)?.[1] ?? NaN);
}
async function searchFor(page: Page, q: string) {
  await page.goto('/zoeken/');
  await input(page).fill(q);
  await input(page).press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(q)}`));
  await waitForSearch(page);
}

test.describe('loading', () => {
  // The browser's own clock: Playwright's fake clock also fakes the performance timeline, and the
  // order of the first results and the word list is read from it.
  test.use({ testClock: null });

  test('/zoeken/ loads as light as another page: no Pagefind and no word list until the reader turns to the field (issue 17, point 7)', async ({ page }) => {
    const fetched = async (path: string) => {
      const seen: Array<{ path: string; bytes: Promise<number> }> = [];
      const listener = (request: import('@playwright/test').Request) => {
        seen.push({ path: new URL(request.url()).pathname, bytes: request.sizes().then((s) => s.responseHeadersSize + s.responseBodySize) });
      };
      page.on('requestfinished', listener);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      page.off('requestfinished', listener);
      return { paths: seen.map((r) => r.path), bytes: (await Promise.all(seen.map((r) => r.bytes))).reduce((a, b) => a + b, 0) };
    };
    const home = await fetched('/');
    const zoeken = await fetched('/zoeken/');
    expect(zoeken.paths.filter((p) => p.startsWith('/pagefind/') || p === '/zoeken/woorden.json'), 'nothing of the search engine on load').toEqual([]);
    expect(zoeken.paths.length, `requests: /zoeken/ ${zoeken.paths.length}, / ${home.paths.length}`).toBeLessThanOrEqual(home.paths.length);
    expect(zoeken.bytes, `bytes: /zoeken/ ${zoeken.bytes}, / ${home.bytes}`).toBeLessThanOrEqual(home.bytes);

    // Turning to the field starts loading Pagefind (before the first letter is typed).
    const script = page.waitForRequest((r) => new URL(r.url()).pathname === '/pagefind/pagefind.js');
    await input(page).focus();
    await script;

    // A word that finds something: the typo word list comes after the results are on screen.
    const { word } = articleAndTitleWord();
    await input(page).fill(word);
    await input(page).press('Enter');
    await waitForSearch(page);
    const order = await page.evaluate(() => ({
      results: performance.getEntriesByName('zoeken:eerste-resultaten')[0]?.startTime,
      words: performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === '/zoeken/woorden.json')?.startTime,
    }));
    expect(order.results, 'first results shown').toBeGreaterThan(0);
    expect(order.words, 'word list fetched').toBeGreaterThan(0);
    expect(order.words!, 'word list fetched after the first results').toBeGreaterThan(order.results!);
  });
});

test('a word from a sample article finds that article, with the word highlighted and the count announced', async ({ page }) => {
  const { artikel, word } = articleAndTitleWord();
  await searchFor(page, word);
  await expect(status(page)).toContainText(/^\d+ result(aat|aten) voor ‘/);
  const link = page.locator(`.zoekresultaten a[href="${articleHref(artikel)}"]`);
  await expect(link, `searching "${word}" lists ${articleHref(artikel)}`).toBeVisible();
  await expect(link).toHaveText(artikel.data.titel);
  const item = results(page).filter({ has: page.locator(`a[href="${articleHref(artikel)}"]`) });
  await expect(item.locator('.zoekresultaat__soort')).toContainText('Artikel');
  await expect(item.locator('.zoekresultaat__meta')).toContainText(/Verschenen op \d{1,2} \p{L}+ \d{4}/u);
  await expect(page.locator('.zoekresultaten mark').first()).toBeVisible();
  // The first ten are listed; the count covers them all.
  const n = await resultCount(page);
  await expect(results(page)).toHaveCount(Math.min(n, 10));
});

test('an inflected form finds the base form (Dutch stemming)', async ({ page }) => {
  const pairs: Array<[string, string]> = [['wandelingen', 'wandelen'], ['bewegingen', 'bewegen'], ['ontmoetingen', 'ontmoeten']];
  // An article that has the base form but no word starting with the inflected form: only stemming can find it.
  const found = pairs
    .flatMap(([inflected, base]) => artikelen.map((artikel) => ({ inflected, base, artikel, inTitle: words(artikel.data.titel).includes(base) })))
    .filter(({ inflected, base, artikel }) => docWords.get(artikel)!.has(base) && ![...docWords.get(artikel)!].some((w) => w.startsWith(inflected)))
    .sort((a, b) => Number(b.inTitle) - Number(a.inTitle))[0];
  await searchFor(page, found!.inflected);
  // The article may be further down: show more results until it is there (or there are no more).
  const link = page.locator(`.zoekresultaten a[href="${articleHref(found!.artikel)}"]`);
  for (let i = 0; i < 10 && !(await link.count()) && (await page.locator('[data-meer]').isVisible()); i++) {
    await page.locator('[data-meer]').click();
    await waitForSearch(page);
  }
  await expect(link, `"${found!.inflected}" finds ${articleHref(found!.artikel)} (which says "${found!.base}")`).toBeVisible();
});

test('a typo is forgiven: "valen" shows the results for "vallen", "rolator" offers "rollator" (issue 17)', async ({ page }) => {
  await searchFor(page, 'valen');
  await expect(status(page)).toHaveText(/^Geen resultaten voor ‘valen’\. Wel \d+ result(aat|aten) voor ‘vallen’:$/);
  expect(await results(page).count()).toBeGreaterThan(0);
  await expect(page.locator('.zoekresultaten mark').first()).toBeVisible();
  await expect(page.locator('[data-suggestie]')).toBeHidden();

  await searchFor(page, 'rolator');
  const suggestion = page.locator('[data-suggestie]');
  const text = (await status(page).textContent()) ?? '';
  if (/^Geen resultaten voor ‘rolator’\. Wel/.test(text)) {
    // Nothing for the typo itself: the results are those for rollator.
    await expect(status(page)).toContainText('‘rollator’');
  } else {
    // Pagefind found something for "rolator" itself: the better word is offered.
    await expect(suggestion).toBeVisible();
    await expect(suggestion).toHaveText('Bedoelde u rollator?');
    await suggestion.getByRole('link', { name: 'rollator' }).click();
    await expect(page).toHaveURL(/[?&]q=rollator/);
    await waitForSearch(page);
    await expect(status(page)).toHaveText(/^\d+ result(aat|aten) voor ‘rollator’$/);
    await expect(input(page)).toHaveValue('rollator');
  }
  // A correct word gets no suggestion.
  await searchFor(page, 'rollator');
  await expect(suggestion).toBeHidden();
});

test('the gemeente filter narrows the results and is kept in the URL', async ({ page }) => {
  // A word that occurs in an article about gemeente G and in a tip (tips belong to no gemeente).
  const tipWords = new Set(tips.flatMap((tip) => [...docWords.get(tip)!]));
  const candidates = artikelen
    .filter((a) => (a.data.gemeenten ?? []).length > 0)
    .flatMap((a) => [...docWords.get(a)!].filter((w) => w.length >= 6 && tipWords.has(w)).map((word) => ({ artikel: a, word, gemeente: gemeenteNamen[a.data.gemeenten[0]] })))
    .sort((a, b) => documentFrequency(a.word) - documentFrequency(b.word) || a.word.localeCompare(b.word));
  expect(candidates.length, 'a word shared by an article with a gemeente and a tip').toBeGreaterThan(0);
  const { word, gemeente } = candidates[0];

  await searchFor(page, word);
  const before = await resultCount(page);
  const toggle = page.getByRole('button', { name: gemeente, exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(new RegExp(`gemeente=${encodeURIComponent(gemeente)}`));
  const after = await resultCount(page);
  expect(after, `"${word}" in ${gemeente}`).toBeGreaterThan(0);
  expect(after, `"${word}": ${before} results, ${after} in ${gemeente}`).toBeLessThan(before);
  await expect(status(page)).toContainText('met de gekozen filters');
  // Every result shown belongs to that gemeente.
  const metas = await results(page).locator('.zoekresultaat__meta').allTextContents();
  expect(metas.length).toBe(await results(page).count());
  for (const m of metas) expect(m).toContain(gemeente);
  // Switching it off again brings the others back.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await resultCount(page)).toBe(before);
});

test('?q= and the filters restore the search after a reload and after Back', async ({ page }) => {
  const { artikel, word } = articleAndTitleWord();
  await searchFor(page, word);
  const count = await resultCount(page);
  expect(count).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Artikelen', exact: true }).click();
  await expect(page).toHaveURL(/soort=artikel/);
  const filtered = await resultCount(page);

  await page.reload();
  await expect(input(page)).toHaveValue(word);
  await expect(page.getByRole('button', { name: 'Artikelen', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect(await resultCount(page)).toBe(filtered);

  await page.locator(`.zoekresultaten a[href="${articleHref(artikel)}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${articleHref(artikel)}$`));
  await expect(page.locator('h1')).toHaveText(artikel.data.titel);
  await page.goBack();
  await expect(page).toHaveURL(/\/zoeken\/\?q=/);
  await expect(input(page)).toHaveValue(word);
  await expect(page.getByRole('button', { name: 'Artikelen', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect(await resultCount(page)).toBe(filtered);
  await expect(page.locator(`.zoekresultaten a[href="${articleHref(artikel)}"]`)).toBeVisible();
});

test('a new search gets its own history entry: Back returns to the previous search', async ({ page }) => {
  const { word } = articleAndTitleWord();
  const other = artikelen.map((a) => words(a.data.titel).find((w) => w.length >= 5 && w !== word)).find(Boolean)!;
  await searchFor(page, word);
  await input(page).fill(other);
  await input(page).press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(other)}`));
  await waitForSearch(page);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}$`));
  await expect(input(page)).toHaveValue(word);
  await expect(status(page)).toContainText(`‘${word}’`);
});

test('works with the keyboard alone: header field, filter toggle, result link', async ({ page }) => {
  const { artikel, word } = articleAndTitleWord();
  await page.goto('/');
  // Tab to the search field in the header.
  for (let i = 0; i < 8 && (await page.evaluate(() => document.activeElement?.id)) !== 'zoekveld-kop'; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoekveld-kop');
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/zoeken/\\?q=${encodeURIComponent(word)}`));
  await expect(input(page)).toHaveValue(word);
  await waitForSearch(page);

  // Tab to the "Artikelen" toggle and switch it with the space bar.
  const isArtikelenFocused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.waarde === 'artikel');
  for (let i = 0; i < 40 && !(await isArtikelenFocused()); i++) await page.keyboard.press('Tab');
  expect(await isArtikelenFocused()).toBe(true);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline, 'a visible focus ring on the toggle').not.toBe('none');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Artikelen', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await waitForSearch(page);

  // Tab on to the article's result and open it with Enter.
  const href = articleHref(artikel);
  const onResult = () => page.evaluate((h) => document.activeElement?.getAttribute('href') === h, href);
  for (let i = 0; i < 60 && !(await onResult()); i++) await page.keyboard.press('Tab');
  expect(await onResult(), `focus reaches the result ${href}`).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('more results load on request and focus moves to the first new one', async ({ page }) => {
  // Search for every article (soort filter, no words): with more than 10 there is a next batch.
  await page.goto('/zoeken/?soort=artikel');
  const total = await resultCount(page);
  expect(total).toBe(artikelen.length);
  await expect(results(page)).toHaveCount(Math.min(total, 10));
  const more = page.getByRole('button', { name: 'Meer resultaten tonen' });
  if (total > 10) {
    await more.click();
    await expect(results(page)).toHaveCount(Math.min(total, 20));
    await expect(results(page).nth(10).locator('a').first()).toBeFocused();
  } else {
    await expect(more).toBeHidden();
  }
});

test('past activities stay out of the results unless asked for', async ({ page }) => {
  // Activities that end (one-off, or recurring until a date). Move the reader's clock past all of them.
  const ending = agenda.filter((a) => !a.data.herhaling || a.data.herhaling.tot);
  expect(ending.length, 'an activity with a last day').toBeGreaterThan(0);
  const target = ending
    .flatMap((a) => words(a.data.titel).filter((w) => w.length >= 5).map((word) => ({ a, word, df: documentFrequency(word) })))
    .sort((x, y) => x.df - y.df || x.word.localeCompare(y.word))[0];
  await page.clock.setFixedTime(new Date('2100-01-01T12:00:00+01:00'));
  const href = `/agenda/${target.a.id}/`;

  await page.goto(`/zoeken/?q=${encodeURIComponent(target.word)}`);
  await waitForSearch(page);
  await expect(page.locator(`.zoekresultaten a[href="${href}"]`)).toHaveCount(0);
  await expect(page.locator('[data-voorbij]')).toContainText(/voorbij (is|zijn), sta(at|an) er niet bij/);
  const show = page.getByRole('button', { name: 'Toon ook voorbije activiteiten' });
  await show.click();
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/voorbij=ja/);
  await waitForSearch(page);
  const item = results(page).filter({ has: page.locator(`a[href="${href}"]`) });
  await expect(item).toHaveCount(1);
  await expect(item.locator('.zoekresultaat__voorbij')).toHaveText('Voorbij');
});

test('the search page with results is accessible and fits the screen', async ({ page }) => {
  test.slow(); // two searches and two axe runs
  const { word } = articleAndTitleWord();
  await searchFor(page, word);
  await page.getByRole('button', { name: 'Artikelen', exact: true }).click();
  await waitForSearch(page);
  await page.locator('details[data-rubrieken] summary').click();
  await expect(page.locator('[data-filter="rubriek"]').first()).toBeVisible();
  for (const button of await page.locator('.zoekfilters button:visible').all()) {
    const box = (await button.boundingBox())!;
    expect(box.height, 'toggle height').toBeGreaterThanOrEqual(44);
    expect(box.width, 'toggle width').toBeGreaterThanOrEqual(44);
  }
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  // And with nothing found.
  await searchFor(page, 'qqxqzzq');
  await expect(status(page)).toHaveText(/^Geen resultaten voor ‘qqxqzzq’/);
  await expect(results(page)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says search needs it and links to rubrieken, tips and agenda', async ({ page }) => {
    await page.goto('/zoeken/?q=wandelen');
    // (Playwright's getByText skips <noscript>, so the message is found by its class.)
    const message = page.locator('.zoeken-zonder-js');
    await expect(message).toBeVisible();
    await expect(message).toContainText('Zoeken werkt alleen als JavaScript aan staat');
    for (const href of ['/rubriek/', '/tips/', '/agenda/']) await expect(message.locator(`a[href="${href}"]`)).toBeVisible();
    await expect(page.locator('[data-filters]')).toBeHidden();
    // (No axe run here: axe itself needs JavaScript in the page.)
  });
});
