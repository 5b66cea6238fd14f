/**
 * The CMS editor components (cms/editor-components.ts) write exactly the whitelisted Markdown
 * directives and read them back unchanged, whatever editors type in the fields.
 */
import { describe, expect, it } from 'vitest';
import { citaat, editorComponents, foto, tipkader, video, type EditorComponent } from '../../cms/editor-components';

function roundTrip<T extends Record<string, string>>(c: EditorComponent<T>, data: T, surrounding = true): T {
  const block = c.toBlock(data);
  const doc = surrounding ? `Een alinea ervoor.\n\n${block}\n\nEen alinea erna.` : block;
  const match = doc.match(c.pattern);
  expect(match, `${c.id} pattern matches ${JSON.stringify(block)}`).toBeTruthy();
  return c.fromBlock(match!);
}

describe('editor components write the whitelisted directives', () => {
  it('tipkader', () => {
    expect(tipkader.toBlock({ titel: 'Goed om te weten', tekst: 'Bel **altijd** eerst.' })).toBe(':::tipkader{titel="Goed om te weten"}\nBel **altijd** eerst.\n:::');
  });
  it('citaat', () => {
    expect(citaat.toBlock({ tekst: 'Je kon op elkaar bouwen.', wie: 'Arie (86)' })).toBe(':::citaat{wie="Arie (86)"}\nJe kon op elkaar bouwen.\n:::');
    expect(citaat.toBlock({ tekst: 'Zonder naam.', wie: '' })).toBe(':::citaat\nZonder naam.\n:::');
  });
  it('foto', () => {
    expect(foto.toBlock({ src: '../media/haring-vlag.jpg', alt: 'Vlaggetjes in de haven', bijschrift: 'Foto: Ria' })).toBe(
      '::foto{src="../media/haring-vlag.jpg" alt="Vlaggetjes in de haven" bijschrift="Foto: Ria"}',
    );
  });
  it('video', () => {
    expect(video.toBlock({ url: 'https://www.youtube.com/watch?v=abc', titel: 'Stoelgym' })).toBe('::video{url="https://www.youtube.com/watch?v=abc" titel="Stoelgym"}');
  });
});

describe('and read them back unchanged', () => {
  it('with quotes, braces, <3, emoji and line breaks in the fields', () => {
    expect(roundTrip(tipkader, { titel: 'Let op: "nep"-bellers {echt} <3 😀', tekst: 'Eerste alinea.\n\nTweede alinea met {accolades} en <3.' })).toEqual({
      titel: 'Let op: "nep"-bellers {echt} <3 😀',
      tekst: 'Eerste alinea.\n\nTweede alinea met {accolades} en <3.',
    });
    expect(roundTrip(citaat, { tekst: 'Wij "houden" van {haring}', wie: 'Nel & Arie' })).toEqual({ tekst: 'Wij "houden" van {haring}', wie: 'Nel & Arie' });
    expect(roundTrip(foto, { src: '../media/a b.jpg', alt: 'Twee "oude" vissers}', bijschrift: '' })).toEqual({ src: '../media/a b.jpg', alt: 'Twee "oude" vissers}', bijschrift: '' });
    expect(roundTrip(video, { url: 'https://youtu.be/xyz?t=1', titel: 'Video: {stoelgym}' })).toEqual({ url: 'https://youtu.be/xyz?t=1', titel: 'Video: {stoelgym}' });
  });
  it('a line break in a one-line field becomes a space (it can never end the directive)', () => {
    expect(roundTrip(foto, { src: '../media/x.jpg', alt: 'Regel een\nregel twee', bijschrift: '' }).alt).toBe('Regel een regel twee');
  });
  it('each pattern matches only its own block', () => {
    const doc = [tipkader, citaat, foto, video].map((c) => c.toBlock({ titel: 't', tekst: 'x', wie: 'w', src: '../media/x.jpg', alt: 'a', bijschrift: '', url: 'https://youtu.be/a' } as never)).join('\n\n');
    for (const c of editorComponents) expect(doc.match(c.pattern)![0]).toBe(c.toBlock({ titel: 't', tekst: 'x', wie: 'w', src: '../media/x.jpg', alt: 'a', bijschrift: '', url: 'https://youtu.be/a' } as never));
  });
  it('previews escape what editors type', () => {
    expect(tipkader.toPreview({ titel: '<script>x</script>', tekst: '<img src=x onerror=alert(1)>' })).not.toMatch(/<script|<img/);
    expect(video.toPreview({ url: 'javascript:alert(1)', titel: 'x' })).toContain('href="#"');
    expect(foto.toPreview({ src: '../media/x.jpg', alt: 'a" onerror="x', bijschrift: '' })).toContain('alt="a&quot; onerror=&quot;x"');
  });
});

describe('the CMS preview shows no elements the site would not show (issue 15, finding 3)', async () => {
  const { parse } = await import('node-html-parser');
  const { stripPreview } = await import('../../cms/previews');
  it('removes style, form and embedded things, unwraps details, keeps the text', () => {
    const root = parse(
      `<p>Voor</p><style>@import 'http://aanvaller.example/x.css';</style><link rel="stylesheet" href="http://x.example/">` +
        `<form action="http://x.example/"><input name="pin"><button>Verstuur</button></form>` +
        `<details open><summary>Meer</summary><p>Binnen</p></details><iframe src="http://x.example/"></iframe><p>Na</p>`,
    );
    stripPreview(root);
    const html = root.toString();
    for (const tag of ['<style', '<link', '<form', '<input', '<button', '<details', '<summary', '<iframe']) expect(html).not.toContain(tag);
    expect(root.textContent).toBe('VoorMeerBinnenNa');
  });
});
