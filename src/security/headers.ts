/**
 * HTTP security and caching headers for the static host: the one source for
 *   - dist/_headers (Netlify, Cloudflare Pages and similar hosts), written by the build
 *     (src/integrations/security-headers.ts), and
 *   - the nginx configuration (scripts/nginx-config.ts; deploy/nginx/vief.conf is its output
 *     with the default environment, and the browser tests are served by it).
 *
 * Site pages get a strict Content-Security-Policy: scripts, styles, fonts and images only from
 * the site itself, no inline scripts or styles (Astro is told never to inline stylesheets), no
 * eval. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval' (not 'unsafe-eval').
 * /admin/ (Decap CMS) gets its own policy: Decap injects its styles at run time (CSS-in-JS) and
 * talks to the Git host's API, whose origin comes from the same CMS environment variables the
 * CMS config is made from (cms/config.ts).
 */
import { backendConfig, type CmsEnv } from '../../cms/config';
import siteSettings from '../../content/site.json' with { type: 'json' };

export type HeaderRule = {
  /** Path prefix the rule applies to ("/" = everything). The most specific prefix wins. */
  prefix: string;
  /** Exact path match only (for a single page). */
  exact?: boolean;
  headers: Record<string, string>;
  /** Why: printed as a comment in the generated files. */
  comment: string;
};

const policy = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');

const SITE_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  // Our own pages only: the professionals' page shows the embeddable tip van de week.
  'frame-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  // mailto: for the "Doe mee" form without JavaScript (/doe-mee/, issue 18): it opens the
  // reader's mail program with the filled-in fields; nothing is posted to another website.
  'form-action': ["'self'", 'mailto:'],
  'frame-ancestors': ["'self'"],
};

/**
 * The e-mail edition (/nieuwsbrief/<n>/): MJML writes its layout as inline styles and a <style>
 * element, as every e-mail client needs, so styles may be inline here; nothing else may: no
 * script at all, no fonts, frames or forms. Its images have absolute addresses on the site's own
 * public address (content/site.json `url`), which is 'self' only when served from there.
 */
function nieuwsbriefCsp(): Record<string, string[]> {
  const own = new URL(siteSettings.url).origin;
  return {
    'default-src': ["'none'"],
    'style-src': ["'unsafe-inline'"],
    'img-src': ["'self'", own],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'self'"],
  };
}

/** Origins the CMS talks to: the local decap-server, or the Git host's API and login. */
export function cmsOrigins(env: CmsEnv): string[] {
  const { backend, local_backend } = backendConfig(env);
  const urls = [
    (local_backend as { url?: string } | undefined)?.url,
    backend.proxy_url,
    backend.api_root ?? (backend.name === 'github' ? 'https://api.github.com' : undefined),
    backend.base_url,
  ].filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u));
  const origins = urls.map((u) => new URL(u).origin);
  // The local decap-server (development, tests) may run on any port of this machine.
  if (backend.name === 'proxy') return [...new Set(origins.map((o) => o.replace(/:\d+$/, ':*')))];
  return [...new Set(origins)];
}

