/**
 * The article Markdown pipeline, run through the same renderer Astro builds
 * from `markdown.processor` (our plugins plus Astro's image and heading steps).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_IMAGE } from '../../src/lib/image-sizes';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownProcessor } from '../../src/lib/markdown/index';
import { checkMarkdown } from '../../src/lib/markdown/check';

type Renderer = Awaited<ReturnType<ReturnType<typeof markdownProcessor>['createRenderer']>>;
let renderer: Renderer;
const ARTICLE = path.resolve('content/artikelen/test-artikel.md');

beforeAll(async () => {
  renderer = await markdownProcessor({ site: 'https://vief-mvs.nl' }).createRenderer({ syntaxHighlight: false });
});

const render = (md: string, file = ARTICLE) => renderer.render(md, { fileURL: pathToFileURL(file) });
const html = async (md: string) => (await render(md)).code.trim();

describe('content blocks', () => {
  it('renders a tipkader as an aside with its title', async () => {
    expect(await html(':::tipkader{titel="Goed om te weten"}\nNeem je **pas** mee.\n:::')).toBe(
      '<aside class="blok-tipkader" aria-label="Goed om te weten"><p class="blok-tipkader__titel">Goed om te weten</p><p>Neem je <strong>pas</strong> mee.</p></aside>',
    );
  });

  it('gives a tipkader without title the title "Tip"', async () => {
    expect(await html(':::tipkader\nKort.\n:::')).toBe(
      '<aside class="blok-tipkader" aria-label="Tip"><p class="blok-tipkader__titel">Tip</p><p>Kort.</p></aside>',
    );
  });

  it('renders a citaat as a figure with blockquote and speaker', async () => {
    expect(await html(':::citaat{wie="Ria van Dijk"}\nIk kom hier elke week.\n:::')).toBe(
      '<figure class="blok-citaat"><blockquote><p>Ik kom hier elke week.</p></blockquote><figcaption>— Ria van Dijk</figcaption></figure>',
    );
  });

  it('hands a foto to Astro as a normal Markdown image, inside a figure with caption', async () => {
    const result = await render('::foto{src="../media/haven.jpg" alt="Vissersboten in de haven" bijschrift="De haven van Maassluis"}');
    // Astro's image step marks local images and later replaces the marker with the optimised <img>.
    const match = result.code.trim().match(/^<figure class="blok-foto"><img __ASTRO_IMAGE_="([^"]+)"><figcaption>De haven van Maassluis<\/figcaption><\/figure>$/);
    expect(match, result.code).not.toBeNull();
    expect(JSON.parse(match![1].replaceAll('&quot;', '"'))).toEqual({
      src: '../media/haven.jpg',
      alt: 'Vissersboten in de haven',
      loading: 'lazy',
      index: 0,
      // The column's sizes (src/lib/image-sizes.ts): Astro serves it resized with a srcset (issue 16).
      width: COLUMN_IMAGE.width,
      widths: COLUMN_IMAGE.widths.map(String),
      sizes: COLUMN_IMAGE.sizes,
    });
    expect(result.metadata.localImagePaths).toEqual(['../media/haven.jpg']);
  });

  it('renders a foto without bijschrift as a figure without caption', async () => {
    expect(await html('::foto{src="../media/haven.jpg" alt="Boten"}')).toMatch(/^<figure class="blok-foto"><img [^>]+><\/figure>$/);
  });

  it('stops on a foto without alt, in Dutch, naming file and line (counted in the file, frontmatter included)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-md-'));
    const file = path.join(dir, 'zonder-alt.md');
    const body = '\nEerste alinea.\n\n::foto{src="../media/haven.jpg"}\n';
    fs.writeFileSync(file, `---\ntitel: Test\n---\n${body}`);
    await expect(render(body, file)).rejects.toThrow(`${file}, regel 7: foto zonder beschrijving (alt)`);
    await expect(html('::foto{src="../media/haven.jpg" alt=" "}')).rejects.toThrow(
      'content/artikelen/test-artikel.md, regel 1: foto zonder beschrijving (alt)',
    );
  });

  it('renders a video as a link card, never an iframe', async () => {
    const out = await html('::video{url="https://www.youtube.com/watch?v=abc123" titel="Wandelen langs de Maas"}');
    expect(out).toBe(
      '<p class="blok-video"><a href="https://www.youtube.com/watch?v=abc123" rel="noopener noreferrer"><span class="blok-video__icoon" aria-hidden="true">▶</span> Bekijk de video: Wandelen langs de Maas</a> <span class="blok-video__bron">(opent YouTube)</span></p>',
    );
    expect(await html('::video{url="https://vimeo.com/12345" titel="Koor"}')).toContain('<span class="blok-video__bron">(opent Vimeo)</span>');
    expect(await html('::video{url="https://youtu.be/abc" titel="Kort"}')).toContain('href="https://youtu.be/abc"');
  });

  it.each([
    'http://www.youtube.com/watch?v=abc',
    'https://youtube.com.example.org/watch?v=abc',
    'https://example.org/video.mp4',
    'javascript:alert(1)',
  ])('refuses video address %s with a Dutch message naming the file', async (url) => {
    await expect(html(`::video{url="${url}" titel="x"}`)).rejects.toThrow(
      /^content\/artikelen\/test-artikel\.md, regel 1: video-adres .* niet toegestaan/,
    );
  });

  it('stops on an unknown block, naming it and the file', async () => {
    await expect(html('Tekst\n\n:::kader\nx\n:::')).rejects.toThrow('content/artikelen/test-artikel.md, regel 3: onbekend blok ":::kader"');
    await expect(html('::iframe{src="https://example.org"}')).rejects.toThrow('onbekend blok "::iframe"');
  });

  it('stops on a block written the wrong way or with a misspelt property', async () => {
    await expect(html('::tipkader{titel="x"}')).rejects.toThrow('blok "::tipkader" is verkeerd geschreven');
    await expect(html('::foto{src="a.jpg" alt="a" bijschift="b"}')).rejects.toThrow('onbekende eigenschap "bijschift" bij ::foto');
  });

  it('keeps blocks nested in a citaat working', async () => {
    const out = await html(':::citaat{wie="Kees"}\nZie:\n\n::foto{src="a.jpg" alt="Kees bij de molen"}\n:::');
    expect(out).toMatch(/^<figure class="blok-citaat"><blockquote><p>Zie:<\/p><figure class="blok-foto"><img __ASTRO_IMAGE_=[^>]+><\/figure><\/blockquote><figcaption>— Kees<\/figcaption><\/figure>$/);
  });
});

describe('ordinary text stays text', () => {
  it('keeps times and colons intact', async () => {
    expect(await html('Om 10:30 uur. Let op: dit. tijd:10 en zie:foto en a:b[c]{d=e}')).toBe(
      '<p>Om 10:30 uur. Let op: dit. tijd:10 en zie:foto en a:b[c]{d=e}</p>',
    );
  });

  it('keeps braces and <3 literal', async () => {
    expect(await html('Een { alleen, {naam} en ik <3 jullie')).toBe('<p>Een { alleen, {naam} en ik &lt;3 jullie</p>');
  });

  it('still renders GFM tables and heading ids', async () => {
    const out = await html('## Wat kost het?\n\n| Wat | Prijs |\n|---|---|\n| Koffie | € 1 |');
    expect(out).toContain('<h2 id="wat-kost-het">Wat kost het?</h2>');
    expect(out).toContain('<td>Koffie</td>');
  });
});

describe('article text cannot run code', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<iframe src=x></iframe>', '&lt;iframe src=x&gt;&lt;/iframe&gt;'],
    ['Kijk <img src=x onerror=alert(1)> hier', '&lt;img src=x onerror=alert(1)&gt;'],
    ['Dit is <b>vet</b>', '&lt;b&gt;vet&lt;/b&gt;'],
  ])('shows raw HTML %s as text', async (input, escaped) => {
    const out = await html(input);
    expect(out).toContain(escaped);
    expect(out).not.toMatch(/<(script|iframe|img|b)[\s>]/);
  });

  it('shows raw HTML inside a block as text too', async () => {
    const out = await html(':::tipkader\n<script>alert(1)</script>\n:::');
    expect(out).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(out).not.toContain('<script');
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'vbscript:msgbox(1)', '<java&#9;script:alert(1)>'])(
    'turns a link to %s into plain text',
    async (url) => {
      const out = await html(`Voor [klik](${url}) hier.`);
      expect(out).toBe('<p>Voor klik hier.</p>');
    },
  );

  it('turns a reference link and an autolink to javascript: into text', async () => {
    expect(await html('[klik][x]\n\n[x]: javascript:alert(1)')).toBe('<p>klik</p>');
    expect(await html('<javascript:alert(1)>')).not.toContain('href');
  });

  it('turns an image with a data: address into its alt text', async () => {
    expect(await html('![Een plaatje](data:image/svg+xml,x)')).toBe('<p>Een plaatje</p>');
  });

  it('adds rel="noopener noreferrer" to links to other sites only', async () => {
    const out = await html('[a](https://gemeente.nl/x) [b](https://vief-mvs.nl/agenda/) [c](/artikelen/) [d](mailto:redactie@vief-mvs.nl)');
    expect(out).toBe(
      '<p><a href="https://gemeente.nl/x" rel="noopener noreferrer">a</a> <a href="https://vief-mvs.nl/agenda/">b</a> <a href="/artikelen/">c</a> <a href="mailto:redactie@vief-mvs.nl">d</a></p>',
    );
    expect(out).not.toContain('target=');
  });
});

describe('checkMarkdown (for the content validation; collection render errors do not fail an Astro build)', () => {
  it('reports the first mistake with the line in the file, also for a trimmed body', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vief-md-'));
    const file = path.join(dir, 'artikel.md');
    fs.writeFileSync(file, '---\ntitel: Test\n---\n\nAlinea.\n\n:::kader\nx\n:::\n');
    const problem = checkMarkdown('Alinea.\n\n:::kader\nx\n:::', pathToFileURL(file));
    expect(problem?.line).toBe(7);
    expect(problem?.problem).toMatch(/^onbekend blok ":::kader"/);
  });

  it('refuses a photo from another website in the text, as ::foto does (the CSP would show it broken)', () => {
    for (const src of ['https://example.com/kat.jpg', 'http://example.com/kat.jpg', '//example.com/kat.jpg']) {
      const problem = checkMarkdown(`Alinea.\n\n![Een kat](${src})`);
      expect(problem?.problem).toBe(`foto "${src}" komt van een andere website en wordt niet getoond; zet de foto in de mediabibliotheek en kies hem daar`);
      expect(problem?.line).toBe(3);
    }
  });

  it('finds nothing wrong in a correct body', () => {
    expect(checkMarkdown('Om 10:30 uur <b>koffie</b>.\n\n::foto{src="a.jpg" alt="Koffie"}')).toBeUndefined();
  });
});
