/**
 * "Doe mee" in production on GitHub (server/git-github.ts): the calls Decap's own GitHub backend
 * makes for an entry in the editorial workflow, against a local HTTP server that answers with
 * the example responses of GitHub's REST documentation (docs.github.com/en/rest: "Get a branch",
 * "Create a blob", "Create a tree", "Create a commit", "Create a reference", "Create a pull
 * request", "Set labels for an issue"), trimmed to the fields that matter and recorded here.
 * Not checked against the live GitHub API (no network here).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PR_BODY, githubWriter } from '../../server/git-github';
import { startRecordedApi, type RecordedApi } from '../recorded-api';

// From the documentation's examples (sha values as there).
const DOCS = {
  branch: { name: 'main', commit: { sha: '7fd1a60b01f91b314f59955a4e4d4e80d8edf11d', commit: { tree: { sha: '827efc6d56897b048c772eb4087f854f46256132' } } }, protected: false },
  blob: { url: 'https://api.github.com/repos/octocat/example/git/blobs/3a0f86fb8db8eea7ccbb9a95f325ddbedfb25e15', sha: '3a0f86fb8db8eea7ccbb9a95f325ddbedfb25e15' },
  tree: { sha: 'cd8274d15fa3ae2ab983129fb037999f264ba9a7', url: 'https://api.github.com/repos/octocat/Hello-World/trees/cd8274d15fa3ae2ab983129fb037999f264ba9a7', tree: [], truncated: false },
  commit: { sha: '7638417db6d59f3c431d3e1f261cc637155684cd', message: 'my commit message', tree: { sha: '827efc6d56897b048c772eb4087f854f46256132' }, parents: [{ sha: '7d1b31e74ee336d15cbd21741bc88a537ed063a0' }] },
  ref: { ref: 'refs/heads/featureA', node_id: 'MDM6UmVmcmVmcy9oZWFkcy9mZWF0dXJlQQ==', object: { type: 'commit', sha: 'aa218f56b14c9653891f9e74264a383fa43fefbd' } },
  pull: { number: 1347, state: 'open', title: 'Amazing new feature', head: { ref: 'new-topic' }, base: { ref: 'main' }, labels: [] },
  labels: [{ id: 208045946, name: 'decap-cms/pending_review', color: 'f29513', default: true }],
  notFound: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
};

let host: RecordedApi;
let api: string;
let existing = new Set<string>();
const seen = () => host.seen;

beforeAll(async () => {
  host = await startRecordedApi();
  api = host.url;
  const base = '/repos/vief/magazine';
  host.route = (method, url) => {
    if (method === 'GET' && url.startsWith(`${base}/contents/`)) return existing.has(decodeURIComponent(url.slice(`${base}/contents/`.length).split('?')[0])) ? [200, {}] : [404, DOCS.notFound];
    if (method === 'GET' && url.startsWith(`${base}/git/ref/heads/`)) return existing.has(decodeURIComponent(url.slice(`${base}/git/ref/heads/`.length))) ? [200, DOCS.ref] : [404, DOCS.notFound];
    if (method === 'GET' && url === `${base}/branches/main`) return [200, DOCS.branch];
    if (method === 'POST' && url === `${base}/git/blobs`) return [201, DOCS.blob];
    if (method === 'POST' && url === `${base}/git/trees`) return [201, DOCS.tree];
    if (method === 'POST' && url === `${base}/git/commits`) return [201, DOCS.commit];
    if (method === 'POST' && url === `${base}/git/refs`) return [201, DOCS.ref];
    if (method === 'POST' && url === `${base}/pulls`) return [201, DOCS.pull];
    if (method === 'PUT' && url === `${base}/issues/1347/labels`) return [200, DOCS.labels];
    return [404, DOCS.notFound];
  };
});

afterAll(() => host.close());

describe('the GitHub writer makes a draft the way Decap does', () => {
  const writer = () => githubWriter({ token: 'ghp_test', repo: 'vief/magazine', branch: 'main', api });

  it('blobs, tree, commit on main, branch cms/<collection>/<slug>, pull request, label decap-cms/pending_review', async () => {
    host.seen.length = 0;
    const files = [
      { path: 'content/agenda/koffie.md', content: new TextEncoder().encode('---\ntitel: "Koffie"\n---\n') },
      { path: 'content/media/ingezonden-koffie.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    ];
    const r = await writer().write({ collection: 'agenda', slug: 'koffie', files, message: 'Ingezonden via Doe mee (activiteit): Koffie' });
    expect(r).toEqual({ branch: 'cms/agenda/koffie' });
    expect(seen().map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET /repos/vief/magazine/branches/main',
      'POST /repos/vief/magazine/git/blobs',
      'POST /repos/vief/magazine/git/blobs',
      'POST /repos/vief/magazine/git/trees',
      'POST /repos/vief/magazine/git/commits',
      'POST /repos/vief/magazine/git/refs',
      'POST /repos/vief/magazine/pulls',
      'PUT /repos/vief/magazine/issues/1347/labels',
    ]);
    expect(seen().every((s) => s.auth === 'Bearer ghp_test')).toBe(true);
    expect(seen()[1].body).toEqual({ content: Buffer.from(files[0].content).toString('base64'), encoding: 'base64' });
    expect(seen()[3].body).toEqual({
      base_tree: DOCS.branch.commit.commit.tree.sha,
      tree: [
        { path: 'content/agenda/koffie.md', mode: '100644', type: 'blob', sha: DOCS.blob.sha },
        { path: 'content/media/ingezonden-koffie.png', mode: '100644', type: 'blob', sha: DOCS.blob.sha },
      ],
    });
    expect(seen()[4].body).toMatchObject({ tree: DOCS.tree.sha, parents: [DOCS.branch.commit.sha], author: { name: 'Doe mee (website)' } });
    expect(seen()[5].body).toEqual({ ref: 'refs/heads/cms/agenda/koffie', sha: DOCS.commit.sha });
    expect(seen()[6].body).toEqual({ title: 'Ingezonden via Doe mee (activiteit): Koffie', body: DEFAULT_PR_BODY, head: 'vief:cms/agenda/koffie', base: 'main' });
    expect(seen()[7].body).toEqual({ labels: ['decap-cms/pending_review'] });
  });

  it('a name is taken when the file is on main or a draft branch has it', async () => {
    existing = new Set(['content/agenda/bingo.md', 'cms/agenda/quiz']);
    expect(await writer().taken('agenda', 'bingo', 'content/agenda/bingo.md')).toBe(true);
    expect(await writer().taken('agenda', 'quiz', 'content/agenda/quiz.md')).toBe(true);
    expect(await writer().taken('agenda', 'nieuw', 'content/agenda/nieuw.md')).toBe(false);
  });

  it('an error from GitHub stops with its message (no half-made pull request)', async () => {
    const w = githubWriter({ token: 'x', repo: 'vief/bestaat-niet', branch: 'main', api });
    await expect(w.write({ collection: 'agenda', slug: 'x', files: [], message: 'x' })).rejects.toThrow(/GitHub GET \/repos\/vief\/bestaat-niet\/branches\/main: 404 Not Found/);
  });
});
