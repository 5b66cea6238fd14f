/**
 * "Doe mee" (issue 18) in the browser: the form on the built test magazine (served by nginx with
 * the production headers), with axe, the keyboard and 320 px; JavaScript on with the real
 * submission endpoint (server/serve.ts started here on a real temporary Git repository, a real
 * SMTP server receiving the mail); JavaScript on without an endpoint (nginx has none: the
 * prefilled e-mail); and JavaScript off (a mailto: form).
 *
 * The built page posts to /api/inzending on its own origin (INZENDING_URL at build time, as on
 * Netlify); nginx serving the test site has no such path, so the tests that need the endpoint
 * route that one path to the endpoint server with page.route (the request's bytes unchanged).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers';
import { projectRoot } from '../magazine';

const ENDPOINT_PORT = Number(process.env.E2E_PORT ?? 4329) + 12;
const PERSONAL = { naam: 'Gerrit Unieknaam-Testpersoon', telefoon: '06 5555 1212', email: 'gerrit.uniek@voorbeeld.nl' };

let repo: string;
let endpoint: ChildProcess | undefined;
let smtp: SMTPServer;
const mails: ParsedMail[] = [];

const git = (...args: string[]) => {
  const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' } });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
};

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({}, info) => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-doe-mee-e2e-'));
  fs.mkdirSync(path.join(repo, 'content', 'agenda'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'content', 'agenda', '.gitkeep'), '');
  git('init', '-q', '-b', 'redactie');
  git('add', '-A');
  git('commit', '-q', '-m', 'begin');
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _s, cb) {
      simpleParser(stream).then((m) => (mails.push(m), cb()), cb);
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
  const origin = new URL(info.project.use.baseURL!).origin;
  endpoint = spawn(process.execPath, [path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(projectRoot, 'server', 'serve.ts')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      INZENDING_PORT: String(ENDPOINT_PORT),
      INZENDING_GIT: 'lokaal',
      GIT_REPO_DIRECTORY: repo,
      CMS_BRANCH: 'redactie',
      SITE_URL: origin,
      INZENDING_ORIGINS: origin,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String((smtp.server.address() as AddressInfo).port),
      MAIL_TO: 'redactie@vief.example',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${ENDPOINT_PORT}/api/inzending`).then(() => true, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
});

test.afterAll(async () => {
  if (endpoint?.pid) process.kill(endpoint.pid, 'SIGTERM');
  await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
  if (repo) fs.rmSync(repo, { recursive: true, force: true });
});

/** Sends the page's posts to /api/inzending to the endpoint server, bytes and headers unchanged. */
async function routeToEndpoint(page: Page) {
  await page.route('**/api/inzending', async (route) => {
    const request = route.request();
    const headers = await request.allHeaders();
    const body = request.postDataBuffer();
    const response = await fetch(`http://127.0.0.1:${ENDPOINT_PORT}/api/inzending`, {
      method: request.method(),
      headers: Object.fromEntries(Object.entries(headers).filter(([k]) => !k.startsWith(':') && k !== 'host' && k !== 'content-length')),
      body: body ? new Uint8Array(body) : undefined,
      redirect: 'manual',
    });
    await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
  });
}

async function fillActiviteit(page: Page) {
  await page.getByLabel('Een activiteit voor de agenda').check();
  await page.getByLabel('Titel (verplicht)').fill('Zingen in de Zonnehoek');
  await page.getByLabel('In één zin').fill('Samen oude liedjes zingen met pianobegeleiding.');
  await page.getByLabel('Uw tekst').fill('Iedereen die graag zingt is welkom, ook als u geen noten kunt lezen.');
  await page.getByLabel('Datum').fill('2027-02-03');
  await page.getByLabel('Begintijd').fill('14:00');
  await page.getByLabel('Eindtijd').fill('15:30');
  await page.getByLabel('Om de week').check();
  await page.getByLabel('Naam van de plek').fill('Zorgcentrum De Zonnehoek');
  await page.getByLabel('Adres', { exact: true }).fill('Zonnelaan 4, 3141 AB Maassluis');
  await page.getByLabel('Gemeente').selectOption('maassluis');
  await page.getByLabel('Kosten').fill('Gratis');
  await page.getByLabel('Er is een ringleiding').check();
  await page.getByLabel('Cultuur & uitjes').check();
  await page.getByLabel('Uw naam').fill(PERSONAL.naam);
  await page.getByLabel('Uw telefoonnummer').fill(PERSONAL.telefoon);
  await page.getByLabel('Uw e-mailadres').fill(PERSONAL.email);
}

test('linked from the home page, the agenda and the footer', async ({ page }) => {
  for (const from of ['/', '/agenda/']) {
    await page.goto(from);
    await expect(page.locator('main a[href="/doe-mee/"]').first()).toBeVisible();
    await expect(page.locator('footer a[href="/doe-mee/"]')).toBeVisible();
  }
});

