/**
 * The local backup restores what was typed (issue 16).
 *
 * Decap keeps a backup of the open entry in the browser (localforage → IndexedDB, key
 * `backup.<collection>[.<slug>]`). When the editor opens again it reads the entry (or makes an
 * empty draft for a new one) and reads the backup at the same time, and asks "Voor dit item is een
 * lokale back-up hersteld…". The backup is local and answers first; the answer "OK" puts it in the
 * form, and then the entry arrives from the backend (for a new entry: the empty draft, which waits
 * for the media folder) and replaces it. Measured in the real CMS: the restored title and text
 * vanished within a second, the form empty again and marked "Wijzigingen opgeslagen".
 *
 * Decap's code cannot be changed here (the bundle is served as published). This module makes the
 * backup answer last: reads of `backup.*` from IndexedDB are handed to localforage only when no
 * request of this page has been under way for QUIET_MS (so the entry or empty draft is in place),
 * and at most after MAX_WAIT_MS. Then Decap asks, and "OK" restores onto the loaded entry.
 */
const QUIET_MS = 400;
const MAX_WAIT_MS = 15_000;

let inFlight = 0;
let lastActivity = 0;

/** Count this page's requests (the backend's among them). */
function trackFetch(): void {
  const original = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    inFlight++;
    lastActivity = Date.now();
    try {
      return await original(...args);
    } finally {
      inFlight--;
      lastActivity = Date.now();
    }
  };
}

/** Resolves once no request has been under way for QUIET_MS, or after MAX_WAIT_MS. */
export function whenQuiet(now = () => Date.now(), state = () => ({ inFlight, lastActivity })): Promise<void> {
  const started = now();
  return new Promise((resolve) => {
    const check = () => {
      const s = state();
      if (now() - started >= MAX_WAIT_MS || (s.inFlight === 0 && now() - s.lastActivity >= QUIET_MS)) resolve();
      else setTimeout(check, 100);
    };
    // Give the editor a moment to start its own requests before judging "quiet".
    setTimeout(check, QUIET_MS);
  });
}

/** Whether an IndexedDB key is one of Decap's entry backups. */
export function isEntryBackupKey(key: unknown): boolean {
  return typeof key === 'string' && /^backup\.[^.]+/.test(key);
}

/**
 * Delay the answers to reads of entry backups until the page is quiet. localforage reads a value
 * with `req = store.get(key); req.onsuccess = () => resolve(req.result)`: the request it gets is a
 * stand-in whose onsuccess/onerror fire, with the real result, once the page is quiet.
 */
export function installBackupTiming(): void {
  trackFetch();
  const proto = IDBObjectStore.prototype;
  const originalGet = proto.get;
  proto.get = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
    const request = originalGet.call(this, query);
    if (!isEntryBackupKey(query)) return request;
    const standIn = {
      result: undefined as unknown,
      error: null as DOMException | null,
      readyState: 'pending',
      source: request.source,
      transaction: request.transaction,
      onsuccess: null as ((e: Event) => void) | null,
      onerror: null as ((e: Event) => void) | null,
    };
    const answer = (kind: 'success' | 'error', event: Event) =>
      void whenQuiet().then(() => {
        standIn.result = kind === 'success' ? request.result : undefined;
        standIn.error = kind === 'error' ? request.error : null;
        standIn.readyState = 'done';
        const handler = kind === 'success' ? standIn.onsuccess : standIn.onerror;
        // localforage reads the stand-in itself, not the event; a plain object suffices.
        handler?.call(standIn, { type: kind, target: standIn, currentTarget: standIn, timeStamp: event.timeStamp, preventDefault() {}, stopPropagation() {} } as unknown as Event);
      });
    request.onsuccess = (e) => answer('success', e);
    request.onerror = (e) => {
      e.preventDefault();
      answer('error', e);
    };
    return standIn as unknown as IDBRequest;
  };
}
