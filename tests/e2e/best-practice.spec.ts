/**
 * axe with best practice in light, dark and forced colours: 0 violations (issue 17, "How it is
 * checked"). One page per type, at tablet size; each page is opened once and checked in the three
 * modes in turn (prefers-color-scheme light and dark, and forced colours as in Windows high
 * contrast), so the run stays short. Pages are found through the site's own links, so the test
 * follows the test magazine's content. The list (BEST_PRACTICE_PAGES, helpers.ts) is shared with
 * pages.spec.ts, which leaves axe out at tablet size where this spec already runs it.
 */
import { expect, test } from './test';
import { axeViolations, BEST_PRACTICE_PAGES, BEST_PRACTICE_TAGS, pageUrl } from './helpers';

const MODES = [
  { name: 'licht', media: { colorScheme: 'light', forcedColors: 'none' } },
  { name: 'donker', media: { colorScheme: 'dark', forcedColors: 'none' } },
  { name: 'geforceerde kleuren', media: { colorScheme: 'light', forcedColors: 'active' } },
] as const;

for (const t of BEST_PRACTICE_PAGES) {
  test(`axe (WCAG 2.2 AA and best practice) in light, dark and forced colours: ${t.kind}`, async ({ page }) => {
    const url = await pageUrl(page, t);
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(t.status ?? 200);
    if (url.startsWith('/zoeken/?q=')) {
      await expect(page.locator('[data-zoeken]')).toHaveAttribute('data-zoekstatus', 'klaar', { timeout: 15_000 });
      await expect(page.locator('.zoekresultaten > li').first()).toBeVisible();
    }
    await page.evaluate(() => document.fonts.ready);
    const found: string[] = [];
    const backgrounds: Record<string, string> = {};
    for (const mode of MODES) {
      await page.emulateMedia(mode.media);
      // The mode is really on: the media queries match, and dark mode has its own background.
      const state = await page.evaluate(() => ({
        dark: matchMedia('(prefers-color-scheme: dark)').matches,
        forced: matchMedia('(forced-colors: active)').matches,
        background: getComputedStyle(document.body).backgroundColor,
      }));
      expect(state.dark, `${mode.name}: prefers-color-scheme`).toBe(mode.media.colorScheme === 'dark');
      expect(state.forced, `${mode.name}: forced-colors`).toBe(mode.media.forcedColors === 'active');
      backgrounds[mode.name] = state.background;
      for (const v of await axeViolations(page, BEST_PRACTICE_TAGS)) found.push(`${mode.name} · ${url} · ${v}`);
    }
    expect(backgrounds.donker, 'dark mode has its own background').not.toBe(backgrounds.licht);
    expect(found).toEqual([]);
  });
}
