/** Leesniveau (issue 7, point 5): Dutch syllables, Flesch-Douma on fixed texts, B1 signals. */
import { describe, expect, it } from 'vitest';
import {
  analyseText,
  findJargon,
  fleschDouma,
  isPassive,
  leesniveau,
  leesniveauRegels,
  needsAttention,
  niveauOf,
  plainText,
  readableMarkdown,
  sentences,
  syllables,
  words,
} from '../../src/lib/readability';

describe('Dutch syllables', () => {
  // Counted by hand, the way a Dutch speaker splits them (wan-de-len, zie-ken-huis …).
  const known: Array<[string, number]> = [
    ['fiets', 1], ['wandelen', 3], ['ziekenhuis', 3], ['boodschappen', 3], ['gemeente', 3], ['ouderen', 3], ['zorgverzekering', 5],
    ['huisarts', 2], ['koffie', 2], ['mantelzorger', 4], ['vrijwilligers', 4], ['uitnodiging', 4], ['eenzaamheid', 3], ['wijkverpleegkundige', 6],
    ['praktijkondersteuner', 6], ['geneesmiddelen', 5], ['televisie', 4], ['politie', 3], ['januari', 4], ['piano', 3], ['bioscoop', 3],
    // vowel clusters: one nucleus (leeuw, mooi, koeien), or a syllable break (mu-se-um, i-de-aal, be-a-men)
    ['leeuw', 1], ['nieuw', 1], ['mooie', 2], ['koeien', 2], ['geeuwen', 2], ['museum', 3], ['ideaal', 3], ['beamen', 3], ['eten', 2], ['theater', 3],
    // diaeresis and accents
    ['zeeën', 2], ['ideeën', 3], ['ruïne', 3], ['één', 1], ['café', 2], ['bureau', 2], ['cadeau', 2],
    // names, abbreviations, compounds with a hyphen
    ['Vlaardingen', 3], ['Maassluis', 2], ['Schiedam', 2], ['GGD', 3], ['Wmo-loket', 3], ["auto's", 2],
  ];
  for (const [word, n] of known) {
    it(`${word} has ${n}`, () => expect(syllables(word)).toBe(n));
  }

  it('counts Dutch, not English (English rules drop the final -e of "gemeente" and "ouderen" stays 3)', () => {
    expect(syllables('gemeente')).not.toBe(2);
    expect(syllables('mode')).toBe(2);
  });
});

describe('Flesch-Douma', () => {
  it('is 206.835 − 0.93 × words per sentence − 77 × syllables per word', () => {
    expect(fleschDouma(9, 2, 9)).toBeCloseTo(125.65, 6);
    expect(fleschDouma(5, 1, 15)).toBeCloseTo(-28.815, 6);
    expect(fleschDouma(0, 0, 0)).toBe(0);
  });

  it('scores a very plain text: 2 sentences, 9 words, 9 syllables', () => {
    const r = analyseText('Ik fiets naar de markt. Daar koop ik brood.');
    expect([r.zinnen, r.woorden, r.lettergrepen]).toEqual([2, 9, 9]);
    expect(r.score).toBeCloseTo(125.65, 1);
    expect(r.niveau).toBe('heel-makkelijk');
  });

  it('scores an everyday paragraph: 3 sentences, 23 words, 37 syllables', () => {
    const r = analyseText('Elke dinsdag wandelen we samen door het park. Na afloop drinken we koffie in het buurthuis. Iedereen is welkom, ook met een rollator.');
    expect([r.zinnen, r.woorden, r.lettergrepen]).toEqual([3, 23, 37]);
    // 206.835 − 0.93 × 23/3 − 77 × 37/23 = 75.84
    expect(r.score).toBeCloseTo(75.8, 1);
    expect(r.niveau).toBe('makkelijk');
    expect(r.woordenPerZin).toBe(7.7);
  });

  it('scores official language as very hard', () => {
    const r = analyseText('De zorgverzekering vergoedt de wijkverpleegkundige.');
    expect([r.zinnen, r.woorden, r.lettergrepen]).toEqual([1, 5, 15]);
    expect(r.score).toBeCloseTo(-28.8, 1);
    expect(r.niveau).toBe('heel-moeilijk');
  });

  it('maps scores to levels; 60 and up is about B1', () => {
    expect([95, 80, 79.9, 60, 59.9, 45, 30, 29.9].map(niveauOf)).toEqual([
      'heel-makkelijk', 'heel-makkelijk', 'makkelijk', 'makkelijk', 'redelijk', 'redelijk', 'moeilijk', 'heel-moeilijk',
    ]);
  });
});

