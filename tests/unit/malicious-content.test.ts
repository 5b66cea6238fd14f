/**
 * Content cannot run code (issue 8, point 1). One test per rule, each with a malicious fixture:
 *
 * - in a .md body (what the CMS writes) every trick is neutralised: raw HTML is shown as text,
 *   dangerous links become plain text, MDX syntax is literal text;
 * - in an .mdx file under content/ MDX may only use the whitelisted components from
 *   src/user-components/: import/export, {expressions}, other elements (<script>, <iframe>,
 *   <style>, <object>, <svg>, …), on…= attributes and javascript: addresses fail the validation
 *   with the file and line, and the Markdown pipeline refuses to compile such a file at all;
 * - a real `astro build` of the fixture site plus malicious .md files publishes none of it in an
 *   executable form: malicious-content.build.test.ts (vitest project "build").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateEntry } from '../../src/lib/content-validation';
import { isDangerousUrl, markdownPipeline, markdownProcessor } from '../../src/lib/markdown/index';
import { checkMdx } from '../../src/lib/markdown/mdx-policy';
import { MarkdownContentError } from '../../src/lib/markdown/location';
import { projectRoot } from '../isolated-build';
import { activeParts, ARTICLE_FM, executable, MD_CASES } from './malicious-cases';

type Renderer = Awaited<ReturnType<ReturnType<typeof markdownProcessor>['createRenderer']>>;
let renderer: Renderer;
beforeAll(async () => {
  renderer = await markdownProcessor({ site: 'https://vief-mvs.nl' }).createRenderer({ syntaxHighlight: false });
});
const html = async (md: string) => (await renderer.render(md, { fileURL: pathToFileURL(path.join(projectRoot, 'content/artikelen/test.md')) })).code;

describe('.md bodies (what the CMS writes): every trick is shown as text, never run', () => {
  it('the detector itself sees every raw HTML payload (so a pass below means neutralised, not missed)', () => {
    const raw = MD_CASES.filter(([name]) => /^<|on…=|onerror=|SVG|raw <a/.test(name)).map(([name, md]) => [name, md] as const);
    expect(raw.length).toBeGreaterThan(10);
    for (const [name, md] of raw) expect(activeParts(md).length, name).toBeGreaterThan(0);
    expect(activeParts('<a href="java&#9;script:alert(1)">x</a>')).toHaveLength(1);
  });

  it.each(MD_CASES)('%s', async (_name, md, kept) => {
    const out = await html(md);
    expect(executable(out), out).toEqual([]);
    expect(out).toContain(kept);
  });

  it.each([
    ['a video block with a javascript: address', '::video{url="javascript:alert(1)" titel="x"}', /video-adres .* niet toegestaan/],
    ['a foto block with a data: address', '::foto{src="data:image/svg+xml,<svg onload=alert(1)>" alt="x"}', /komt van een andere website/],
    ['an unknown block such as ::iframe', '::iframe{src="https://evil.example"}', /onbekend blok "::iframe"/],
    ['an unknown block such as :::script', ':::script\nalert(1)\n:::', /onbekend blok ":::script"/],
  ])('refuses %s with the file and line', async (_name, md, message) => {
    await expect(html(`Eerste regel.\n\n${md}`)).rejects.toThrow(/content\/artikelen\/test\.md, regel 3: /);
    await expect(html(md)).rejects.toThrow(message);
  });
});

describe('.mdx files in content/: only whitelisted components, no code (validation names file and line)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-mdx-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Validate an .mdx article with this body (after 7 lines of frontmatter); returns "line: problem" strings. */
  function problemsOf(body: string): string[] {
    const file = path.join(dir, 'content', 'artikelen', 'stuk.mdx');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, ARTICLE_FM + body);
    const { problems } = validateEntry('artikelen', 'content/artikelen/stuk.mdx', ARTICLE_FM + body, file);
    for (const p of problems) expect(p.file).toBe('content/artikelen/stuk.mdx');
    return problems.map((p) => `${p.field}: ${p.message}`);
  }

  it.each([
    ['import', 'Tekst.\n\nimport fs from "node:fs"\n', 'tekst, regel 10', /mag alleen onderdelen importeren uit src\/user-components/],
    ['import of a file outside user-components', 'import Kop from "../../src/components/Kop.astro"\n\nTekst.\n', 'tekst, regel 8', /mag alleen onderdelen importeren/],
    ['export', 'Tekst.\n\nexport const geheim = process.env\n', 'tekst, regel 10', /"export" is code/],
    ['export default (replacing the layout)', 'export default function Layout() { return null }\n\nTekst.\n', 'tekst, regel 8', /"export" is code/],
    ['{expression} in text', 'Twee is {1 + 1}.\n', 'tekst, regel 8', /\{1 \+ 1\} is code/],
    ['{expression} on its own line', 'Tekst.\n\n{globalThis.process.exit(1)}\n', 'tekst, regel 10', /is code/],
    ['<script>', 'Tekst.\n\n<script>alert(1)</script>\n', 'tekst, regel 10', /HTML-code <script>/],
    ['<iframe> (videos go through ::video)', '<iframe src="https://www.youtube.com/embed/x" />\n', 'tekst, regel 8', /HTML-code <iframe>/],
    ['<img onerror=…>', 'Kijk <img src="x" onerror="alert(1)" /> hier.\n', 'tekst, regel 8', /HTML-code <img>/],
    ['<style>', '<style>{`body{display:none}`}</style>\n', 'tekst, regel 8', /HTML-code <style>/],
    ['<object>', '<object data="x.swf" />\n', 'tekst, regel 8', /HTML-code <object>/],
    ['<embed>', '<embed src="x.swf" />\n', 'tekst, regel 8', /HTML-code <embed>/],
    ['SVG with script', '<svg><script>alert(1)</script></svg>\n', 'tekst, regel 8', /HTML-code <svg>/],
    ['<a href="javascript:…">', '<a href="javascript:alert(1)">klik</a>\n', 'tekst, regel 8', /HTML-code <a>/],
    ['unknown component', 'Tekst.\n\n<Onbekend />\n', 'tekst, regel 10', /onbekend onderdeel <Onbekend>/],
    ['fragment', '<>x</>\n', 'tekst, regel 8', /<>…<\/> is code/],
    ['a lone { or <3 (not valid MDX)', 'Ik <3 de buurt.\n', 'tekst, regel 8', /geen geldige MDX/],
  ])('%s', (_name, body, field, message) => {
    const problems = problemsOf(body);
    expect(problems.some((p) => p.startsWith(`${field}: `) && message.test(p)), problems.join('\n')).toBe(true);
  });

  it('lists every violation in the file at once', () => {
    const problems = problemsOf('import x from "y"\nexport const a = 1\n\n{a}\n\n<script>x</script>\n');
    expect(problems.map((p) => p.split(':')[0])).toEqual(['tekst, regel 8', 'tekst, regel 9', 'tekst, regel 11', 'tekst, regel 13']);
  });

  it('allows an imported component from src/user-components, with plain attributes only', () => {
    const components = path.join(dir, 'user-components');
    fs.mkdirSync(components, { recursive: true });
    fs.writeFileSync(path.join(components, 'Kaart.astro'), '<div><slot /></div>');
    const file = path.join(dir, 'content', 'artikelen', 'kaart.mdx');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const imp = `import Kaart from '${path.relative(path.dirname(file), path.join(components, 'Kaart.astro'))}'`;
    const url = pathToFileURL(file);
    expect(checkMdx(`${imp}\n\n<Kaart titel="Buurt">Tekst</Kaart>\n`, url, components)).toEqual([]);
    const bad = checkMdx(`${imp}\n\n<Kaart onClick="alert(1)" titel={x} href="javascript:alert(1)" {...p} />\n`, url, components).map((v) => v.problem);
    expect(bad).toEqual([
      expect.stringMatching(/"onClick" .* is code/),
      expect.stringMatching(/titel=\{…\} .* is code/),
      expect.stringMatching(/adres "javascript:alert\(1\)" .* niet toegestaan/),
      expect.stringMatching(/\{…\} bij <Kaart> is code/),
    ]);
    // A component that is not imported, or imported from elsewhere, is refused.
    expect(checkMdx('<Kaart />\n', url, components)[0].problem).toMatch(/onbekend onderdeel/);
  });

  it('the Markdown pipeline refuses to compile such an .mdx content file (also in astro dev)', () => {
    const file = path.join(projectRoot, 'content', 'artikelen', 'bestaat-niet.mdx');
    const { features, mdastPlugins, hastPlugins } = markdownPipeline();
    const compile = (src: string) => mdxToJs(src, { features, mdastPlugins, hastPlugins, fileURL: pathToFileURL(file) });
    expect(() => compile('Tekst.\n\n{process.exit(1)}\n')).toThrow(MarkdownContentError);
    expect(() => compile('Tekst.\n\n{process.exit(1)}\n')).toThrow(/content\/artikelen\/bestaat-niet\.mdx, regel 3: \{process\.exit\(1\)\} is code/);
    expect(() => compile('Gewone tekst met **vet**.\n')).not.toThrow();
    // Developer-written MDX outside content/ is not held to the content rules.
    expect(() => mdxToJs('{1 + 1}', { features, mdastPlugins, hastPlugins, fileURL: pathToFileURL(path.join(projectRoot, 'src/pages/x.mdx')) })).not.toThrow();
  });
});
