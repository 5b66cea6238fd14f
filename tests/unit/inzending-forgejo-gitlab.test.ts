/**
 * "Doe mee" in production on Forgejo/Codeberg (server/git-forgejo.ts) and GitLab
 * (server/git-gitlab.ts): the calls Decap's own Forgejo and GitLab backends make for a new entry
 * in the editorial workflow, against a local HTTP server that answers with example responses
 * recorded from the hosts' API documentation (Forgejo/Gitea swagger: Branch, FileResponse,
 * PullRequest, Label; docs.gitlab.com/api: "Create a commit with multiple files and actions",
 * "Create MR", "Get single repository branch", "Get file from repository", 404 bodies), trimmed
 * to the fields that matter. Not checked against a live Forgejo or GitLab (no network here).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PR_BODY } from '../../server/git-github';
import { forgejoWriter } from '../../server/git-forgejo';
import { gitlabWriter } from '../../server/git-gitlab';
import { handlerFromEnv } from '../../server/from-env';
import { startRecordedApi, type RecordedApi, type Route } from '../recorded-api';

let host: RecordedApi;
let api: string;
let existing = new Set<string>();
const seen = () => host.seen;
const answer = (route: Route) => (host.route = route);

beforeAll(async () => {
  host = await startRecordedApi();
  api = host.url;
});
afterAll(() => host.close());
beforeEach(() => {
  host.seen.length = 0;
  existing = new Set();
});

const files = [
  { path: 'content/agenda/koffie.md', content: new TextEncoder().encode('---\ntitel: "Koffie"\n---\n') },
  { path: 'content/media/ingezonden-koffie.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
];
const draft = { collection: 'agenda' as const, slug: 'koffie', files, message: 'Ingezonden via Doe mee (activiteit): Koffie' };
const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');

describe('Forgejo / Codeberg: a draft the way Decap’s Forgejo backend makes one', () => {
  // Recorded from the Forgejo API documentation's models (values shortened).
  const DOCS = {
    branch: { name: 'cms/agenda/koffie', commit: { id: 'a3b6c3e3e2d4f1c09c2ab0f4c0e2d6f1a9b8c7d6', message: 'Initial commit' }, protected: false },
    fileResponse: { content: null, commit: { sha: '5f2b1d0c7e8a9b6c4d3e2f1a0b9c8d7e6f5a4b3c', message: 'Ingezonden' }, verification: { verified: false } },
    pull: { id: 1, number: 7, state: 'open', title: 'Ingezonden', head: { label: 'cms/agenda/koffie', ref: 'cms/agenda/koffie', sha: '5f2b1d0c' }, base: { ref: 'main' }, labels: [] },
    labelsWithout: [{ id: 3, name: 'bug', color: 'ee0701' }],
    labelsWith: [{ id: 3, name: 'bug', color: 'ee0701' }, { id: 12, name: 'decap-cms/pending_review', color: '0052cc' }],
    created: { id: 13, name: 'decap-cms/pending_review', color: '0052cc' },
  };
  let labels: unknown[] = DOCS.labelsWith;
  const base = '/repos/vief/magazine';
  beforeEach(() => {
    labels = DOCS.labelsWith;
    answer((method, url) => {
      if (method === 'GET' && url.startsWith(`${base}/contents/`)) return existing.has(decodeURIComponent(url.slice(`${base}/contents/`.length).split('?')[0])) ? [200, {}] : undefined;
      if (method === 'GET' && url.startsWith(`${base}/branches/`)) return existing.has(decodeURIComponent(url.slice(`${base}/branches/`.length))) ? [200, DOCS.branch] : undefined;
      if (method === 'POST' && url === `${base}/branches`) return [201, DOCS.branch];
      if (method === 'POST' && url === `${base}/contents`) return [201, { files: [DOCS.fileResponse], commit: DOCS.fileResponse.commit }];
      if (method === 'POST' && url === `${base}/pulls`) return [201, DOCS.pull];
      if (method === 'GET' && url === `${base}/labels?limit=100`) return [200, labels];
      if (method === 'POST' && url === `${base}/labels`) return [201, DOCS.created];
      if (method === 'PUT' && url === `${base}/issues/7/labels`) return [200, [DOCS.created]];
      return undefined;
    });
  });
  const writer = () => forgejoWriter({ token: 'fj_test', repo: 'vief/magazine', branch: 'main', api });

  it('branch from main, one commit with both files, pull request, label decap-cms/pending_review', async () => {
    expect(await writer().write(draft)).toEqual({ branch: 'cms/agenda/koffie' });
    expect(seen().map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST /repos/vief/magazine/branches',
      'POST /repos/vief/magazine/contents',
      'POST /repos/vief/magazine/pulls',
      'GET /repos/vief/magazine/labels?limit=100',
      'PUT /repos/vief/magazine/issues/7/labels',
    ]);
    expect(seen().every((s) => s.auth === 'token fj_test')).toBe(true);
    expect(seen()[0].body).toEqual({ new_branch_name: 'cms/agenda/koffie', old_ref_name: 'main' });
    expect(seen()[1].body).toEqual({
      branch: 'cms/agenda/koffie',
      message: draft.message,
      author: { name: 'Doe mee (website)', email: 'doe-mee@vief.invalid' },
      committer: { name: 'Doe mee (website)', email: 'doe-mee@vief.invalid' },
      files: [
        { operation: 'create', path: 'content/agenda/koffie.md', content: b64(files[0].content) },
        { operation: 'create', path: 'content/media/ingezonden-koffie.png', content: b64(files[1].content) },
      ],
    });
    expect(seen()[2].body).toEqual({ title: draft.message, head: 'vief:cms/agenda/koffie', base: 'main', body: DEFAULT_PR_BODY });
    expect(seen()[4].body).toEqual({ labels: [12] });
  });

  it('creates the status label when the repository does not have it yet', async () => {
    labels = DOCS.labelsWithout;
    await writer().write(draft);
    const created = seen().find((s) => s.method === 'POST' && s.url === `${base}/labels`);
    expect(created?.body).toEqual({ name: 'decap-cms/pending_review', color: '0052cc' });
    expect(seen().at(-1)!.body).toEqual({ labels: [13] });
  });

  it('a name is taken when the file is on main or a draft branch has it', async () => {
    existing = new Set(['content/agenda/bingo.md', 'cms/agenda/quiz']);
    expect(await writer().taken('agenda', 'bingo', 'content/agenda/bingo.md')).toBe(true);
    expect(await writer().taken('agenda', 'quiz', 'content/agenda/quiz.md')).toBe(true);
    expect(await writer().taken('agenda', 'nieuw', 'content/agenda/nieuw.md')).toBe(false);
  });

  it('an error from Forgejo stops with its message, before any pull request', async () => {
    answer((method, url) => (method === 'POST' && url === `${base}/branches` ? [409, { message: 'The branch already exists.' }] : undefined));
    await expect(writer().write(draft)).rejects.toThrow(/Forgejo POST \/repos\/vief\/magazine\/branches: 409 The branch already exists\./);
    expect(seen().some((s) => s.url.endsWith('/pulls'))).toBe(false);
  });
});

describe('GitLab: a draft the way Decap’s GitLab backend makes one', () => {
  // Recorded from docs.gitlab.com/api (commits, merge_requests, branches, repository_files).
  const DOCS = {
    commit: { id: 'ed899a2f4b50b4370feeea94676502b42383c746', short_id: 'ed899a2f4b5', title: 'Ingezonden', parent_ids: ['6104942438c14ec7bd21c6cd5bd995272b3faff6'] },
    mr: { id: 1, iid: 1, project_id: 3, title: 'Ingezonden', state: 'opened', target_branch: 'main', source_branch: 'cms/agenda/koffie', labels: ['decap-cms/pending_review'] },
    branch: { name: 'cms/agenda/quiz', merged: false, protected: false, commit: { id: '7b5c3cc8be40ee161ae89a06bba6229da1032a0c' } },
    file: { file_name: 'bingo.md', file_path: 'content/agenda/bingo.md', ref: 'main', blob_id: '79f7bbd25901e8334750839545a9bd021f0e4c83' },
  };
  const project = `/api/v4/projects/${encodeURIComponent('vief/magazine')}`;
  beforeEach(() => {
    answer((method, url) => {
      if (method === 'GET' && url.startsWith(`${project}/repository/files/`)) return existing.has(decodeURIComponent(url.slice(`${project}/repository/files/`.length).split('?')[0])) ? [200, DOCS.file] : [404, { message: '404 File Not Found' }];
      if (method === 'GET' && url.startsWith(`${project}/repository/branches/`)) return existing.has(decodeURIComponent(url.slice(`${project}/repository/branches/`.length))) ? [200, DOCS.branch] : [404, { message: '404 Branch Not Found' }];
      if (method === 'POST' && url === `${project}/repository/commits`) return [201, DOCS.commit];
      if (method === 'POST' && url === `${project}/merge_requests`) return [201, DOCS.mr];
      return undefined;
    });
  });
  const writer = () => gitlabWriter({ token: 'glpat-test', repo: 'vief/magazine', branch: 'main', api: `${api}/api/v4` });

  it('one commit on a new branch cms/<collection>/<slug> from main, then a merge request labelled decap-cms/pending_review', async () => {
    expect(await writer().write(draft)).toEqual({ branch: 'cms/agenda/koffie' });
    expect(seen().map((s) => `${s.method} ${s.url}`)).toEqual([`POST ${project}/repository/commits`, `POST ${project}/merge_requests`]);
    expect(seen().every((s) => s.auth === 'Bearer glpat-test')).toBe(true);
    expect(seen()[0].body).toEqual({
      branch: 'cms/agenda/koffie',
      start_branch: 'main',
      commit_message: draft.message,
      author_name: 'Doe mee (website)',
      author_email: 'doe-mee@vief.invalid',
      actions: [
        { action: 'create', file_path: 'content/agenda/koffie.md', content: b64(files[0].content), encoding: 'base64' },
        { action: 'create', file_path: 'content/media/ingezonden-koffie.png', content: b64(files[1].content), encoding: 'base64' },
      ],
    });
    expect(seen()[1].body).toEqual({
      source_branch: 'cms/agenda/koffie',
      target_branch: 'main',
      title: draft.message,
      description: DEFAULT_PR_BODY,
      labels: 'decap-cms/pending_review',
      remove_source_branch: true,
    });
  });

  it('a name is taken when the file is on main or a draft branch has it (the path as one encoded segment)', async () => {
    existing = new Set(['content/agenda/bingo.md', 'cms/agenda/quiz']);
    expect(await writer().taken('agenda', 'bingo', 'content/agenda/bingo.md')).toBe(true);
    expect(seen()[0].url).toBe(`${project}/repository/files/content%2Fagenda%2Fbingo.md?ref=main`);
    expect(await writer().taken('agenda', 'quiz', 'content/agenda/quiz.md')).toBe(true);
    expect(await writer().taken('agenda', 'nieuw', 'content/agenda/nieuw.md')).toBe(false);
  });

  it('an error from GitLab stops with its message, before any merge request', async () => {
    answer((method, url) => (method === 'POST' && url === `${project}/repository/commits` ? [400, { message: 'A branch called cms/agenda/koffie already exists' }] : undefined));
    await expect(writer().write(draft)).rejects.toThrow(/GitLab POST .*\/repository\/commits: 400 A branch called cms\/agenda\/koffie already exists/);
    expect(seen().some((s) => s.url.endsWith('/merge_requests'))).toBe(false);
  });
});

describe('the submission endpoint picks the writer from the environment', () => {
  const mail = { SMTP_HOST: 'localhost' };
  it('forgejo and gitlab need their token and repository, in Dutch', () => {
    expect(() => handlerFromEnv({ ...mail, INZENDING_GIT: 'forgejo', FORGEJO_REPO: 'vief/magazine' })).toThrow('Doe mee: FORGEJO_TOKEN ontbreekt');
    expect(() => handlerFromEnv({ ...mail, INZENDING_GIT: 'gitlab', GITLAB_TOKEN: 't' })).toThrow('Doe mee: GITLAB_REPO ontbreekt');
    expect(() => handlerFromEnv({ ...mail, INZENDING_GIT: 'forgejo', FORGEJO_TOKEN: 't', FORGEJO_REPO: 'vief/magazine' })).not.toThrow();
    expect(() => handlerFromEnv({ ...mail, INZENDING_GIT: 'gitlab', GITLAB_TOKEN: 't', GITLAB_REPO: 'vief/magazine' })).not.toThrow();
    expect(() => handlerFromEnv({ ...mail, INZENDING_GIT: 'svn' })).toThrow(/kies lokaal, github, gitlab of forgejo/);
  });
});
