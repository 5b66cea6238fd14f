/**
 * Dutch compound words for search (issue 6, point 4).
 *
 * Pagefind matches query words as *prefixes* of indexed words (after Dutch stemming), so
 * "wandel" already finds "wandelclub" and "val" finds "valpreventie". What it cannot do is
 * find the *tail* of a compound: "aanpassing" misses "woningaanpassing", "zorg" misses
 * "thuiszorg". We help cheaply at build time: every page gets the tails of its compounds as
 * hidden, searchable keywords (a Pagefind meta field, so they never show up in excerpts).
 *
 * A word is split only where both halves are known words: the tail must occur on its own in the
 * site's content (or in the short list below) and so must the head (allowing the Dutch linking
 * letters -s-, -e-, -en-). Verb particles and prefixes ("ver", "ont", "aan", "voor", ...) never
 * count as a head, so "ontmoeten" is not split into "moeten". Pure functions, unit-tested.
 */

/** Common parts of compounds in this magazine's domain, in case the content never uses them alone. */
export const BASE_WORDS = [
  'aanpassing', 'aanpassingen', 'avond', 'bad', 'badkamer', 'bank', 'beurs', 'bezoek', 'bijeenkomst', 'boek', 'boeken',
  'brief', 'buurt', 'café', 'centrum', 'club', 'concert', 'cursus', 'dag', 'deur', 'diner', 'dienst', 'dokter', 'drempel',
  'fiets', 'geld', 'gesprek', 'groep', 'hulp', 'huis', 'kamer', 'keuken', 'koffie', 'koor', 'kosten', 'les', 'loket',
  'lunch', 'maaltijd', 'markt', 'middag', 'ochtend', 'preventie', 'reis', 'route', 'spreekuur', 'stoel', 'tafel',
  'taxi', 'telefoon', 'testament', 'thee', 'thuis', 'tocht', 'trap', 'uitje', 'val', 'vervoer', 'vrijwilliger',
  'wandeling', 'wandelingen', 'water', 'wijk', 'woning', 'zorg', 'zorgen',
];

/** Never a head: verb particles and prefixes that make derivations, not compounds. */
const NOT_A_HEAD = new Set([
  'aan', 'af', 'be', 'bij', 'door', 'er', 'ge', 'her', 'in', 'mee', 'mis', 'na', 'om', 'on', 'ont', 'onder', 'op', 'over',
  'te', 'tegen', 'toe', 'uit', 'ver', 'voor', 'weg', 'terug', 'samen', 'vol', 'achter', 'rond', 'neer', 'los', 'vast',
]);

const MIN_HEAD = 3;
const MIN_TAIL = 4;
const MIN_COMPOUND = MIN_HEAD + MIN_TAIL;

/** Lower-case words of a text (letters only, diacritics kept). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** The vocabulary: every word that occurs on its own in the given texts, plus BASE_WORDS. */
export function vocabulary(texts: Iterable<string>, base: readonly string[] = BASE_WORDS): Set<string> {
  const vocab = new Set<string>(base);
  for (const text of texts) for (const w of words(text)) vocab.add(w);
  return vocab;
}

function isHead(head: string, vocab: Set<string>): boolean {
  if (head.length < MIN_HEAD || NOT_A_HEAD.has(head)) return false;
  if (vocab.has(head)) return true;
  // Verb stems: "wandelclub" = wandel(en) + club, "fietstocht" = fiets(en) + tocht.
  if (vocab.has(`${head}en`)) return true;
  // Linking letters: "levenstestament" = leven + s + testament, "boekenkast" = boek + en + kast.
  for (const link of ['s', 'en', 'e']) {
    if (head.endsWith(link)) {
      const bare = head.slice(0, -link.length);
      if (bare.length >= MIN_HEAD && !NOT_A_HEAD.has(bare) && vocab.has(bare)) return true;
    }
  }
  return false;
}

/**
 * The tails of a compound that readers might search for on their own:
 * "woningaanpassing" -> ["aanpassing"], "valpreventie" -> ["preventie"]. Empty for other words.
 * Longer tails come first; a tail that is itself a compound is split further.
 */
export function compoundTails(word: string, vocab: Set<string>): string[] {
  const w = word.toLowerCase();
  if (w.length < MIN_COMPOUND) return [];
  const tails: string[] = [];
  for (let i = MIN_HEAD; i <= w.length - MIN_TAIL; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (vocab.has(tail) && isHead(head, vocab)) {
      tails.push(tail);
      for (const t of compoundTails(tail, vocab)) tails.push(t);
      break; // the longest known tail wins; its own tails come from the recursion
    }
  }
  return [...new Set(tails)];
}

/** Search keywords for a page: all compound tails in its text that are not already words of the text. */
export function compoundKeywords(text: string, vocab: Set<string>, max = 40): string[] {
  const own = new Set(words(text));
  const out = new Set<string>();
  for (const w of own) {
    for (const tail of compoundTails(w, vocab)) if (!own.has(tail)) out.add(tail);
    if (out.size >= max) break;
  }
  return [...out].slice(0, max);
}
