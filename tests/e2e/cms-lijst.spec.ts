/**
 * The CMS lists a page at a time (issue 16, point 6), in the real /admin/ page against the real
 * decap-server on a temporary Git repository with a copy of the test magazine (26 artikelen):
 *   - the artikelen list asks the backend for the file list and the first 20 artikelen only (no
 *     decap-server `entriesByFolder`, which sends every artikel's whole text), newest first;
 *   - scrolling to the end loads the rest, each artikel once;
 *   - searching and sorting by title still see every artikel, also those not loaded yet (they
 *     get every artikel's front matter, not its text);
 *   - Decap's config check (ajv, ~1.2 s on an older tablet) runs once per config: skipped on a
 *     repeat visit with the same config, run again after a change, and a bad config is refused;
 *   - the media library comes without the photos' bytes (decap-server's `getMedia` sends every
 *     photo base64-encoded, at login and for every entry opened): an opened artikel's preview
 *     shows its photo, fetched on its own (that the library still shows every photo, with its
 *     picture: tests/e2e/cms-tablet.spec.ts).
 * The expected order is read from the test magazine's files with a YAML parser, not with the
 * backend's own code.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { expect, test, type Page } from '@playwright/test';
import { MAGAZINE } from '../magazine';
import { pointCmsAt } from './cms-harness';
import { openEntry, shot, withDecapServer } from './cms-helpers';
import { PAGE_SIZE } from '../../cms/paged-list';

test.describe.configure({ mode: 'default' });
test.use({ actionTimeout: 20_000, navigationTimeout: 60_000, screenshot: 'only-on-failure' });

const decapServer = withDecapServer(test);

interface Artikel {
  slug: string;
  titel: string;
  datum: string;
}

/** The test magazine's artikelen, newest first (ties by file name, as the list promises). */
function artikelen(): Artikel[] {
  const dir = path.join(MAGAZINE, 'artikelen');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const { data } = matter(fs.readFileSync(path.join(dir, f), 'utf8'));
      const d = data.publicatiedatum;
      return { slug: f.replace(/\.md$/, ''), titel: String(data.titel), datum: d instanceof Date ? d.toISOString().slice(0, 10) : String(d) };
    })
    .sort((a, b) => (a.datum === b.datum ? (a.slug < b.slug ? -1 : 1) : a.datum < b.datum ? 1 : -1));
}

/** What the page asked the local backend, by action (and the folder, where there is one). */
function backendActions(page: Page, url: string): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(url) || request.method() !== 'POST') return;
    try {
      const body = JSON.parse(request.postData() ?? '{}') as { action?: string; params?: { folder?: string; mediaFolder?: string; path?: string } };
      const where = body.params?.folder ?? body.params?.mediaFolder ?? (body.action === 'getMediaFile' ? body.params?.path : undefined);
      seen.push(where ? `${body.action} ${where}` : String(body.action));
    } catch {
      /* not JSON: not Decap */
    }
  });
  return seen;
}

const cards = (page: Page) => page.locator('a[href*="/collections/artikelen/entries/"]');
const slugsShown = (page: Page) => cards(page).evaluateAll((as) => as.map((a) => decodeURIComponent((a as HTMLAnchorElement).href.split('/entries/')[1] ?? '')));

