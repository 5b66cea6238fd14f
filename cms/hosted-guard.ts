/**
 * A warning before overwriting someone else's work (issue 16) on GitHub, GitLab and Forgejo/Gitea,
 * and under `npm start` (where the local backend also checks each save itself:
 * cms/local-backend.mjs + cms/overwrite-guard.ts, which closes the last second this check leaves).
 *
 * Decap's saves carry no "base version", and these hosts take any write: the second of two
 * editors on one entry silently overwrites the first. This module remembers, when an editor opens
 * an entry, the entry's text as it is on the Git host at that moment (on its review branch
 * `cms/<collection>/<slug>` when one exists, otherwise on the main branch: what Decap shows). At
 * "Opslaan" (Decap's preSave event) it reads the text again; when it changed in between, the save
 * is stopped with the Dutch message of src/lib/overwrite-message.ts naming who and when (from the
 * host's last commit on that file), and Decap keeps the editor's text in the form and in its
 * local backup. After this tab's own save (postSave) the new text is the version it knows.
 *
 * The check runs in the browser with the editor's own login (Decap's token in localStorage), with
 * the host's REST API, one or two small requests per save. When the host cannot be asked (no
 * network, an expired login) the save goes ahead as Decap would do it anyway: the check never
 * stops a save it cannot judge. What it cannot close: a save by someone else in the second
 * between our check and Decap's write.
 */
import { changedMessage, whenChanged } from '../src/lib/overwrite-message';

export interface HostBackend {
  name: string;
  repo?: string;
  /** The local backend of `npm start` (Decap's "proxy" backend). */
  proxy_url?: string;
  branch?: string;
  api_root?: string;
}
export interface Change {
  who: string;
  when: string;
}
/** What the check needs from a Git host. */
export interface HostReader {
  /** The file's text on `branch`; null when the branch or the file does not exist. */
  read(branch: string, path: string): Promise<string | null>;
  /** The last commit that changed `path` on `branch`: who and when (ISO), as far as the host tells. */
  lastChange(branch: string, path: string): Promise<Change | null>;
}
export interface GuardedEntry {
  collection: string;
  slug: string;
  path: string;
}
export interface Version {
  branch: string;
  text: string | null;
}

type Fetch = typeof fetch;

