/**
 * Security headers as served in production (issue 8, points 3 and 5): the site is served by
 * nginx with deploy/nginx/vief.conf's rules (scripts/serve-nginx.ts). These tests check the
 * headers themselves and that the policy is really enforced; tests/e2e/test.ts additionally
 * fails every other browser test that causes a CSP violation.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test as plain } from '@playwright/test';
import { test } from './test';
import { expectNoAxeViolations } from './helpers';

const csp = (h: Record<string, string>) => Object.fromEntries((h['content-security-policy'] ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

test('site pages carry a strict policy and the other security headers', async ({ request }) => {
  for (const url of ['/', '/rubriek/', '/tips/', '/agenda/', '/zoeken/', '/bestaat-niet/']) {
    const r = await request.get(url);
    const h = r.headers();
    const policy = csp(h);
    expect(policy['script-src'], url).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy['style-src'], url).toEqual(["'self'"]);
    expect(policy['object-src'], url).toEqual(["'none'"]);
    expect(policy['frame-ancestors'], url).toEqual(["'self'"]);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy']).toContain('camera=()');
    expect(h['cache-control']).toBe('no-cache');
    expect(h['strict-transport-security'], url).toBe('max-age=31536000');
  }
  // /admin/ too (issue 15, finding 4).
  expect((await request.get('/admin/')).headers()['strict-transport-security']).toBe('max-age=31536000');
});

test('a folder without a page is a friendly 404, not "forbidden"', async ({ request }) => {
  const r = await request.get('/_astro/');
  expect(r.status()).toBe(404);
  expect(await r.text()).toContain('<html lang="nl"');
});

test('/artikelen/ lists the artikelen (the address above every artikel is not a 404)', async ({ page }) => {
  const r = await page.goto('/artikelen/');
  expect(r?.status()).toBe(200);
  await expect(page.locator('main h1')).toHaveText('Alle artikelen');
  const links = page.locator('main .kaart a[href^="/artikelen/"]');
  expect(await links.count()).toBeGreaterThan(0);
  const first = await links.first().getAttribute('href');
  expect((await page.request.get(first!)).status()).toBe(200);
});

test('hashed assets are cached for a year; files meant for other hosts are not served', async ({ page, request }) => {
  await page.goto('/');
  const css = await page.locator('link[rel="stylesheet"][href^="/_astro/"]').first().getAttribute('href');
  const r = await request.get(css!);
  expect(r.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(r.headers()['content-type']).toContain('text/css');
  expect((await request.get('/_headers')).status()).toBe(404);
  expect((await request.get('/agenda.ics')).headers()['content-type']).toContain('text/calendar');
});

test('no page has inline scripts or styles that the policy would have to allow', async ({ page }) => {
  for (const url of ['/', '/tips/', '/agenda/', '/zoeken/?q=wandelen']) {
    await page.goto(url);
    const inline = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script:not([src])')].filter((s) => !/json/.test(s.getAttribute('type') ?? '')).length,
      styles: document.querySelectorAll('style').length,
      styleAttrs: document.querySelectorAll('[style]').length,
    }));
    expect(inline, url).toEqual({ scripts: 0, styles: 0, styleAttrs: 0 });
  }
});

plain('the policy is enforced: an injected inline script does not run and is reported', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  await page.goto('/artikelen/');
  const result = await page.evaluate(async () => {
    const reported = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.append(s);
    return { ran: (window as unknown as { __injected?: boolean }).__injected === true, directive: await reported };
  });
  expect(result).toEqual({ ran: false, directive: 'script-src-elem' });
  expect(messages.join('\n')).toMatch(/Content Security Policy/);
});

plain('only the tip van de week may be shown in another site’s frame', async ({ page, baseURL }) => {
  // A partner's page (a GP practice's waiting-room screen) on another origin: its own little
  // server on another port of this machine, framing two of our pages.
  const partner = http.createServer((_, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>Huisartsenpraktijk</title><iframe id="tip" src="${baseURL}/tips/tip-van-de-week/"></iframe><iframe id="tips" src="${baseURL}/tips/"></iframe>`);
  });
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const { port } = partner.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/wachtkamer`);
  // The embed renders inside the frame…
  await expect(page.frameLocator('#tip').locator('h1.embed__titel')).toHaveText(/\w{3,}/);
  // …the tips overview is refused by the browser (frame-ancestors 'self'): an error page, none of our content.
  await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-error://'))).toBe(true);
  await expect(page.frameLocator('#tips').locator('a[href*="/tips/"]')).toHaveCount(0);
  partner.close();
});

plain('the embeddable agenda can be framed by another site (issue 18); the agenda itself cannot', async ({ page, baseURL }) => {
  // The gemeente's website on another origin embeds the Vlaardingen agenda with one line of HTML.
  const partner = http.createServer((_, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>Gemeente</title><iframe id="agenda" title="Agenda voor ouderen" src="${baseURL}/insluiten/agenda/vlaardingen/" width="100%" height="600"></iframe><iframe id="gewoon" src="${baseURL}/agenda/vlaardingen/"></iframe>`);
  });
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const { port } = partner.address() as AddressInfo;
  try {
    await page.goto(`http://127.0.0.1:${port}/ouderen`);
    const frame = page.frameLocator('#agenda');
    await expect(frame.locator('h1.embed__titel')).toHaveText('Activiteiten voor ouderen: Vlaardingen');
    const links = frame.locator('.embed__agenda a');
    expect(await links.count()).toBeGreaterThan(0);
    // Every activity shown is in Vlaardingen, and opens on our site in a new tab.
    for (const waar of await frame.locator('.embed__waar').allTextContents()) expect(waar).toContain('Vlaardingen');
    for (const a of await links.all()) {
      await expect(a).toHaveAttribute('target', '_blank');
      await expect(a).toHaveAttribute('href', /^https:\/\/vief-mvs\.nl\/agenda\/[a-z0-9-]+\/$/);
    }
    // The ordinary agenda page is refused in a foreign frame (frame-ancestors 'self').
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-error://'))).toBe(true);
    await expect(page.frameLocator('#gewoon').locator('a[href*="/agenda/"]')).toHaveCount(0);
  } finally {
    partner.close();
  }
});

test('the embeddable agenda: large type, no cookies, no tracking, accessible', async ({ page, request }) => {
  const response = await request.get('/insluiten/agenda/bewegen/');
  expect(response.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(response.headers()['set-cookie']).toBeUndefined();
  await page.goto('/insluiten/agenda/vlaardingen/');
  await expect(page.locator('h1')).toHaveText('Activiteiten voor ouderen: Vlaardingen');
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  const scripts = await page.locator('script[src]').evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src));
  expect(scripts.every((src) => new URL(src).pathname === '/scripts/agenda-tijd.js')).toBe(true);
  const size = await page.locator('.embed__wat').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
  await expectNoAxeViolations(page);
});

test('/admin/ has its own policy, is noindex, and Decap starts under it', async ({ page, request }) => {
  const r = await request.get('/admin/');
  const h = r.headers();
  expect(h['x-robots-tag']).toBe('noindex, nofollow');
  const policy = csp(h);
  expect(policy['frame-ancestors']).toEqual(["'none'"]);
  expect(policy['connect-src']).toContain("'self'");
  await page.goto('/admin/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  // Decap's login screen: the bundle, its chunks and its config all loaded under the policy.
  await expect(page.getByRole('button', { name: 'Inloggen' })).toBeVisible({ timeout: 60_000 });
});

test('the CMS bundle is served pre-compressed and kept for a year (issue 16, point 6)', async ({ page }) => {
  // The script the admin page loads, with the browser's own Accept-Encoding.
  const bundle = page.waitForResponse((r) => /\/admin\/decap\/[\d.]+\/decap-cms\.js$/.test(new URL(r.url()).pathname));
  await page.goto('/admin/');
  const response = await bundle;
  const h = await response.allHeaders();
  expect(h['content-encoding']).toBe('gzip');
  expect(h['cache-control']).toContain('immutable');
  // The bytes on the wire are the build's level-9 copy (gzip_static), not nginx's on-the-fly level.
  const path = new URL(response.url()).pathname;
  const plainSize = Number((await page.request.get(path, { headers: { 'Accept-Encoding': 'identity' } })).headers()['content-length']);
  const onTheWire = Number(h['content-length']);
  expect(onTheWire).toBeGreaterThan(0);
  expect(onTheWire).toBeLessThan(plainSize * 0.35);
});
