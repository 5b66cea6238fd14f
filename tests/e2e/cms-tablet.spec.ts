/**
 * The CMS on a tablet, its messages and its media library (issue 16, points 2, 3 and 5), in the
 * real /admin/ page against the real decap-server on a temporary Git repository with a copy of
 * the test magazine (tests/e2e/cms-harness.ts).
 *   - 820×1180 and 1180×820: the top bar's status is not cut off, "Publiceer" and the status can
 *     be reached and clicked, messages do not cover them, our own controls are at least 44 px;
 *   - a refused save shows one Dutch message naming every field, however often "Opslaan" is pressed;
 *   - no English in the editor, what a screen reader reads included; a field that another field
 *     makes required says when instead of "(optioneel)"; the artikel form passes axe, the Markdown
 *     switch has a name, the date fields' "Nu" and "Wissen" are 44 px;
 *   - the media library shows the photos that are already there; an upload gets a name with a
 *     fingerprint of its bytes, and the same photo twice replaces nothing (Dutch message).
 * Screenshots for docs/handleiding.md go to docs/img/ with UPDATE_HANDLEIDING=1 (otherwise to test-results/).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { MAGAZINE } from '../magazine';
import { pointCmsAt } from './cms-harness';
import { choose, control, menu, shot, withDecapServer } from './cms-helpers';
import { axeViolations } from './helpers';

test.describe.configure({ mode: 'default' });
test.use({ actionTimeout: 20_000, navigationTimeout: 60_000, screenshot: 'only-on-failure' });

const decapServer = withDecapServer(test);

async function logIn(page: Page) {
  await pointCmsAt(page, decapServer().url);
  await page.goto('/admin/', { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Inloggen' }).click({ timeout: 120_000 });
  await expect(page.getByRole('link', { name: 'Artikelen' }).first()).toBeVisible({ timeout: 60_000 });
}

async function newArtikel(page: Page) {
  await page.getByRole('link', { name: 'Artikel toevoegen' }).click();
  await expect(control(page, 'Titel')).toBeVisible({ timeout: 60_000 });
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  expect(b, `${locator} has a box`).not.toBeNull();
  return b!;
}

/** The element a tap at the middle of `locator` reaches is the locator's own (nothing lies over it). */
async function reachable(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  });
}

