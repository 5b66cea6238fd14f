/**
 * Build test (issue 5): a published URL never dies. Builds the fixture site twice, after renaming
 * the tip antislip.md to antislipmat.md (its kortId val1 stays):
 *   renamed — no redirect,
 *   fixed   — plus {"from": "/tips/antislip/", "to": "/tips/antislipmat/"} in redirects.json.
 * The manifest is what the site published before the rename: every URL of the fixed build, with
 * the old tip URL instead of the new one. The check must fail on "renamed" (only for the old tip
 * URL) and pass on "fixed"; the permanent /t/val1 link leads to the tip in both builds.
 *
 * Each build gets its own content copy, outDir and cacheDir inside the project (tmp/, git-ignored),
 * so it never touches dist/. The builds run one after the other: Astro writes .astro/ in the
 * project root, which parallel builds would share.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkManifest, listPublishedUrls, resolveUrl } from '../../src/lib/url-manifest';

const root = process.cwd();
const fixtures = path.join(root, 'tests/fixtures/content');
const site = JSON.parse(fs.readFileSync(path.join(root, 'content/site.json'), 'utf8')).url as string;
let work = '';

function build(name: string, prepare: (content: string) => void): Promise<string> {
  const content = path.join(work, name, 'content');
  const outDir = path.join(work, name, 'dist');
  fs.cpSync(fixtures, content, { recursive: true });
  prepare(content);
  const script = `import { build } from 'astro'; await build({ root: ${JSON.stringify(root)}, outDir: ${JSON.stringify(outDir)}, cacheDir: ${JSON.stringify(path.join(work, name, 'cache'))}, logLevel: 'error' });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env: { ...process.env, CONTENT_ROOT: content }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('close', (code) => (code === 0 ? resolve(outDir) : reject(new Error(`build "${name}" failed (${code}):\n${log.slice(-3000)}`))));
  });
}

const rename = (content: string) => fs.renameSync(path.join(content, 'tips/antislip.md'), path.join(content, 'tips/antislipmat.md'));

let renamed = '';
let fixed = '';
let published: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  work = fs.mkdtempSync(path.join(root, 'tmp', 'url-manifest-'));
  renamed = await build('renamed', rename);
  fixed = await build('fixed', (content) => {
    rename(content);
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
