/**
 * Agenda and wegwijzer (issue 4) in the built site: filters with and without JavaScript,
 * past occurrences hidden in the browser of a page built "yesterday", the activity page,
 * the iCalendar files, the printable A4 agenda, and axe on the agenda's own page types (the others
 * are in pages.spec.ts).
 * Content is discovered from the site itself (the test magazine, tests/fixtures/magazine, built at
 * TEST_NOW); the browser's clock starts at TEST_NOW too (tests/e2e/test.ts), so "today" is the
 * build day unless a test moves the clock.
 */
import ICAL from 'ical.js';
import { expect, test, type Locator, type Page } from './test';
import { extractText, getDocumentProxy } from 'unpdf';
import { dayKey, periodeRange } from '../../public/scripts/agenda-tijd.js';
import { addDays, startOfDay } from '../../src/lib/time';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers';

const filters = (page: Page) => page.getByRole('navigation', { name: /Kies wat u/ });
const group = (page: Page, name: string) => filters(page).getByRole('list', { name });
/** The thema choices fold away in a <details> (opens without JavaScript too). */
async function themaGroup(page: Page) {
  const details = filters(page).locator('details[data-filter-groep="thema"]');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  return group(page, 'Thema');
}
/** The occurrences a reader can see. */
const shown = (page: Page) => page.locator('[data-agenda] li[data-einde]:visible');

async function attr(list: Locator, name: string): Promise<string[]> {
  return list.evaluateAll((els, n) => els.map((e) => e.getAttribute(n) ?? ''), name);
}

const PERIODS = [
  ['Deze week', 'deze-week'],
  ['Deze maand', 'deze-maand'],
  ['Later', 'later'],
] as const;

/**
 * From /agenda/vlaardingen/, choose each period in turn: a period page shows only Vlaardingen and
 * only days inside the period as seen from `today` — or says there is nothing. At least one period
 * must have activities (the sample content has weekly ones), so the checks always see real items
 * whatever weekday the tests run on.
 */
