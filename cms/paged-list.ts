/**
 * The CMS lists of the local backend, a page at a time, and its media library without the photos'
 * bytes until they are shown (issue 16, point 6).
 *
 * Decap's proxy backend (the one `npm start` uses, talking to cms/local-backend.mjs) loads every
 * entry of a collection, whole, before the list shows anything: at 2,000 artikelen 10 MB of text,
 * parsed, hashed and drawn as 2,000 cards (12–13.5 s on an older tablet, budget 3 s). Decap's
 * GitHub, GitLab and Forgejo/Gitea backends page their lists (20 at a time, more as the editor
 * scrolls, with Decap's own cursor); the proxy backend has no paging. This module gives it the same paging,
 * with the parts Decap already has:
 *   - the backend answers a light `cmsFolderIndex` request: the collection's file paths, newest
 *     first where the registry says so (`listOrder`), without their text;
 *   - the list loads the first 20 entries with decap-server's own `entriesByFiles`, and the next
 *     20 when the editor scrolls to the end (Decap's cursor, "append_next", as on GitHub);
 *   - whatever needs every entry (sorting by a field, search, the nummer choice of an artikel)
 *     uses Decap's `allEntriesByFolder` route: `cmsFolderSummaries` gives every entry with its
 *     front matter only (those features read front-matter fields only; an opened entry is read
 *     whole by `getEntry`);
 *   - the media library: `cmsMediaIndex` gives names and sizes, each photo is fetched when shown.
 *
 * How: Decap keeps its backends in a registry of `{ init }` factories (CMS.getBackend); the proxy
 * backend's factory is wrapped so each instance gets these methods. Decap reads a list's
 * cursor from a symbol it does not export (CURSOR_COMPATIBILITY_SYMBOL); it is read once from
 * Decap's own test backend, which attaches it to an empty list. If anything here is not as
 * expected (a Decap upgrade, a backend without the index), the list falls back to Decap's own
 * loading of every entry: slower, never wrong.
 */
import { registry } from '../src/schemas/registry';
import type { CollectionName } from '../src/schemas/helpers';

export const PAGE_SIZE = 20;
export const INDEX_ACTION = 'cmsFolderIndex';
export const MEDIA_ACTION = 'cmsMediaIndex';
export const SUMMARIES_ACTION = 'cmsFolderSummaries';

export interface ListOrder {
  field: string;
  direction: 'asc' | 'desc';
}
interface CursorLike {
  actions: string[];
  meta: { page: number; count: number; pageSize: number; pageCount: number };
  data: { folder: string; files: string[] };
}
interface ImmutableLike {
  toJS(): unknown;
}
interface EntryFile {
  file: { path: string };
  data: string;
}
/** A media library file as Decap keeps it; `displayURL` an object: Decap asks the backend for the photo when it shows it. */
export interface LightMediaFile {
  id: string;
  name: string;
  path: string;
  size: number;
  displayURL: { id: string; path: string };
}
interface ProxyBackend {
  branch: string;
  mediaFolder?: string;
  getMedia(mediaFolder?: string): Promise<unknown[]>;
  getMediaFile(path: string): Promise<{ url: string }>;
  getMediaDisplayURL?: (displayURL: { id: string; path: string }) => Promise<string>;
  request(payload: { action: string; params: Record<string, unknown> }): Promise<unknown>;
  entriesByFolder(folder: string, extension: string, depth: number): Promise<EntryFile[]>;
  entriesByFiles(files: Array<{ path: string }>): Promise<EntryFile[]>;
  allEntriesByFolder?: (folder: string, extension: string, depth: number) => Promise<EntryFile[]>;
  traverseCursor?: (cursor: { data?: ImmutableLike; meta?: ImmutableLike }, action: string) => Promise<{ entries: EntryFile[]; cursor: CursorLike }>;
}
export interface BackendRegistry {
  getBackend(name: string): { init: (...args: unknown[]) => unknown } | undefined;
}

/** The list order of each collection folder as Decap names it ("content/artikelen"), from the registry. */
export function listOrders(): Record<string, ListOrder> {
  const out: Record<string, ListOrder> = {};
  for (const name of Object.keys(registry) as CollectionName[]) {
    const order = registry[name].cms.listOrder;
    if (order) out[`content/${registry[name].folder}`] = order;
  }
  return out;
}

/** Page `page` (1-based) of `files`, and the cursor Decap keeps for the next one. */
export function pageOf(folder: string, files: string[], page: number): { files: string[]; cursor: CursorLike } {
  const pageCount = Math.max(1, Math.ceil(files.length / PAGE_SIZE));
  const at = Math.min(Math.max(1, page), pageCount);
  const actions = [...(at > 1 ? ['prev', 'first'] : []), ...(at < pageCount ? ['next', 'last'] : [])];
  return {
    files: files.slice((at - 1) * PAGE_SIZE, at * PAGE_SIZE),
    cursor: { actions, meta: { page: at, count: files.length, pageSize: PAGE_SIZE, pageCount }, data: { folder, files } },
  };
}