describe('sentences and words', () => {
  it('does not split at abbreviations or times', () => {
    expect(sentences('Bijv. om 10.30 uur begint de les. Daarna is er koffie, thee enz. voor iedereen! Komt u ook?')).toEqual([
      'Bijv. om 10.30 uur begint de les.',
      'Daarna is er koffie, thee enz. voor iedereen!',
      'Komt u ook?',
    ]);
  });

  it('keeps hyphenated words and apostrophes together', () => {
    expect(words("Het Wmo-loket regelt auto's en taxi's.")).toEqual(['Het', 'Wmo-loket', 'regelt', "auto's", 'en', "taxi's"]);
  });

  it('reads Markdown as a reader sees it: headings and list items are their own sentences', () => {
    const md = [
      '## Zo doet u het',
      '',
      '- Pak een **stevige** stoel',
      '- Ga zitten',
      '',
      'Lees meer op [de site van de gemeente](https://example.nl).',
      '![Een stoel](stoel.jpg)',
      '',
      ':::tipkader{titel="Let op"}',
      'Drink genoeg water.',
      ':::',
    ].join('\n');
    expect(sentences(plainText(md))).toEqual(['Zo doet u het.', 'Pak een stevige stoel.', 'Ga zitten.', 'Lees meer op de site van de gemeente.', 'Drink genoeg water.']);
  });

  it('a tip is read with its samenvatting, steps and voor wie', () => {
    const md = readableMarkdown({ titel: 'Titel telt niet', samenvatting: 'Leg een mat neer.', stappen: ['Koop een mat', 'Leg hem neer'], voorWie: 'Voor iedereen.' }, 'Meer uitleg.');
    expect(sentences(plainText(md))).toEqual(['Leg een mat neer.', 'Koop een mat.', 'Leg hem neer.', 'Voor iedereen.', 'Meer uitleg.']);
  });
});

describe('B1 signals', () => {
  it('finds long sentences (more than 20 words)', () => {
    const long = 'Als u na een val in het ziekenhuis bent geweest en daarna weer thuis woont kunt u bij de gemeente vragen om hulp in huis.';
    const r = analyseText(`${long} Dat is kort.`);
    expect(r.langeZinnen).toEqual([{ zin: long, woorden: 25 }]);
  });

  it('finds long words (five syllables or more)', () => {
    const r = analyseText('De zorgverzekering en de huisarts helpen. De wijkverpleegkundige ook.');
    expect(r.langeWoorden).toEqual([{ woord: 'zorgverzekering', lettergrepen: 5 }, { woord: 'wijkverpleegkundige', lettergrepen: 6 }]);
  });

  it('recognises the passive voice in both word orders', () => {
    for (const s of [
      'De brief wordt door de gemeente verstuurd.',
      'Het formulier werd gisteren opgehaald.',
      'De vergadering werd afgelast.',
      'Wordt u zelf gebeld?',
      'Ik weet niet of de hulp betaald wordt.',
      'De boeken worden gratis gegeven.',
    ]) expect(isPassive(s), s).toBe(true);
    for (const s of [
      'Ik word morgen tachtig.',
      'Het wordt een gezellige middag.',
      'Wij worden gezond oud.',
      'De gemeente verstuurt de brief.',
      'Het werd koud, dus ik heb de kachel aangezet.',
    ]) expect(isPassive(s), s).toBe(false);
  });

  it('finds jargon and gives the plain word', () => {
    const hits = findJargon('Indien u vragen heeft, kunt u middels dit formulier contact opnemen. Indien niet, dan niet.');
    expect(hits).toEqual([
      { woord: 'middels', alternatief: 'met, door', aantal: 1 },
      { woord: 'Indien', alternatief: 'als', aantal: 2 },
    ]);
    expect(findJargon('Wij vinden het een fijne middag.')).toEqual([]);
    expect(findJargon('Dit is in het kader van de preventie.').map((h) => h.woord)).toEqual(['in het kader van', 'preventie']);
  });

  it('explains the result to the editor in Dutch, and warns only when there is something to improve', () => {
    const hard = leesniveau('Indien de aanvraag door de gemeente wordt goedgekeurd, ontvangt u binnen acht weken een beschikking over de maatwerkvoorziening die in het kader van de Wmo aan u wordt verstrekt.');
    const lines = leesniveauRegels(hard);
    // One sentence of 29 words: Flesch-Douma is mild on long words, the B1 signals are not.
    expect(lines[0]).toBe('Leesniveau 55 (redelijk moeilijk), gemiddeld 29 woorden per zin.');
    expect(lines.some((l) => l.startsWith('Lange zinnen (meer dan 20 woorden): 1.'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Lijdende vorm'))).toBe(true);
    expect(lines).toContain('Moeilijk woord "Indien": schrijf liever "als".');
    expect(lines).toContain('Moeilijk woord "maatwerkvoorziening": schrijf liever "hulp die past bij uw situatie".');
    expect(needsAttention(hard)).toBe(true);
    expect(needsAttention(leesniveau('Ik fiets naar de markt. Daar koop ik brood.'))).toBe(false);
    expect(needsAttention(leesniveau(''))).toBe(false);
  });
});
