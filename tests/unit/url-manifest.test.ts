/**
 * "A published URL never dies": manifest check logic on small hand-made dist/ folders,
 * redirects.json validation and the host `_redirects` file. The real-build rename scenario is in
 * url-manifest.build.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  astroRedirects,
  checkManifest,
  flattenRedirects,
  formatBroken,
  hostRedirects,
  listPublishedUrls,
  mergeManifest,
  readManifest,
  readRedirects,
  redirectTarget,
  resolveUrl,
  validateRedirects,
  writeManifest,
} from '../../src/lib/url-manifest';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A fake dist/ from {relative path: content}. */
function dist(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-dist-'));
  dirs.push(root);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), content);
  }
  return root;
}
const page = (title: string) => `<!doctype html><html lang="nl"><title>${title}</title><h1>${title}</h1></html>`;
const astroRedirect = (to: string) => `<!doctype html>\n<title>Redirecting to: ${to}</title>\n<meta http-equiv="refresh" content="0;url=${to}">\n<meta name="robots" content="noindex">`;
const ourRedirect = (to: string) => `<html lang="nl"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${to}"><link rel="canonical" href="https://vief-mvs.nl${to}"></head></html>`;

describe('listing a build', () => {
  it('lists pages and feeds, not assets, search index, CMS or the 404 page', () => {
    const d = dist({
      'index.html': page('Home'),
      'tips/index.html': page('Tips'),
      'tips/a/index.html': page('A'),
      't/a1/index.html': ourRedirect('/tips/a/'),
      'rss.xml': '<rss/>',
      'agenda.ics': 'BEGIN:VCALENDAR',
      'robots.txt': 'User-agent: *',
      '404.html': page('Weg'),
      '_redirects': '/x /y 301',
      '_astro/app.css': 'body{}',
      'pagefind/pagefind.js': '',
      'admin/index.html': page('CMS'),
      'tips/og/a1.png': 'png',
      'favicon.svg': '<svg/>',
    });
    expect(listPublishedUrls(d)).toEqual(['/', '/agenda.ics', '/robots.txt', '/rss.xml', '/t/a1/', '/tips/', '/tips/a/']);
  });
});

describe('redirect pages', () => {
  it('reads the target of Astro’s and our own redirect pages', () => {
    expect(redirectTarget(astroRedirect('/tips/b/'))).toBe('/tips/b/');
    expect(redirectTarget(ourRedirect('/tips/b/'))).toBe('/tips/b/');
    expect(redirectTarget(`<meta content='0; URL=/x/?a=1&amp;b=2' http-equiv='refresh'>`)).toBe('/x/?a=1&b=2');
    expect(redirectTarget(page('Geen doorverwijzing'))).toBeUndefined();
  });
});

describe('resolving URLs in a build', () => {
  const d = () =>
    dist({
      'tips/nieuw/index.html': page('Nieuw'),
      'tips/oud/index.html': astroRedirect('/tips/nieuw/'),
      't/a1/index.html': ourRedirect('/tips/oud/'),
      'tips/weg/index.html': astroRedirect('/tips/bestaat-niet/'),
      'kring/a/index.html': astroRedirect('/kring/b/'),
      'kring/b/index.html': astroRedirect('/kring/a/'),
      'extern/index.html': astroRedirect('https://example.org/'),
      'eigen/index.html': astroRedirect('https://vief-mvs.nl/tips/nieuw/'),
      'rss.xml': '<rss/>',
    });

  it('finds pages with and without trailing slash, and files', () => {
    const root = d();
    expect(resolveUrl(root, '/tips/nieuw/')).toMatchObject({ ok: true, final: '/tips/nieuw/' });
    expect(resolveUrl(root, '/tips/nieuw')).toMatchObject({ ok: true });
    expect(resolveUrl(root, '/rss.xml')).toMatchObject({ ok: true });
    expect(resolveUrl(root, '/tips/nieuw/?utm=x#stappen')).toMatchObject({ ok: true });
  });

  it('follows redirect pages to the real page (short link → old slug → new slug)', () => {
    const r = resolveUrl(d(), '/t/a1');
    expect(r).toMatchObject({ ok: true, final: '/tips/nieuw/' });
    expect(r.hops).toEqual(['/t/a1', '/tips/oud', '/tips/nieuw']);
  });

  it('fails for a missing page, a redirect to a missing page and a loop', () => {
    const root = d();
    expect(resolveUrl(root, '/tips/nergens/')).toMatchObject({ ok: false, reason: 'bestaat niet meer' });
    expect(resolveUrl(root, '/tips/weg/')).toMatchObject({ ok: false });
    expect((resolveUrl(root, '/tips/weg/') as { reason: string }).reason).toContain('/tips/bestaat-niet/');
    expect((resolveUrl(root, '/kring/a/') as { reason: string }).reason).toContain('kring');
  });

  it('treats our own domain as a path and another site as resolved', () => {
    const root = d();
    expect(resolveUrl(root, '/eigen/', 'https://vief-mvs.nl')).toMatchObject({ ok: true, final: '/tips/nieuw/' });
    expect(resolveUrl(root, '/extern/', 'https://vief-mvs.nl')).toMatchObject({ ok: true, final: 'https://example.org/' });
  });

  it('never looks outside dist/', () => {
    expect(resolveUrl(d(), '/../../etc/passwd')).toMatchObject({ ok: false });
    expect(resolveUrl(d(), '/%E0%A4%A')).toMatchObject({ ok: false });
  });
});