async function checkVlaardingenPeriods(page: Page, todayOf: (page: Page) => Promise<string>) {
  let withItems = 0;
  for (const [label, slug] of PERIODS) {
    await group(page, 'Wanneer').getByRole('link', { name: label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/agenda/vlaardingen/${slug}/$`));
    await expect(group(page, 'Wanneer').getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(group(page, 'Gemeente').getByRole('link', { name: 'Vlaardingen', exact: true })).toHaveAttribute('aria-current', 'page');
    const today = await todayOf(page);
    const { first, last } = periodeRange(slug, today)!;
    const gemeenten = await attr(shown(page), 'data-gemeente');
    const dagen = await attr(shown(page), 'data-dag');
    if (gemeenten.length === 0) {
      await expect(page.locator('[data-agenda-leeg]')).toBeVisible();
      continue;
    }
    withItems++;
    await expect(page.locator('[data-agenda-leeg]')).toBeHidden();
    expect(new Set(gemeenten)).toEqual(new Set(['vlaardingen']));
    for (const d of dagen) expect(d >= first && (last === null || d <= last), `${d} in ${slug} seen from ${today}`).toBe(true);
  }
  expect(withItems, 'periods with activities in Vlaardingen').toBeGreaterThan(0);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('agenda filters by gemeente and period with plain links', async ({ page }) => {
    await page.goto('/agenda/');
    const allCount = await shown(page).count();
    expect(allCount).toBeGreaterThan(5);
    await group(page, 'Gemeente').getByRole('link', { name: 'Vlaardingen', exact: true }).click();
    await expect(page).toHaveURL(/\/agenda\/vlaardingen\/$/);
    await expect(group(page, 'Gemeente').getByRole('link', { name: 'Vlaardingen', exact: true })).toHaveAttribute('aria-current', 'page');
    expect(new Set(await attr(shown(page), 'data-gemeente'))).toEqual(new Set(['vlaardingen']));

    // Without JavaScript the pages are exactly as built: the build's own "today" counts.
    await checkVlaardingenPeriods(page, async (p) => (await p.locator('[data-agenda]').getAttribute('data-gebouwd'))!);
    await expect(page.getByText(/U ziet nu: Vlaardingen, later\./)).toBeVisible();
    // The week page also carries the next days for the browser script, hidden without it.
    await page.goto('/agenda/vlaardingen/deze-week/');
    expect(await page.locator('[data-agenda] li[data-einde][hidden]').count()).toBeGreaterThan(0);
    for (const li of await page.locator('[data-agenda] li[data-einde][hidden]').all()) await expect(li).toBeHidden();

    await group(page, 'Gemeente').getByRole('link', { name: 'Alle gemeenten' }).click();
    await expect(page).toHaveURL(/\/agenda\/deze-week\/$/);
    await group(page, 'Wanneer').getByRole('link', { name: 'Later', exact: true }).click();
    await expect(page).toHaveURL(/\/agenda\/later\/$/);
    await (await themaGroup(page)).getByRole('link', { name: 'Bewegen' }).click();
    await expect(page).toHaveURL(/\/agenda\/later\/bewegen\/$/);
    expect(await shown(page).count()).toBeGreaterThan(0);
    for (const themas of await attr(shown(page), 'data-themas')) expect(themas.split(' ')).toContain('bewegen');
    await page.getByRole('link', { name: 'Alle keuzes wissen' }).click();
    await expect(page).toHaveURL(/\/agenda\/$/);
    expect(await shown(page).count()).toBe(allCount);
  });

  test('wegwijzer filters by gemeente and thema with plain links', async ({ page }) => {
    await page.goto('/initiatieven/');
    const cards = page.locator('[data-wegwijzer] > li');
    const all = await cards.count();
    expect(all).toBeGreaterThan(3);
    await group(page, 'Gemeente').getByRole('link', { name: 'Schiedam' }).click();
    await expect(page).toHaveURL(/\/initiatieven\/schiedam\/$/);
    const schiedam = await attr(cards, 'data-gemeenten');
    expect(schiedam.length).toBeGreaterThan(0);
    expect(schiedam.length).toBeLessThan(all);
    for (const g of schiedam) expect(g.split(' ')).toContain('schiedam');
    await (await themaGroup(page)).getByRole('link', { name: 'Hulp & advies' }).click();
    await expect(page).toHaveURL(/\/initiatieven\/schiedam\/hulp-advies\/$/);
    for (const th of await attr(cards, 'data-themas')) expect(th.split(' ')).toContain('hulp-advies');
    for (const g of await attr(cards, 'data-gemeenten')) expect(g.split(' ')).toContain('schiedam');
    // The Wmo-loket of that gemeente is always there.
    await expect(page.getByRole('link', { name: /^Bel 14 010$/ })).toBeVisible();
  });
});

test.describe('with JavaScript', () => {
  test('agenda filters by gemeente and period, checked against the reader’s own day', async ({ page }) => {
    await page.goto('/agenda/');
    await group(page, 'Gemeente').getByRole('link', { name: 'Vlaardingen', exact: true }).click();
    await expect(page).toHaveURL(/\/agenda\/vlaardingen\/$/);
    // With JavaScript the period is checked again against the reader's own date (the browser's clock).
    const readerNow = () => page.evaluate(() => Date.now());
    await checkVlaardingenPeriods(page, async () => dayKey(new Date(await readerNow())));
    // nothing that has already ended is shown
    const now = await readerNow();
    for (const e of await attr(shown(page), 'data-einde')) expect(new Date(e).getTime()).toBeGreaterThan(now);
  });

  test('a page built "yesterday" hides what has ended since, in the browser', async ({ page }) => {
    await page.goto('/agenda/');
    const first = page.locator('[data-agenda] li[data-einde]').first();
    const einde = (await first.getAttribute('data-einde'))!;
    const dag = (await first.getAttribute('data-dag'))!;
    await expect(first).toBeVisible();

    // The reader opens the same (unchanged) page one minute after that occurrence ended.
    const later = new Date(new Date(einde).getTime() + 60_000);
    await page.clock.setSystemTime(later);
    await page.goto('/agenda/');
    const same = page.locator(`[data-agenda] li[data-einde="${einde}"]`);
    expect(await same.count()).toBeGreaterThan(0);
    for (const el of await same.all()) await expect(el).toBeHidden();
    await expect(shown(page).first()).toBeVisible();
    for (const e of await attr(shown(page), 'data-einde')) expect(new Date(e).getTime()).toBeGreaterThan(later.getTime());
    // a day whose occurrences all ended disappears with its heading
    const dayGroup = page.locator(`[data-dag-groep][data-dag="${dag}"]`);
    const stillOpen = await dayGroup.locator('li[data-einde]').evaluateAll((els, t) => els.some((e) => new Date(e.getAttribute('data-einde')!).getTime() > t), later.getTime());
    if (stillOpen) await expect(dayGroup).toBeVisible();
    else await expect(dayGroup).toBeHidden();
  });

  test('a "vandaag" page built yesterday shows the reader’s today', async ({ page }) => {
    await page.goto('/agenda/vandaag/');
    // The build leaves a week of extra (hidden) days in the page for this case.
    const extra = page.locator('[data-agenda] li[data-einde][hidden]');
    expect(await extra.count(), 'hidden extra days on /agenda/vandaag/').toBeGreaterThan(0);
    const tomorrowish = (await extra.first().getAttribute('data-dag'))!;
    await page.clock.setSystemTime(new Date(startOfDay(tomorrowish).getTime() + 60_000)); // 00.01 that day
    await page.goto('/agenda/vandaag/');
    const dagen = await attr(shown(page), 'data-dag');
    expect(dagen.length).toBeGreaterThan(0);
    expect(new Set(dagen)).toEqual(new Set([tomorrowish]));
    await expect(page.locator('[data-agenda-leeg]')).toBeHidden();
  });

  test('a period page takes "today" from its build day until midnight in Amsterdam, without Intl', async ({ page }) => {
    // The first Intl.DateTimeFormat of a page costs 25–50 ms of main thread (issue 9): the script
    // makes one only when it must (a period page opened after its build day). Count them.
    await page.addInitScript(() => {
      const w = window as unknown as { __intl: number };
      w.__intl = 0;
      Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
        construct: (target, args) => (w.__intl++, Reflect.construct(target, args)),
        apply: (target, self, args) => (w.__intl++, Reflect.apply(target, self, args)),
      });
    });
    const intlMade = () => page.evaluate(() => (window as unknown as { __intl: number }).__intl);
    /** What a "vandaag" page must show at `now`: the not yet ended occurrences of `today`. */
    const expected = async (today: string, now: Date) =>
      (await page.locator('[data-agenda] li[data-einde]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-dag'), e.getAttribute('data-einde')] as const)))
        .filter(([dag, einde]) => dag === today && new Date(einde!).getTime() > now.getTime())
        .map(([, einde]) => einde)
        .sort();

    await page.goto('/agenda/');
    expect(await shown(page).count()).toBeGreaterThan(0);
    expect(await intlMade(), 'Intl.DateTimeFormat made on /agenda/ (no period)').toBe(0);

    await page.goto('/agenda/vandaag/');
    const gebouwd = (await page.locator('[data-agenda]').getAttribute('data-gebouwd'))!;
    const midnight = startOfDay(addDays(gebouwd, 1)); // the end of the build day in Amsterdam
    const before = new Date(midnight.getTime() - 60_000);
    const after = new Date(midnight.getTime() + 60_000);

    // Fixed, not running: a minute of a busy machine (or of a faked clock) must not carry "before" past midnight.
    await page.clock.setFixedTime(before); // 23.59 on the build day
    await page.goto('/agenda/vandaag/');
    expect((await attr(shown(page), 'data-einde')).sort()).toEqual(await expected(gebouwd, before));
    expect(await intlMade(), 'Intl.DateTimeFormat made on the build day').toBe(0);

    await page.clock.setFixedTime(after); // 00.01 the next day: the page is stale, Intl decides
    await page.goto('/agenda/vandaag/');
    expect((await attr(shown(page), 'data-einde')).sort()).toEqual(await expected(addDays(gebouwd, 1), after));
    expect(await intlMade(), 'Intl.DateTimeFormat made the day after the build').toBeGreaterThan(0);
  });

  test('the empty message appears when everything on a page has ended', async ({ page }) => {
    await page.goto('/agenda/');
    await expect(shown(page).first()).toBeVisible();
    await expect(page.locator('[data-agenda-leeg]')).toBeHidden();
    const ends = await attr(page.locator('[data-agenda] li[data-einde]'), 'data-einde');
    await page.clock.setSystemTime(new Date(Math.max(...ends.map((e) => new Date(e).getTime())) + 60_000));
    await page.goto('/agenda/');
    await expect(shown(page)).toHaveCount(0);
    await expect(page.locator('[data-dag-groep]:visible')).toHaveCount(0);
    await expect(page.locator('[data-agenda-leeg]')).toBeVisible();
  });
});

test('an activity page shows phone, costs, accessibility, map, calendar file and Event data', async ({ page, request }) => {
  test.slow(); // visits activities until one has a phone number
  await page.goto('/agenda/');
  const hrefs = [...new Set(await page.locator('[data-agenda] li[data-einde] h2 a, [data-agenda] li[data-einde] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))];
  let found = '';
  for (const href of hrefs) {
    await page.goto(href);
    if ((await page.locator('[data-aanmelden] a[href^="tel:"]').count()) > 0) {
      found = href;
      break;
    }
  }
  expect(found, 'an activity with a phone number').not.toBe('');
  const slug = found.split('/').filter(Boolean).pop()!;

  const phone = page.locator('[data-aanmelden] a[href^="tel:"]').first();
  await expect(phone).toBeVisible();
  await expect(phone).toHaveAttribute('href', /^tel:\+31\d{8,10}$/);
  await expect(page.locator('[data-aanmelden]')).toContainText(/Aanmelden is (niet )?nodig/);
  await expect(page.getByRole('term').filter({ hasText: 'Kosten' })).toBeVisible();
  await expect(page.locator('[data-kosten]')).not.toBeEmpty();
  const access = page.locator('[data-toegankelijkheid] [data-toegang]');
  await expect(access).toHaveCount(5);
  await expect(page.locator('[data-toegankelijkheid]')).toContainText(/rolstoel/i);
  await expect(page.locator('[data-toegankelijkheid]')).toContainText(/ringleiding/i);
  await expect(page.locator('[data-toegankelijkheid]')).toContainText(/Regiotaxi/);
  await expect(page.locator('a[data-kaart]')).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/search\?query=/);
  // The gemeente is named once under "Waar", also when the address already ends in it.
  const where = (await page.locator('[data-adres]').innerText()).toLowerCase();
  expect(['maassluis', 'vlaardingen', 'schiedam'].map((naam) => where.split(naam).length - 1).sort(), `gemeente in "${where}"`).toEqual([0, 0, 1]);
  // "dinsdag 3 maart" and "10.00–11.30 uur" (on the same line for a one-off, in the rhythm for a series)
  await expect(page.locator('[data-agenda] li[data-einde]').first()).toHaveText(/^\S+dag \d{1,2} \S+( \d{4})?(, \d{2}\.\d{2}–\d{2}\.\d{2} uur)?$/);
  await expect(page.locator('dd[data-agenda]')).toContainText(/\d{2}\.\d{2}–\d{2}\.\d{2} uur/);
  await expect(page.getByRole('term').filter({ hasText: 'Organisatie' })).toBeVisible();
  await expect(page.locator('article dd a[href^="/initiatieven/"]').first()).toBeVisible();

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('Event');
  expect(ld.name).toBe((await page.locator('h1').innerText()).trim());
  expect(ld.location.address.addressCountry).toBe('NL');
  expect(ld.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00$/);

  const button = page.getByRole('link', { name: 'Zet in mijn agenda' });
  await expect(button).toHaveAttribute('href', `/agenda/${slug}.ics`);
  const ics = await request.get(`/agenda/${slug}.ics`);
  expect(ics.status()).toBe(200);
  const cal = new ICAL.Component(ICAL.parse(await ics.text()));
  expect(cal.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).toEqual([`${slug}@vief-mvs.nl`]);
  await expectNoHorizontalScroll(page); // (axe for activity pages: pages.spec.ts)
});

test('the feeds are valid iCalendar with the same UIDs everywhere', async ({ request }) => {
  const parse = async (url: string) => {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    const text = await res.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n'), url).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    return cal.getAllSubcomponents('vevent');
  };
  const all = await parse('/agenda.ics');
  const uids = new Set(all.map((v) => String(v.getFirstPropertyValue('uid'))));
  expect(uids.size).toBe(all.length);
  expect(all.some((v) => v.hasProperty('rrule'))).toBe(true);
  let inGemeenten = 0;
  for (const g of ['maassluis', 'vlaardingen', 'schiedam']) {
    const events = await parse(`/agenda/${g}.ics`);
    inGemeenten += events.length;
    for (const v of events) expect(uids.has(String(v.getFirstPropertyValue('uid')))).toBe(true);
    for (const v of events) expect(v.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
  }
  expect(inGemeenten).toBe(all.length);
});

test('a weekly activity keeps its time across the change to summer time (calendar file of the test magazine’s koffieochtend, 28 March 2027)', async ({ request }) => {
  const res = await request.get('/agenda/koffieochtend-het-baken.ics');
  expect(res.status()).toBe(200);
  const cal = new ICAL.Component(ICAL.parse(await res.text()));
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
  const starts: Date[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && starts.length < 200; next = it.next()) starts.push(next.toJSDate());
  const around = starts.filter((d) => d >= new Date('2027-03-16T00:00:00Z') && d < new Date('2027-04-07T00:00:00Z'));
  const local = (d: Date) => new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' }).format(d);
  expect(around.length, 'Tuesdays around the change').toBe(4);
  expect(new Set(around.map(local))).toEqual(new Set(['10:00']));
  expect(around.map((d) => d.getUTCHours())).toEqual([9, 9, 8, 8]); // 10.00 is 09.00Z in winter time, 08.00Z in summer time
});

test('the gemeente page brings agenda, initiatieven, artikelen and Wmo-loket together', async ({ page }) => {
  await page.goto('/agenda/vlaardingen/');
  await expect(page.locator('h1')).toHaveText('Vlaardingen: agenda en wegwijzer');
  expect(new Set(await attr(shown(page), 'data-gemeente'))).toEqual(new Set(['vlaardingen']));
  const initiatieven = page.locator('#initiatieven [data-gemeenten]');
  expect(await initiatieven.count()).toBeGreaterThan(0);
  for (const g of await attr(initiatieven, 'data-gemeenten')) expect(g.split(' ')).toContain('vlaardingen');
  expect(await page.locator('#artikelen a[href^="/artikelen/"]').count()).toBeGreaterThan(0);
  await expect(page.locator('#wmo-loket')).toContainText('Wmo-loket Vlaardingen');
  await expect(page.getByRole('link', { name: /om af te drukken/ })).toHaveAttribute('href', '/agenda/vlaardingen/afdrukken/');
  await expect(page.getByRole('link', { name: /Volg deze agenda/ })).toHaveAttribute('href', '/agenda/vlaardingen.ics');
});

test('the printable agenda fits on A4 pages with large type and nothing cut off', async ({ page }) => {
  test.slow(); // axe, print emulation and a PDF
  await page.goto('/agenda/vlaardingen/afdrukken/');
  await expect(page.getByRole('button', { name: 'Druk deze pagina af' })).toBeVisible(); // shown by the script
  await expectNoAxeViolations(page);
  const titles = (await page.locator('.afdruk__titel').allInnerTexts()).map((s) => s.trim());
  expect(titles.length).toBeGreaterThan(2);

  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 680, height: 1000 }); // A4 minus 15 mm margins ≈ 180 mm ≈ 680 px
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Druk deze pagina af' })).toBeHidden();
  const size = await page.locator('.afdruk__item p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size, 'body text on paper at least 14 pt').toBeGreaterThanOrEqual(18.6);
  const overflow = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    return [...document.querySelectorAll('.afdruk *')].filter((el) => el.getBoundingClientRect().right > w + 0.5).map((el) => el.className || el.tagName);
  });
  expect(overflow, 'elements wider than the paper').toEqual([]);

  const pdf = await page.pdf({ format: 'A4', margin: { top: '0', bottom: '0', left: '0', right: '0' }, preferCSSPageSize: true });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: true });
  expect(totalPages).toBeGreaterThanOrEqual(1);
  expect(totalPages, 'four weeks of one gemeente on a handful of pages').toBeLessThanOrEqual(6);
  const flat = text.replace(/\s+/g, ' ');
  for (const title of titles) expect(flat, `"${title}" on paper`).toContain(title.replace(/\s+/g, ' '));
  expect(flat).toMatch(/Gemaakt op .* Kijk voor wijzigingen op vief-mvs\.nl\/agenda\/vlaardingen\//);
});

// The page types only the agenda has (axe for /agenda/, /initiatieven/, an activity and an initiatief
// runs in pages.spec.ts, for the printable agenda in the print test above): the gemeente page, a
// filtered agenda and a filtered wegwijzer.
const pages = ['/agenda/vlaardingen/', '/agenda/later/cultuur/', '/initiatieven/maassluis/bewegen/'];
for (const path of pages) {
  test(`${path} is accessible and fits the screen`, async ({ page }) => {
    test.slow(); // long lists: axe checks every occurrence
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
}

test('an initiatief page shows contact first and its upcoming activities', async ({ page }) => {
  test.slow(); // visits initiatieven until one has activities
  await page.goto('/initiatieven/');
  const hrefs = await page.locator('[data-wegwijzer] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  let found = false;
  for (const href of hrefs) {
    await page.goto(href);
    if ((await page.locator('[data-agenda] li[data-einde]').count()) > 0) {
      found = true;
      break;
    }
  }
  expect(found, 'an initiatief with upcoming activities').toBe(true);
  await expect(page.getByRole('term').first()).toHaveText('Contact');
  await expect(page.locator('[data-contact] a').first()).toBeVisible();
  await expect(page.locator('[data-agenda] li[data-einde] a[href^="/agenda/"]').first()).toBeVisible();
  await expectNoHorizontalScroll(page); // (axe for initiatief pages: pages.spec.ts)
});
