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
import { expect, test, type Locator, type Page } from '@playwright/test';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { validateEntry } from '../../src/lib/content-validation';
import { importAgendas } from '../../src/lib/agenda-import';
import { MAGAZINE, TEST_NOW } from '../magazine';
import { markdownPipeline } from '../../src/lib/markdown/index';
import { localGitWriter } from '../../server/git-local';
import { createInzendingHandler, type Mail } from '../../server/inzending';
import { buildSite, CMS_BRANCH, git, makePhonePhoto, makeTempRepo, pointCmsAt, projectRoot, startDecapServer, type DecapServer } from './cms-harness';
import { browserLog, choose, control, menu, newParagraphAtEnd, openEntry, runsHere, shot, SHOTS } from './cms-helpers';

// Tests run in order in one worker; each is independent (a failing one does not skip the others).
test.describe.configure({ mode: 'default' });
test.use({ viewport: { width: 1280, height: 860 }, hasTouch: false, isMobile: false, actionTimeout: 20_000, navigationTimeout: 60_000, screenshot: 'only-on-failure' });

test.beforeEach(({}, info) => info.skip(!runsHere(info), 'de CMS-test draait in één project'));

let repo: string;
let server: DecapServer;
let photo: string;
let photoBytes: number;
/** A photo in the test magazine's media folder; the upload has the same name and other bytes. */
const SAME_NAME = 'molen-schiedam.jpg';
const started = Date.now();

test.beforeAll(async ({}, info) => {
  if (!runsHere(info)) return;
  // A different photo with the name of one the magazine already has (issue 16: an upload replaced it).
  photo = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vief-foto-')), SAME_NAME);
  photoBytes = await makePhonePhoto(photo);
  fs.mkdirSync(SHOTS, { recursive: true });
});

// Every test gets its own repository and decap-server: no state carries over between tests.
const log = browserLog();
test.beforeEach(async ({ page }, info) => {
  if (!runsHere(info)) return;
  log.watch(page);
  repo = makeTempRepo();
  server = await startDecapServer(repo, { origin: new URL(String(info.project.use.baseURL)).origin });
});

test.afterEach(async ({ page }, info) => {
  await log.report(page, info);
  if (info.status !== info.expectedStatus && server) console.log(`decap-server log:\n${server.log.join('').slice(-4000)}`);
  server?.stop();
  if (repo && !process.env.KEEP_CMS_REPO) fs.rmSync(repo, { recursive: true, force: true });
});

