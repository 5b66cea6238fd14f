/**
 * Tips that professionals can trust, link to, print and hand out (issue 5), against the built site.
 * The tips are read from the test magazine (tests/fixtures/magazine, built at TEST_NOW), so the
 * tests follow its files rather than hard-coding them. QR codes are decoded from screenshots with jsQR;
 * printed pages are counted and read with unpdf.
 */
import { expect, test, type Locator, type Page } from './test';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { extractText, getDocumentProxy } from 'unpdf';
import YAML from 'yaml';
import { isOverdue } from '../../src/lib/tips';
import { MAGAZINE, projectRoot, TEST_NOW } from '../magazine';
import { readManifest, redirectTarget } from '../../src/lib/url-manifest';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers';

// Loops over every tip, PDF rendering and axe take a while on a 2-core machine.
test.describe.configure({ timeout: 120_000 });

const contentRoot = MAGAZINE;
// The region's settings: configuration compiled into every build (tests/magazine.ts).
const site = JSON.parse(fs.readFileSync(path.join(projectRoot, 'content', 'site.json'), 'utf8')) as { url: string; gemeenten: Array<{ wmoLoket: { naam: string; telefoon: string } }> };

interface TipFile { slug: string; titel: string; kortId: string; checkedOn: Date }
const tips: TipFile[] = fs
  .readdirSync(path.join(contentRoot, 'tips'))
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => {
    const data = YAML.parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(path.join(contentRoot, 'tips', f), 'utf8'))![1]);
    return { slug: f.replace(/\.mdx?$/, ''), titel: String(data.titel), kortId: String(data.kortId), checkedOn: new Date(String(data.gecontroleerdOp)) };
  })
  .sort((a, b) => a.slug.localeCompare(b.slug));
const shortUrl = (tip: TipFile) => new URL(`/t/${tip.kortId}`, site.url).href;
const display = (tip: TipFile) => shortUrl(tip).replace(/^https?:\/\//, '');

/** Read the QR code in an element's screenshot, as a phone camera would. */
async function decodeQr(locator: Locator): Promise<string | undefined> {
  const png = await locator.screenshot();
  const meta = await sharp(png).metadata();
  const { data, info } = await sharp(png).resize({ width: meta.width! * 3, kernel: 'nearest' }).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data;
}

async function printToPdf(page: Page): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  return { pages: doc.numPages, text: text.replace(/\s+/g, ' ') };
}

test('the test magazine has tips to test (one of them overdue for its check)', () => {
  expect(tips.length).toBeGreaterThan(0);
  expect(new Set(tips.map((t) => t.kortId)).size).toBe(tips.length);
});

