/**
 * The link checker (issue 8, point 4) on a small hand-made dist/: every kind of broken or unsafe
 * link is reported with its page, and a sound site passes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/link-check';

const SITE = 'https://vief-mvs.nl';
const dirs: string[] = [];
function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-links-'));
  dirs.push(dir);
  for (const [name, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), html);
  }
  return dir;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const page = (body: string) => `<!doctype html><html lang="nl"><head><title>t</title></head><body>${body}</body></html>`;

const sound = {
  'index.html': page('<a href="/artikelen/een/">Een</a> <a href="/artikelen/een/#stap-2">Stap 2</a> <a href="#top" id="top">boven</a> <img src="/_astro/foto.webp" srcset="/_astro/foto.webp 400w, /_astro/foto-800.webp 800w" alt=""> <a href="tel:0101234567">bel</a>'),
  'artikelen/een/index.html': page('<h2 id="stap-2">Stap 2</h2><div class="prose"><a href="https://www.example.org/" rel="noopener noreferrer">extern</a></div><a href="/admin/#/collections/tips">CMS</a>'),
  'admin/index.html': page(''),
  '_astro/foto.webp': 'x',
  '_astro/foto-800.webp': 'x',
  'oud/index.html': '<!doctype html><meta http-equiv="refresh" content="0;url=/bestaat-niet/"><a href="/bestaat-niet/">verder</a>',
};

describe('link checker', () => {
  it('passes a site whose links, anchors and images all exist', () => {
    const r = checkLinks(site(sound), SITE);
    expect(r.problems).toEqual([]);
    expect(r.pages).toBe(3); // the redirect page is left to the URL manifest test
    expect(r.internal).toBeGreaterThanOrEqual(4);
    expect(r.fragments).toBe(2);
    expect(r.assets).toBe(3);
    expect(r.external).toBe(1);
  });

  it('reports a missing page, a missing anchor, a missing image and unsafe external links, each with its page', () => {
    const dir = site({
      ...sound,
      'index.html': page(
        [
          '<a href="/artikelen/twee/">weg</a>',
          '<a href="/artikelen/een/#stap-9">anker</a>',
          '<img src="/_astro/kwijt.webp" alt="">',
          '<img src="/_astro/foto.webp" srcset="/_astro/foto.webp 1x, /_astro/kwijt-2x.webp 2x" alt="">',
          '<a href="https://www.example.org/" target="_blank">nieuw venster</a>',
          '<div class="prose"><a href="https://www.example.org/x">in de tekst</a></div>',
          '<a href="javascript:alert(1)">klik</a>',
          `<a href="${SITE}/ook-weg/">absoluut</a>`,
        ].join(''),
      ),
    });
    const r = checkLinks(dir, SITE);
    const found = r.problems.map((p) => `${p.page} ${p.ref} ${p.problem}`);
    expect(new Set(found)).toEqual(new Set([
      '/ /artikelen/twee/ pagina bestaat niet',
      '/ /artikelen/een/#stap-9 anker #stap-9 bestaat niet op die pagina',
      `/ ${SITE}/ook-weg/ pagina bestaat niet`,
      '/ /_astro/kwijt.webp bestand bestaat niet',
      '/ /_astro/kwijt-2x.webp bestand bestaat niet',
      '/ https://www.example.org/ opent in een nieuw venster zonder rel="noopener"',
      '/ https://www.example.org/x externe link in de tekst zonder rel="noopener noreferrer"',
      '/ javascript:alert(1) gevaarlijke link',
    ]));
    expect(found).toHaveLength(8);
  });
});