test.afterAll(() => {
  if (photo) fs.rmSync(path.dirname(photo), { recursive: true, force: true });
  if (photo) console.log(`CMS e2e: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

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
 * Open a collection from the sidebar, then (optionally) an entry by its title. If the list shows
 * empty (decap-server used to answer "Request timed out" on a busy machine; the local backend now
 * queues its requests), the collection is opened again.
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
  await openEntry(page, entry);
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
  await dispatchPaste(editor, html, text);
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
  // Typing the number finds the nummer (issue 16: only titles were searched, "12" found nothing).
  await choose(page, 'Nummer (optioneel)', '12');

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

  await control(page, 'Beschrijving van de foto (nodig als u een foto kiest)').fill('Vier buren aan een tafel met koffie en appeltaart');
  await expect(editor).toContainText('Elke dinsdag');
  await shot(page, '03-artikel-schrijven.png');
  await saveEntry(page);
  await reviewAndPublish(page, '05');

  // The file on the CMS branch: valid frontmatter, the body as typed.
  const files = git(repo, 'ls-tree', '-r', '--name-only', CMS_BRANCH, 'content/artikelen').split('\n');
  const file = files.find((f) => f.includes('koffie-taart'));
  expect(file, `new artikel in ${files.join(', ')}`).toBeTruthy();
  const source = readFromRepo(file!);
  // The validator also checks that the photo exists next to the file: look in the repository's working tree.
  git(repo, 'checkout', '-q', CMS_BRANCH);
  const { entry, problems } = validateEntry('artikelen', file!, source, path.join(repo, file!));
  expect(problems).toEqual([]);
  expect(entry!.data.titel).toBe(titel);
  expect(String(entry!.data.nummer)).toBe('12');
  expect(entry!.body).toContain('{accolades}');
  expect(entry!.body).toContain('<3');
  // Pasted Word HTML arrives as clean Markdown: the text, its bold (Word's <b>, kept since issue 8)
  // and italics, none of Word's markup.
  expect(entry!.body).toMatch(/\*\*Elke dinsdag\*\* van 10\.00 tot 11\.30 uur/);
  expect(entry!.body).toMatch(/[*_]gratis[*_]/);
  expect(entry!.body).not.toMatch(/<span|<b>|Mso|StartFragment|font-family/);
  // The upload got its own name (a fingerprint of its bytes), and the photo of the same name that
  // the magazine already had is still there, unchanged: both survive (issue 16, point 2).
  expect(String(entry!.data.afbeelding)).toMatch(/^\.\.\/media\/molen-schiedam-[0-9a-f]{8}\.jpg$/);
  const media = String(entry!.data.afbeelding).replace('../', 'content/');
  expect(Number(git(repo, 'cat-file', '-s', `${CMS_BRANCH}:${media}`))).toBe(photoBytes);
  const original = fs.statSync(path.join(MAGAZINE, 'media', SAME_NAME)).size;
  expect(photoBytes).not.toBe(original);
  expect(Number(git(repo, 'cat-file', '-s', `${CMS_BRANCH}:content/media/${SAME_NAME}`))).toBe(original);

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

  // Leesniveau while writing (issue 16): the preview shows the report and marks a long word and
  // jargon as soon as they are typed, with the same sentences as check:content.
  const preview = page.frameLocator('#preview-pane');
  const panel = preview.locator('section.cms-leesniveau');
  await expect(panel.getByRole('heading', { name: 'Leesniveau' })).toBeVisible({ timeout: 30_000 });
  await expect(panel).toContainText(/Leesniveau -?\d+ \(/);
  const editor = page.locator('[data-slate-editor="true"]').first();
  // A new paragraph, then the sentence in one input event: typed key by key, a loaded CI machine
  // lost the first key after Enter once ("iddels" is no jargon).
  await newParagraphAtEnd(page, editor);
  await page.keyboard.insertText('Middels een keukentafelgesprek regelt u veel.');
  await expect(editor).toContainText('Middels een keukentafelgesprek regelt u veel.');
  await expect(panel).toContainText('Moeilijk woord "Middels": schrijf liever "met, door".', { timeout: 30_000 });
  await expect(panel).toContainText('keukentafelgesprek');
  const marks = preview.locator('mark.cms-leesniveau-mark');
  await expect(marks.filter({ hasText: 'keukentafelgesprek' })).toHaveAttribute('title', /^Lang woord \(\d+ lettergrepen\)/);
  await expect(marks.filter({ hasText: 'Middels' })).toHaveAttribute('title', 'Moeilijk woord: schrijf liever "met, door"');
  await shot(page, '07-leesniveau.png');

  await saveEntry(page);
  await reviewAndPublish(page);
  const file = 'content/tips/test-uw-rookmelder-elke-maand.md';
  const { entry, problems } = validateEntry('tips', file, readFromRepo(file));
  expect(problems).toEqual([]);
  expect(entry!.data.gecontroleerdDoor).toBe('Marco Hoogendoorn, brandweer Vlaardingen');
  expect((entry!.data.gecontroleerdOp as Date).toISOString().slice(0, 10)).toBe('2026-11-24');
  expect(entry!.body).toContain('Middels een keukentafelgesprek regelt u veel.');
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
  // The card under Werkoverzicht gives the start as editors write it, not as stored (2026-12-12T13:00).
  await page.goto('/admin/#/workflow');
  await expect(page.getByText('Kerstmarkt in de Westwijk (12-12-2026, 13:00)')).toBeVisible({ timeout: 60_000 });
  await page.getByText('Kerstmarkt in de Westwijk (12-12-2026, 13:00)').click();
  await expect(control(page, 'Titel')).toHaveValue('Kerstmarkt in de Westwijk', { timeout: 60_000 });
  await reviewAndPublish(page);
  const file = 'content/agenda/kerstmarkt-in-de-westwijk.md';
  const { entry, problems } = validateEntry('agenda', file, readFromRepo(file));
  expect(problems).toEqual([]);
  expect(entry!.data.start).toBe('2026-12-12T13:00');
});

// ---------- Issue 18: an activity from a partner's calendar, hidden by the redactie ----------

test('een opgehaalde activiteit verbergen: de bron blijft bewaard en het ophalen laat hem daarna met rust', async ({ page }) => {
  test.setTimeout(240_000);
  const file = 'content/agenda/sjoelmiddag-in-de-molenwiek-2fa6aa.md';
  const before = validateEntry('agenda', file, readFromRepo(file)).entry!.data;
  expect(before.bron).toMatchObject({ naam: 'Welzijn Schiedam', uid: 'sjoelen-donderdag@welzijn-schiedam.example' });
  await logIn(page);
  await openCollection(page, 'Agenda', 'Sjoelmiddag in De Molenwiek');
  const verbergen = page.getByRole('switch', { name: 'Niet tonen op de website (optioneel)' });
  await expect(verbergen).toBeVisible({ timeout: 60_000 });
  await verbergen.click();
  await expect(verbergen).toBeChecked();
  await saveEntry(page);
  await reviewAndPublish(page);

  // Decap keeps the hidden field `bron` whole, so the import still knows the file.
  const source = readFromRepo(file);
  const { entry, problems } = validateEntry('agenda', file, source);
  expect(problems).toEqual([]);
  expect(entry!.data.verborgen).toBe(true);
  expect(entry!.data.bron).toEqual(before.bron);

  // The next night's import: not written again, not brought back, no second copy.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-cms-ophalen-'));
  fs.cpSync(path.join(MAGAZINE, 'initiatieven'), path.join(dir, 'initiatieven'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'agenda'));
  fs.writeFileSync(path.join(dir, file.replace(/^content\//, '')), source);
  const feed = fs.readFileSync(path.join(projectRoot, 'tests', 'fixtures', 'ics', 'magazine-v1.ics'));
  const { agendas } = JSON.parse(fs.readFileSync(path.join(MAGAZINE, 'partner-agendas.json'), 'utf8'));
  const report = await importAgendas({
    contentRoot: dir,
    agendas: agendas.map((a: Record<string, unknown>) => ({ ...a, uit: false })),
    now: new Date(TEST_NOW),
    fetch: (async () => new Response(feed, { headers: { 'Content-Type': 'text/calendar' } })) as typeof fetch,
  });
  expect(report.doorRedactie).toEqual([file.replace(/^content\//, '')]);
  expect(fs.readFileSync(path.join(dir, file.replace(/^content\//, '')), 'utf8')).toBe(source);
  const copies = fs.readdirSync(path.join(dir, 'agenda')).filter((f) => fs.readFileSync(path.join(dir, 'agenda', f), 'utf8').includes('sjoelen-donderdag@'));
  expect(copies).toHaveLength(1);
  fs.rmSync(dir, { recursive: true, force: true });
});

// ---------- Issue 18: a reader's submission ("Doe mee") in the review column ----------

test('een inzending via "Doe mee" staat onder "Ter beoordeling"; de redactie vult de organisator in en publiceert', async ({ page }) => {
  test.setTimeout(480_000);
  // The real handler writes into this test's repository, next to the running decap-server. (The
  // mail goes to a list here; the real SMTP path is tested in tests/unit/inzending.test.ts.)
  const mails: Mail[] = [];
  const handle = createInzendingHandler({ writer: localGitWriter({ repo, branch: CMS_BRANCH }), mailer: { send: async (m) => void mails.push(m) }, siteUrl: 'https://vief.example', log: () => {} });
  const form = new FormData();
  const personal = { naam: 'Annie Inzender-Uniek', telefoon: '010 999 88 77', email: 'annie.uniek@voorbeeld.nl' };
  for (const [k, v] of Object.entries({
    soort: 'activiteit', titel: 'Sjoelen in de Lindenhof', samenvatting: 'Gezellig sjoelen met koffie.', tekst: 'Iedereen kan meedoen.',
    datum: '2026-12-16', begintijd: '14:00', eindtijd: '16:00', herhaling: 'geen', locatieNaam: 'De Lindenhof', adres: 'Lindelaan 2, 3131 AA Vlaardingen',
    gemeente: 'vlaardingen', kosten: 'Gratis', aanmeldenNodig: 'nee', themas: 'ontmoeten', ...personal,
  }))
    form.append(k, v);
  const answer = await handle(new Request('https://vief.example/api/inzending', { method: 'POST', body: form, headers: { Accept: 'application/json' } }));
  expect(await answer.json()).toEqual({ ok: true, reference: 'cms/agenda/sjoelen-in-de-lindenhof' });
  expect(mails[0].text).toContain(personal.telefoon);

  await logIn(page);
  await page.getByRole('link', { name: 'Workflow' }).first().click();
  const column = (name: string) => page.locator(`xpath=//h2[normalize-space()="${name}"]/..`);
  await expect(column('Ter beoordeling').getByText('Sjoelen in de Lindenhof')).toBeVisible({ timeout: 120_000 });
  await expect(column('Concepten')).toBeVisible();
  await expect(column('Concepten').getByText('Sjoelen in de Lindenhof')).toHaveCount(0);
  await shot(page, '18-doe-mee-ter-beoordeling.png');

  await column('Ter beoordeling').getByText('Sjoelen in de Lindenhof').click();
  await expect(control(page, 'Titel')).toHaveValue('Sjoelen in de Lindenhof', { timeout: 60_000 });
  await expect(page.getByRole('button', { name: /^Status:/ })).toHaveText('Status: Ter beoordeling');
  await expect(page.getByRole('switch', { name: 'Ingezonden (optioneel)' })).toBeChecked();
  await choose(page, 'Organisator', 'De Schakel');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Item opgeslagen').or(page.getByText('Wijzigingen opgeslagen')).first()).toBeVisible({ timeout: 120_000 });
  const status = () => page.getByRole('button', { name: /^Status:/ });
  await menu(page, status(), 'Klaar om te publiceren');
  await expect(status()).toHaveText('Status: Klaar om te publiceren', { timeout: 30_000 });
  page.once('dialog', (d) => d.accept());
  await menu(page, page.getByRole('button', { name: 'Publiceer', exact: true }), 'Nu publiceren');
  await expect(page.getByText('Item gepubliceerd').first()).toBeVisible({ timeout: 30_000 });

  const file = 'content/agenda/sjoelen-in-de-lindenhof.md';
  const { entry, problems } = validateEntry('agenda', file, readFromRepo(file));
  expect(problems).toEqual([]);
  expect(entry!.data).toMatchObject({ titel: 'Sjoelen in de Lindenhof', ingezonden: true, start: '2026-12-16T14:00' });
  expect(String(entry!.data.organisator)).toMatch(/schakel/);
  const everything = git(repo, 'log', '-p', '--all');
  for (const v of Object.values(personal)) expect(everything).not.toContain(v);

  // After a build it is on the agenda: its own page (built whatever the date), from the organisator.
  await test.step('nieuwe build', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-cms-dist-'));
    try {
      git(repo, 'checkout', '-q', CMS_BRANCH);
      const { seconds } = buildSite(path.join(repo, 'content'), outDir);
      console.log(`rebuild (Doe mee): ${seconds.toFixed(1)} s`);
      const html = fs.readFileSync(path.join(outDir, 'agenda', 'sjoelen-in-de-lindenhof', 'index.html'), 'utf8');
      expect(html).toContain('Sjoelen in de Lindenhof');
      expect(html).toContain('De Lindenhof');
      for (const v of Object.values(personal)) expect(html).not.toContain(v);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});

// ---------- Issue 8, point 6: editors lose nothing ----------

/**
 * Text from an office suite as it arrives on the clipboard (text/html): Word's full HTML document
 * (mso- styles, class=MsoNormal, <o:p>, a bulleted list written as "list paragraphs" with the bullet
 * in a conditional comment, bold as <b>, smart quotes, é/ë), followed by a numbered list the way
 * LibreOffice writes one (<ol> with line breaks between the items, which on its own made Decap's
 * editor throw away the whole paste).
 */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- /* Style Definitions */ p.MsoNormal, li.MsoNormal {mso-style-unhide:no; mso-style-qformat:yes; margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif; mso-fareast-language:EN-US;} @list l0:level1 {mso-level-number-format:bullet; mso-level-text:\\F0B7;} --></style></head>
<body lang=NL style='tab-interval:35.4pt;word-wrap:break-word'>
<!--StartFragment-->
<p class=MsoNormal><b><span style='mso-bidi-font-weight:normal'>Café “De Ëik”</span></b><span style='mso-spacerun:yes'> </span>is elke dinsdag open – ook voor
wie slecht ter been is.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Koffie en thee voor één euro<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Een praatje met de buren<o:p></o:p></p>
<p class=MsoNormal>Neem uw ‘eigen’ beker mee, zegt Zoë.<o:p>&nbsp;</o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<!--EndFragment-->
<ol>
	<li><p style="margin-bottom: 0cm">Bel de buurvrouw</p></li>
	<li><p style="margin-bottom: 0cm">Zet koffie</p></li>
</ol>
</body></html>`;
const WORD_TEXT = 'Café “De Ëik” is elke dinsdag open – ook voor wie slecht ter been is.\n\n·       Koffie en thee voor één euro\n·       Een praatje met de buren\n\nNeem uw ‘eigen’ beker mee, zegt Zoë.\n\n1. Bel de buurvrouw\n2. Zet koffie';

/** A paste as the browser fires it: a ClipboardEvent whose DataTransfer holds text/html and text/plain. */
async function dispatchPaste(editor: Locator, html: string, text: string) {
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

/** The one cms/… branch of the editorial workflow and the file of `collection` on it. */
function workflowFile(collection: string): { branch: string; file: string; source: string } {
  const branch = git(repo, 'branch', '--list', `cms/${collection}/*`, '--format=%(refname:short)').split('\n').filter(Boolean)[0];
  expect(branch, `a cms/${collection}/… branch in ${git(repo, 'branch', '--list')}`).toBeTruthy();
  const file = git(repo, 'diff', '--name-only', `${CMS_BRANCH}...${branch}`).split('\n').find((f) => f.startsWith(`content/${collection}/`))!;
  expect(file, `changed file on ${branch}`).toBeTruthy();
  return { branch, file, source: git(repo, 'show', `${branch}:${file}`) };
}

test('tekst uit Word plakken: woorden, accenten, lijst en vet komen heel in Git aan, zonder Word-opmaak', async ({ page }) => {
  test.setTimeout(300_000);
  await logIn(page);
  await page.getByRole('link', { name: 'Artikel toevoegen' }).click();
  await expect(control(page, 'Titel')).toBeVisible({ timeout: 60_000 });
  await control(page, 'Titel').fill('Plakken uit Word');
  await control(page, 'Samenvatting').fill('Een artikel dat in Word is geschreven en in het CMS is geplakt.');
  await choose(page, 'Rubriek', 'Samen');
  await choose(page, 'Auteurs', 'Ria van Dijk');
  await control(page, 'Publicatiedatum').fill('2026-11-20');

  const editor = page.locator('[data-slate-editor="true"]').first();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await editor.click();
  await dispatchPaste(editor, WORD_HTML, WORD_TEXT);
  await expect(editor).toContainText('Een praatje met de buren');
  // The editor stays usable after the paste (issue 16: Enter threw "undefined is not iterable"
  // after a pasted Word list and what was added later was not saved): Enter, more text.
  // The paste ends in a numbered list: Enter makes item 3, a second Enter leaves the list, as in Word.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Na het plakken verder getypt.');
  await expect(editor).toContainText('Na het plakken verder getypt.');
  await page.keyboard.press('Enter');
  // …and a block from the "+" menu (a citaat), saved with the rest.
  await page.getByRole('button', { name: 'Blok toevoegen' }).first().click();
  await page.getByRole('menuitem', { name: 'Citaat' }).click();
  await control(page, 'Het citaat').fill('Hier kom ik elke week graag.');
  await control(page, 'Wie zei het? (optioneel)').fill('Gerda (81)');
  await saveEntry(page);
  expect(errors, 'errors in the CMS while pasting').toEqual([]);

  // The commit of the editorial workflow (branch cms/artikelen/<slug>) holds the text as clean Markdown.
  const { file, source } = workflowFile('artikelen');
  const { entry, problems } = validateEntry('artikelen', file, source);
  expect(problems).toEqual([]);
  const body = entry!.body;
  console.log(`geplakte tekst in Git: ${JSON.stringify(body)}`);
  expect(body).toMatch(/\*\*Café “De Ëik”\*\*|__Café “De Ëik”__/);
  expect(body).toContain('is elke dinsdag open – ook voor wie slecht ter been is.');
  expect(body).toMatch(/^[-*+] Koffie en thee voor één euro$/m);
  expect(body).toMatch(/^[-*+] Een praatje met de buren$/m);
  expect(body).toContain('Neem uw ‘eigen’ beker mee, zegt Zoë.');
  expect(body).toMatch(/^1\. Bel de buurvrouw$/m);
  expect(body).toMatch(/^Na het plakken verder getypt\.$/m);
  expect(body).toMatch(/^:::citaat\{wie="Gerda \(81\)"\}\nHier kom ik elke week graag\.\n:::$/m);
  expect(body).not.toContain('·');
  expect(body).not.toMatch(/mso-|<o:p|o:p>|Mso|StartFragment|EndFragment|<span|<\/?b>|<\/?p|style=|font-family|Calibri|&nbsp;|\\F0B7|<!--|urn:schemas/i);
  // And as the site renders it: the bold, a list of exactly those two items, the last paragraph outside the list.
  const { features, mdastPlugins, hastPlugins } = markdownPipeline();
  const rendered = (markdownToHtml(body, { features: { gfm: true, smartPunctuation: true, ...features }, mdastPlugins, hastPlugins }) as MarkdownToHtmlResult).html;
  expect(rendered).toContain('<strong>Café “De Ëik”</strong> is elke dinsdag open');
  expect(rendered).toMatch(/<ul>\s*<li>Koffie en thee voor één euro<\/li>\s*<li>Een praatje met de buren<\/li>\s*<\/ul>\s*<p>Neem uw ‘eigen’ beker mee, zegt Zoë\.<\/p>\s*<ol>\s*<li>Bel de buurvrouw<\/li>\s*<li>Zet koffie<\/li>\s*<\/ol>\s*<p>Na het plakken verder getypt\.<\/p>\s*<figure class="blok-citaat"><blockquote>\s*<p>Hier kom ik elke week graag\.<\/p>\s*<\/blockquote><figcaption>— Gerda \(81\)<\/figcaption><\/figure>/);
  // The text is stored as UTF-8 (no entities, no mojibake).
  expect(source).not.toMatch(/&[a-z]+;|&#\d+;|Ã/);
});

/** Decap's local backup of an entry (IndexedDB, localForage), as raw file text; '' when there is none. */
async function localBackup(page: Page, collection: string, slug: string): Promise<string> {
  return page.evaluate(
    (key) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('localforage');
        open.onerror = () => resolve('');
        open.onsuccess = () => {
          try {
            const get = open.result.transaction('keyvaluepairs', 'readonly').objectStore('keyvaluepairs').get(key);
            get.onsuccess = () => resolve(String((get.result as { raw?: string } | undefined)?.raw ?? ''));
            get.onerror = () => resolve('');
          } catch {
            resolve('');
          }
        };
      }),
    slug ? `backup.${collection}.${slug}` : `backup.${collection}`, // Decap's key; a new entry has no slug yet
  );
}

/** Click just after the last character of `text` (a real click, so the editor's own selection follows). */
async function clickAfter(page: Page, scope: Locator, text: string) {
  await scope.getByText(text).last().scrollIntoViewIfNeeded();
  const point = await scope.evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.textContent ?? '').lastIndexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at + text.length - 1);
      range.setEnd(n, at + text.length);
      const r = range.getBoundingClientRect();
      return { x: r.right, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" not found in the editor`);
  await page.mouse.click(point.x + 1, point.y);
}