describe('checking a build against the manifest', () => {
  it('passes when every recorded URL resolves, and reports new ones as unrecorded', () => {
    const root = dist({ 'index.html': page('Home'), 'tips/a/index.html': page('A'), 'tips/b/index.html': page('B') });
    expect(checkManifest(root, ['/', '/tips/a/'])).toEqual({ broken: [], unrecorded: ['/tips/b/'] });
  });

  it('rename without redirect: the old URL is broken', () => {
    const root = dist({ 'index.html': page('Home'), 'tips/antislipmat/index.html': page('A') });
    const result = checkManifest(root, ['/', '/tips/antislip/']);
    expect(result.broken).toEqual([{ url: '/tips/antislip/', reason: 'bestaat niet meer' }]);
    expect(formatBroken(result.broken)).toContain('content/redirects.json');
  });

  it('rename with redirect: the old URL keeps working', () => {
    const root = dist({ 'index.html': page('Home'), 'tips/antislipmat/index.html': page('A'), 'tips/antislip/index.html': astroRedirect('/tips/antislipmat/') });
    expect(checkManifest(root, ['/', '/tips/antislip/']).broken).toEqual([]);
  });
});

describe('the manifest file', () => {
  it('only grows: merging keeps old URLs, adds new ones, no duplicates with or without slash', () => {
    expect(mergeManifest(['/b/', '/a/'], ['/a', '/c/'])).toEqual(['/a/', '/b/', '/c/']);
  });

  it('writes and reads back, with a Dutch note for editors', () => {
    const root = dist({});
    const file = path.join(root, 'url-manifest.json');
    expect(readManifest(file)).toEqual([]);
    writeManifest(file, ['/', '/tips/']);
    expect(readManifest(file)).toEqual(['/', '/tips/']);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).toelichting).toMatch(/nooit weghalen/);
    fs.writeFileSync(file, JSON.stringify({ urls: ['tips/'] }));
    expect(() => readManifest(file)).toThrow(/met \/ beginnen/);
  });
});

describe('content/redirects.json', () => {
  it('accepts {redirects: [{from, to}]}', () => {
    expect(validateRedirects({ redirects: [{ from: '/tips/oud/', to: '/tips/nieuw/' }] })).toEqual({ redirects: [{ from: '/tips/oud/', to: '/tips/nieuw/' }], problems: [] });
    expect(validateRedirects({ redirects: [] }).problems).toEqual([]);
  });

  it('explains every mistake in Dutch', () => {
    const { problems } = validateRedirects({
      redirects: [
        { from: 'tips/oud/', to: '/tips/nieuw/' },
        { from: '/tips/a/', to: 'https://example.org/' },
        { from: '/tips/b/', to: '/tips/b' },
        { from: '/', to: '/tips/' },
        { from: '/tips/c/', to: '/tips/d/' },
        { from: '/tips/c', to: '/tips/e/' },
        'onzin',
      ],
    });
    expect(problems).toHaveLength(6); // regel 5 is fine
    expect(problems[0]).toMatch(/^regel 1: "from" moet een adres op de site zijn/);
    expect(problems[1]).toMatch(/^regel 2: "to"/);
    expect(problems[2]).toMatch(/hetzelfde adres/);
    expect(problems[3]).toMatch(/voorpagina/);
    expect(problems[4]).toMatch(/^regel 6: .*staat ook al in regel 5/);
    expect(problems[5]).toMatch(/^regel 7: moet de vorm/);
    expect(validateRedirects({ nee: 1 }).problems[0]).toMatch(/lijst "redirects"/);
  });

  it('follows chains to the final page and refuses loops', () => {
    expect(flattenRedirects([{ from: '/a/', to: '/b/' }, { from: '/b/', to: '/c/' }])).toEqual([{ from: '/a/', to: '/c/' }, { from: '/b/', to: '/c/' }]);
    expect(validateRedirects({ redirects: [{ from: '/a/', to: '/b/' }, { from: '/b/', to: '/a/' }] }).problems[0]).toMatch(/kring/);
  });

  it('becomes Astro redirects (route keys without trailing slash, status 301)', () => {
    expect(astroRedirects([{ from: '/tips/oud/', to: '/tips/nieuw/' }])).toEqual({ '/tips/oud': { status: 301, destination: '/tips/nieuw/' } });
  });

  it('reads a file: missing means none, broken JSON or content stops with a clear message', () => {
    const root = dist({ 'ok.json': JSON.stringify({ redirects: [{ from: '/a/', to: '/b/' }] }), 'kapot.json': '{', 'fout.json': JSON.stringify({ redirects: [{ from: 'a', to: '/b/' }] }) });
    expect(readRedirects(path.join(root, 'nergens.json'))).toEqual([]);
    expect(readRedirects(path.join(root, 'ok.json'))).toEqual([{ from: '/a/', to: '/b/' }]);
    expect(() => readRedirects(path.join(root, 'kapot.json'))).toThrow(/geen geldige JSON/);
    expect(() => readRedirects(path.join(root, 'fout.json'))).toThrow(/een fout:\n {2}✗ regel 1/);
  });
});

describe('host redirect file', () => {
  it('lists every redirect page as a 301 rule, paths only', () => {
    const root = dist({
      'tips/nieuw/index.html': page('Nieuw'),
      'tips/oud/index.html': astroRedirect('/tips/nieuw/'),
      't/a1/index.html': ourRedirect('/tips/nieuw/'),
      'eigen/index.html': astroRedirect('https://vief-mvs.nl/tips/nieuw/'),
    });
    const lines = hostRedirects(root, 'https://vief-mvs.nl').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual(['/eigen /tips/nieuw/ 301', '/t/a1 /tips/nieuw/ 301', '/tips/oud /tips/nieuw/ 301']);
  });
});