function adminCsp(env: CmsEnv): string {
  const origins = cmsOrigins(env);
  return policy({
    'default-src': ["'self'"],
    // Decap validates its config with ajv, which compiles schemas with new Function():
    // 'unsafe-eval' is needed here (measured: without it the CMS stops with an EvalError).
    // Only on /admin/, which shows no reader content and whose scripts come from this site.
    'script-src': ["'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
    // Decap (emotion) injects <style> elements at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Photos being uploaded are shown as blob: URLs; from a Git host they come through its API.
    'img-src': ["'self'", 'data:', 'blob:', ...origins],
    'media-src': ["'self'", 'blob:', ...origins],
    'font-src': ["'self'", 'data:'],
    // blob:: Decap's local backup of an unsaved entry reads the entry's media files back from their
    // blob: URLs; refused, the whole backup fails and an interrupted editor loses the text (issue 8).
    'connect-src': ["'self'", 'blob:', ...origins],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'", ...origins],
    'frame-ancestors': ["'none'"],
  });
}

/** One year. Browsers ignore the header on plain http (RFC 6797 §8.1), so it is harmless there. */
export const HSTS = 'max-age=31536000';

/**
 * Headers every response gets. HSTS (issue 15): once a reader's browser has seen the site over
 * HTTPS it never uses plain http again for a year. Opt-out for a host without HTTPS: HSTS=uit
 * in the environment of the build / nginx:config (README, "Beveiligingsheaders").
 */
function common(env: HeaderEnv): Record<string, string> {
  return { ...COMMON, ...(/^(uit|off|nee|0|false)$/i.test(env.HSTS ?? '') ? {} : { 'Strict-Transport-Security': HSTS }) };
}

export type HeaderEnv = CmsEnv & { HSTS?: string };

const COMMON: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function headerRules(env: HeaderEnv = {}): HeaderRule[] {
  const COMMON = common(env);
  const site = { 'Content-Security-Policy': policy(SITE_CSP), ...COMMON };
  return [
    { prefix: '/', comment: 'Site pages: strict policy; HTML is revalidated on every visit so news and the agenda are current.', headers: { ...site, 'Cache-Control': NO_CACHE } },
    { prefix: '/_astro/', comment: 'Files with a content hash in their name never change.', headers: { ...site, 'Cache-Control': IMMUTABLE } },
    { prefix: '/pagefind/', comment: 'Search index: fragments are hashed, the entry file is not; revalidate.', headers: { ...site, 'Cache-Control': NO_CACHE } },
    {
      prefix: '/tips/tip-van-de-week/',
      comment: 'The embeddable "tip van de week": partners may show it in an iframe.',
      headers: { ...site, 'Content-Security-Policy': policy({ ...SITE_CSP, 'frame-ancestors': ['*'] }), 'Cross-Origin-Opener-Policy': 'unsafe-none', 'Cache-Control': NO_CACHE },
    },
    {
      prefix: '/insluiten/',
      comment: 'The embeddable agenda (issue 18): partners may show it in an iframe.',
      headers: { ...site, 'Content-Security-Policy': policy({ ...SITE_CSP, 'frame-ancestors': ['*'] }), 'Cross-Origin-Opener-Policy': 'unsafe-none', 'Cache-Control': NO_CACHE },
    },
    {
      prefix: '/nieuwsbrief/',
      comment: 'The e-mail edition as it is sent (issue 19): e-mail HTML has inline styles; it runs no script and shows only our own images.',
      // The articles themselves are the pages to find; the e-mail is a copy for checking and forwarding.
      headers: { ...site, 'Content-Security-Policy': policy(nieuwsbriefCsp()), 'X-Robots-Tag': 'noindex', 'Cache-Control': NO_CACHE },
    },
    {
      prefix: '/admin/',
      comment: 'Decap CMS: its own policy; never indexed, never framed.',
      headers: { 'Content-Security-Policy': adminCsp(env), ...COMMON, 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': NO_CACHE },
    },
    {
      prefix: '/admin/decap/',
      comment: 'The Decap bundle sits in a folder named after its version (/admin/decap/3.16.3/): a file never changes at its address.',
      headers: { 'Content-Security-Policy': adminCsp(env), ...COMMON, 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': IMMUTABLE },
    },
  ];
}

/** The rule for a path: the most specific matching prefix (as nginx's longest prefix location). */
export function ruleFor(rules: HeaderRule[], pathname: string): HeaderRule | undefined {
  return rules
    .filter((r) => (r.exact ? pathname === r.prefix : pathname.startsWith(r.prefix)))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
}

/** The _headers file (Netlify / Cloudflare Pages syntax). Later rules add to earlier ones there, so each path lists all. */
export function toHeadersFile(rules: HeaderRule[]): string {
  const lines = [
    '# Gemaakt door de build (src/security/headers.ts): beveiligings- en cacheheaders.',
    '# Syntaxis van Cloudflare Pages / Netlify; "! Naam" haalt een header van een bredere regel weg.',
  ];
  for (const r of rules) {
    lines.push('', `# ${r.comment}`, r.exact ? r.prefix : `${r.prefix}*`);
    // Netlify merges matching rules; "! Header" clears a value set by a broader rule.
    if (r.prefix !== '/') lines.push('  ! Content-Security-Policy', '  ! Cache-Control', '  ! Cross-Origin-Opener-Policy');
    for (const [k, v] of Object.entries(r.headers)) lines.push(`  ${k}: ${v}`);
  }
  return lines.join('\n') + '\n';
}

const nginxQuote = (v: string) => `"${v.replace(/(["\\$])/g, '\\$1')}"`;

/**
 * The server-level part of an nginx configuration: include it in a `server { listen …; root …; }`
 * block. nginx does not inherit add_header into a location that has its own, so every location
 * lists the full set.
 */
export function toNginx(rules: HeaderRule[]): string {
  const out = [
    '# Gemaakt door scripts/nginx-config.ts uit src/security/headers.ts: niet met de hand bewerken.',
    '# Gebruik: binnen een server { listen …; server_name …; root /pad/naar/dist; include vief.conf; }',
    'index index.html;',
    'absolute_redirect off;',
    'server_tokens off;',
    'charset utf-8;',
    'charset_types text/plain text/css application/javascript application/json text/calendar application/rss+xml text/xml image/svg+xml;',
    'gzip on;',
    '# The build writes .gz copies of the CMS bundle and hashed assets (src/integrations/precompress.ts).',
    'gzip_static on;',
    'gzip_vary on;',
    'gzip_comp_level 5;',
    'gzip_types text/css application/javascript application/json text/calendar application/rss+xml text/xml image/svg+xml application/wasm;',
    '# The standard types plus the ones nginx does not know (agenda feeds).',
    'include mime.types;',
    'types { text/calendar ics; application/manifest+json webmanifest; }',
    'log_not_found off;',
    '# A folder without a page is "not found" to a reader, not "forbidden".',
    'error_page 403 404 =404 /404.html;',
    '# Files for other hosts, not for readers.',
    'location ~ ^/_(headers|redirects)$ { return 404; }',
  ];
  for (const r of rules) {
    out.push('', `# ${r.comment}`, `location ${r.exact ? '= ' : ''}${r.prefix} {`);
    for (const [k, v] of Object.entries(r.headers)) out.push(`  add_header ${k} ${nginxQuote(v)} always;`);
    out.push('}');
  }
  return out.join('\n') + '\n';
}