test('/tips/ lists every tip once, grouped by thema, with its check date', async ({ page }) => {
  await page.goto('/tips/');
  const sections = page.locator('main section.sectie');
  expect(await sections.count()).toBeGreaterThan(1);
  const hrefs = await page.locator('main section.sectie .kaart h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(tips.map((t) => `/tips/${t.slug}/`).sort());
  for (const card of await page.locator('main .kaart').all()) await expect(card.locator('.meta')).toContainText(/Gecontroleerd op \d{1,2} \w+ \d{4}|Wordt opnieuw nagekeken/);
  // Theme shortcuts jump to their section.
  const first = page.locator('.tip-themas a').first();
  const target = (await first.getAttribute('href'))!;
  await expect(page.locator(target)).toHaveCount(1);
  await expect(page.locator('main a[href="/tips/voor-professionals/"]')).toBeVisible();
  await expectNoHorizontalScroll(page); // (axe for /tips/: pages.spec.ts)
});

test('every permanent link /t/<id> leads to its tip', async ({ page }) => {
  test.setTimeout(180_000);
  for (const tip of tips) {
    await page.goto(`/t/${tip.kortId}`);
    await page.waitForURL(`**/tips/${tip.slug}/`);
    await expect(page.locator('h1'), `/t/${tip.kortId}`).toHaveText(tip.titel);
  }
  // The redirect page itself is Dutch, canonical to the tip and carries the preview data.
  const tip = tips[0];
  const html = await (await page.request.get(`/t/${tip.kortId}/`)).text();
  expect(redirectTarget(html)).toBe(`/tips/${tip.slug}/`);
  expect(html).toContain(`<link rel="canonical" href="${new URL(`/tips/${tip.slug}/`, site.url).href}">`);
  expect(html).toContain('<html lang="nl">');
  expect(html).toContain(`/tips/og/${tip.kortId}.png`);
});

test('a tip page: summary first, check, steps, voor wie, local help and Wmo-loket, permanent link', async ({ page }) => {
  const tip = tips[0];
  await page.goto(`/tips/${tip.slug}/`);
  const article = page.locator('article[data-pagefind-body]');
  await expect(article.locator('h1')).toHaveText(tip.titel);
  // The one-sentence summary is the first paragraph after the title.
  expect(await article.locator('h1 + p').getAttribute('class')).toContain('tip__samenvatting');
  await expect(article.locator('.tip__controle')).toHaveText(/^Gecontroleerd door .+ op \d{1,2} \w+ \d{4}$/);
  await expect(article.locator('.tip__controle time')).toHaveAttribute('datetime', tip.checkedOn.toISOString().slice(0, 10));
  expect(await article.locator('ol.stappen li').count()).toBeGreaterThan(0);
  await expect(article.getByRole('heading', { name: 'Voor wie' })).toBeVisible();
  const help = article.locator('.tip-hulp');
  for (const g of site.gemeenten) await expect(help).toContainText(`${g.wmoLoket.naam}: ${g.wmoLoket.telefoon}`);
  await expect(article.locator('.tip-kortelink')).toHaveText(display(tip));
  await expect(article.locator('[data-pagefind-filter="soort:tip"]')).toHaveCount(1);
  // Ready for a strict CSP: no inline scripts, only our own external one.
  expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(0);
  for (const src of await page.locator('script[src]').evaluateAll((s) => s.map((x) => x.getAttribute('src')!))) expect(src.startsWith('/')).toBe(true);
  await expectNoHorizontalScroll(page); // (axe for tip pages: pages.spec.ts)
});

test('the QR code on a tip page decodes to its permanent link, on screen and in print', async ({ page }) => {
  for (const tip of [tips[0], tips[tips.length - 1]]) {
    await page.goto(`/tips/${tip.slug}/`);
    const qr = page.locator('.tip-vastelink__code');
    expect(await decodeQr(qr)).toBe(shortUrl(tip));
    await page.emulateMedia({ media: 'print' });
    await expect(qr).toBeVisible();
    expect(await decodeQr(qr)).toBe(shortUrl(tip));
    await page.emulateMedia({ media: 'screen' });
  }
});

test('every tip prints on exactly one A4 page with its short URL, source/date and QR code', async ({ page }) => {
  test.setTimeout(240_000);
  for (const tip of tips) {
    await page.goto(`/tips/${tip.slug}/`);
    const { pages, text } = await printToPdf(page);
    expect(pages, `${tip.slug} prints on ${pages} pages`).toBe(1);
    expect(text, tip.slug).toContain(display(tip));
    expect(text, tip.slug).toContain(tip.titel);
    expect(text).toMatch(/Gecontroleerd door .+ op \d{1,2} \w+ \d{4}/);
    // Print shows the QR code and hides menus, search and sharing buttons.
    await expect(page.locator('.tip-vastelink__code svg')).toBeVisible();
    for (const hidden of ['.site-nav', '.header-search', '.site-footer', '.tip-delen', '.kruimelpad']) await expect(page.locator(hidden).first()).toBeHidden();
    // Large type on paper: steps at least 12pt (16 CSS px), the title at least 20pt.
    const px = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await px('.tip .stappen li')).toBeGreaterThanOrEqual(16);
    expect(await px('.tip h1')).toBeGreaterThanOrEqual(26.6);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('sharing: copy link copies the permanent URL; mail and WhatsApp links carry it, without trackers', async ({ page, context }) => {
  const tip = tips[0];
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/tips/${tip.slug}/`);
  const share = page.locator('.tip-delen');
  const copy = share.getByRole('button', { name: 'Kopieer de link' });
  await expect(copy).toBeVisible();
  await copy.click();
  await expect(share.getByRole('status')).toHaveText(/gekopieerd/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shortUrl(tip));
  const mail = await share.getByRole('link', { name: 'Stuur per e-mail' }).getAttribute('href');
  const whatsapp = await share.getByRole('link', { name: 'Stuur via WhatsApp' }).getAttribute('href');
  expect(mail).toMatch(/^mailto:\?subject=/);
  expect(decodeURIComponent(mail!)).toContain(shortUrl(tip));
  expect(whatsapp).toMatch(/^https:\/\/wa\.me\/\?text=/);
  expect(decodeURIComponent(whatsapp!)).toContain(shortUrl(tip));
  expect(`${mail}${whatsapp}`).not.toMatch(/utm_|fbclid|gclid/);
  await expect(share.getByRole('button', { name: 'Tip afdrukken' })).toBeVisible();
});

test('each tip has its own Open Graph image, made at build time', async ({ page, request }) => {
  for (const tip of [tips[0], tips[tips.length - 1]]) {
    await page.goto(`/tips/${tip.slug}/`);
    const og = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(og).toBe(new URL(`/tips/og/${tip.kortId}.png`, site.url).href);
    const response = await request.get(new URL(og).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
    const meta = await sharp(await response.body()).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  }
});

test('professionals’ page: every tip with its short link and a QR code that decodes to it', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/tips/voor-professionals/');
  const items = page.locator('.prof-tip');
  await expect(items).toHaveCount(tips.length);
  for (const tip of tips) {
    const item = page.locator(`.prof-tip[data-kortid="${tip.kortId}"]`);
    await expect(item.locator('.prof-tip__titel a')).toHaveAttribute('href', `/tips/${tip.slug}/`);
    await expect(item.locator('.prof-tip__link a')).toHaveText(display(tip));
    expect(await decodeQr(item.locator('.prof-tip__code')), tip.kortId).toBe(shortUrl(tip));
  }
  await expect(page.locator('a[href="/tips/rss.xml"]')).toBeVisible();
  await expect(page.locator('#embed-code')).toHaveValue(/<iframe src="https:\/\/[^"]+\/tips\/tip-van-de-week\/" title="/);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
});

test('tips overdue for their yearly check are flagged everywhere, never shown as current', async ({ page }) => {
  test.setTimeout(180_000);
  const now = new Date(TEST_NOW); // the build's clock
  const late = tips.filter((t) => isOverdue(t.checkedOn, now));
  const current = tips.filter((t) => !isOverdue(t.checkedOn, now));
  expect(late.length, 'the test magazine has a tip older than a year').toBeGreaterThan(0);
  expect(current.length, 'the test magazine has tips checked within the year').toBeGreaterThan(0);

  // The editors' list lives with the CMS, not on the public site (issue 17); its old address redirects there.
  await page.goto('/tips/controle/');
  await expect(page).toHaveURL(/\/admin\/tips-controle\/$/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.getByRole('navigation', { name: 'U bent hier' }).getByRole('link', { name: 'Redactie' })).toHaveAttribute('href', '/admin/');
  for (const path of ['/tips/', '/tips/voor-professionals/']) {
    const response = await page.request.get(path);
    expect(await response.text(), `${path} links no editors' page`).not.toMatch(/href="\/(tips\/controle|admin\/tips-controle)\/"/);
  }
  const flagged = await page.locator('[data-status="verlopen"] h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(flagged.sort()).toEqual(late.map((t) => `/tips/${t.slug}/`).sort());
  await expectNoAxeViolations(page);

  for (const tip of late) {
    await page.goto(`/tips/${tip.slug}/`);
    await expect(page.locator('.tip-nakijken')).toContainText('Deze tip wordt opnieuw nagekeken');
    await page.goto('/tips/voor-professionals/');
    await expect(page.locator('.prof-nakijken')).toContainText(tip.titel);
    await expect(page.locator(`.prof-tip[data-kortid="${tip.kortId}"]`)).toContainText('Wordt opnieuw nagekeken');
  }
  await page.goto(`/tips/${current[0].slug}/`);
  await expect(page.locator('.tip-nakijken')).toHaveCount(0);
  // Never promoted as tip of the week.
  await page.goto('/tips/tip-van-de-week/');
  expect(late.map((t) => t.titel)).not.toContain(await page.locator('h1').textContent());
});

test('the tips feed lists every tip with its permanent link', async ({ request }) => {
  const response = await request.get('/tips/rss.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
  expect(links.sort()).toEqual(tips.map(shortUrl).sort());
  expect(xml).toContain('<language>nl-nl</language>');
});

test('tip of the week: a small page to embed, without cookies or scripts', async ({ page, context, baseURL }) => {
  const response = await page.goto('/tips/tip-van-de-week/');
  expect(response!.status()).toBe(200);
  expect(response!.headers()['set-cookie']).toBeUndefined();
  await expect(page.locator('script')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const title = (await page.locator('h1').textContent())!;
  expect(tips.map((t) => t.titel)).toContain(title);
  const more = page.getByRole('link', { name: /Lees de hele tip/ });
  await expect(more).toHaveAttribute('target', '_blank');
  await expect(more).toHaveAttribute('rel', /noopener/);
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page);
  expect(await context.cookies()).toEqual([]);
  // It works inside a partner's iframe.
  await page.setContent(`<!doctype html><html lang="nl"><title>Partner</title><iframe src="${baseURL}/tips/tip-van-de-week/" title="Tip van de week" width="600" height="460"></iframe></html>`);
  await expect(page.frameLocator('iframe').locator('h1')).toHaveText(title);
});

test('every URL ever published (url-manifest.json) still leads to a page', async ({ request }) => {
  const manifest = readManifest(path.join(contentRoot, 'url-manifest.json'));
  expect(manifest.length, 'the manifest lists the published URLs').toBeGreaterThan(0);
  const broken: string[] = [];
  for (const url of manifest) {
    let current = url;
    for (let hop = 0; hop < 5; hop++) {
      const response = await request.get(current);
      if (response.status() !== 200) {
        broken.push(`${url} → ${current}: ${response.status()}`);
        break;
      }
      const type = response.headers()['content-type'] ?? '';
      const target = type.includes('html') ? redirectTarget(await response.text()) : undefined;
      if (!target) break;
      current = new URL(target, new URL(current, 'http://x')).pathname;
    }
  }
  expect(broken).toEqual([]);
});
