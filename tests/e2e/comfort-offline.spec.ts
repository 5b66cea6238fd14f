/**
 * Offline reading (issue 7, point 3): the service worker keeps the current nummer and every page
 * the reader opened; other pages give the friendly offline page; pages come from the network
 * first, so an update is seen as soon as there is a connection.
 * Service workers run on localhost / 127.0.0.1 without https.
 */
import { expect, test, type Page } from './test';
import { expectNoAxeViolations } from './helpers';
import { linkMatching } from './comfort-helpers';

test.describe.configure({ timeout: 120_000 });

/** Waits until the worker controls the page (no reload needed: clients.claim) and returns its script URL. */
async function workerReady(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 100));
    if (!navigator.serviceWorker.controller) throw new Error('the service worker never took control');
    return reg.active!.scriptURL;
  });
}

async function waitUntilKept(page: Page, path: string) {
  await expect
    .poll(() => page.evaluate(async (p) => Boolean(await caches.match(new URL(p, location.origin).href)), path), { timeout: 30_000, message: `${path} kept on the device` })
    .toBe(true);
}

test('a visited article, and the current nummer, read offline; other pages show the offline page', async ({ page, context }) => {
  // An article that is NOT in the current nummer: it can only be offline because it was read.
  const nummer = await linkMatching(page, '/', /^\/nummers\/\d+\/$/);
  await page.goto(nummer);
  const inNummer = await page.locator('main a[href^="/artikelen/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(inNummer.length).toBeGreaterThan(0);
  await page.goto('/rubriek/');
  const rubrieken = await page.locator('main a[href^="/rubriek/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  let visited: string | undefined;
  for (const r of rubrieken) {
    await page.goto(r);
    const links = await page.locator('main a[href^="/artikelen/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    visited = links.find((l) => !inNummer.includes(l));
    if (visited) break;
  }
  expect(visited, 'an article outside the current nummer').toBeTruthy();

  const scriptURL = await workerReady(page);
  expect(scriptURL).toMatch(/\/sw\.js\?v=\w+/);
  await page.goto(visited!);
  const title = (await page.locator('h1').textContent())!.trim();
  await waitUntilKept(page, visited!);
  await waitUntilKept(page, inNummer[0]);

  await context.setOffline(true);
  try {
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page.locator('.prose p').first()).toBeVisible();
    // Styles came along: the reading column still has its width and font.
    expect(await page.locator('body').evaluate((b) => getComputedStyle(b).fontFamily)).toContain('Atkinson');

    // The current nummer was stored when the worker installed, read or not.
    await page.goto(inNummer.at(-1)!);
    await expect(page.locator('article h1')).toBeVisible();
    await expect(page.locator('h1')).not.toHaveText('U heeft nu geen internet');

    // A page never opened: the friendly offline page, listing what can be read.
    await page.goto('/initiatieven/');
    await expect(page.locator('h1')).toHaveText('U heeft nu geen internet');
    await expect(page.getByRole('link', { name: 'Probeer het opnieuw' })).toBeVisible();
    const kept = page.getByRole('region', { name: 'Eerder door u gelezen' });
    await expect(kept.getByRole('link', { name: title })).toBeVisible();
    await expect(page.locator('main a[href^="tel:"]')).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    await context.setOffline(false);
  }
});

test('a changed page reaches the reader by itself, and the new version is what stays on the device', async ({ page, context }) => {
  const artikel = await linkMatching(page, '/', /^\/artikelen\/[a-z0-9-]+\/$/);
  await workerReady(page);
  await page.goto(artikel);
  await waitUntilKept(page, artikel);

  // The server now has a new version of the page (the worker's own fetch is intercepted too).
  await context.route(`**${artikel}`, async (route) => {
    try {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<h1>[^<]*<\/h1>/, '<h1>Bijgewerkte titel</h1>');
      await route.fulfill({ response, body: html });
    } catch {
      // The request was cancelled meanwhile (the page reloaded): nothing left to answer.
      await route.abort().catch(() => {});
    }
  });
  // Pages come from the network first. On a very slow connection (a loaded test machine) the
  // worker shows the stored copy after a few seconds and stores the new version for next time:
  // so allow a second visit, but no more, and nothing the reader has to do besides opening it.
  let visits = 0;
  await expect
    .poll(async () => {
      visits++;
      await page.reload();
      return (await page.locator('h1').textContent())?.trim();
    }, { timeout: 60_000, intervals: [500, 1000, 2000] })
    .toBe('Bijgewerkte titel');
  expect(visits).toBeLessThanOrEqual(2);
  await context.unroute(`**${artikel}`);

  // …and the updated page is what stays on the device.
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.locator('h1')).toHaveText('Bijgewerkte titel');
  } finally {
    await context.setOffline(false);
  }
});

