/**
 * "A published URL never dies" (issue 5, DESIGN.md › URLs).
 *
 * - content/url-manifest.json: every URL the site has ever published (append-only, committed).
 * - content/redirects.json: {from, to} entries left behind when a slug is renamed or a page removed;
 *   the build turns them into redirect pages (Astro `redirects`, see src/integrations/tips-and-links.ts)
 *   and a `_redirects` file for hosts that can answer with a real 301.
 * - checkManifest(): after a build, every manifest URL must resolve in dist/, following redirect
 *   pages to a real page. A rename without a redirect fails it.
 *
 * Pure Node (fs/path only, no Astro): used by the build integration, scripts/url-manifest.mjs,
 * the unit tests and the browser tests. Messages are Dutch because editors read them.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Redirect {
  from: string;
  to: string;
}

// ---------------------------------------------------------------------------------------------
// Redirects (content/redirects.json)

/** Only site paths: "/tips/oude-naam/". No scheme, no host, no query or fragment, no "..". */
const SITE_PATH = /^\/(?:[a-z0-9._~!$&'()*+,;=:@%-]+\/?)*$/i;

/** "/tips/x" and "/tips/x/" are the same page (directory format); compare without the slash. */
export function pathKey(p: string): string {
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

/** Check the redirects file's content; returns the list and Dutch problems (empty when fine). */
export function validateRedirects(raw: unknown): { redirects: Redirect[]; problems: string[] } {
  const problems: string[] = [];
  const list = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { redirects?: unknown }).redirects : raw;
  if (!Array.isArray(list)) return { redirects: [], problems: ['het bestand moet een lijst "redirects" bevatten met regels {"from": "/oud/", "to": "/nieuw/"}'] };
  const redirects: Redirect[] = [];
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const n = i + 1;
    if (!item || typeof item !== 'object') return problems.push(`regel ${n}: moet de vorm {"from": "/oud/", "to": "/nieuw/"} hebben`);
    const { from, to } = item as Record<string, unknown>;
    if (typeof from !== 'string' || !SITE_PATH.test(from) || from.includes('..'))
      return problems.push(`regel ${n}: "from" moet een adres op de site zijn dat met / begint, zoals /tips/oude-naam/ (nu: ${JSON.stringify(from)})`);
    if (typeof to !== 'string' || !SITE_PATH.test(to) || to.includes('..'))
      return problems.push(`regel ${n}: "to" moet een adres op de site zijn dat met / begint, zoals /tips/nieuwe-naam/ (nu: ${JSON.stringify(to)})`);
    if (pathKey(from) === '/') return problems.push(`regel ${n}: de voorpagina kan niet worden doorgestuurd`);
    if (pathKey(from) === pathKey(to)) return problems.push(`regel ${n}: "from" en "to" zijn hetzelfde adres (${from})`);
    const earlier = seen.get(pathKey(from));
    if (earlier) return problems.push(`regel ${n}: ${from} staat ook al in regel ${earlier}; een oud adres kan maar naar één nieuw adres gaan`);
    seen.set(pathKey(from), n);
    redirects.push({ from, to });
  });
  if (problems.length === 0) {
    try {
      flattenRedirects(redirects);
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  return { redirects, problems };
}

/**
 * Follow chains (a→b and later b→c gives a→c), so every redirect page goes straight to its final
 * page. Throws (Dutch) on a loop.
 */
export function flattenRedirects(redirects: readonly Redirect[]): Redirect[] {
  const next = new Map(redirects.map((r) => [pathKey(r.from), r.to]));
  return redirects.map((r) => {
    let to = r.to;
    const visited = new Set([pathKey(r.from)]);
    while (next.has(pathKey(to))) {
      if (visited.has(pathKey(to))) throw new Error(`de doorverwijzingen vormen een kring: ${[...visited, pathKey(to)].join(' → ')}`);
      visited.add(pathKey(to));
      to = next.get(pathKey(to))!;
    }
    return { from: r.from, to };
  });
}

/** Read and validate a redirects file; a missing file means "no redirects". Throws with every problem. */
export function readRedirects(file: string): Redirect[] {
  if (!fs.existsSync(file)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file} is geen geldige JSON: ${(e as Error).message}`);
  }
  const { redirects, problems } = validateRedirects(raw);
  if (problems.length) throw new Error(`${file} bevat ${problems.length === 1 ? 'een fout' : `${problems.length} fouten`}:\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`);
  return flattenRedirects(redirects);
}

/** The `redirects` option for Astro's config: keys without trailing slash (Astro's route form). */
export function astroRedirects(redirects: readonly Redirect[]): Record<string, { status: 301; destination: string }> {
  return Object.fromEntries(flattenRedirects(redirects).map((r) => [pathKey(r.from), { status: 301, destination: r.to }]));
}

// ---------------------------------------------------------------------------------------------
// Published URLs in a build (dist/)

/** Folders and files in dist/ that are not pages someone links to. */
const SKIP_DIRS = new Set(['_astro', 'pagefind', 'admin']);
const PUBLISHED_EXT = /\.(html|xml|ics|txt|json)$/;

/** Every page and feed URL in a built site, sorted. index.html files give "/dir/". */
export function listPublishedUrls(distDir: string): string[] {
  const urls: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
      if (entry.isDirectory()) {
        if (rel === '' && SKIP_DIRS.has(entry.name)) continue;
        walk(path.join(dir, entry.name), `${rel}/${entry.name}`);
      } else if (PUBLISHED_EXT.test(entry.name) && !(rel === '' && entry.name === '404.html')) {
        urls.push(entry.name === 'index.html' ? `${rel}/` : `${rel}/${entry.name}`);
      }
    }
  };
  walk(distDir, '');
  return urls.sort();
}

/** The target of a redirect page (<meta http-equiv="refresh" content="0;url=...">), if it is one. */
export function redirectTarget(html: string): string | undefined {
  const meta = /<meta\b[^>]*http-equiv=["']?refresh["']?[^>]*>/i.exec(html)?.[0];
  if (!meta) return undefined;
  const content = /content=(["'])(.*?)\1/i.exec(meta)?.[2];
  const url = content && /url\s*=\s*(.+)$/i.exec(content)?.[1]?.trim();
  return url ? url.replace(/&amp;/g, '&') : undefined;
}

/** The file in dist/ that serves `urlPath` (as static hosts and `astro preview` do), if any. */
export function fileFor(distDir: string, urlPath: string): string | undefined {
  let p: string;
  try {
    p = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
  if (!p.startsWith('/') || p.split('/').includes('..')) return undefined;
  const candidates = p.endsWith('/') ? [`${p}index.html`] : [p, `${p}/index.html`, `${p}.html`];
  for (const c of candidates) {
    const file = path.join(distDir, c);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return undefined;
}

export type Resolution =
  | { ok: true; url: string; final: string; hops: string[] }
  | { ok: false; url: string; reason: string; hops: string[] };

/**
 * Does `url` lead to a real page in dist/? Redirect pages are followed (at most 5 hops); a target on
 * another site counts as resolved (we cannot check it here). `site` is the site's origin, so an
 * absolute link to our own domain is followed as a path.
 */
export function resolveUrl(distDir: string, url: string, site?: string): Resolution {
  const hops: string[] = [];
  let current = url;
  for (let i = 0; i <= 5; i++) {
    if (hops.includes(pathKey(current))) return { ok: false, url, reason: `doorverwijzingen in een kring: ${[...hops, current].join(' → ')}`, hops };
    hops.push(pathKey(current));
    const file = fileFor(distDir, current);
    if (!file) return { ok: false, url, reason: i === 0 ? 'bestaat niet meer' : `wordt doorgestuurd naar ${current}, maar die pagina bestaat niet`, hops };
    if (!file.endsWith('.html')) return { ok: true, url, final: current, hops };
    const target = redirectTarget(fs.readFileSync(file, 'utf8'));
    if (!target) return { ok: true, url, final: current, hops };
    const resolved = new URL(target, new URL(current, site ?? 'http://localhost'));
    if (site ? resolved.origin !== new URL(site).origin : !target.startsWith('/')) return { ok: true, url, final: resolved.href, hops };
    current = resolved.pathname;
  }
  return { ok: false, url, reason: 'te veel doorverwijzingen achter elkaar', hops };
}

export interface ManifestCheck {
  /** Manifest URLs that no longer lead to a page: the build test fails on these. */
  broken: Array<{ url: string; reason: string }>;
  /** URLs in this build that the manifest does not list yet (run `update` to record them). */
  unrecorded: string[];
}

/** Compare a manifest with a build. */
export function checkManifest(distDir: string, manifest: readonly string[], site?: string): ManifestCheck {
  const broken = manifest
    .map((url) => resolveUrl(distDir, url, site))
    .filter((r): r is Extract<Resolution, { ok: false }> => !r.ok)
    .map(({ url, reason }) => ({ url, reason }));
  const recorded = new Set(manifest.map(pathKey));
  const unrecorded = listPublishedUrls(distDir).filter((u) => !recorded.has(pathKey(u)));
  return { broken, unrecorded };
}

/** Human-readable report of a failed check (Dutch), with what to do about it. */
export function formatBroken(broken: ManifestCheck['broken'], redirectsFile = 'content/redirects.json'): string {
  const lines = broken.map((b) => `  ✗ ${b.url}: ${b.reason}`);
  return (
    `${broken.length === 1 ? '1 adres dat ooit is gepubliceerd, werkt' : `${broken.length} adressen die ooit zijn gepubliceerd, werken`} niet meer:\n${lines.join('\n')}\n` +
    `Een gepubliceerd adres mag nooit verdwijnen. Is een stuk hernoemd of verwijderd? Zet dan in ${redirectsFile} een regel\n` +
    `  {"from": "<oud adres>", "to": "<nieuw adres>"}\n` +
    `(bij verwijderen: naar de overzichtspagina, zoals /tips/) en bouw de site opnieuw.`
  );
}

// ---------------------------------------------------------------------------------------------
// The manifest file (content/url-manifest.json)

export interface ManifestFile {
  toelichting: string;
  urls: string[];
}

export const MANIFEST_NOTE =
  'Elk adres dat de site ooit heeft gepubliceerd. Alleen aanvullen, nooit weghalen: de bouwtest controleert dat elk adres hier nog werkt. ' +
  'Hernoemd of verwijderd? Zet een doorverwijzing in redirects.json. Aanvullen na een build: npm run urls:update (of node scripts/url-manifest.mjs update).';

export function readManifest(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<ManifestFile> | string[];
  const urls = Array.isArray(raw) ? raw : raw.urls;
  if (!Array.isArray(urls) || urls.some((u) => typeof u !== 'string' || !u.startsWith('/'))) throw new Error(`${file}: "urls" moet een lijst van adressen zijn die met / beginnen`);
  return urls;
}

/** Append-only union, sorted; "/x" and "/x/" count as one (the first spelling wins). */
export function mergeManifest(existing: readonly string[], found: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const u of [...existing, ...found]) if (!byKey.has(pathKey(u))) byKey.set(pathKey(u), u);
  return [...byKey.values()].sort();
}

export function writeManifest(file: string, urls: readonly string[]): void {
  const body: ManifestFile = { toelichting: MANIFEST_NOTE, urls: [...urls] };
  fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
}

// ---------------------------------------------------------------------------------------------
// Host redirect file

/**
 * A `_redirects` file (Netlify / Cloudflare Pages syntax) listing every redirect page in dist/, so
 * a host that reads it answers with a real HTTP 301 instead of the HTML meta refresh. Hosts
 * without such a file still work through the redirect pages themselves.
 */
export function hostRedirects(distDir: string, site?: string): string {
  const lines: string[] = [];
  for (const url of listPublishedUrls(distDir)) {
    if (!url.endsWith('/')) continue;
    const file = fileFor(distDir, url);
    const target = file && redirectTarget(fs.readFileSync(file, 'utf8'));
    if (!target) continue;
    const to = site && target.startsWith(site) ? new URL(target).pathname : target;
    lines.push(`${pathKey(url)} ${to} 301`);
  }
  return `# Gemaakt door de build (src/lib/url-manifest.ts): vaste links en doorverwijzingen.\n${lines.join('\n')}\n`;
}
