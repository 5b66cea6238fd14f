/**
 * The warning before overwriting someone else's work on GitHub, GitLab and Forgejo (issue 16,
 * cms/hosted-guard.ts), against a local HTTP server that answers with the responses recorded
 * from each host's API documentation (tests/fixtures/git-hosts/), filled with the state of a small
 * repository that changes during the test: two editors on one tip, as in the local backend's
 * browser test (tests/e2e/cms.spec.ts "twee redacteuren op één tip"). No Git host can run here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentVersion, entryFromRoute, hostReader, overwriteProblem, reviewBranch, type HostBackend } from '../../cms/hosted-guard';
import { OVERWRITE_HEAD } from '../../src/lib/overwrite-message';
import { startRecordedApi, type RecordedApi } from '../recorded-api';

const fixture = (name: string): Record<string, unknown> & unknown[] => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'tests/fixtures/git-hosts', name), 'utf8'));

interface Version {
  text: string;
  who: string;
  when: string;
}
/** branch → path → the file's history, newest last. */
type Repo = Map<string, Map<string, Version[]>>;

const FILE = 'content/tips/test-uw-rookmelder-elke-maand.md';
const entry = { collection: 'tips', slug: 'test-uw-rookmelder-elke-maand', path: FILE };
const TOKEN = 'geheim-token-van-anna';

function commit(repo: Repo, branch: string, file: string, v: Version) {
  if (!repo.has(branch)) repo.set(branch, new Map([...(repo.get('main') ?? new Map())].map(([p, h]) => [p, [...h]])));
  const files = repo.get(branch)!;
  files.set(file, [...(files.get(file) ?? []), v]);
}
const latest = (repo: Repo, branch: string, file: string) => repo.get(branch)?.get(file)?.at(-1);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/(.{60})/g, '$1\n');

/** Each host's URLs (as in its documentation) → the recorded response with this repository's state. */
const hosts: Array<{ name: string; backend: (api: string) => HostBackend; auth: string; route: (repo: Repo) => (method: string, url: string) => [number, unknown] | undefined }> = [
  {
    name: 'github',
    backend: (api) => ({ name: 'github', repo: 'redactie/vief', api_root: api }),
    auth: `token ${TOKEN}`,
    route: (repo) => (method, url) => {
      const u = new URL(url, 'http://x');
      let m = /^\/repos\/redactie\/vief\/contents\/(.+)$/.exec(u.pathname);
      if (method === 'GET' && m) {
        const v = latest(repo, u.searchParams.get('ref')!, decodeURIComponent(m[1]));
        return v ? [200, { ...fixture('github-contents.json'), path: decodeURIComponent(m[1]), content: b64(v.text) }] : undefined;
      }
      m = /^\/repos\/redactie\/vief\/commits$/.exec(u.pathname);
      if (method === 'GET' && m && u.searchParams.get('per_page') === '1') {
        const v = latest(repo, u.searchParams.get('sha')!, u.searchParams.get('path')!);
        if (!v) return undefined;
        const [c] = fixture('github-commits.json') as Array<{ commit: Record<string, unknown> }>;
        return [200, [{ ...c, commit: { ...c.commit, author: { name: v.who, email: 'x@example.org', date: v.when } } }]];
      }
      return undefined;
    },
  },
  {
    name: 'gitlab',
    backend: (api) => ({ name: 'gitlab', repo: 'redactie/vief', api_root: `${api}/api/v4` }),
    auth: `Bearer ${TOKEN}`,
    route: (repo) => (method, url) => {
      const u = new URL(url, 'http://x');
      // The project and the file path are one URL-encoded path segment each.
      let m = /^\/api\/v4\/projects\/redactie%2Fvief\/repository\/files\/([^/]+)$/.exec(u.pathname);
      if (method === 'GET' && m) {
        const v = latest(repo, u.searchParams.get('ref')!, decodeURIComponent(m[1]));
        return v ? [200, { ...fixture('gitlab-file.json'), file_path: decodeURIComponent(m[1]), content: b64(v.text) }] : undefined;
      }
      m = /^\/api\/v4\/projects\/redactie%2Fvief\/repository\/commits$/.exec(u.pathname);
      if (method === 'GET' && m && u.searchParams.get('per_page') === '1') {
        const v = latest(repo, u.searchParams.get('ref_name')!, u.searchParams.get('path')!);
        // GitLab answers an unknown ref_name with an empty list.
        if (!v) return [200, []];
        const [c] = fixture('gitlab-commits.json') as Array<Record<string, unknown>>;
        return [200, [{ ...c, author_name: v.who, authored_date: v.when }]];
      }
      return undefined;
    },
  },
  {
    name: 'forgejo',
    backend: (api) => ({ name: 'forgejo', repo: 'redactie/vief', api_root: `${api}/api/v1` }),
    auth: `token ${TOKEN}`,
    route: (repo) => (method, url) => {
      const u = new URL(url, 'http://x');
      let m = /^\/api\/v1\/repos\/redactie\/vief\/contents\/(.+)$/.exec(u.pathname);
      if (method === 'GET' && m) {
        const v = latest(repo, u.searchParams.get('ref')!, decodeURIComponent(m[1]));
        return v ? [200, { ...fixture('forgejo-contents.json'), path: decodeURIComponent(m[1]), content: b64(v.text) }] : undefined;
      }
      m = /^\/api\/v1\/repos\/redactie\/vief\/commits$/.exec(u.pathname);
      if (method === 'GET' && m && u.searchParams.get('limit') === '1') {
        const v = latest(repo, u.searchParams.get('sha')!, u.searchParams.get('path')!);
        if (!v) return undefined;
        const [c] = fixture('forgejo-commits.json') as Array<{ commit: Record<string, unknown> }>;
        return [200, [{ ...c, commit: { ...c.commit, author: { name: v.who, email: 'x@example.org', date: v.when } } }]];
      }
      return undefined;
    },
  },
];