test('de artikelenlijst laadt 20 artikelen tegelijk, nieuwste eerst, de rest bij het scrollen; zoeken vindt ook de rest', async ({ page }) => {
  test.setTimeout(240_000);
  const expected = artikelen();
  expect(expected.length, 'het testmagazine heeft meer artikelen dan één pagina').toBeGreaterThan(PAGE_SIZE);
  const actions = backendActions(page, decapServer().url);
  await pointCmsAt(page, decapServer().url);
  await page.goto('/admin/', { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Inloggen' }).click({ timeout: 120_000 });
  await expect(cards(page).first()).toBeVisible({ timeout: 60_000 });

  // First page: the 20 newest, in order; the backend sent the file list and those 20 only.
  await expect.poll(() => slugsShown(page)).toEqual(expected.slice(0, PAGE_SIZE).map((a) => a.slug));
  await shot(page, 'artikelen-lijst-820.png');
  expect(actions).toContain('cmsFolderIndex content/artikelen');
  expect(actions, 'geen hele map in één keer').not.toContain('entriesByFolder content/artikelen');

  // Searching finds an artikel the list has not loaded yet (search loads every entry itself).
  const oldest = expected.at(-1)!;
  expect(await slugsShown(page)).not.toContain(oldest.slug);
  const search = page.getByRole('searchbox').or(page.getByPlaceholder(/zoek/i)).first();
  await search.fill(oldest.titel);
  await search.press('Enter');
  await expect(page.locator(`a[href*="/entries/${oldest.slug}"]`).first()).toBeVisible({ timeout: 60_000 });
  await page.getByRole('link', { name: 'Artikelen', exact: true }).first().click();
  await expect.poll(() => slugsShown(page)).toEqual(expected.slice(0, PAGE_SIZE).map((a) => a.slug));
  const beforeScrolling = actions.length;

  // Scrolling to the end of the list brings the rest, each artikel once.
  await expect(async () => {
    await cards(page).last().scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 4000);
    expect(await cards(page).count()).toBe(expected.length);
  }).toPass({ timeout: 60_000 });
  expect(await slugsShown(page)).toEqual(expected.map((a) => a.slug));
  expect(actions.slice(beforeScrolling).filter((a) => a === 'entriesByFiles').length, 'één pagina erbij').toBe(1);
  // At the very end the last artikel is above the status line and the Handleiding button (both
  // fixed at the bottom of the screen), not under them.
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
  await shot(page, 'artikelen-lijst-einde-820.png');
  const lastCard = (await cards(page).last().boundingBox())!;
  for (const fixed of [page.locator('.cms-publicatie'), page.locator('.cms-handleiding')]) {
    const box = (await fixed.boundingBox())!;
    expect(lastCard.y + lastCard.height, `laatste artikel boven ${await fixed.textContent()}`).toBeLessThanOrEqual(box.y);
  }

  // Sorting by title sees every artikel (Decap then loads all of them once; it compares titles
  // as lodash's orderBy does, by character code: "Zeeland" before "uit").
  await page.getByRole('button', { name: 'Sorteer op' }).click();
  await page.getByRole('menuitem', { name: 'Titel' }).click();
  const byTitle = [...expected].sort((a, b) => (a.titel < b.titel ? -1 : a.titel > b.titel ? 1 : 0)).map((a) => a.slug);
  await expect.poll(() => slugsShown(page), { timeout: 60_000 }).toEqual(byTitle);
  // Search and sorting asked for every artikel's front matter only, never for every whole text.
  expect(actions).toContain('cmsFolderSummaries content/artikelen');
  expect(actions).not.toContain('entriesByFolder content/artikelen');
});

test('de mediabibliotheek komt zonder de foto’s zelf; een foto wordt pas geladen als hij in beeld komt', async ({ page }) => {
  test.setTimeout(240_000);
  const newest = artikelen()[0]!;
  const photo = String(matter(fs.readFileSync(path.join(MAGAZINE, 'artikelen', `${newest.slug}.md`), 'utf8')).data.afbeelding ?? '');
  expect(photo, `${newest.slug} heeft een foto`).toMatch(/^\.\.\/media\/.+\.jpg$/);
  const photoPath = `content/media/${path.posix.basename(photo)}`;
  const actions = backendActions(page, decapServer().url);
  await pointCmsAt(page, decapServer().url);
  await page.goto('/admin/', { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Inloggen' }).click({ timeout: 120_000 });
  await expect(cards(page).first()).toBeVisible({ timeout: 60_000 });
  await openEntry(page, cards(page).first());
  // The preview shows the artikel's photo, really loaded (a blob from the backend, with pixels).
  const img = page.frameLocator('#preview-pane').locator('figure.artikel-foto img');
  await expect(img).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0)), { timeout: 30_000 }).toBeGreaterThan(100);
  expect(await img.getAttribute('src')).toMatch(/^blob:/);
  expect(actions).toContain('cmsMediaIndex content/media');
  expect(actions.filter((a) => a.startsWith('getMedia ')), 'geen hele mediabibliotheek').toEqual([]);
  expect(actions.filter((a) => a.startsWith('getMediaFile ')), 'alleen de foto van dit artikel').toEqual([`getMediaFile ${photoPath}`]);
});

test('Decap controleert de instellingen één keer: bij een volgend bezoek niet opnieuw, na een wijziging wel', async ({ page }) => {
  test.setTimeout(240_000);
  const flag = () => page.evaluate(() => (window as unknown as { VIEF_CONFIG_GECONTROLEERD?: boolean }).VIEF_CONFIG_GECONTROLEERD);
  const remembered = () => page.evaluate(() => localStorage.getItem('vief-cms-config-gecontroleerd'));
  const login = page.getByRole('button', { name: 'Inloggen' });
  await pointCmsAt(page, decapServer().url);
  // First visit: Decap validates; once it is on screen this config is remembered.
  await page.goto('/admin/', { waitUntil: 'domcontentloaded' });
  await expect(login).toBeVisible({ timeout: 120_000 });
  expect(await flag()).toBe(false);
  await expect.poll(remembered).toMatch(/^[0-9a-f]{64}$/);
  const first = await remembered();
  // Repeat visit with the same config: the check is skipped, Decap starts as before.
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(login).toBeVisible({ timeout: 120_000 });
  expect(await flag()).toBe(true);
  // A changed config is checked again…
  let change: (config: Record<string, unknown>) => void = (config) => {
    config.site_url = 'http://127.0.0.1:1/anders';
  };
  await page.route('**/admin/config.json', async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    change(config);
    await route.fulfill({ response, json: config });
  });
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(login).toBeVisible({ timeout: 120_000 });
  expect(await flag()).toBe(false);
  await expect.poll(remembered).not.toBe(first);
  // …and one Decap refuses is refused, as without this shortcut: no login, nothing remembered.
  const beforeBad = await remembered();
  change = (config) => {
    config.collections = 'geen lijst';
  };
  await page.reload({ waitUntil: 'domcontentloaded' });
  // Decap's own validation message (a message for the developer who broke the config, in English).
  await expect(page.getByText("'collections' must be array")).toBeVisible({ timeout: 60_000 });
  expect(await flag()).toBe(false);
  await expect(login).toHaveCount(0);
  expect(await remembered()).toBe(beforeBad);
});
