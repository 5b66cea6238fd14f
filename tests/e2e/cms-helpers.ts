/**
 * What the CMS browser specs (cms.spec.ts, cms-tablet.spec.ts, cms-spelling.spec.ts) do in the real
 * Decap editor: which project runs them, where their screenshots go, finding a field by its Dutch
 * label, picking from a select, a toolbar menu, and typing a new paragraph in the Slate editor.
 * The backend side (temporary repository, decap-server) is in cms-harness.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { makeTempRepo, projectRoot, startDecapServer, type DecapServer } from './cms-harness';

/**
 * Screenshots for the editors' manual: written to docs/img/ with UPDATE_HANDLEIDING=1
 * (npm run handleiding:screenshots), otherwise to test-results/ so a test run leaves the repository clean.
 */
export const SHOTS = process.env.UPDATE_HANDLEIDING ? path.join(projectRoot, 'docs', 'img') : path.join(projectRoot, 'test-results', 'cms-screenshots');

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, name) });
}

/** The CMS specs run in the "cms" project when the config has one, otherwise in "tablet" only. */
export function runsHere(info: TestInfo): boolean {
  const hasCmsProject = info.config.projects.some((p) => p.name === 'cms');
  return hasCmsProject ? info.project.name === 'cms' : info.project.name === 'tablet';
}

/** The control (input, select, editor) of a Decap field, found by its Dutch label. */
export function control(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(label, { exact: true });
}

/** Pick an option in a Decap select or relation widget (react-select); retried while the backend is busy. */
export async function choose(page: Page, label: string, optionText: string): Promise<void> {
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
 * Click an entry's card in a Decap list until its editor opens. The list may still be growing (the
 * next 20 as its end comes into view, issue 16 point 6): a click on a card that is being redrawn
 * can get lost, so the click counts once the editor's address (#/collections/…/entries/…) shows.
 * If the editor then does not load the entry, the test's next expectation fails as before.
 */
export async function openEntry(page: Page, card: Locator): Promise<void> {
  await expect(async () => {
    if (/\/entries\//.test(page.url())) return;
    await card.click({ timeout: 5_000 });
    await expect(page).toHaveURL(/\/entries\//, { timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
}

/** Open a Decap toolbar dropdown (react-aria-menubutton) and pick an item. */
export async function menu(page: Page, button: Locator, item: string): Promise<void> {
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

/**
 * Put the caret at the end of the text in a Slate editor and start a new paragraph there (Slate
 * ignores Ctrl+End: set the browser's selection, which Slate follows). Waits until the paragraph
 * exists: on a loaded machine a key typed right after Enter can get lost.
 */
export async function newParagraphAtEnd(page: Page, editor: Locator): Promise<void> {
  await editor.click();
  await editor.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) last = n as Text;
    window.getSelection()!.collapse(last!, last!.data.length);
  });
  const blocks = () => editor.evaluate((el) => el.children.length);
  const before = await blocks();
  await page.keyboard.press('Enter');
  await expect.poll(blocks, { timeout: 30_000 }).toBeGreaterThan(before);
}

/**
 * What a failed CMS test leaves in the log (CI keeps only the log): the page's address, what the
 * editor saw (the page's visible text) and the browser's console warnings and errors. Call
 * `watch(page)` before the test and `report(page, info)` after it.
 */
export function browserLog(): { watch(page: Page): void; report(page: Page | undefined, info: TestInfo): Promise<void> } {
  let lines: string[] = [];
  return {
    watch(page) {
      lines = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') lines.push(`[${m.type()}] ${m.text().slice(0, 400)}`);
      });
      page.on('pageerror', (e) => lines.push(`[pageerror] ${String(e).slice(0, 400)}`));
    },
    async report(page, info) {
      if (!page || info.status === info.expectedStatus) return;
      const text = await page
        .evaluate(() => document.body?.innerText ?? '')
        .catch((e: unknown) => `(niet te lezen: ${e})`);
      console.log(`pagina bij de fout: ${page.url()}\n${String(text).replace(/\n{2,}/g, '\n').slice(0, 2500)}`);
      console.log(`browserconsole (laatste 30):\n${lines.slice(-30).join('\n')}`);
    },
  };
}

type Hook = (fn: (args: { page?: Page }, info: TestInfo) => unknown) => void;

/**
 * For a CMS spec: runs it in one project only, and gives every test its own temporary repository
 * with the real decap-server on it (stopped and removed afterwards; its log printed when a test
 * failed). Answers the running server. (Playwright wants the fixtures argument destructured: `{}`.)
 */
export function withDecapServer(test: { beforeEach: Hook; afterEach: Hook }): () => DecapServer {
  let repo: string | undefined;
  let server: DecapServer | undefined;
  const log = browserLog();
  test.beforeEach(({}, info) => info.skip(!runsHere(info), 'de CMS-test draait in één project'));
  test.beforeEach(async ({ page }, info) => {
    if (!runsHere(info)) return;
    if (page) log.watch(page);
    fs.mkdirSync(SHOTS, { recursive: true });
    repo = makeTempRepo();
    server = await startDecapServer(repo, { origin: new URL(String(info.project.use.baseURL)).origin });
  });
  test.afterEach(async ({ page }, info) => {
    await log.report(page, info);
    if (info.status !== info.expectedStatus && server) console.log(`decap-server log:\n${server.log.join('').slice(-4000)}`);
    server?.stop();
    if (repo) fs.rmSync(repo, { recursive: true, force: true });
    repo = server = undefined;
  });
  return () => server!;
}