const TIP = '---\ntitel: Test uw rookmelder elke maand\n---\n\nDruk één keer per maand op de testknop.\n';
const BERT = TIP.replace('Druk', 'Bert: druk');
const ANNA = TIP.replace('Druk', 'Anna: druk');

let api: RecordedApi;
beforeAll(async () => {
  api = await startRecordedApi();
});
afterAll(() => api.close());

describe.each(hosts)('$name', (host) => {
  const start = (): Repo => {
    const repo: Repo = new Map();
    commit(repo, 'main', FILE, { text: TIP, who: 'Redactie', when: '2026-11-02T09:00:00Z' });
    api.route = host.route(repo);
    api.seen.length = 0;
    return repo;
  };
  const reader = () => hostReader(host.backend(api.url), TOKEN)!;

  it('stops the second of two editors, naming who changed the entry and when', async () => {
    const repo = start();
    // Anna and Bert open the published tip: both see the text on main.
    const anna = await currentVersion(reader(), entry, 'main', true);
    expect(anna).toEqual({ branch: 'main', text: TIP });
    // Bert saves first: Decap puts his version on the review branch.
    commit(repo, reviewBranch(entry), FILE, { text: BERT, who: 'Bert de Bruin', when: '2026-12-03T09:15:00Z' });
    const problem = await overwriteProblem(reader(), entry, 'main', true, anna);
    expect(problem).toContain(OVERWRITE_HEAD);
    expect(problem).toContain('Bert de Bruin');
    // 09:15 UTC is 10:15 in the Netherlands in December; a Dutch day and month.
    expect(problem).toMatch(/donderdag 3 december.*10[:.]15/);
    expect(problem).toContain('test-uw-rookmelder-elke-maand.md');
    // Every request carried the editor's own login, as the host's documentation asks.
    expect(api.seen.length).toBeGreaterThanOrEqual(3);
    for (const r of api.seen) expect(r.auth).toBe(host.auth);
  });

  it('lets an editor save when nobody else changed the entry, also a second and third time', async () => {
    const repo = start();
    let anna = await currentVersion(reader(), entry, 'main', true);
    expect(await overwriteProblem(reader(), entry, 'main', true, anna)).toBeNull();
    // Anna saves: her version is now on the review branch, and (postSave) the version she knows.
    commit(repo, reviewBranch(entry), FILE, { text: ANNA, who: 'Anna Jansen', when: '2026-12-03T09:20:00Z' });
    anna = await currentVersion(reader(), entry, 'main', true);
    expect(anna).toEqual({ branch: reviewBranch(entry), text: ANNA });
    expect(await overwriteProblem(reader(), entry, 'main', true, anna)).toBeNull();
  });

  it('stops a save on a version that was published by someone else since (main changed, no review branch)', async () => {
    const repo = start();
    const anna = await currentVersion(reader(), entry, 'main', true);
    commit(repo, 'main', FILE, { text: BERT, who: 'Bert de Bruin', when: '2026-12-03T09:30:00Z' });
    expect(await overwriteProblem(reader(), entry, 'main', true, anna)).toContain('Bert de Bruin');
  });

  it('without the editorial workflow (Gitea) reads main only', async () => {
    const repo = start();
    const anna = await currentVersion(reader(), entry, 'main', false);
    commit(repo, reviewBranch(entry), FILE, { text: BERT, who: 'Bert de Bruin', when: '2026-12-03T09:30:00Z' });
    expect(await overwriteProblem(reader(), entry, 'main', false, anna)).toBeNull();
    expect(api.seen.every((r) => !r.url.includes('cms%2Ftips') && !r.url.includes('cms/tips'))).toBe(true);
  });

  it('a host that fails is an error for the caller (the guard then saves as Decap would), never a silent "no change"', async () => {
    start();
    api.route = () => [500, { message: 'Internal Server Error' }];
    await expect(currentVersion(reader(), entry, 'main', true)).rejects.toThrow(/500/);
  });
});

describe('entryFromRoute', () => {
  const collections = [
    { name: 'tips', folder: 'content/tips', extension: 'md' },
    { name: 'instellingen', files: [{ name: 'partner-agendas', file: 'content/partner-agendas.json' }] },
  ];
  it('finds the open entry and its file from Decap’s address', () => {
    expect(entryFromRoute('#/collections/tips/entries/test-uw-rookmelder-elke-maand', collections)).toEqual(entry);
    expect(entryFromRoute('#/collections/instellingen/entries/partner-agendas', collections)).toEqual({ collection: 'instellingen', slug: 'partner-agendas', path: 'content/partner-agendas.json' });
  });
  it('ignores a new entry, a list and unknown collections', () => {
    expect(entryFromRoute('#/collections/tips/new', collections)).toBeNull();
    expect(entryFromRoute('#/collections/tips', collections)).toBeNull();
    expect(entryFromRoute('#/workflow', collections)).toBeNull();
    expect(entryFromRoute('#/collections/onbekend/entries/x', collections)).toBeNull();
  });
});

describe('hostReader', () => {
  it('knows GitHub, GitLab, Forgejo, Gitea and the local backend (tested in the browser: cms.spec.ts), nothing else', () => {
    for (const name of ['github', 'gitlab', 'forgejo', 'gitea']) expect(hostReader({ name, repo: 'a/b', api_root: 'http://x' }, 't')).not.toBeNull();
    expect(hostReader({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/x/api/v1' }, '')).not.toBeNull();
    expect(hostReader({ name: 'bitbucket', repo: 'a/b' }, 't')).toBeNull();
  });
});
