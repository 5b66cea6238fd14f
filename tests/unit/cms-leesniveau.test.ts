/**
 * The leesniveau panel of the CMS preview (cms/leesniveau.ts, issue 16 point 4): for fixed Dutch
 * texts, the sentences an editor sees, and which words get marked. The same rules and sentences
 * as `npm run check:content` (src/lib/readability.ts). Marking in the real preview: tests/e2e/cms.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { leesniveauPanel } from '../../cms/leesniveau';
import { registerPreviews } from '../../cms/previews';

const makkelijk = 'Wij drinken koffie in het buurthuis. Iedereen is welkom. De koffie is gratis. U hoeft zich niet aan te melden.';
const moeilijk =
  'In het kader van de maatschappelijke ondersteuning wordt door de gemeente een keukentafelgesprek georganiseerd, waarbij de mantelzorgondersteuning en de beschikbaarheid van ondersteuningsmogelijkheden uitgebreid worden besproken met alle betrokkenen.';

describe('leesniveau panel', () => {
  it('says nothing while there is no text yet', () => {
    expect(leesniveauPanel({}, '')).toBeNull();
  });

  it('calls an easy text easy (about B1) and lists no signals', () => {
    const panel = leesniveauPanel({ samenvatting: 'Koffie in de buurt.' }, makkelijk)!;
    expect(panel.titel).toBe('Leesniveau');
    expect(panel.regels).toHaveLength(1);
    expect(panel.regels[0]).toMatch(/^Leesniveau \d+ \((heel makkelijk|makkelijk, ongeveer B1)\), gemiddeld [\d.,]+ woorden per zin\.$/);
    expect(panel.marks.size).toBe(0);
  });

  it('names the long sentence, the long words, the passive and the jargon of a hard text, and marks those words', () => {
    const panel = leesniveauPanel({}, moeilijk)!;
    const all = panel.regels.join('\n');
    expect(panel.regels[0]).toMatch(/^Leesniveau -?\d+ \((moeilijk|heel moeilijk)\)/);
    expect(all).toMatch(/Lange zinnen \(meer dan 20 woorden\): 1\. Bijvoorbeeld: "In het kader van/);
    expect(all).toMatch(/Lange woorden \(vijf lettergrepen of meer\): \d+, zoals .*mantelzorgondersteuning/);
    expect(all).toMatch(/Lijdende vorm/);
    expect(all).toMatch(/Moeilijk woord "in het kader van": schrijf liever "/i);
    expect(panel.marks.get('mantelzorgondersteuning')).toMatch(/^Lang woord \(\d+ lettergrepen\)/);
    expect(panel.marks.get("in het kader van")).toMatch(/^Moeilijk woord: schrijf liever "/);
    expect(panel.marks.has('koffie')).toBe(false);
  });

  it('reads the tip’s samenvatting, stappen and voor wie too, as check:content does', () => {
    const panel = leesniveauPanel({ samenvatting: 'Kort.', stappen: ['Bel de huisarts.'], voorWie: 'Voor iedereen.' }, '')!;
    expect(panel.report.zinnen).toBe(3);
  });
});

describe('the previews show the panel above the page', () => {
  type N = { type: unknown; props: Record<string, unknown> | null; children: unknown[] };
  const h = (type: unknown, props: Record<string, unknown> | null = null, ...children: unknown[]): N => ({ type, props, children });
  const templates = new Map<string, { render(this: unknown): unknown }>();
  registerPreviews({ registerPreviewTemplate: (name, c) => templates.set(name, c as { render(this: unknown): unknown }) }, h, (spec: Record<string, unknown>) => spec);
  const text = (n: unknown): string => (typeof n === 'string' ? n : n && typeof n === 'object' && 'children' in n ? (n as N).children.map(text).join(' ') : '');
  const render = (collection: string, data: Record<string, unknown>) => {
    const getIn = (p: Array<string | number>) => p.slice(1).reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
    return text(templates.get(collection)!.render.call({ props: { entry: { get: (k: string) => data[k], getIn }, widgetFor: () => null, getAsset: () => '' }, forceUpdate: () => {} })).replace(/\s+/g, ' ');
  };

  for (const collection of ['artikelen', 'tips']) {
    it(`${collection}: the panel with the report, before the title`, () => {
      const out = render(collection, { titel: 'Mijn stuk', samenvatting: moeilijk, body: makkelijk });
      expect(out).toMatch(/Leesniveau .*Lange zinnen .*Mijn stuk/);
    });
  }

  it('an activiteit has no panel (its text is facts, not prose)', () => {
    expect(render('agenda', { titel: 'Koffie', samenvatting: moeilijk, body: makkelijk })).not.toMatch(/Leesniveau/);
  });
});
