/**
 * Typo-tolerant search (issue 17): "Bedoelde u …?" from the magazine's own words, for fixed queries,
 * with the word list built from the test magazine as the site builds it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, editDistance, needsWords, suggestQuery, suggestWord } from '../../src/components/search/spelling';
import { MAGAZINE } from '../magazine';

/** The texts of the test magazine (Markdown and frontmatter together: close enough for a word list). */
function magazineTexts(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.mdx?$/.test(e.name)) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(MAGAZINE);
  return out;
}

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one', () => {
    expect(editDistance('rolator', 'rollator')).toBe(1);
    expect(editDistance('valen', 'vallen')).toBe(1);
    expect(editDistance('rollatro', 'rollator')).toBe(1);
    expect(editDistance('koffie', 'koffie')).toBe(0);
    expect(editDistance('kofie', 'koffie')).toBe(1);
    expect(editDistance('abc', 'xyzuvw', 2)).toBe(3);
  });
});

describe('when the word list is fetched at all', () => {
  it('only for a query with a word of 4+ letters (the shortest word suggestWord corrects)', () => {
    expect(needsWords('rolator')).toBe(true);
    expect(needsWords('de bus')).toBe(false);
    expect(needsWords('65+ wmo')).toBe(false);
    expect(needsWords('')).toBe(false);
    // A word suggestWord would not touch never asks for the list either.
    for (const q of ['de bus', '65+ wmo']) expect(suggestQuery(q, { dubs: 1, wmoo: 1 })).toBeUndefined();
  });
});

describe('suggestions from the test magazine’s words', () => {
  const counts = countWords(magazineTexts());

  it('knows the words it needs', () => {
    expect(counts.rollator).toBeGreaterThan(1);
    expect(counts.vallen).toBeGreaterThan(1);
  });

  it('rolator → rollator, valen → vallen, rollatro → rollator, mantelzrg → mantelzorg', () => {
    expect(suggestWord('rolator', counts)).toBe('rollator');
    expect(suggestWord('valen', counts)).toBe('vallen');
    expect(suggestWord('Rollatro', counts)).toBe('rollator');
    expect(suggestQuery('mantelzrg en valen', counts)).toBe('mantelzorg en vallen');
  });

  it('leaves correct words, beginnings of words and short words alone', () => {
    expect(suggestWord('rollator', counts)).toBeUndefined();
    expect(suggestWord('wandel', counts)).toBeUndefined(); // Pagefind finds it as the start of wandelen
    expect(suggestWord('val', counts)).toBeUndefined(); // too short to judge
    expect(suggestQuery('koffie in vlaardingen', counts)).toBeUndefined();
  });

  it('suggests nothing for a word far from every word of the magazine', () => {
    expect(suggestWord('xylofoonmuziek', counts)).toBeUndefined();
  });
});
