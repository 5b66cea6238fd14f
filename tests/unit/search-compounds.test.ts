/** Dutch compound words: the tails we add as search keywords (src/components/search/compounds.ts). */
import { describe, expect, test } from 'vitest';
import { compoundKeywords, compoundTails, vocabulary } from '../../src/components/search/compounds';

const vocab = vocabulary([
  'Een woning kopen. De aanpassing is klaar. Wij gaan wandelen met de club.',
  'Thuis is het fijn, zorg voor elkaar. Het leven is mooi, een testament maken.',
  'Wij moeten elkaar ontmoeten. De lift gaat naar boven.',
]);

describe('compoundTails', () => {
  test('splits where both halves are known words', () => {
    expect(compoundTails('woningaanpassing', vocab)).toEqual(['aanpassing']);
    expect(compoundTails('thuiszorg', vocab)).toEqual(['zorg']);
    expect(compoundTails('traplift', vocab)).toEqual(['lift']);
  });

  test('knows linking letters and verb stems', () => {
    expect(compoundTails('levenstestament', vocab)).toEqual(['testament']);
    expect(compoundTails('wandelclub', vocab)).toEqual(['club']);
  });

  test('built-in base words cover short heads like "val"', () => {
    expect(compoundTails('valpreventie', vocab)).toEqual(['preventie']);
  });

  test('does not split derivations with a prefix or particle', () => {
    expect(compoundTails('ontmoeten', vocab)).toEqual([]);
    expect(compoundTails('aanpassing', vocab)).toEqual([]);
  });

  test('leaves short and unknown words alone', () => {
    expect(compoundTails('woning', vocab)).toEqual([]);
    expect(compoundTails('xyzqwertyaanpassing', vocab)).toEqual([]);
  });
});

describe('compoundKeywords', () => {
  test('adds tails that the text does not already contain, once', () => {
    const text = 'Een woningaanpassing en nog een woningaanpassing. Thuiszorg helpt, zorg ook.';
    expect(compoundKeywords(text, vocab)).toEqual(['aanpassing']);
  });

  test('is capped', () => {
    const text = 'woningaanpassing thuiszorg traplift levenstestament wandelclub valpreventie';
    expect(compoundKeywords(text, vocab, 2)).toHaveLength(2);
  });
});
