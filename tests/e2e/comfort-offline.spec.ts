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