/**
 * What Google Docs puts on the clipboard: everything inside <b style="font-weight:normal"
 * id="docs-internal-guid-…"> (not bold), bold as a span with font-weight:700, a heading, a list and
 * a table of two rows, each with its own inline styles.
 */
const GOOGLE_HTML = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-3a1b2c3d-7fff-1234-5678-9abcdef01234"><h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;">Koffie in de Westwijk</span></h2><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:700;">Elke woensdag</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;"> staat de koffie klaar.</span></p><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" role="presentation" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-weight:400;">Thee voor wie dat liever heeft</span></p></li><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" role="presentation" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-weight:400;">Een koekje erbij</span></p></li></ul><div dir="ltr" style="margin-left:0pt;" align="left"><table style="border:none;border-collapse:collapse;"><colgroup><col width="200"><col width="200"></colgroup><tbody><tr style="height:0pt"><td style="border-left:solid #000000 1pt;vertical-align:top;padding:5pt;"><p dir="ltr" style="line-height:1.2;"><span style="font-size:11pt;font-weight:400;">Dag</span></p></td><td style="border-left:solid #000000 1pt;vertical-align:top;padding:5pt;"><p dir="ltr" style="line-height:1.2;"><span style="font-size:11pt;font-weight:400;">Tijd</span></p></td></tr><tr style="height:0pt"><td style="vertical-align:top;padding:5pt;"><p dir="ltr" style="line-height:1.2;"><span style="font-size:11pt;font-weight:400;">Woensdag</span></p></td><td style="vertical-align:top;padding:5pt;"><p dir="ltr" style="line-height:1.2;"><span style="font-size:11pt;font-weight:400;">10.00 uur</span></p></td></tr></tbody></table></div></b>`;
const GOOGLE_TEXT = 'Koffie in de Westwijk\nElke woensdag staat de koffie klaar.\nThee voor wie dat liever heeft\nEen koekje erbij\nDag\tTijd\nWoensdag\t10.00 uur';

test('tekst uit Google Docs plakken: kop, vet, lijst en tabel komen heel in Git aan', async ({ page }) => {
  test.setTimeout(300_000);
  await logIn(page);
  await page.getByRole('link', { name: 'Artikel toevoegen' }).click();
  await expect(control(page, 'Titel')).toBeVisible({ timeout: 60_000 });
  await control(page, 'Titel').fill('Plakken uit Google Docs');
  await control(page, 'Samenvatting').fill('Een artikel dat in Google Docs is geschreven en in het CMS is geplakt.');
  await choose(page, 'Rubriek', 'Samen');
  await choose(page, 'Auteurs', 'Ria van Dijk');
  await control(page, 'Publicatiedatum').fill('2026-11-20');
  const editor = page.locator('[data-slate-editor="true"]').first();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await editor.click();
  await dispatchPaste(editor, GOOGLE_HTML, GOOGLE_TEXT);
  await expect(editor).toContainText('Een koekje erbij');
  await newParagraphAtEnd(page, editor);
  await page.keyboard.type('Na het plakken verder getypt.');
  await expect(editor).toContainText('Na het plakken verder getypt.');
  await saveEntry(page);
  expect(errors, 'errors in the CMS while pasting').toEqual([]);
  const { file, source } = workflowFile('artikelen');
  const { entry, problems } = validateEntry('artikelen', file, source);
  expect(problems).toEqual([]);
  console.log(`geplakt uit Google Docs, in Git: ${JSON.stringify(entry!.body)}`);
  expect(entry!.body).toContain('## Koffie in de Westwijk');
  expect(entry!.body).toContain('**Elke woensdag** staat de koffie klaar.');
  expect(entry!.body).toMatch(/^[*-] Thee voor wie dat liever heeft$/m);
  expect(entry!.body).toMatch(/^[*-] Een koekje erbij$/m);
  for (const cell of ['Dag', 'Tijd', 'Woensdag', '10.00 uur']) expect(entry!.body).toContain(cell);
  expect(entry!.body).toContain('Na het plakken verder getypt.');
  expect(entry!.body).not.toMatch(/docs-internal|font-weight|<span|<b\b/);
});

test('een onderbroken opslag laat de vorige versie in Git heel; de tekst blijft bewaard en komt daarna alsnog aan', async ({ page }) => {
  test.setTimeout(300_000);
  const slug = 'test-uw-rookmelder-elke-maand';
  const file = `content/tips/${slug}.md`;
  const snapshot = () => ({
    refs: git(repo, 'for-each-ref', '--format=%(refname) %(objectname)'),
    log: git(repo, 'log', '--all', '--format=%H %s'),
    status: git(repo, 'status', '--porcelain'),
    committed: readFromRepo(file),
    onDisk: fs.readFileSync(path.join(repo, file), 'utf8'),
  });
  const before = snapshot();
  expect(before.status).toBe('');

  await logIn(page);
  await openCollection(page, 'Tips', 'Test uw rookmelder elke maand');
  const editor = page.locator('[data-slate-editor="true"]').first();
  await expect(editor).toContainText('op dezelfde plek.', { timeout: 60_000 });
  await clickAfter(page, editor, 'op dezelfde plek.');
  const sentence = 'Vraag de buren om ook hun rookmelder te testen, één keer per maand.';
  await page.keyboard.press('Enter');
  await page.keyboard.type(sentence);
  await expect(editor).toContainText(sentence);

  // The save is interrupted: the moment the CMS sends it, decap-server dies (SIGKILL) and the
  // request goes to a server that is no longer there.
  let interrupted = 0;
  await page.route(server.url, async (route) => {
    const action = (route.request().postDataJSON() as { action?: string } | null)?.action;
    if (action === 'persistEntry' && interrupted === 0) {
      interrupted++;
      const gone = new Promise((r) => {
        server.process.once('exit', r);
        setTimeout(r, 3_000);
      });
      process.kill(-server.process.pid!, 'SIGKILL');
      await gone;
    }
    await route.continue().catch(() => route.abort('connectionrefused'));
  });
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  // Decap says so, in Dutch, and the entry stays marked as not saved.
  await expect(page.getByText(/Kan item niet opslaan/).first()).toBeVisible({ timeout: 60_000 });
  expect(interrupted).toBe(1);
  await expect(page.getByText(/Niet-opgeslagen wijzigingen/i).first()).toBeVisible();
  await shot(page, 'onderbroken-opslaan.png');

  // Git: not a byte changed. Same refs, same history, clean working tree, the file as before, repository intact.
  expect(snapshot()).toEqual(before);
  git(repo, 'fsck', '--no-dangling');

  // Nothing of the editor's text is lost: it is on screen, and in Decap's local backup in the
  // browser (which survives closing the tab).
  await expect(editor).toContainText(sentence);
  await expect.poll(() => localBackup(page, 'tips', slug), { timeout: 30_000 }).toContain(sentence);

  // The connection comes back (decap-server restarted on the same address): saving now succeeds.
  await page.unroute(server.url);
  server = await startDecapServer(repo, { origin: new URL(String(test.info().project.use.baseURL)).origin, port: server.port, token: server.token });
  await saveEntry(page);

  const saved = workflowFile('tips');
  expect(saved.file).toBe(file);
  expect(saved.source).toContain(`op dezelfde plek.\n\n${sentence}`);
  expect(validateEntry('tips', file, saved.source).problems).toEqual([]);
  // The published version on the main branch is still the previous one until the redactie publishes.
  expect(readFromRepo(file)).toBe(before.committed);
  git(repo, 'fsck', '--no-dangling');
});

test('herladen midden in het schrijven: de lokale back-up zet titel en tekst terug (issue 16)', async ({ page }) => {
  test.setTimeout(240_000);
  await logIn(page);
  await page.getByRole('link', { name: 'Artikel toevoegen' }).click();
  await expect(control(page, 'Titel')).toBeVisible({ timeout: 60_000 });
  const titel = 'Een middag in de bibliotheek';
  const zin = 'Elke woensdag leest een vrijwilliger voor uit de krant.';
  await control(page, 'Titel').fill(titel);
  await control(page, 'Samenvatting').fill('Voorlezen, koffie en een praatje in de bibliotheek.');
  const editor = page.locator('[data-slate-editor="true"]').first();
  await editor.click();
  await page.keyboard.type(zin);
  await expect(editor).toContainText(zin);
  // Decap keeps a backup in the browser while the editor types.
  await expect.poll(() => localBackup(page, 'artikelen', ''), { timeout: 30_000 }).toContain(zin);

  // The tablet reloads the page (or the browser was closed): the CMS offers the backup; yes.
  const offered: string[] = [];
  page.on('dialog', (d) => {
    offered.push(d.message());
    void d.accept();
  });
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(control(page, 'Titel')).toHaveValue(titel, { timeout: 120_000 });
  // …and it stays: the empty new-entry form does not replace it a moment later.
  await page.waitForTimeout(3000);
  await expect(control(page, 'Titel')).toHaveValue(titel);
  expect(offered.join(' ')).toMatch(/back-up/i);
  await expect(control(page, 'Samenvatting')).toHaveValue('Voorlezen, koffie en een praatje in de bibliotheek.');
  await expect(page.locator('[data-slate-editor="true"]').first()).toContainText(zin);
});

test('twee redacteuren op één tip: wie als tweede opslaat, wordt gestopt en houdt zijn tekst (issue 16)', async ({ browser, baseURL }) => {
  test.setTimeout(480_000);
  const title = 'Test uw rookmelder elke maand';
  const slug = 'test-uw-rookmelder-elke-maand';
  const editors = await Promise.all([browser.newContext({ baseURL, viewport: { width: 1280, height: 860 } }), browser.newContext({ baseURL, viewport: { width: 1280, height: 860 } })]);
  try {
    const [anna, bert] = await Promise.all(editors.map((c) => c.newPage()));
    // Both open the same tip.
    for (const page of [anna, bert]) {
      await logIn(page);
      await openCollection(page, 'Tips', title);
      await expect(control(page, 'Gecontroleerd door')).toBeVisible({ timeout: 60_000 });
    }
    // Bert saves first.
    await control(bert, 'Gecontroleerd door').fill('Bert de Bruin, brandweer Schiedam');
    await saveEntry(bert);
    const draft = () => git(repo, 'show', `cms/tips/${slug}:content/tips/${slug}.md`);
    expect(draft()).toContain('Bert de Bruin');
    // Anna saves her change on the version she opened: stopped, told why in Dutch, her text kept.
    // The CMS page itself stops it, before anything is sent to be saved (cms/hosted-guard.ts, the
    // check that GitHub, GitLab and Forgejo get); the local backend's own check stays behind it.
    const annasSaves: string[] = [];
    anna.on('request', (r) => {
      if (r.method() === 'POST' && /"action":"persistEntry"/.test(r.postData() ?? '')) annasSaves.push(r.url());
    });
    await control(anna, 'Gecontroleerd door').fill('Anna Jansen, GGD Rotterdam-Rijnmond');
    await anna.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const warning = anna.getByText(/Dit stuk is intussen door iemand anders veranderd/).first();
    await expect(warning).toBeVisible({ timeout: 60_000 });
    // Dutch only: Decap's technical "API_ERROR: " prefix is taken off (cms/save-refusal.ts).
    await expect(warning).not.toContainText('API_ERROR');
    await shot(anna, 'overschrijven-gestopt.png');
    await expect(control(anna, 'Gecontroleerd door')).toHaveValue('Anna Jansen, GGD Rotterdam-Rijnmond');
    await expect(anna.getByText(/Niet-opgeslagen wijzigingen/i).first()).toBeVisible();
    expect(annasSaves).toEqual([]);
    // Bert's work is in Git, untouched.
    expect(draft()).toContain('Bert de Bruin');
    expect(draft()).not.toContain('Anna Jansen');
  } finally {
    await Promise.all(editors.map((c) => c.close()));
  }
});
