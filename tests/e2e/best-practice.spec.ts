/**
 * axe with best practice in light, dark and forced colours: 0 violations (issue 17, "How it is
 * checked"). One page per type, at tablet size; each page is opened once and checked in the three
 * modes in turn (prefers-color-scheme light, dark, and forced colours as in Windows high contrast),
 * so the run stays short. Pages are found through the site's own links, so the test follows the
 * test magazine's content.
 */
import { expect, test, type Page } from './test';
import { axeViolations, BEST_PRACTICE_TAGS, firstLink } from './helpers';

const MODES = [
  { name: 'licht', media: { colorScheme: 'light', forcedColors: 'none' } },
  { name: 'donker', media: { colorScheme: 'dark', forcedColors: 'none' } },
  { name: 'geforceerde kleuren', media: { colorScheme: 'light', forcedColors: 'active' } },
] as const;

async function pageTypes(page: Page): Promise<Array<{ kind: string; url: string; status?: number }>> {
  return [
    { kind: 'home', url: '/' },
    { kind: 'nummer', url: await firstLink(page, '/nummers/', '/nummers/') },
    { kind: 'artikel', url: await firstLink(page, '/', '/artikelen/') },
    { kind: 'rubriek', url: await firstLink(page, '/rubriek/', '/rubriek/') },
    { kind: 'agenda', url: '/agenda/' },
    { kind: 'activiteit', url: await firstLink(page, '/agenda/', '/agenda/', '[data-agenda] li') },
    { kind: 'tip', url: await firstLink(page, '/tips/', '/tips/') },
    { kind: 'wegwijzer', url: '/initiatieven/' },
    { kind: 'initiatief', url: await firstLink(page, '/initiatieven/', '/initiatieven/', '[data-wegwijzer] h3') },
    { kind: 'zoekresultaten', url: '/zoeken/?q=wandelen' },
    { kind: 'doe mee', url: '/doe-mee/' },
    { kind: '404', url: '/deze-pagina-bestaat-niet/', status: 404 },
  ];
}

test('axe (WCAG 2.2 AA and best practice): no violations in light, dark and forced colours on every page type', async ({ page }) => {
  test.setTimeout(300_000);
  const types = await pageTypes(page);
  const found: string[] = [];
  for (const t of types) {
    const response = await page.goto(t.url);
    expect(response?.status(), t.url).toBe(t.status ?? 200);
    if (t.kind === 'zoekresultaten') {
      await expect(page.locator('[data-zoeken]')).toHaveAttribute('data-zoekstatus', 'klaar', { timeout: 15_000 });
      await expect(page.locator('.zoekresultaten > li').first()).toBeVisible();
    }
    await page.evaluate(() => document.fonts.ready);
    for (const mode of MODES) {
      await page.emulateMedia(mode.media);
      for (const v of await axeViolations(page, BEST_PRACTICE_TAGS)) found.push(`${mode.name} · ${t.kind} ${t.url} · ${v}`);
    }
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  }
  expect(found).toEqual([]);
});
