/**
 * The one JSON request helper of the Git host writers (server/git-github.ts, git-gitlab.ts,
 * git-forgejo.ts): sends JSON with the host's auth header, answers the parsed body, turns a 404
 * into `undefined` where asked, and turns any other failure into one short error naming the host,
 * the call and the host's own message (never the token).
 */
export interface JsonApiOptions {
  /** Name in error messages: GitHub, GitLab, Forgejo. */
  host: string;
  /** API root without a trailing slash. */
  api: string;
  headers: Record<string, string>;
  fetch?: typeof fetch;
}

export type JsonRequest = <T>(method: string, url: string, body?: unknown, options?: { allow404?: boolean }) => Promise<T | undefined>;

export function jsonApi({ host, api, headers, fetch: doFetch = fetch }: JsonApiOptions): JsonRequest {
  return async function request<T>(method: string, url: string, body?: unknown, { allow404 = false } = {}): Promise<T | undefined> {
    const response = await doFetch(url, {
      method,
      headers: { ...headers, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (allow404 && response.status === 404) return undefined;
    if (!response.ok) {
      const text = await response.text().catch(() => '');
      let message = text;
      try {
        const parsed = JSON.parse(text) as { message?: unknown; error?: unknown };
        message = String(parsed.message ?? parsed.error ?? text);
      } catch {
        /* not JSON */
      }
      throw new Error(`${host} ${method} ${url.slice(api.length)}: ${response.status} ${message}`.slice(0, 300));
    }
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
}

/** A repository path with every segment URL-encoded (slashes kept). */
export const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/');

/** Decap's branch for an entry in the editorial workflow (decap-cms-lib-util branchFromContentKey). */
export const cmsBranchName = (collection: string, slug: string) => `cms/${collection}/${slug}`;
