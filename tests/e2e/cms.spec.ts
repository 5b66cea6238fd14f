/**
 * Decap CMS end to end (issue 3): the real /admin/ page and the real decap-server (MODE=git)
 * on a temporary Git repository with a copy of the content. An editor logs in, writes an
 * artikel (rubriek, auteur, a phone photo, a body with `{`, `<3` and text pasted from a word
 * processor), sends it for review and publishes it; edits a tip; adds an activity. We check
 * the files (valid frontmatter, same validator as the build), the Git commits, and that a
 * rebuild of the site shows the article on its rubriek page with a resized photo.
 * The screenshots for docs/handleiding.md are made here (docs/img/, with UPDATE_HANDLEIDING=1).
 *
 * Runs in one Playwright project only ("cms" if the config has it, otherwise "tablet").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { validateEntry } from '../../src/lib/content-validation';
import { buildSite, CMS_BRANCH, git, makePhonePhoto, makeTempRepo, pointCmsAt, projectRoot, startDecapServer, type DecapServer } from './cms-harness';

// Screenshots for the editors' manual: written to docs/img/ with UPDATE_HANDLEIDING=1
// (npm run handleiding:screenshots), otherwise to test-results/ so a test run leaves the repository clean.
const SHOTS = process.env.UPDATE_HANDLEIDING ? path.join(projectRoot, 'docs', 'img') : path.join(projectRoot, 'test-results', 'cms-screenshots');

// Tests run in order in one worker; each is independent (a failing one does not skip the others).
test.describe.configure({ mode: 'default' });
test.use({ viewport: { width: 1280, height: 860 }, hasTouch: false, isMobile: false, actionTimeout: 20_000, navigationTimeout: 60_000, screenshot: 'only-on-failure' });

/** Run in the "cms" project when the config has one, otherwise in "tablet" only. */
function runsHere(info: TestInfo): boolean {
  const hasCmsProject = info.config.projects.some((p) => p.name === 'cms');
  return hasCmsProject ? info.project.name === 'cms' : info.project.name === 'tablet';
}
test.beforeEach(({}, info) => info.skip(!runsHere(info), 'de CMS-test draait in één project'));

let repo: string;
let server: DecapServer;
let photo: string;
let photoBytes: number;
const started = Date.now();

test.beforeAll(async ({}, info) => {
  if (!runsHere(info)) return;
  photo = path.join(os.tmpdir(), `telefoonfoto-${process.pid}.jpg`);
  photoBytes = await makePhonePhoto(photo);
  fs.mkdirSync(SHOTS, { recursive: true });
});

// Every test gets its own repository and decap-server: no state carries over between tests.
test.beforeEach(async ({}, info) => {
  if (!runsHere(info)) return;
  repo = makeTempRepo();
  server = await startDecapServer(repo);
});

test.afterEach(async ({}, info) => {
  if (info.status !== info.expectedStatus && server) console.log(`decap-server log:\n${server.log.join('').slice(-4000)}`);
  server?.stop();
  if (repo && !process.env.KEEP_CMS_REPO) fs.rmSync(repo, { recursive: true, force: true });
});