/** The page a cursor action leads to. */
export function targetPage(action: string, page: number, pageCount: number): number {
  switch (action) {
    case 'next':
      return page + 1;
    case 'prev':
      return page - 1;
    case 'first':
      return 1;
    case 'last':
      return pageCount;
    default:
      throw new Error(`onbekende stap in de lijst: ${action}`);
  }
}

/** Give one proxy backend instance paged lists and a media library without bytes; `symbol` is Decap's cursor key. */
export function pageBackend(backend: ProxyBackend, symbol: symbol, orders: Record<string, ListOrder>): void {
  const full = backend.entriesByFolder.bind(backend);
  const load = async (files: string[]) => (files.length ? backend.entriesByFiles(files.map((path) => ({ path }))) : []);
  // Everything at once (sorting by a field, the search box, relation fields): Decap reads only
  // front-matter fields there, and an entry that is opened is read whole (getEntry); so the front
  // matters only, ~1 MB instead of 10 MB at 2,000 artikelen. Not recorded as a version by the
  // overwrite guard (cms/overwrite-guard.ts knows only decap-server's actions).
  // One of the local backend's light answers (an array), or undefined when it has none (an older
  // backend): the caller then falls back to Decap's own whole answer.
  const ask = async (action: string, params: Record<string, unknown>, fallback: string): Promise<unknown[] | undefined> => {
    try {
      const answer = await backend.request({ action, params: { branch: backend.branch, ...params } });
      if (Array.isArray(answer)) return answer;
    } catch (error) {
      console.warn(fallback, error);
    }
    return undefined;
  };
  backend.allEntriesByFolder = async (folder, extension, depth) =>
    ((await ask(SUMMARIES_ACTION, { folder, extension, depth }, 'Alle stukken worden in één keer met hun tekst geladen.')) as EntryFile[] | undefined) ?? full(folder, extension, depth);
  backend.entriesByFolder = async (folder, extension, depth) => {
    const files = await ask(INDEX_ACTION, { folder, extension, depth, ...(orders[folder] ? { order: orders[folder] } : {}) }, 'De lijst wordt in één keer geladen: de lokale opslag kent geen pagina’s.');
    if (!files) return full(folder, extension, depth);
    const page = pageOf(folder, files as string[], 1);
    const entries = await load(page.files);
    (entries as unknown as Record<symbol, unknown>)[symbol] = page.cursor;
    return entries;
  };
  // The media library: names and sizes at once, each photo only when Decap shows it (Decap asks
  // for the whole library at login and again for every entry opened; decap-server sends every
  // photo base64-encoded each time, and Decap's local backup then copied them all into the browser's
  // storage on every pause in typing).
  const allMedia = backend.getMedia.bind(backend);
  backend.getMedia = async (mediaFolder = backend.mediaFolder) => {
    const files = await ask(MEDIA_ACTION, { mediaFolder }, 'De mediabibliotheek wordt in één keer geladen, met alle foto’s.');
    return files ? lightMedia(files as Array<Omit<LightMediaFile, 'displayURL'>>) : allMedia(mediaFolder);
  };
  backend.getMediaDisplayURL = async (displayURL) => (await backend.getMediaFile(displayURL.path)).url;
  backend.traverseCursor = async (cursor, action) => {
    const data = cursor.data?.toJS() as CursorLike['data'];
    const meta = cursor.meta?.toJS() as CursorLike['meta'];
    const page = pageOf(data.folder, data.files, targetPage(action, meta.page, meta.pageCount));
    return { entries: await load(page.files), cursor: page.cursor };
  };
}

/** The media index of the local backend as Decap's media library keeps it. */
export function lightMedia(files: Array<Omit<LightMediaFile, 'displayURL'>>): LightMediaFile[] {
  return files.map(({ id, name, path, size }) => ({ id, name, path, size, displayURL: { id, path } }));
}

/** Decap's cursor key, read from its own test backend (an empty list carries it). */
export async function cursorSymbol(cms: BackendRegistry): Promise<symbol | undefined> {
  try {
    const test = cms.getBackend('test-repo')?.init({ media_folder: '' }, {}) as { entriesByFolder?: (f: string, e: string, d: number) => Promise<unknown[]> } | undefined;
    const empty = await test?.entriesByFolder?.('', 'md', 1);
    return empty ? Object.getOwnPropertySymbols(empty)[0] : undefined;
  } catch {
    return undefined;
  }
}

/** Wrap Decap's proxy backend so its lists are paged; call before CMS.init. */
export async function installPagedLists(cms: BackendRegistry): Promise<void> {
  const proxy = cms.getBackend('proxy');
  const symbol = await cursorSymbol(cms);
  if (!proxy || !symbol) {
    console.warn('De lijsten van het redactiesysteem worden in één keer geladen (Decap anders dan verwacht).');
    return;
  }
  const orders = listOrders();
  const init = proxy.init;
  proxy.init = (...args: unknown[]) => {
    const backend = init(...args) as ProxyBackend;
    pageBackend(backend, symbol, orders);
    return backend;
  };
}
