/**
 * /admin/ shows in Dutch whether the website is up to date (issue 13, item 4): from the build's
 * /versie.json and, with a Git host login, the newest commit and pipeline run of the publish branch
 * (answers from tests/fixtures/git-hosts/, shaped after the Forgejo API documentation). The Git
 * host is served on 127.0.0.1 (the /admin/ CSP allows only the configured host's origin).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './test';

const fixture = (name: string) => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'git-hosts', name), 'utf8'));
const HOST = 'http://127.0.0.1:9';
const COMMIT = fixture('forgejo-branch.json').commit.id as string;

async function asForgejoEditor(page: Page, versieCommit: string, pipelineStatus: string) {
  await page.addInitScript(() => localStorage.setItem('decap-cms-user', JSON.stringify({ token: 'test-token', backendName: 'gitea' })));
  await page.route('**/admin/config.json', async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    config.backend = { ...config.backend, name: 'forgejo', repo: 'vief/magazine', branch: 'main', base_url: HOST, api_root: `${HOST}/api/v1` };
    await route.fulfill({ response, json: config });
  });
  await page.route('**/versie.json*', async (route) => {
    const response = await route.fetch();
    const versie = await response.json();
    await route.fulfill({ response, json: { ...versie, commit: versieCommit } });
  });
  const tasks = fixture('forgejo-tasks.json');
  for (const run of tasks.workflow_runs) if (run.head_sha === COMMIT) run.status = pipelineStatus;
  await page.route(`${HOST}/api/v1/repos/vief/magazine/branches/main`, (route) => route.fulfill({ json: fixture('forgejo-branch.json'), headers: { 'Access-Control-Allow-Origin': '*' } }));
  await page.route(`${HOST}/api/v1/repos/vief/magazine/actions/tasks*`, (route) => route.fulfill({ json: tasks, headers: { 'Access-Control-Allow-Origin': '*' } }));
}

const status = (page: Page) => page.locator('.cms-publicatie[role="status"]');

test('/admin/ says when the website was last updated (from /versie.json)', async ({ page, request }) => {
  const versie = await (await request.get('/versie.json')).json();
  expect(Date.parse(versie.gebouwd)).not.toBeNaN();
  await page.goto('/admin/');
  await expect(status(page)).toHaveText(/^De website is .+ voor het laatst bijgewerkt\.$/, { timeout: 60_000 });
  await expect(status(page)).toHaveAttribute('data-soort', 'onbekend');
});

test('/admin/ with a Git host: the latest change is live, being processed, or failed', async ({ page }) => {
  await asForgejoEditor(page, COMMIT, 'success');
  await page.goto('/admin/');
  await expect(status(page)).toHaveText(/^Uw laatste wijziging staat sinds .+ op de website\.$/, { timeout: 60_000 });
  await expect(status(page)).toHaveAttribute('data-soort', 'live');
});

test('/admin/ with a Git host: a change still in the pipeline, and one that failed', async ({ browser, baseURL }) => {
  for (const [pipeline, soort, sentence] of [
    ['running', 'bezig', /Uw laatste wijziging wordt nog verwerkt/],
    ['failure', 'mislukt', /Uw laatste wijziging is niet op de website gekomen/],
  ] as const) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await asForgejoEditor(page, 'ouderecommit0000000000000000000000000000', pipeline);
    await page.goto('/admin/');
    await expect(status(page)).toHaveText(sentence, { timeout: 60_000 });
    await expect(status(page)).toHaveAttribute('data-soort', soort);
    await context.close();
  }
});