test.afterAll(() => {
  if (photo) fs.rmSync(photo, { force: true });
  if (photo) console.log(`CMS e2e: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SHOTS, name) });
}

async function openCms(page: Page) {
  await pointCmsAt(page, server.url);
  await page.goto('/admin/', { waitUntil: 'domcontentloaded' });
  const login = page.getByRole('button', { name: 'Inloggen' });
  await expect(login).toBeVisible({ timeout: 120_000 });
  return login;
}

async function logIn(page: Page) {
  await (await openCms(page)).click();
  await expect(page.getByRole('link', { name: 'Artikelen' }).first()).toBeVisible({ timeout: 60_000 });
}

/**
 * Open a collection from the sidebar, then (optionally) an entry by its title. decap-server
 * answers "Request timed out" when a request waits more than 3 s for its lock (it happens on a
 * busy machine); the CMS then shows an empty list, so we open the collection again.
 */
async function openCollection(page: Page, label: string, entryTitle?: string) {
  const link = (name: string) => page.getByRole('link', { name, exact: true }).first();
  await link(label).click();
  if (!entryTitle) return;
  const entry = page.getByRole('link', { name: new RegExp(entryTitle) }).first();
  await expect(async () => {
    if (!(await entry.isVisible())) {
      await link(label === 'Artikelen' ? 'Agenda' : 'Artikelen').click();
      await link(label).click();
    }
    await expect(entry).toBeVisible({ timeout: 15_000 });
  }).toPass({ timeout: 120_000 });
  await entry.click();
}

/** The control (input, select, editor) of a Decap field, found by its Dutch label. */
function control(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(label, { exact: true });
}

/** Pick an option in a Decap select or relation widget (react-select); retried, see openCollection. */
async function choose(page: Page, label: string, optionText: string) {
  const input = control(page, label);
  const option = page.getByRole('option', { name: optionText, exact: false }).first();
  await expect(async () => {
    await input.click();
    await input.fill('');
    await input.fill(optionText);
    await expect(option).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 90_000 });
  await option.click();
}

/**
 * Paste HTML the way a word processor puts it on the clipboard: through the real clipboard and
 * Ctrl+V; if the headless browser has no usable clipboard, with the events Chromium fires for a
 * paste (paste, then beforeinput/insertFromPaste with the same DataTransfer).
 */
async function pasteHtml(page: Page, editor: Locator, html: string, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const written = await page
    .evaluate(
      async ({ html, text }) => {
        await navigator.clipboard.write([
          new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
        ]);
        return true;
      },
      { html, text },
    )
    .catch(() => false);
  const before = await editor.innerText();
  if (written) {
    await page.keyboard.press('Control+V');
    await page.waitForTimeout(500);
    if ((await editor.innerText()) !== before) return;
  }
  await editor.evaluate(
    (el, { html, text }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      if (el.dispatchEvent(paste)) el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

function readFromRepo(file: string): string {
  return git(repo, 'show', `${CMS_BRANCH}:${file}`);
}

async function saveEntry(page: Page) {
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Item opgeslagen').or(page.getByText('Wijzigingen opgeslagen')).first()).toBeVisible({ timeout: 120_000 });
  // A new entry moves from …/new to …/entries/<slug>; wait for the workflow toolbar there.
  await page.waitForURL(/\/entries\//, { timeout: 60_000 });
  await expect(page.getByRole('button', { name: /^Status:/ })).toBeVisible({ timeout: 60_000 });
}

/** Open a Decap toolbar dropdown (react-aria-menubutton) and pick an item. */
async function menu(page: Page, button: Locator, item: string) {
  const option = page.getByRole('menuitem', { name: item, exact: true });
  await expect(async () => {
    if (!(await option.isVisible())) {
      await button.focus();
      await page.keyboard.press('Enter');
    }
    await expect(option).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await option.click({ force: true });
}

/** Editorial workflow: Concept → Ter beoordeling → Klaar om te publiceren → publish (confirm dialog). */
async function reviewAndPublish(page: Page, screenshotPrefix?: string) {
  const status = () => page.getByRole('button', { name: /^Status:/ });
  await menu(page, status(), 'Ter beoordeling');
  await expect(status()).toHaveText('Status: Ter beoordeling', { timeout: 30_000 });
  if (screenshotPrefix) await shot(page, `${screenshotPrefix}-ter-beoordeling.png`);
  await menu(page, status(), 'Klaar om te publiceren');
  await expect(status()).toHaveText('Status: Klaar om te publiceren', { timeout: 30_000 });
  page.once('dialog', (d) => d.accept());
  await menu(page, page.getByRole('button', { name: 'Publiceer', exact: true }), 'Nu publiceren');
  await expect(page.getByText('Item gepubliceerd').first()).toBeVisible({ timeout: 30_000 });
  if (screenshotPrefix) await shot(page, `${screenshotPrefix}-gepubliceerd.png`);
}

test('een artikel schrijven met foto, laten beoordelen, publiceren en na een build terugzien', async ({ page }) => {
  test.setTimeout(600_000);
  const login = await openCms(page);
  // Wait for the logo so the screenshot shows the login page as editors see it.
  await page
    .locator('img')
    .first()
    .evaluate((img: HTMLImageElement) => img.complete || new Promise((r) => img.addEventListener('load', r, { once: true })))
    .catch(() => undefined);
  await shot(page, '01-inloggen.png');
  await login.click();
  await expect(page.getByRole('link', { name: 'Artikelen' }).first()).toBeVisible({ timeout: 30_000 });
  await shot(page, '02-overzicht.png');

  await page.getByRole('link', { name: 'Artikel toevoegen' }).click();
  await expect(control(page, 'Titel')).toBeVisible({ timeout: 30_000 });

  const titel = 'Koffie, taart & een goed gesprek in Schiedam';
  await control(page, 'Titel').fill(titel);
  await control(page, 'Samenvatting').fill('In de Molenwiek schuiven elke week buren aan voor koffie en een praatje <3');
  await choose(page, 'Rubriek', 'Samen');
  await choose(page, 'Auteurs', 'Ria van Dijk');
  await control(page, 'Publicatiedatum').fill('2026-11-20');
  await choose(page, 'Over welke gemeente (optioneel)', 'Schiedam');

  // The photo: upload through the media library.
  await page.getByRole('button', { name: 'Kies een afbeelding' }).click();
  const upload = page.locator('input[type="file"]');
  await upload.setInputFiles(photo);
  await page.getByRole('button', { name: 'Gebruik selectie' }).click();
  await shot(page, '04-foto-toevoegen.png');

  // Body: typed text with { and <3, then text pasted from a word processor.
  const editor = page.locator('[data-slate-editor="true"]').first();
  await editor.click();
  await page.keyboard.type('Iedereen is welkom, ook met {accolades} in de tekst. Wij <3 onze buurt. ');
  await page.keyboard.press('Enter');
  await pasteHtml(
    page,
    editor,
    '<html><body><!--StartFragment--><p class="MsoNormal"><b><span style="font-family:Calibri">Elke dinsdag</span></b><span> van 10.00 tot 11.30 uur, <i>gratis</i>.</span></p><!--EndFragment--></body></html>',
    'Elke dinsdag van 10.00 tot 11.30 uur, gratis.',
  );

  // Saving without a description of the photo is refused with a Dutch message.
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText(/Beschrijving van de foto/).filter({ hasText: /verplicht|nog niet opgeslagen/ }).first()).toBeVisible({ timeout: 30_000 });

  await control(page, 'Beschrijving van de foto (optioneel)').fill('Vier buren aan een tafel met koffie en appeltaart');
  await expect(editor).toContainText('Elke dinsdag');
  await shot(page, '03-artikel-schrijven.png');
  await saveEntry(page);
  await reviewAndPublish(page, '05');

  // The file on the CMS branch: valid frontmatter, the body as typed.
  const files = git(repo, 'ls-tree', '-r', '--name-only', CMS_BRANCH, 'content/artikelen').split('\n');
  const file = files.find((f) => f.includes('koffie-taart'));
  expect(file, `new artikel in ${files.join(', ')}`).toBeTruthy();
  const source = readFromRepo(file!);
  const { entry, problems } = validateEntry('artikelen', file!, source);
  expect(problems).toEqual([]);
  expect(entry!.data.titel).toBe(titel);
  expect(entry!.body).toContain('{accolades}');
  expect(entry!.body).toContain('<3');
  // Pasted Word HTML arrives as clean Markdown: the text and its italics, none of Word's markup.
  expect(entry!.body).toContain('Elke dinsdag van 10.00 tot 11.30 uur');
  expect(entry!.body).toMatch(/[*_]gratis[*_]/);
  expect(entry!.body).not.toMatch(/<span|<b>|Mso|StartFragment|font-family/);
  expect(String(entry!.data.afbeelding)).toMatch(/^\.\.\/media\/.+\.jpe?g$/);
  const media = String(entry!.data.afbeelding).replace('../', 'content/');
  expect(Number(git(repo, 'cat-file', '-s', `${CMS_BRANCH}:${media}`))).toBe(photoBytes);

  // Git: commits by the CMS, merged into the branch.
  const log = git(repo, 'log', '--format=%s', CMS_BRANCH);
  expect(log).toMatch(/koffie-taart/);
  expect(git(repo, 'branch', '--list', 'cms/*')).toBe('');

  // A rebuild of the site from the repository shows the article on its rubriek page, photo resized.
  await test.step('nieuwe build', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-cms-dist-'));
    try {
      git(repo, 'checkout', '-q', CMS_BRANCH);
      const { seconds } = buildSite(path.join(repo, 'content'), outDir);
      console.log(`rebuild: ${seconds.toFixed(1)} s`);
      const slug = path.basename(file!, '.md');
      const rubriek = fs.readFileSync(path.join(outDir, 'rubriek', 'samen-meedoen', 'index.html'), 'utf8');
      expect(rubriek).toContain(`/artikelen/${slug}/`);
      const artikel = fs.readFileSync(path.join(outDir, 'artikelen', slug, 'index.html'), 'utf8');
      expect(artikel).toContain('{accolades}');
      expect(artikel).toContain('&lt;3');
      // The photo is served resized and compressed: every srcset candidate at most 1200 px wide
      // and a fraction of the uploaded file.
      const img = /<figure class="artikel-foto">[\s\S]*?<img([^>]+)>/.exec(artikel)?.[1] ?? '';
      const candidates = [...(/srcset="([^"]+)"/.exec(img)?.[1] ?? '').split(',')].map((c) => c.trim().split(/\s+/)).filter((c) => c[0]);
      expect(candidates.length, `srcset in ${img}`).toBeGreaterThan(0);
      const sharp = (await import('sharp')).default;
      for (const [url] of candidates) {
        const file = path.join(outDir, decodeURI(url));
        const { width } = await sharp(file).metadata();
        const bytes = fs.statSync(file).size;
        console.log(`foto ${url}: ${width} px, ${(bytes / 1024).toFixed(0)} kB (upload ${(photoBytes / 1024 / 1024).toFixed(1)} MB)`);
        expect(width).toBeLessThanOrEqual(1200);
        expect(bytes).toBeLessThan(photoBytes / 4);
      }
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});

test('een bestaande tip bijwerken', async ({ page }) => {
  test.setTimeout(240_000);
  await logIn(page);
  await openCollection(page, 'Tips', 'Test uw rookmelder elke maand');
  await expect(control(page, 'Gecontroleerd op')).toBeVisible({ timeout: 60_000 });
  await control(page, 'Gecontroleerd op').fill('2026-11-24');
  await control(page, 'Gecontroleerd door').fill('Marco Hoogendoorn, brandweer Vlaardingen');
  await saveEntry(page);
  await reviewAndPublish(page);
  const file = 'content/tips/test-uw-rookmelder-elke-maand.md';
  const { entry, problems } = validateEntry('tips', file, readFromRepo(file));
  expect(problems).toEqual([]);
  expect(entry!.data.gecontroleerdDoor).toBe('Marco Hoogendoorn, brandweer Vlaardingen');
  expect((entry!.data.gecontroleerdOp as Date).toISOString().slice(0, 10)).toBe('2026-11-24');
});

test('een activiteit toevoegen aan de agenda', async ({ page }) => {
  test.setTimeout(240_000);
  await logIn(page);
  await openCollection(page, 'Agenda');
  await page.getByRole('link', { name: 'Activiteit toevoegen' }).click();
  await expect(control(page, 'Titel')).toBeVisible({ timeout: 60_000 });
  await control(page, 'Titel').fill('Kerstmarkt in de Westwijk');
  await control(page, 'Samenvatting').fill('Een kleine kerstmarkt met warme chocolademelk en zelfgemaakte kaarten.');
  await control(page, 'Begint op').fill('2026-12-12T13:00');
  await control(page, 'Eindigt op').fill('2026-12-12T16:30');
  await control(page, 'Naam van de plek').fill('Buurthuis De Schakel');
  await control(page, 'Adres').fill('Westlandseweg 12, 3131 AB Vlaardingen');
  await choose(page, 'Gemeente', 'Vlaardingen');
  await choose(page, 'Organisator', 'De Schakel');
  await control(page, 'Kosten').fill('Gratis');
  await choose(page, "Thema's", 'Ontmoeten');
  await shot(page, '06-activiteit-toevoegen.png');
  await saveEntry(page);
  await reviewAndPublish(page);
  const file = 'content/agenda/kerstmarkt-in-de-westwijk.md';
  const { entry, problems } = validateEntry('agenda', file, readFromRepo(file));
  expect(problems).toEqual([]);
  expect(entry!.data.start).toBe('2026-12-12T13:00');
});