function decodeBase64Utf8(b64: string): string {
  const binary = atob(b64.replace(/\s+/g, ''));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/');

/** One GET with the editor's login; never a cached answer (GitHub's API allows 60 s of caching). */
async function getJson(fetchFn: Fetch, url: string, authorization: string): Promise<unknown | null> {
  const response = await fetchFn(url, { headers: { Authorization: authorization, Accept: 'application/json' }, cache: 'no-store' });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${response.status} bij ${url}`);
  return response.json();
}

interface Contents {
  content?: string;
  encoding?: string;
}
const textOf = (file: unknown): string | null => {
  const f = file as Contents | null;
  if (!f || typeof f.content !== 'string') return null;
  return f.encoding === 'base64' ? decodeBase64Utf8(f.content) : f.content;
};
/** GitHub's and Forgejo/Gitea's commit list: [{ commit: { author: { name, date } } }]. */
const changeOf = (list: unknown): Change | null => {
  const first = Array.isArray(list) ? (list[0] as { commit?: { author?: { name?: string; date?: string } } } | undefined) : undefined;
  const author = first?.commit?.author;
  return author ? { who: author.name ?? '', when: author.date ?? '' } : null;
};

/** The REST API of the backend Decap is configured with; null for a backend this check does not know. */
export function hostReader(backend: HostBackend, token: string, fetchFn: Fetch = fetch): HostReader | null {
  const repo = backend.repo ?? '';
  switch (backend.name) {
    case 'proxy': {
      // The local backend of `npm start` answers the same question itself (cms/local-backend.mjs,
      // action cmsFileVersion); its own check on the save stays as a second line.
      const url = backend.proxy_url;
      if (!url) return null;
      const ask = async (ref: string, path: string) => {
        const response = await fetchFn(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'cmsFileVersion', params: { branch: backend.branch, ref, path } }), cache: 'no-store' });
        if (!response.ok) throw new Error(`${response.status} bij de lokale opslag`);
        return (await response.json()) as { text: string | null; who: string; when: string };
      };
      return {
        read: async (branch, path) => (await ask(branch, path)).text,
        lastChange: async (branch, path) => {
          const v = await ask(branch, path);
          return v.text === null ? null : { who: v.who, when: v.when };
        },
      };
    }
    case 'github': {
      // docs.github.com › REST › Repository contents › Get repository content; Commits › List commits.
      const root = (backend.api_root ?? 'https://api.github.com').replace(/\/+$/, '');
      const auth = `token ${token}`;
      return {
        read: async (branch, path) => textOf(await getJson(fetchFn, `${root}/repos/${repo}/contents/${encodePath(path)}?ref=${encodeURIComponent(branch)}`, auth)),
        lastChange: async (branch, path) =>
          changeOf(await getJson(fetchFn, `${root}/repos/${repo}/commits?sha=${encodeURIComponent(branch)}&path=${encodeURIComponent(path)}&per_page=1`, auth)),
      };
    }
    case 'gitlab': {
      // docs.gitlab.com › API › Repository files › Get file from repository; Commits › List repository commits.
      const root = `${(backend.api_root ?? 'https://gitlab.com/api/v4').replace(/\/+$/, '')}/projects/${encodeURIComponent(repo)}/repository`;
      const auth = `Bearer ${token}`;
      return {
        read: async (branch, path) => textOf(await getJson(fetchFn, `${root}/files/${encodeURIComponent(path)}?ref=${encodeURIComponent(branch)}`, auth)),
        lastChange: async (branch, path) => {
          const list = await getJson(fetchFn, `${root}/commits?ref_name=${encodeURIComponent(branch)}&path=${encodeURIComponent(path)}&per_page=1`, auth);
          const first = Array.isArray(list) ? (list[0] as { author_name?: string; authored_date?: string } | undefined) : undefined;
          return first ? { who: first.author_name ?? '', when: first.authored_date ?? '' } : null;
        },
      };
    }
    case 'forgejo':
    case 'gitea': {
      // Forgejo/Gitea API (swagger): repoGetContents (ContentsResponse), repoGetAllCommits (Commit[]).
      const root = `${(backend.api_root ?? '').replace(/\/+$/, '')}/repos/${repo}`;
      const auth = `token ${token}`;
      return {
        read: async (branch, path) => textOf(await getJson(fetchFn, `${root}/contents/${encodePath(path)}?ref=${encodeURIComponent(branch)}`, auth)),
        lastChange: async (branch, path) =>
          changeOf(await getJson(fetchFn, `${root}/commits?sha=${encodeURIComponent(branch)}&path=${encodeURIComponent(path)}&limit=1&stat=false&verification=false&files=false`, auth)),
      };
    }
    default:
      return null;
  }
}

/** Decap's review branch of an entry (decap-cms-lib-util: `cms/` + `<collection>/<slug>`). */
export const reviewBranch = (entry: GuardedEntry) => `cms/${entry.collection}/${entry.slug}`;

/** The entry as Decap shows it: on its review branch when there is one, otherwise on `branch`. */
export async function currentVersion(reader: HostReader, entry: GuardedEntry, branch: string, useWorkflow: boolean): Promise<Version> {
  if (useWorkflow) {
    const review = reviewBranch(entry);
    const text = await reader.read(review, entry.path);
    if (text !== null) return { branch: review, text };
  }
  return { branch, text: await reader.read(branch, entry.path) };
}

/**
 * The Dutch refusal when the entry changed on the host since `base` (what the editor opened or last
 * saved), or null when saving overwrites nothing of someone else's.
 */
export async function overwriteProblem(reader: HostReader, entry: GuardedEntry, branch: string, useWorkflow: boolean, base: Version): Promise<string | null> {
  const now = await currentVersion(reader, entry, branch, useWorkflow);
  if (now.text === null || now.text === base.text) return null;
  const change = await reader.lastChange(now.branch, entry.path).catch(() => null);
  return changedMessage(entry.path, change?.who ?? '', whenChanged(change?.when));
}

interface CollectionConfig {
  name: string;
  folder?: string;
  extension?: string;
  files?: Array<{ name: string; file: string }>;
}

/** The entry an editor has open, from Decap's address (#/collections/<name>/entries/<slug>). */
export function entryFromRoute(hash: string, collections: CollectionConfig[]): GuardedEntry | null {
  const m = /^#\/collections\/([^/]+)\/entries\/(.+?)\/?$/.exec(hash.split('?')[0]);
  if (!m) return null;
  const [collectionName, slug] = [decodeURIComponent(m[1]), decodeURIComponent(m[2])];
  const collection = collections.find((c) => c.name === collectionName);
  if (!collection) return null;
  if (collection.folder) return { collection: collectionName, slug, path: `${collection.folder}/${slug}.${collection.extension ?? 'md'}` };
  const file = collection.files?.find((f) => f.name === slug);
  return file ? { collection: collectionName, slug, path: file.file } : null;
}

interface EntryMap {
  get(key: string): unknown;
}
interface Events {
  registerEventListener(listener: { name: string; handler: (args: { entry: EntryMap }) => unknown }): void;
}
export interface GuardConfig {
  backend: HostBackend;
  publish_mode?: string;
  collections: CollectionConfig[];
}

const keyOf = (e: { collection: string; slug: string }) => `${e.collection}/${e.slug}`;

/** Install the check (GitHub, GitLab, Forgejo/Gitea and the local backend); does nothing for another backend. */
export function installHostedGuard(CMS: Events, config: GuardConfig, fetchFn: Fetch = fetch): boolean {
  const login = () => {
    try {
      return (JSON.parse(localStorage.getItem('decap-cms-user') ?? 'null') as { token?: string } | null)?.token;
    } catch {
      return undefined;
    }
  };
  const readerNow = () => {
    if (config.backend.name === 'proxy') return hostReader(config.backend, '', fetchFn);
    const token = login();
    return token ? hostReader(config.backend, token, fetchFn) : null;
  };
  if (!hostReader(config.backend, 'probe', fetchFn)) return false;
  const branch = config.backend.branch ?? 'main';
  const useWorkflow = config.publish_mode === 'editorial_workflow';
  const bases = new Map<string, Promise<Version | null>>();

  let waiting: ReturnType<typeof setInterval> | undefined;
  const remember = (entry: GuardedEntry) => {
    clearInterval(waiting);
    const reader = readerNow();
    if (!reader) {
      // Opened from a bookmark before logging in: remember the version once the login is there
      // (Decap loads the entry then, on the same address).
      const hash = location.hash;
      waiting = setInterval(() => {
        if (location.hash !== hash) clearInterval(waiting);
        else if (readerNow()) remember(entry);
      }, 1000);
      return;
    }
    bases.set(
      keyOf(entry),
      currentVersion(reader, entry, branch, useWorkflow).catch((error: unknown) => {
        console.warn('Controle op overschrijven: de versie bij openen is niet op te vragen', error);
        return null;
      }),
    );
  };
  const onRoute = () => {
    const entry = entryFromRoute(location.hash, config.collections);
    if (entry) remember(entry);
  };
  window.addEventListener('hashchange', onRoute);
  onRoute();

  const guarded = (entry: EntryMap): GuardedEntry | null => {
    const collection = String(entry.get('collection') ?? '');
    const slug = String(entry.get('slug') ?? '');
    const path = String(entry.get('path') ?? '');
    return collection && slug && path && !entry.get('newRecord') ? { collection, slug, path } : null;
  };

  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const e = guarded(entry);
      const reader = readerNow();
      const base = e ? await bases.get(keyOf(e)) : null;
      if (!e || !reader || !base) return undefined;
      let problem: string | null = null;
      try {
        problem = await overwriteProblem(reader, e, branch, useWorkflow, base);
      } catch (error) {
        console.warn('Controle op overschrijven: de Git-host gaf geen antwoord; er wordt opgeslagen zoals altijd', error);
      }
      if (problem) throw new Error(problem);
      return undefined;
    },
  });
  CMS.registerEventListener({
    name: 'postSave',
    handler: ({ entry }) => {
      // What this tab just saved is now the version it knows.
      const e = guarded(entry);
      if (e) remember(e);
      return undefined;
    },
  });
  return true;
}