test('the form: labels, only the fields of the chosen kind, keyboard, axe, the phone number', async ({ page }) => {
  await page.goto('/doe-mee/');
  await expect(page.getByRole('heading', { level: 1, name: 'Doe mee' })).toBeVisible();
  await expect(page.locator('main a[href^="tel:"]').first()).toHaveText('010 234 56 78');
  // A verhaal: no activity fields.
  await expect(page.getByLabel('Een verhaal')).toBeChecked();
  await expect(page.getByLabel('Begintijd')).toBeHidden();
  await expect(page.locator('.doe-mee__val')).toBeHidden();
  await expectNoAxeViolations(page);
  // Keyboard: Tab reaches the choice, the arrow keys choose "activiteit", its fields appear.
  await page.getByLabel('Een verhaal').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Een activiteit voor de agenda')).toBeChecked();
  await expect(page.getByLabel('Begintijd')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Titel (verplicht)')).toBeFocused();
  await expectNoAxeViolations(page);
  // Every visible control has a label.
  const unlabelled = await page.locator('#doe-mee-form :is(input, select, textarea):visible').evaluateAll((els) => els.filter((e) => !(e as HTMLInputElement).labels?.length).map((e) => e.outerHTML));
  expect(unlabelled).toEqual([]);
});

test('at 320 px wide nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/doe-mee/');
  await page.getByLabel('Een activiteit voor de agenda').check();
  await expectNoHorizontalScroll(page);
  await page.goto('/doe-mee/bedankt/');
  await expectNoHorizontalScroll(page);
});

test('JavaScript on: an activity arrives as a draft in the review column; the details only by e-mail', async ({ page }) => {
  await routeToEndpoint(page);
  await page.goto('/doe-mee/');
  await fillActiviteit(page);
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page).toHaveURL(/\/doe-mee\/bedankt\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt voor uw bijdrage');
  await expect(page.getByRole('heading', { name: 'Wat gebeurt er nu?' })).toBeVisible();
  await expectNoAxeViolations(page);

  const file = git('show', 'cms/agenda/zingen-in-de-zonnehoek:content/agenda/zingen-in-de-zonnehoek.md');
  expect(file).toContain('start: "2027-02-03T14:00"');
  expect(file).toContain('patroon: "tweewekelijks"');
  expect(file).toContain('gemeente: "maassluis"');
  expect(file).toContain('ringleiding: true');
  expect(file).toContain('ingezonden: true');
  expect(git('config', 'branch.cms/agenda/zingen-in-de-zonnehoek.description')).toBe('decap-cms/pending_review');
  const everything = git('log', '-p', '--all');
  for (const v of Object.values(PERSONAL)) expect(everything).not.toContain(v);
  await expect.poll(() => mails.length).toBeGreaterThan(0);
  for (const v of Object.values(PERSONAL)) expect(mails[0].text).toContain(v);
});

test('JavaScript on: errors in Dutch next to the field, listed on top and focused', async ({ page }) => {
  await routeToEndpoint(page);
  await page.goto('/doe-mee/');
  await fillActiviteit(page);
  await page.getByLabel('Titel (verplicht)').fill('');
  await page.getByLabel('Eindtijd').fill('13:00');
  await page.getByRole('button', { name: 'Versturen' }).click();
  const melding = page.locator('#doe-mee-melding');
  await expect(melding).toBeFocused();
  await expect(melding).toContainText('Uw bijdrage is nog niet verstuurd');
  await expect(melding.getByRole('link', { name: 'Titel: vul dit in.' })).toBeVisible();
  await expect(page.getByLabel('Titel (verplicht)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#veld-titel-fout')).toHaveText('Titel: vul dit in.');
  await expect(page).toHaveURL(/\/doe-mee\/$/);
  await expectNoAxeViolations(page);
  // The link in the list takes the reader to the field.
  await melding.getByRole('link', { name: 'Titel: vul dit in.' }).click();
  await expect(page.getByLabel('Titel (verplicht)')).toBeFocused();
});

test('JavaScript on without the endpoint (this server has none): a prefilled e-mail to the redactie', async ({ page }) => {
  await page.goto('/doe-mee/');
  await page.getByLabel('Titel (verplicht)').fill('Mijn buurman');
  await page.getByLabel('Uw tekst').fill('Mijn buurman helpt iedereen.');
  await page.getByRole('button', { name: 'Versturen' }).click();
  const melding = page.locator('#doe-mee-melding');
  await expect(melding).toBeFocused();
  await expect(melding).toContainText('Het versturen via de website lukt nu niet');
  await expect(melding).toContainText('010 234 56 78');
  const href = await melding.getByRole('link', { name: 'Open een e-mail aan de redactie met uw tekst erin' }).getAttribute('href');
  expect(href).toMatch(/^mailto:redactie@vief-mvs\.nl\?subject=/);
  const body = decodeURIComponent(new URL(href!).searchParams.get('body') ?? '');
  expect(body).toContain('Titel: Mijn buurman');
  expect(body).toContain('Uw tekst: Mijn buurman helpt iedereen.');
  expect(body).toContain('Wat wilt u insturen?: Een verhaal');
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the form is an e-mail to the redactie with the same fields; address and phone on the page', async ({ page }) => {
    await page.goto('/doe-mee/');
    const form = page.locator('#doe-mee-form');
    await expect(form).toHaveAttribute('action', /^mailto:redactie@vief-mvs\.nl\?subject=/);
    await expect(form).toHaveAttribute('method', 'post');
    await expect(form).toHaveAttribute('enctype', 'text/plain');
    await expect(page.locator('main').getByText('Zonder JavaScript opent dit formulier uw e-mailprogramma')).toBeVisible();
    await expect(page.locator('main a[href="mailto:redactie@vief-mvs.nl"]').first()).toBeVisible();
    // The choice of kind still shows the right fields (CSS only).
    await page.getByLabel('Een activiteit voor de agenda').check();
    await expect(page.getByLabel('Begintijd')).toBeVisible();
    // (axe needs JavaScript; the same markup is checked with it on above.)
  });
});
