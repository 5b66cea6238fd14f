/**
 * "Bedoelde u …?" for search (issue 17: "rolator" found 1 result where "rollator" finds 8, "valen"
 * none where "vallen" has many). Pagefind matches exact (stemmed) prefixes and forgives no typo, so
 * the search page suggests a word from the magazine's own words: /zoeken/woorden.json, made at build
 * time from the same texts the search indexes (page-data.ts entryText), with how often each occurs.
 *
 * Rule: a query word of 4+ letters that is not a word of the magazine, and not the start of one
 * (Pagefind finds "wandel" in "wandelclub"), is replaced by the most frequent word of the magazine
 * at edit distance 1 (words up to 7 letters) or 2 (longer words); a swap of two neighbouring letters
 * counts as 1 ("rollatro"). Pure functions, shared by the build (the word list) and the browser.
 */

export type WordCounts = Record<string, number>;

/** Lower-case words of a text: letters only, diacritics kept. */
export function textWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** How often each word of 4+ letters occurs in the texts. */
export function countWords(texts: Iterable<string>, minLength = 4): WordCounts {
  const counts: WordCounts = {};
  for (const text of texts) for (const w of textWords(text)) if (w.length >= minLength) counts[w] = (counts[w] ?? 0) + 1;
  return counts;
}

/** Optimal-string-alignment distance (Levenshtein plus swaps of neighbours), stopping above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length][b.length];
}

/** The magazine's word for a mistyped one, or undefined when the word is fine or nothing is close. */
export function suggestWord(word: string, counts: WordCounts): string | undefined {
  const w = word.toLowerCase();
  if (w.length < 4 || !/^\p{L}+$/u.test(w)) return undefined;
  if (counts[w]) return undefined;
  const known = Object.keys(counts);
  if (known.some((k) => k.startsWith(w))) return undefined;
  const max = w.length <= 7 ? 1 : 2;
  let best: { word: string; distance: number; count: number } | undefined;
  for (const k of known) {
    const distance = editDistance(w, k, max);
    if (distance > max) continue;
    const count = counts[k];
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: k, distance, count };
  }
  return best?.word;
}

/** Whether the query has a word suggestWord could replace (so the word list is worth fetching). */
export function needsWords(query: string): boolean {
  return textWords(query).some((w) => w.length >= 4);
}

/** The query with each mistyped word replaced, or undefined when nothing changes. */
export function suggestQuery(query: string, counts: WordCounts): string | undefined {
  let changed = false;
  const out = query.replace(/\p{L}+/gu, (word) => {
    const s = suggestWord(word, counts);
    if (!s) return word;
    changed = true;
    return s;
  });
  return changed ? out : undefined;
}
