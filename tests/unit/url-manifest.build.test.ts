/**
 * Build test (issue 5): a published URL never dies. Builds the fixture site twice, after renaming
 * the tip antislip.md to antislipmat.md (its kortId val1 stays):
 *   renamed — no redirect,
 *   fixed   — plus {"from": "/tips/antislip/", "to": "/tips/antislipmat/"} in redirects.json.
 * The manifest is what the site published before the rename: every URL of the fixed build, with
 * the old tip URL instead of the new one. The check must fail on "renamed" (only for the old tip
 * URL) and pass on "fixed"; the permanent /t/val1 link leads to the tip in both builds.
 *
 * The "fixed" build also carries a phone photo (4032×3024, generated) placed in the article's text
 * with ::foto, as "+ Foto" in the CMS writes it (issue 16): it must be served with a srcset and no
 * file of it over 250 KB. (One build checks both, to keep the build tier short.)
 *
 * Each build gets its own content copy, Astro root, outDir and cacheDir inside the project (tmp/,
 * git-ignored; tests/isolated-build.ts), so it never touches dist/ or .astro/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkManifest, listPublishedUrls, resolveUrl } from '../../src/lib/url-manifest';
import { isolatedBuild } from '../isolated-build';
import { makePhonePhoto } from '../e2e/cms-harness';
import { COLUMN_IMAGE } from '../../src/lib/image-sizes';

const root = process.cwd();
const fixtures = path.join(root, 'tests/fixtures/content');
const site = JSON.parse(fs.readFileSync(path.join(root, 'content/site.json'), 'utf8')).url as string;
let work = '';
/** The build's clock: fixed, so the result does not depend on the day the test runs. */
const BUILD_NOW = '2026-12-01T12:00:00Z';

async function build(name: string, prepare: (content: string) => void | Promise<void>): Promise<string> {
  const content = path.join(work, name, 'content');
  fs.cpSync(fixtures, content, { recursive: true });
  await prepare(content);
  return isolatedBuild(work, name, content, { BUILD_NOW }).then((r) => {
    if (!r.ok) throw new Error(`build "${name}" failed (${r.code}):\n${r.log.slice(-3000)}`);
    return r.outDir;
  });
}

const rename = (content: string) => fs.renameSync(path.join(content, 'tips/antislip.md'), path.join(content, 'tips/antislipmat.md'));

let renamed = '';
let fixed = '';
let published: string[] = [];
let phoneBytes = 0;

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  work = fs.mkdtempSync(path.join(root, 'tmp', 'url-manifest-'));
  renamed = await build('renamed', rename);
  fixed = await build('fixed', async (content) => {
    rename(content);
    phoneBytes = await makePhonePhoto(path.join(content, 'media/telefoonfoto.jpg'));
    fs.appendFileSync(path.join(content, 'artikelen/wandelen-in-de-polder.md'), '\n::foto{src="../media/telefoonfoto.jpg" alt="Een bankje aan het water" bijschrift="Foto: Ria"}\n');
    fs.writeFileSync(path.join(content, 'redirects.json'), JSON.stringify({ redirects: [{ from: '/tips/antislip/', to: '/tips/antislipmat/' }] }));
  });
  published = listPublishedUrls(fixed).filter((u) => u !== '/tips/antislipmat/');
}, 300_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('renaming a tip’s slug', () => {
  it('the manifest of before the rename holds the old tip URL, its short link and the rest of the site', () => {
    expect(published).toContain('/tips/antislip/');
    expect(published).toContain('/t/val1/');
    expect(published.length).toBeGreaterThan(10);
  });

  it('without a redirect, the manifest check fails on exactly the old URL', () => {
    const { broken, unrecorded } = checkManifest(renamed, published, site);
    expect(broken).toEqual([{ url: '/tips/antislip/', reason: 'bestaat niet meer' }]);
    expect(unrecorded).toContain('/tips/antislipmat/');
  });

  it('with a redirect in redirects.json, every published URL still works and the old one leads to the new page', () => {
    expect(checkManifest(fixed, published, site).broken).toEqual([]);
    expect(resolveUrl(fixed, '/tips/antislip/', site)).toMatchObject({ ok: true, final: '/tips/antislipmat/' });
  });

  it('the permanent short link follows the tip to its new slug in both builds', () => {
    for (const dist of [renamed, fixed]) expect(resolveUrl(dist, '/t/val1', site)).toMatchObject({ ok: true, final: '/tips/antislipmat/' });
  });

  it('the host redirect file lists the short link and the rename as 301s', () => {
    const rules = fs.readFileSync(path.join(fixed, '_redirects'), 'utf8');
    expect(rules).toContain('/t/val1 /tips/antislipmat/ 301');
    expect(rules).toContain('/tips/antislip /tips/antislipmat/ 301');
  });
});

describe('a phone photo in the text of an artikel (::foto)', () => {
  it('is served resized with a srcset like the main photo, no file over 250 KB', () => {
    const html = fs.readFileSync(path.join(fixed, 'artikelen/wandelen-in-de-polder/index.html'), 'utf8');
    const img = /<figure class="blok-foto"><img ([^>]*)>/.exec(html)?.[1];
    expect(img, 'the ::foto figure with its img').toBeTruthy();
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(img!)?.[1];
    expect(attr('alt')).toBe('Een bankje aan het water');
    expect(attr('width')).toBe(String(COLUMN_IMAGE.width));
    expect(attr('sizes')).toBe(COLUMN_IMAGE.sizes);
    const srcset = (attr('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/));
    expect(srcset.map(([, w]) => w)).toEqual(COLUMN_IMAGE.widths.map((w) => `${w}w`));
    const files = [attr('src')!, ...srcset.map(([u]) => u)];
    expect(phoneBytes).toBeGreaterThan(1_000_000);
    for (const url of files) {
      expect(url).toMatch(/^\/_astro\/telefoonfoto\.[^/]+\.webp$/);
      const bytes = fs.statSync(path.join(fixed, url)).size;
      expect(bytes, url).toBeLessThanOrEqual(250_000);
    }
    // The original is not published next to the resized files.
    expect(fs.readdirSync(path.join(fixed, '_astro')).filter((f) => /^telefoonfoto.*\.jpe?g$/.test(f))).toEqual([]);
  });
});
