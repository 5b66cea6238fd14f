/**
 * Link integrity over a built site (dist/): every internal link, #fragment, image, stylesheet
 * and script resolves to a file that exists; every link to another site that opens in a new
 * window cannot reach back into ours (rel="noopener"), and links to other sites from content
 * carry rel="noopener noreferrer". Used by scripts/check-links.ts (npm run check:links, part of
 * npm test after the build) and by its unit test on a small fixture.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export type LinkProblem = { page: string; ref: string; problem: string };
export type LinkReport = { pages: number; internal: number; fragments: number; assets: number; external: number; problems: LinkProblem[] };

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? walk(p) : [p];
  });
}

/** The file a site path is served from, as a static host does it (directory → index.html). */
export function resolvePath(dist: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = path.join(dist, decoded);
  if (!file.startsWith(dist)) return undefined;
  const candidates = decoded.endsWith('/') ? [path.join(file, 'index.html')] : [file, path.join(file, 'index.html'), `${file}.html`];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

/** Pages that exist only to send the visitor elsewhere (Astro's redirect pages): checked by the URL manifest test. */
const isRedirectPage = (root: HTMLElement) => !!root.querySelector('meta[http-equiv="refresh"]');

export function checkLinks(distDir: string, siteUrl: string): LinkReport {
  const dist = path.resolve(distDir);
  const site = new URL(siteUrl);
  const htmlFiles = walk(dist).filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const parsed = new Map<string, HTMLElement>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const root = parsed.get(file) ?? parse(fs.readFileSync(file, 'utf8'));
      set = new Set(root.querySelectorAll('[id], a[name]').map((el) => el.getAttribute('id') ?? el.getAttribute('name')!));
      ids.set(file, set);
    }
    return set;
  };
  for (const f of htmlFiles) parsed.set(f, parse(fs.readFileSync(f, 'utf8')));

  const report: LinkReport = { pages: 0, internal: 0, fragments: 0, assets: 0, external: 0, problems: [] };
  for (const file of htmlFiles) {
    const root = parsed.get(file)!;
    if (isRedirectPage(root)) continue;
    report.pages++;
    const pagePath = '/' + path.relative(dist, file).split(path.sep).join('/').replace(/index\.html$/, '');
    const base = new URL(pagePath, site);
    const problem = (ref: string, text: string) => report.problems.push({ page: pagePath, ref, problem: text });

    const refs: Array<{ ref: string; kind: 'link' | 'asset'; el: HTMLElement }> = [];
    for (const el of root.querySelectorAll('a[href], area[href]')) refs.push({ ref: el.getAttribute('href')!, kind: 'link', el });
    for (const el of root.querySelectorAll('link[href]')) {
      const rel = el.getAttribute('rel') ?? '';
      if (/stylesheet|icon|manifest|alternate|preload/.test(rel) && !/canonical/.test(rel)) refs.push({ ref: el.getAttribute('href')!, kind: 'asset', el });
    }
    for (const el of root.querySelectorAll('img[src], script[src], source[src], video[src], audio[src], iframe[src]')) refs.push({ ref: el.getAttribute('src')!, kind: 'asset', el });
    for (const el of root.querySelectorAll('img[srcset], source[srcset]')) {
      for (const part of el.getAttribute('srcset')!.split(',')) {
        const url = part.trim().split(/\s+/)[0];
        if (url) refs.push({ ref: url, kind: 'asset', el });
      }
    }

    for (const { ref, kind, el } of refs) {
      if (/^(mailto|tel|sms|whatsapp):/i.test(ref)) continue;
      if (/^(javascript|data|vbscript):/i.test(ref.trim())) {
        if (!(kind === 'asset' && /^data:image\//i.test(ref))) problem(ref, 'gevaarlijke link');
        continue;
      }
      let url: URL;
      try {
        url = new URL(ref, base);
      } catch {
        problem(ref, 'ongeldige URL');
        continue;
      }
      const internal = url.origin === base.origin || url.origin === site.origin;
      if (!internal) {
        if (!/^https?:$/.test(url.protocol)) continue;
        report.external++;
        const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
        if (el.tagName === 'A' && el.getAttribute('target') === '_blank' && !rel.includes('noopener') && !rel.includes('noreferrer'))
          problem(ref, 'opent in een nieuw venster zonder rel="noopener"');
        if (el.tagName === 'A' && el.closest('.prose') && !(rel.includes('noopener') && rel.includes('noreferrer')))
          problem(ref, 'externe link in de tekst zonder rel="noopener noreferrer"');
        continue;
      }
      if (kind === 'asset') report.assets++;
      else report.internal++;
      const target = url.pathname === base.pathname && kind === 'link' ? file : resolvePath(dist, url.pathname);
      if (!target) {
        problem(ref, kind === 'asset' ? 'bestand bestaat niet' : 'pagina bestaat niet');
        continue;
      }
      // "#/collections/…" is a route inside an app (the CMS), not an anchor.
      if (url.hash.length > 1 && !/^#[/!]/.test(url.hash) && target.endsWith('.html')) {
        report.fragments++;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(target).has(id)) problem(ref, `anker #${id} bestaat niet op die pagina`);
      }
    }
  }
  return report;
}