test('de mediabibliotheek toont de foto’s die er al zijn (issue 16, punt 2)', async ({ page }) => {
  test.setTimeout(240_000);
  await logIn(page);
  // A new artikel: before the fix the library listed only what was uploaded just now.
  await newArtikel(page);
  await page.getByRole('button', { name: 'Kies een afbeelding' }).click();
  const library = page.getByRole('dialog').or(page.locator('.ReactModal__Content')).first();
  await expect(library.getByText('bladmuziek.jpg', { exact: true })).toBeVisible({ timeout: 60_000 });
  await expect(library.locator('img[src*="bladmuziek"], img[src^="blob:"], img[src^="data:"]').first()).toBeVisible();
  // The thumbnails are real pictures: the library comes without the photos' bytes and each card
  // fetches its photo when shown (cms/paged-list.ts, issue 16 point 6).
  await expect.poll(() => library.locator('img[src^="blob:"]').evaluateAll((imgs) => imgs.filter((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0).length), { timeout: 30_000 }).toBeGreaterThan(3);
  // A phone photo "IMG_0001.JPG" gets a name with a fingerprint of its bytes (issue 16, point 2:
  // an upload must never replace a different photo of the same name)…
  const bytes = fs.readFileSync(path.join(MAGAZINE, 'media', 'bladmuziek.jpg'));
  const named = `img_0001-${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.jpg`;
  const upload = { name: 'IMG_0001.JPG', mimeType: 'image/jpeg', buffer: bytes };
  await library.locator('input[type="file"]').setInputFiles(upload);
  await expect(library.getByText(named, { exact: true })).toBeVisible({ timeout: 60_000 });
  // …and the same photo again replaces nothing: no English question, a Dutch message, still one.
  const questions: string[] = [];
  page.on('dialog', (d) => {
    questions.push(d.message());
    void d.dismiss();
  });
  await library.locator('input[type="file"]').setInputFiles(upload);
  await expect(page.getByRole('alert').filter({ hasText: `staat al in de mediabibliotheek, als "${named}"` })).toBeVisible({ timeout: 30_000 });
  expect(questions).toEqual([]);
  await expect(library.getByText(named, { exact: true })).toHaveCount(1);
  await shot(page, 'foto-staat-er-al.png');
  await page.getByRole('alert').getByRole('button', { name: 'Sluiten' }).click();
  // An SVG is refused in Dutch before it reaches the library (it can carry a script; issue 15/16).
  await library.locator('input[type="file"]').setInputFiles({ name: 'kaart.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
  await expect(page.getByRole('alert').filter({ hasText: '"kaart.svg" is een SVG-bestand' })).toBeVisible({ timeout: 30_000 });
  await expect(library.getByText(/^kaart.*\.svg$/)).toHaveCount(0);
  await page.getByRole('alert').getByRole('button', { name: 'Sluiten' }).click();
  // Searching finds one further down the folder.
  await library.getByPlaceholder(/Zoeken/).fill('molen');
  await expect(library.getByText('molen-schiedam.jpg', { exact: true })).toBeVisible();
  await expect(library.getByText('bladmuziek.jpg', { exact: true })).toHaveCount(0);
  // Choosing it fills the photo field with the path the build expects.
  await library.getByText('molen-schiedam.jpg', { exact: true }).click();
  await library.getByRole('button', { name: 'Gebruik selectie' }).click();
  await expect(page.getByRole('button', { name: /Kies een andere afbeelding|Afbeelding vervangen|andere/i }).first()).toBeVisible({ timeout: 30_000 });
});

test('een geweigerde opslag noemt elk veld, één keer, in het Nederlands (issue 16, punt 3)', async ({ page }) => {
  test.setTimeout(300_000);
  await logIn(page);
  await newArtikel(page);
  await control(page, 'Titel').fill('Een middag in de bibliotheek');
  const save = page.getByRole('button', { name: 'Opslaan', exact: true });
  // The editor presses "Opslaan" three times: one message, not three.
  for (let i = 0; i < 3; i++) {
    await save.click();
    await page.waitForTimeout(400);
  }
  const refusals = page.locator('.Toastify__toast').filter({ hasText: 'Nog niet opgeslagen' });
  await expect(refusals).toHaveCount(1, { timeout: 15_000 });
  const message = refusals.first();
  await expect(message).toContainText('Verbeter eerst deze 5 velden:');
  for (const label of ['Samenvatting', 'Rubriek', 'Auteurs', 'Publicatiedatum', 'Tekst van het artikel']) await expect(message).toContainText(`• ${label}: is verplicht`);
  // Titel is filled in; optional fields are not named.
  await expect(message).not.toContainText('Titel');
  await expect(message).not.toContainText('optioneel');
  await expect(page.getByText(/Oeps|verplichte velden zijn niet ingevuld/)).toHaveCount(0);
  // Under each field the same words.
  await expect(page.getByText('Samenvatting is verplicht.', { exact: true })).toBeVisible();
  await shot(page, 'opslaan-geweigerd.png');

  // Everything required filled in, an existing photo chosen without its description: our own check
  // (the build's schema) refuses, again in one message naming the one field.
  await control(page, 'Samenvatting').fill('Voorlezen, koffie en een praatje in de bibliotheek.');
  await choose(page, 'Rubriek', 'Samen');
  await choose(page, 'Auteurs', 'Ria van Dijk');
  await control(page, 'Publicatiedatum').fill('2026-11-20');
  await page.getByRole('button', { name: 'Kies een afbeelding' }).click();
  await page.getByText('bladmuziek.jpg', { exact: true }).click({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Gebruik selectie' }).click();
  const editor = page.locator('[data-slate-editor="true"]').first();
  await editor.click();
  await page.keyboard.type('Elke woensdag leest een vrijwilliger voor uit de krant.');
  await save.click();
  await expect(refusals.filter({ hasText: 'Beschrijving van de foto' })).toHaveCount(1, { timeout: 30_000 });
  await expect(refusals).toHaveCount(1);
  await expect(refusals.first()).toHaveText(/^Nog niet opgeslagen\. Verbeter eerst dit veld:\s*• Beschrijving van de foto: is verplicht als er een foto is$/);
  await expect(page.getByText(/Kan item niet opslaan|Error:/)).toHaveCount(0);

  // With the description it saves: the optional fields left empty (Nummer, Bijgewerkt op, Gemeente, Opname) are not refused.
  await control(page, 'Beschrijving van de foto (nodig als u een foto kiest)').fill('Bladmuziek op een standaard');
  await save.click();
  await expect(page.getByText('Item opgeslagen').or(page.getByText('Wijzigingen opgeslagen')).first()).toBeVisible({ timeout: 120_000 });
  await expect(refusals).toHaveCount(0);
});

/** Labels that say when the field is needed (cms/config.ts, from the schema), per collection. */
const CONDITIONAL_LABELS: Record<string, string[]> = {
  Artikelen: ['Beschrijving van de foto (nodig als u een foto kiest)'],
  Agenda: ['Hoe vaak (nodig als u iets bij Herhaling invult)', 'Telefoon (vul telefoon, e-mail of website in als aanmelden nodig is: minstens één)'],
  Tips: [],
  Wegwijzer: ['Telefoon (vul telefoon, e-mail of website in: minstens één)', 'Website (vul telefoon, e-mail of website in: minstens één)'],
};

/** Words that are English and not Dutch, as they would appear in Decap's or its libraries' strings. */
const ENGLISH = /\b(close|notification|timer|options?|loading|select|search|results?|available|focused|press|menu|toggle|upload|choose|remove|delete|add|save|saved|field|string|relation|datetime|image|expand|collapse|cancel|edit|preview|draft|publish|entries|entry|the|and|to|now|quote|heading|headings|bold|italic|bulleted|numbered|rich|text|yes|true|false|unknown|untitled|clear|required|optional|widget)\b/i;

/** Everything an editor sees or a screen reader reads on the page: accessible tree, labels, text. */
async function whatIsSaidAndShown(page: Page): Promise<string[]> {
  const tree = await page.locator('body').ariaSnapshot();
  const attributes = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription], [aria-valuetext]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext'].map((a) => el.getAttribute(a)).filter((v): v is string => !!v),
    ),
  );
  const text = await page.locator('body').innerText();
  // The snapshot's own syntax (roles, [checked], /url: lines) is not something anyone reads.
  const said = tree
    .split('\n')
    .filter((l) => !/^\s*- \/url:/.test(l))
    .map((l) => l.replace(/^\s*- [a-z]+/, '').replace(/\[[a-z]+(=[^\]]*)?\]/g, ''));
  return [...said, ...attributes, ...text.split('\n')];
}

function english(lines: string[]): string[] {
  // "Markdown" is the name of the text format; the site's own address is not a word.
  return lines.filter((l) => ENGLISH.test(l.replace(/Markdown|127\.0\.0\.1:\d+/g, '')));
}

test('geen Engels in de editor, ook niet voor een schermlezer (issue 16, punt 3)', async ({ page }) => {
  test.setTimeout(300_000);
  await logIn(page);
  const found: string[] = [];
  // Leaving a form with changes: Decap asks, the test says yes (one handler: a form left unchanged asks nothing).
  page.on('dialog', (d) => d.accept());
  for (const [collection, button, first] of [
    ['Artikelen', 'Artikel toevoegen', 'Titel'],
    ['Agenda', 'Activiteit toevoegen', 'Titel'],
    ['Tips', 'Tip toevoegen', 'Titel'],
    ['Wegwijzer', 'Initiatief toevoegen', 'Naam'],
  ] as const) {
    await page.getByRole('link', { name: collection, exact: true }).first().click();
    await page.getByRole('link', { name: button }).click();
    await expect(control(page, first)).toBeVisible({ timeout: 60_000 });
    found.push(...english(await whatIsSaidAndShown(page)).map((l) => `${collection}: ${l}`));
    // A field that another field makes required says when, not "(optioneel)" (the label is its
    // name: getByLabel with exact matches nothing if Decap's word were still read after it).
    for (const label of CONDITIONAL_LABELS[collection]) await expect(control(page, label), label).toBeVisible();
    if (collection === 'Artikelen') {
      // An optional field still says so.
      await expect(control(page, 'Nummer (optioneel)')).toBeVisible();
      // The body editor's Markdown switch has a Dutch name and a state; the text itself is named by its label.
      const modeSwitch = page.getByRole('switch', { name: 'Markdown-code tonen', exact: true });
      await expect(modeSwitch).toHaveAttribute('aria-checked', 'false');
      await expect(page.getByRole('textbox', { name: 'Tekst van het artikel', exact: true })).toBeVisible();
      // axe (WCAG 2.2 AA) on the whole artikel form, Decap's parts included.
      expect(await axeViolations(page), 'axe op het artikelformulier').toEqual([]);
      // For the eye: the photo description's label and the text editor's bar with its switch.
      await control(page, 'Beschrijving van de foto (nodig als u een foto kiest)').scrollIntoViewIfNeeded();
      await shot(page, 'artikel-formulier-820.png');
      await modeSwitch.click();
      await expect(modeSwitch).toHaveAttribute('aria-checked', 'true');
      await modeSwitch.click();
      await expect(modeSwitch).toHaveAttribute('aria-checked', 'false');
      // A relation field that finds nothing, and what the screen reader hears while choosing.
      const rubriek = control(page, 'Rubriek');
      await rubriek.click();
      await rubriek.fill('zzzz');
      await expect(page.getByText('Niets gevonden', { exact: true })).toBeVisible({ timeout: 30_000 });
      found.push(...english(await whatIsSaidAndShown(page)).map((l) => `relatie zonder resultaat: ${l}`));
      await rubriek.fill('Sam');
      await expect(page.getByRole('option', { name: /Samen/ }).first()).toBeVisible({ timeout: 30_000 });
      const live = await page.locator('[role="log"], [id$="-live-region"]').allInnerTexts();
      expect(live.join(' ')).toMatch(/resultaat|resultaten|Kies met pijl/);
      found.push(...english(live).map((l) => `schermlezer: ${l}`));
      await page.keyboard.press('Enter');
      await expect(page.getByRole('option')).toHaveCount(0);
      // The date fields' "Nu" button says what it does, in Dutch; "Nu" and "Wissen" are large enough to tap.
      const dateButtons = page.getByRole('button', { name: 'Nu invullen' }).or(page.getByRole('button', { name: 'Wissen', exact: true }));
      await expect(dateButtons).toHaveCount(4); // Publicatiedatum and Bijgewerkt op
      for (const b of await dateButtons.all()) {
        const { width, height } = await box(b);
        expect(Math.min(width, height), `${await b.textContent()}: ${width}×${height}`).toBeGreaterThanOrEqual(44);
      }
      // A refused save and its message.
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
      await expect(page.locator('.Toastify__toast').filter({ hasText: 'Nog niet opgeslagen' })).toHaveCount(1, { timeout: 15_000 });
      await expect(page.getByRole('button', { name: 'Sluiten' }).first()).toBeVisible();
      found.push(...english(await whatIsSaidAndShown(page)).map((l) => `geweigerd: ${l}`));
    }
    await page.goto('/admin/#/collections/artikelen');
    await expect(page.getByRole('link', { name: 'Artikel toevoegen' })).toBeVisible({ timeout: 60_000 });
  }
  expect(found).toEqual([]);
});

test('op een tablet staand en liggend: statusbalk leesbaar, Publiceer bereikbaar, meldingen niet over de knoppen (issue 16, punt 5)', async ({ page }) => {
  test.setTimeout(360_000);
  await logIn(page);
  await page.goto('/admin/#/collections/tips/entries/test-uw-rookmelder-elke-maand');
  await expect(control(page, 'Gecontroleerd door')).toBeVisible({ timeout: 60_000 });
  const status = page.getByRole('button', { name: /^Status:/ });
  const publiceer = page.getByRole('button', { name: 'Publiceer', exact: true });
  const opslaan = page.getByRole('button', { name: 'Opslaan', exact: true });
  const handleiding = page.getByRole('link', { name: 'Handleiding' });
  // A change, saved: the entry is now in the editorial workflow, ready to publish.
  await control(page, 'Gecontroleerd door').fill('Marco Hoogendoorn, brandweer Vlaardingen');
  await opslaan.click();
  await expect(status).toBeVisible({ timeout: 120_000 });
  await menu(page, status, 'Ter beoordeling');
  await expect(status).toHaveText('Status: Ter beoordeling', { timeout: 30_000 });
  await menu(page, status, 'Klaar om te publiceren');
  await expect(status).toHaveText('Status: Klaar om te publiceren', { timeout: 30_000 });

  const sizes = [
    { width: 820, height: 1180, name: 'tablet-staand.png' },
    { width: 1180, height: 820, name: 'tablet-liggend.png' },
    { width: 1280, height: 800, name: 'laptop-klaar-om-te-publiceren.png' },
  ];
  for (const size of sizes) {
    await test.step(`${size.width}×${size.height}`, async () => {
      await page.setViewportSize(size);
      // Another change and save, so a message ("Item opgeslagen") is on screen while we look.
      await control(page, 'Gecontroleerd door').fill('');
      await control(page, 'Gecontroleerd door').fill(`Marco Hoogendoorn, brandweer (${size.width})`);
      await opslaan.click();
      await expect(page.locator('.Toastify__toast').filter({ hasText: /opgeslagen/ }).last()).toBeVisible({ timeout: 120_000 });
      // Saving a change sends the entry back to Concept; the status control, tapped, makes it ready again.
      await expect(status).toHaveText('Status: Concept', { timeout: 30_000 });
      await menu(page, status, 'Klaar om te publiceren');
      await expect(status).toHaveText('Status: Klaar om te publiceren', { timeout: 30_000 });
      const toasts = page.locator('.Toastify__toast');
      await expect(toasts.first()).toBeVisible({ timeout: 30_000 });
      // One message at a time: the newest replaces the ones before it.
      await expect(toasts).toHaveCount(1);
      const toastBox = await box(toasts.first());
      const closeBox = await box(toasts.first().locator('.Toastify__close-button'));

      // The status reads in full: nothing cut off with "…".
      const fits = await status.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, text: el.textContent }));
      console.log(`${size.width}×${size.height}: status ${fits.scroll}/${fits.client} px, "${fits.text}"`);
      expect(fits.scroll).toBeLessThanOrEqual(fits.client);
      // Every button of the bar is on screen, tall enough to tap, not under a message, and a tap reaches it.
      for (const button of [opslaan, status, publiceer, page.getByRole('button', { name: 'Verwijder niet-gepubliceerde wijzigingen' }), page.getByRole('button', { name: 'Uw account' })]) {
        const b = await box(button);
        expect(b.x, `${button} within the screen`).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width, `${button} within the screen`).toBeLessThanOrEqual(size.width);
        expect(b.y + b.height).toBeLessThanOrEqual(size.height);
        expect(overlaps(b, toastBox), `${button} under the message`).toBe(false);
        expect(await reachable(button), `${button} reachable`).toBe(true);
      }
      for (const button of [opslaan, status, publiceer]) expect((await box(button)).height, `${button} height`).toBeGreaterThanOrEqual(44);
      // Our own controls: the Handleiding button and the message's close button, at least 44×44.
      for (const [name, b] of [['Handleiding', await box(handleiding)], ['sluitknop van de melding', closeBox]] as const)
        expect(Math.min(b.width, b.height), `${name}: ${b.width}×${b.height}`).toBeGreaterThanOrEqual(44);
      console.log(`${size.width}×${size.height}: melding ${JSON.stringify(toastBox)}, Publiceer ${JSON.stringify(await box(publiceer))}`);
      // The form starts below the bar (two rows on a tablet): no field is hidden under it.
      const bar = await box(page.locator('[class*="-EditorContainer"] > [class*="-ToolbarContainer"]'));
      const form = await box(page.locator('.SplitPane').first());
      expect(form.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
      // For the handleiding: the top of the form, with the message still there.
      await control(page, 'Titel').scrollIntoViewIfNeeded();
      await shot(page, size.name);
      // Publiceer opens its menu with a tap; nothing is published here.
      await publiceer.click();
      await expect(page.getByRole('menuitem', { name: 'Nu publiceren' })).toBeVisible({ timeout: 10_000 });
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menuitem', { name: 'Nu publiceren' })).toBeHidden({ timeout: 10_000 });
    });
  }
});