test('a new build brings a new worker that takes over by itself and drops the old nummer cache', async ({ page }) => {
  await page.goto('/');
  const first = await workerReady(page);
  const version = new URL(first).searchParams.get('v');
  expect(version).toBeTruthy();
  expect(await page.locator('script[src="/scripts/sw-register.js"]').getAttribute('data-versie')).toBe(version);
  // Simulate the next build: register the worker under a new version, as the next build's pages do.
  const result = await page.evaluate(async () => {
    const before = navigator.serviceWorker.controller!.scriptURL;
    const changed = new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    await navigator.serviceWorker.register('/sw.js?v=volgende-versie', { scope: '/' });
    await changed; // skipWaiting + clients.claim: no reload, no tab closing, no button
    const after = navigator.serviceWorker.controller!.scriptURL;
    let names = await caches.keys();
    for (let i = 0; i < 50 && names.some((n) => n.startsWith('vief-vast-') && !n.endsWith('volgende-versie')); i++) {
      await new Promise((r) => setTimeout(r, 100));
      names = await caches.keys();
    }
    return { before, after, names };
  });
  expect(result.before).not.toBe(result.after);
  expect(result.after).toContain('v=volgende-versie');
  expect(result.names).toContain('vief-vast-volgende-versie');
  expect(result.names.filter((n) => n.startsWith('vief-vast-'))).toEqual(['vief-vast-volgende-versie']);
  expect(result.names).toContain('vief-paginas-v1');
});

/** Every picture on the page has real pixels (lazy ones scrolled into view first). */
async function picturesShown(page: Page): Promise<number> {
  const images = page.locator('main img');
  const count = await images.count();
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), { message: `${page.url()} picture` }).toBeGreaterThan(0);
  }
  return count;
}

test.describe('pictures offline (issue 17)', () => {
  // A tablet with a sharp screen asks for larger pictures (srcset) than the one size the worker
  // keeps: offline it is given the kept size of the same picture.
  test.use({ deviceScaleFactor: 2 });

  test('after visiting only the home page, every article of the current nummer opens offline with all its pictures', async ({ page, context }) => {
    await page.goto('/');
    const { paginas, nummer } = (await (await page.request.get('/offline.json')).json()) as { paginas: string[]; nummer: string };
    const artikelen = paginas.filter((p) => p.startsWith('/artikelen/'));
    expect(artikelen.length).toBeGreaterThan(0);
    await workerReady(page); // active = installed: the current nummer and its pictures are on the device

    // What the worker downloaded when it installed (the fixed cache of this build): report the bytes.
    const kept = await page.evaluate(async () => {
      const name = (await caches.keys()).find((n) => n.startsWith('vief-vast-'))!;
      const cache = await caches.open(name);
      let pages = 0, pictures = 0, count = 0;
      for (const request of await cache.keys()) {
        const size = (await (await cache.match(request))!.blob()).size;
        if (/\.(webp|avif|jpe?g|png)$/.test(new URL(request.url).pathname)) { pictures += size; count++; } else pages += size;
      }
      return { pages, pictures, count };
    });
    console.log(`service worker install: ${paginas.length} pages ${(kept.pages / 1024).toFixed(0)} kB, ${kept.count} pictures ${(kept.pictures / 1024).toFixed(0)} kB`);
    expect(kept.count).toBeGreaterThanOrEqual(artikelen.length);
    // Modest on a pay-per-MB plan: one size per picture, not every size Astro made.
    expect(kept.pictures, 'bytes of pictures kept at install').toBeLessThan(1_000_000);

    await context.setOffline(true);
    try {
      for (const artikel of artikelen) {
        await page.goto(artikel);
        await expect(page.locator('h1')).not.toHaveText('U heeft nu geen internet');
        expect(await picturesShown(page), `${artikel} has its picture`).toBeGreaterThan(0);
      }
      // The nummer's contents and the home page show theirs too.
      for (const path of [`/nummers/${nummer}/`, '/']) {
        await page.goto(path);
        expect(await picturesShown(page), `${path} pictures`).toBeGreaterThan(1);
      }
    } finally {
      await context.setOffline(false);
    }
  });
});
