/**
 * Print edition (issue 7, point 4): every nummer has /nummers/<n>/afdrukken/ and, made after the
 * build by scripts/print-pdf.mjs, /nummers/<n>/vief-nummer-<n>.pdf with the cover, the table of
 * contents (with page numbers) and every article the nummer page lists.
 */
import { expect, test } from './test';
import { getDocumentProxy, extractText } from 'unpdf';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers';

const squash = (s: string) => s.toLowerCase().replace(/[\s\u00AD\-‐‑–—'’"“”]/g, '');

test('every nummer has a print edition and a PDF with cover, contents and all its articles', async ({ page, request }) => {
  test.setTimeout(180_000);
  await page.goto('/nummers/');
  const nummers = [...new Set(await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => /^\/nummers\/\d+\/$/.test(h))))];
  expect(nummers.length).toBeGreaterThan(0);

  for (const nummerPath of nummers) {
    const n = /\/nummers\/(\d+)\//.exec(nummerPath)![1];
    // What the site says is in this nummer.
    await page.goto(nummerPath);
    const nummerTitle = (await page.locator('h1').textContent())!.trim();
    const titles = await page.locator('main a[href^="/artikelen/"]').evaluateAll((as) => as.map((a) => a.textContent!.trim()));
    expect(titles.length, `articles in nummer ${n}`).toBeGreaterThan(0);

    // The print page: cover, contents linking to every article, every article in full.
    // Reached from the nummer page itself.
    await page.getByRole('link', { name: 'Afdrukken of bewaren als PDF' }).click();
    await expect(page).toHaveURL(new RegExp(`${nummerPath}afdrukken/$`));
    await expect(page.locator('h1')).toHaveText(nummerTitle);
    await expect(page.locator('.omslag img')).toHaveAttribute('alt', /.+/);
    const toc = page.getByRole('navigation', { name: 'Inhoud' });
    expect(await toc.locator('.inhoudsopgave__titel').allTextContents()).toEqual(titles);
    expect(await page.locator('article .afdruk-artikel__titel').allTextContents()).toEqual(titles);
    for (const href of await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(href)).toHaveCount(1);
    }
    await expect(page.locator('article .prose p').first()).toBeVisible();
    const pdfLink = page.getByRole('link', { name: 'Download dit nummer als PDF' });
    await expect(pdfLink).toBeVisible();
    expect(await pdfLink.getAttribute('href')).toBe(`/nummers/${n}/vief-nummer-${n}.pdf`);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    // Printing from the browser: A4 page numbers come from @page rules; no site chrome on paper.
    const pageRule = await page.evaluate(() =>
      Array.from(document.styleSheets).flatMap((s) => Array.from(s.cssRules)).some((r) => r instanceof CSSPageRule && /counter\(page\)/.test(r.cssText)),
    );
    expect(pageRule).toBe(true);

    // The PDF made after the build.
    const response = await request.get(`/nummers/${n}/vief-nummer-${n}.pdf`);
    expect(response.status(), `PDF of nummer ${n}`).toBe(200);
    const body = await response.body();
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await getDocumentProxy(new Uint8Array(body));
    const { text } = await extractText(pdf, { mergePages: false });
    const pages = text.map(squash);
    expect(pdf.numPages).toBeGreaterThanOrEqual(titles.length + 2);
    // Cover on page 1.
    expect(pages[0]).toContain(squash('Vief'));
    expect(pages[0]).toContain(squash(nummerTitle));
    expect(pages[0]).toContain(squash(`Nummer ${n}`));
    // Table of contents on page 2, with every title and a page number for each.
    expect(pages[1]).toContain('inhoud');
    for (const title of titles) expect(pages[1], `"${title}" in the contents`).toContain(squash(title));
    // Every article, on a later page, starting on the page the contents say.
    const outline = await pdf.getOutline();
    const flat: Array<{ title: string; dest: unknown }> = [];
    const walk = (items: typeof outline) => items?.forEach((i) => { flat.push({ title: squash(i.title), dest: i.dest }); walk(i.items); });
    walk(outline);
    for (const title of titles) {
      const where = pages.findIndex((p, i) => i >= 2 && p.includes(squash(title)));
      expect(where, `"${title}" printed in the PDF`).toBeGreaterThanOrEqual(2);
      const mark = flat.find((o) => o.title === squash(title));
      expect(mark, `"${title}" as a bookmark`).toBeTruthy();
      const dest = typeof mark!.dest === 'string' ? await pdf.getDestination(mark!.dest) : (mark!.dest as unknown[]);
      const startPage = (await pdf.getPageIndex(dest![0] as never)) + 1;
      expect(pages[1], `contents give page ${startPage} for "${title}"`).toContain(squash(`${title}`));
      expect(text[1].replace(/\s+/g, ' ')).toMatch(new RegExp(`(^|\\D)${startPage}(\\D|$)`));
      // Page numbers at the bottom of each page after the cover.
      expect(text[startPage - 1].replace(/\s+/g, ' ')).toMatch(new RegExp(`(^|\\D)${startPage}(\\D|$)`));
    }
  }
});
