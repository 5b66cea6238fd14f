/**
 * Partner calendars (issue 18, point 2) in the built test magazine. Its three activities from
 * "Welzijn Schiedam" were written by the import itself (npm run agenda:ophalen on
 * tests/fixtures/ics/magazine-v1.ics, then v2 in which the walk is cancelled); the redactie hid the
 * card afternoon (`verborgen: true`).
 * - An imported activity is on the agenda and says where it comes from.
 * - A cancelled or hidden one is on no list and in no feed, but its address keeps working: the page
 *   says why (noindex, not in the sitemap) and its .ics says STATUS:CANCELLED with the same UID.
 */
import ICAL from 'ical.js';
import { expect, test } from './test';
import { expectNoAxeViolations } from './helpers';

const SJOELEN = '/agenda/sjoelmiddag-in-de-molenwiek-2fa6aa/';
const WANDELING = '/agenda/kerstwandeling-langs-de-molens-9f1953/';
const KAARTEN = '/agenda/kaartmiddag-voor-beginners-0a5d82/';

test('an activity from a partner’s calendar says where it comes from', async ({ page }) => {
  await page.goto(SJOELEN);
  await expect(page.locator('h1')).toHaveText('Sjoelmiddag in De Molenwiek');
  await expect(page.locator('[data-bron]')).toHaveText('Uit de agenda van Welzijn Schiedam.');
  await expect(page.getByRole('link', { name: 'Bekijk deze activiteit bij Welzijn Schiedam' })).toHaveAttribute('href', 'https://welzijn-schiedam.example/agenda/sjoelen');
  // Its own recurrence, with the dates the partner left out (EXDATE).
  await expect(page.locator('dd[data-agenda]')).toContainText('Elke donderdag, 14.00–16.00 uur');
  await expect(page.locator('dd[data-agenda]')).toContainText('Niet op');
  // What the partner's calendar does not say is "onbekend", never a "no".
  await expect(page.locator('[data-toegankelijkheid] .toegankelijk--onbekend')).toHaveCount(5);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('it is on the agenda; the cancelled and the hidden one are not, neither in the feeds', async ({ page, request }) => {
  await page.goto('/agenda/schiedam/');
  const links = await page.locator('[data-agenda] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toContain(SJOELEN);
  expect(links).not.toContain(WANDELING);
  expect(links).not.toContain(KAARTEN);
  for (const feed of ['/agenda.ics', '/agenda/schiedam.ics']) {
    const text = await (await request.get(feed)).text();
    expect(text).toContain('Sjoelmiddag in De Molenwiek');
    expect(text).not.toContain('Kerstwandeling');
    expect(text).not.toContain('Kaartmiddag');
  }
});

test('a cancelled and a hidden activity keep their address and say why', async ({ page, request }) => {
  for (const [path, reason] of [
    [WANDELING, 'Deze activiteit gaat niet door: de organisator heeft hem afgelast.'],
    [KAARTEN, 'Deze activiteit staat niet in de agenda van Vief.'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('[data-weg-reden]')).toHaveText(reason);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.getByRole('link', { name: 'Bekijk wat er wel te doen is in de agenda' })).toHaveAttribute('href', '/agenda/schiedam/');
    // Nothing of the activity itself: no times, no "Zet in mijn agenda", no search index.
    await expect(page.locator('[data-agenda], [data-pagefind-body]')).toHaveCount(0);
    await expectNoAxeViolations(page);
    // The download says it is cancelled, with the same UID a calendar app already has.
    const ics = await request.get(path.replace(/\/$/, '.ics'));
    expect(ics.status()).toBe(200);
    const event = new ICAL.Component(ICAL.parse(await ics.text())).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(String(event.getFirstPropertyValue('uid'))).toMatch(new RegExp(`^${path.split('/')[2]}@`));
    expect(event.getFirstSubcomponent('valarm')).toBeNull();
    if (path === KAARTEN) expect(await ics.text()).not.toContain('Kaartmiddag');
  }
  // The partner's name stays on the cancelled one; the hidden one says nothing more, not even its title.
  await page.goto(WANDELING);
  await expect(page.locator('h1')).toHaveText('Kerstwandeling langs de molens');
  await expect(page.locator('[data-bron]')).toHaveText('Uit de agenda van Welzijn Schiedam.');
  await page.goto(KAARTEN);
  await expect(page.locator('h1')).toHaveText('Niet in de agenda');
  await expect(page).toHaveTitle(/^Niet in de agenda – /);
  await expect(page.locator('main')).not.toContainText('Kaartmiddag');
  await expect(page.locator('[data-bron]')).toHaveCount(0);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain(SJOELEN);
  expect(sitemap).not.toContain(WANDELING);
  expect(sitemap).not.toContain(KAARTEN);
});
