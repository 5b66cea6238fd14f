/**
 * A warning before overwriting someone else's work (issue 16), for the local Git backend of
 * `npm start` (cms/local-backend.mjs).
 *
 * Decap's saves carry no "base version": the second of two editors on one entry silently
 * overwrites the first. This module wraps the page's fetch for requests to the local backend:
 * it remembers, per file, a SHA-256 of the text this tab last read or saved, and adds it to each
 * save as `params.cmsExpected` ({ path: sha256 }). The backend compares it with the file as it is
 * now on the branch the save goes to, and when someone else changed it in between it refuses the
 * save (409) with a Dutch message saying who and when; Decap then shows that message and keeps
 * the editor's text in the form and in its local backup, so nothing is lost.
 *
 * Pure logic (record/annotate) is separate from the fetch wrapper, for the unit tests.
 */

export type Seen = Map<string, string>;

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

interface Body {
  action?: string;
  params?: Record<string, unknown>;
}
interface EntryFile {
  data?: string | null;
  file?: { path?: string };
}

/** Remember the text of every entry file in a backend answer. */
export async function recordResponse(body: Body, answer: unknown, seen: Seen): Promise<void> {
  const params = body.params ?? {};
  const remember = async (path: unknown, data: unknown) => {
    if (typeof path === 'string' && typeof data === 'string') seen.set(path, await sha256Hex(data));
  };
  switch (body.action) {
    case 'entriesByFolder':
    case 'entriesByFiles':
      if (Array.isArray(answer)) for (const e of answer as EntryFile[]) await remember(e.file?.path, e.data);
      break;
    case 'getEntry':
      await remember((answer as EntryFile)?.file?.path ?? params.path, (answer as EntryFile)?.data);
      break;
    case 'unpublishedEntryDataFile':
      await remember(params.path, (answer as EntryFile)?.data);
      break;
    case 'persistEntry': {
      // What this tab just saved is now the version it knows.
      const files = (Array.isArray(params.dataFiles) ? params.dataFiles : [params.entry]) as Array<{ path?: string; newPath?: string; raw?: string }>;
      for (const f of files) if (f) await remember(f.newPath ?? f.path, f.raw);
      break;
    }
  }
}

/** Add what this tab knows of each file to a save; other requests are left as they are. */
export function annotateRequest(body: Body, seen: Seen): Body {
  if (body.action !== 'persistEntry' || !body.params) return body;
  const files = (Array.isArray(body.params.dataFiles) ? body.params.dataFiles : [body.params.entry]) as Array<{ path?: string }>;
  const cmsExpected: Record<string, string> = {};
  for (const f of files) if (f?.path && seen.has(f.path)) cmsExpected[f.path] = seen.get(f.path)!;
  return Object.keys(cmsExpected).length ? { ...body, params: { ...body.params, cmsExpected } } : body;
}

/**
 * Wrap window.fetch for requests to the local backend of npm start. Installed before Decap's
 * bundle loads (it may keep its own reference to fetch); `backendUrl()` is known once the config is.
 */
export function installOverwriteGuard(backendUrl: () => string | undefined): void {
  const seen: Seen = new Map();
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!backendUrl() || url !== backendUrl() || typeof init?.body !== 'string') return original(input, init);
    let body: Body;
    try {
      body = JSON.parse(init.body) as Body;
    } catch {
      return original(input, init);
    }
    const response = await original(input, { ...init, body: JSON.stringify(annotateRequest(body, seen)) });
    if (response.ok)
      response
        .clone()
        .json()
        .then((answer) => recordResponse(body, answer, seen))
        .catch(() => undefined);
    return response;
  };
}
