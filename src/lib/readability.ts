/**
 * Leesniveau: a Dutch readability indication for editors (issue 7, point 5).
 *
 *   import { leesniveau, leesniveauRegels } from '../src/lib/readability';
 *   const rapport = leesniveau(markdownBody);       // numbers and B1 signals
 *   const regels = leesniveauRegels(rapport);       // the same, as Dutch sentences for an editor
 *
 * Used by `npm run check:content` (warnings, never failures) and meant for the CMS preview:
 * this module has no Node-only imports, so a browser bundle can import it as is.
 *
 * Score: Flesch-Douma (Douma 1960, the Dutch adaptation of Flesch reading ease)
 *   206.835 − 0.93 × (words / sentence) − 77 × (syllables / word)
 * Syllables are Dutch: the word is split with the Dutch TeX hyphenation patterns (npm `hyphen`,
 * patterns/nl), then each part counts its vowel nuclei (aa, ee, ie, oe, ij, ui, eeu, ooi …).
 * The patterns find the syllable breaks inside vowel runs (mu-se-um, be-a-men); the nuclei
 * catch what the patterns leave unbroken at word edges (e-ten, i-de-aal).
 */
import hyphenNl from 'hyphen/nl/index.js';
import jargonData from './jargon-nl.json';
import { t, type StringKey } from '../i18n/index';

export interface JargonEntry {
  vormen: string[];
  alternatief: string;
}

export interface JargonHit {
  /** The word or phrase as found in the text. */
  woord: string;
  alternatief: string;
  aantal: number;
}

export interface ReadabilityReport {
  /** Flesch-Douma score (rounded to one decimal). Higher is easier; 60 and up is about B1. */
  score: number;
  niveau: 'heel-makkelijk' | 'makkelijk' | 'redelijk' | 'moeilijk' | 'heel-moeilijk';
  woorden: number;
  zinnen: number;
  lettergrepen: number;
  woordenPerZin: number;
  lettergrepenPerWoord: number;
  /** Sentences with more than LONG_SENTENCE words. */
  langeZinnen: Array<{ zin: string; woorden: number }>;
  /** Words with LONG_WORD_SYLLABLES syllables or more (unique, in order of appearance). */
  langeWoorden: Array<{ woord: string; lettergrepen: number }>;
  /** Sentences that look passive: wordt/worden/werd/werden + a past participle in the same clause. */
  lijdendeVorm: string[];
  jargon: JargonHit[];
}

export const LONG_SENTENCE = 20;
export const LONG_WORD_SYLLABLES = 5;
/** Below this score check:content warns. */
export const SCORE_WARNING = 60;

const jargonList: JargonEntry[] = (jargonData as { woorden: JargonEntry[] }).woorden;

// ---------- syllables ----------

const SOFT_HYPHEN = '\u00AD';
/** Vowel clusters that form one syllable nucleus in Dutch, longest first. */
const NUCLEI = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'eau', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ei', 'ij', 'ui', 'ou', 'au', 'ai'];
const VOWELS = new Set('aeiouy');
/** Letters with a diaeresis always start a new syllable (zee-ën, ru-ï-ne). */
const DIAERESIS = new Set('äëïöü');

/** é → e, à → a …; the diaeresis letters stay (they mark a syllable break). */
function foldAccents(s: string): string {
  return s.replace(/[áàâéèêíìîóòôúùûý]/g, (c) => c.normalize('NFD')[0]);
}

function countNuclei(part: string): number {
  let count = 0;
  let i = 0;
  while (i < part.length) {
    const c = part[i];
    if (DIAERESIS.has(c)) {
      count++;
      i++;
      continue;
    }
    if (!VOWELS.has(c)) {
      i++;
      continue;
    }
    const match = NUCLEI.find((n) => part.startsWith(n, i));
    count++;
    i += match ? match.length : 1;
  }
  return count;
}

const cache = new Map<string, number>();

/** Number of syllables of one Dutch word ("ziekenhuis" → 3, "zorgverzekering" → 5). */
export function syllables(word: string): number {
  const w = word.trim();
  if (!w) return 0;
  const cached = cache.get(w);
  if (cached !== undefined) return cached;
  let n: number;
  if (w.includes('-')) {
    n = w.split('-').filter(Boolean).reduce((sum, p) => sum + syllables(p), 0);
  } else if (/^\d+([.,]\d+)?$/.test(w)) {
    n = Math.max(1, w.replace(/\D/g, '').length); // a rough reading of numbers
  } else if (/^[A-Z]{2,5}$/.test(w)) {
    n = w.length; // spelled-out abbreviations: GGD, CJG, UWV → ge-ge-de
  } else {
    const lower = foldAccents(w.toLowerCase());
    const parts = hyphenNl.hyphenateSync(lower, { hyphenChar: SOFT_HYPHEN, minWordLength: 4 }).split(SOFT_HYPHEN);
    n = parts.reduce((sum, p) => sum + Math.max(/\p{L}/u.test(p) ? 1 : 0, countNuclei(p)), 0);
    n = Math.max(1, n);
  }
  if (cache.size > 20000) cache.clear();
  cache.set(w, n);
  return n;
}

// ---------- text ----------

/**
 * Plain text from a Markdown/MDX body: markup removed, every heading, list item and block its own
 * sentence (so a heading without a full stop is not glued to the next sentence).
 */
export function plainText(markdown: string): string {
  let s = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  s = s.replace(/^---\n[\s\S]*?\n---\n/, ''); // frontmatter, if any
  s = s.replace(/^(```|~~~)[\s\S]*?^\1.*$/gm, ''); // code fences
  s = s.replace(/<!--[\s\S]*?-->/g, '');
  s = s.replace(/^\s*(import|export)\s.*$/gm, ''); // MDX imports/exports
  s = s.replace(/<[^>\n]+>/g, ' '); // HTML and component tags
  s = s.replace(/^\s*:{2,}.*$/gm, '\n'); // block directives (:::tipkader{…}, ::foto{…}, :::)
  s = s.replace(/!\[[^\]]*\]\([^)]*\)/g, ''); // images
  s = s.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'); // links → their text
  s = s.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1');
  s = s.replace(/^\[[^\]]+\]:.*$/gm, ''); // link definitions
  s = s.replace(/https?:\/\/\S+/g, ''); // bare addresses are not read as words
  s = s.replace(/[*_`~]+/g, '');
  s = s.replace(/^\s*\|?[-:| ]+\|[-:| ]*$/gm, ''); // table separators
  s = s.replace(/\|/g, '\n');

  const units: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) units.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of s.split('\n')) {
    const line = raw.trim().replace(/^>\s*/, '').trim();
    if (!line) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const item = /^(?:[-+*]|\d+[.)])\s+(.*)$/.exec(line);
    if (heading || item) {
      flush();
      units.push((heading ?? item)![1]);
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return units
    .map((u) => u.replace(/\s+/g, ' ').trim())
    .filter((u) => /[\p{L}\p{N}]/u.test(u))
    .map((u) => (/[.!?…:;]["'”’)]*$/.test(u) ? u : `${u}.`))
    .join('\n');
}

/** Common Dutch abbreviations whose full stops do not end a sentence. */
const ABBREVIATIONS = [
  'bijv', 'bv', 'o.a', 'd.w.z', 'enz', 'etc', 'ca', 'dr', 'drs', 'ir', 'ing', 'mr', 'mevr', 'dhr', 'nr', 'blz', 'i.v.m', 'm.b.t', 't.a.v', 'n.a.v',
  'd.m.v', 't.b.v', 'z.s.m', 'a.s', 'jl', 'incl', 'excl', 'max', 'min', 'tel', 'vs', 'e.d', 'e.a', 'm.u.v', 'o.b.v', 'p.p', 'st', 'prof', 'ong',
];
const ABBREVIATION_RE = new RegExp(`(?<![\\p{L}.])(${ABBREVIATIONS.map((a) => a.replace(/\./g, '\\.')).join('|')})\\.`, 'giu');

/** Sentences of plain text: split after . ! ? … (not inside 10.30 uur or after bijv.). */
export function sentences(text: string): string[] {
  const protectedText = text.replace(ABBREVIATION_RE, (m) => m.replace(/\./g, '\u2024'));
  return protectedText
    .split(/(?<=[.!?…:;]["'”’)]*)\s+(?=["'“‘(]?[\p{Lu}\p{N}])|(?<=[.!?…]["'”’)]*)\s*\n|\n+/u)
    .map((s) => s.replace(/\u2024/g, '.').trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Words of a sentence: letters and digits, with inner hyphens and apostrophes (Wmo-loket, auto's). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? [];
}

// ---------- B1 signals ----------

const PASSIVE_AUX = new Set(['wordt', 'worden', 'werd', 'werden']);
const SEPARABLE = '(?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor|weg|samen|thuis|klaar|kapot|schoon|vrij)?';
/** ge…d / ge…t / ge…en (gebracht, opgehaald, gegeven) and the ge-less be-/ver-/ont-/her-/er- participles. */
const PARTICIPLE = new RegExp(`^(?:${SEPARABLE}ge\\p{L}{2,}(?:d|t|en)|(?:be|ver|ont|her|er)\\p{L}{2,}(?:d|t))$`, 'u');
/** Look-alikes of participles that are not (adjectives, nouns, adverbs). */
const NOT_PARTICIPLE = new Set(['gebied', 'gezond', 'geleden', 'genoeg', 'gewend', 'gebiedsteam', 'geld', 'gedicht', 'gezicht', 'gevoel', 'getal', 'gebit', 'bericht', 'verschil', 'verband', 'bestand', 'verstand', 'beleid', 'verhaal', 'verleden', 'gelegen', 'tevreden', 'gelegenheid', 'gezet', 'besteed', 'bed', 'bereid', 'belangrijk', 'verkeerd', 'ervaren', 'verbonden', 'beroemd']);

function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return !NOT_PARTICIPLE.has(w) && PARTICIPLE.test(w);
}

/** True when the sentence has wordt/worden/werd/werden with a past participle in the same clause (either order). */
export function isPassive(sentence: string): boolean {
  for (const clause of sentence.split(/[,;:()–—]| - /)) {
    const ws = words(clause).map((w) => w.toLowerCase());
    for (let i = 0; i < ws.length; i++) {
      if (!PASSIVE_AUX.has(ws[i])) continue;
      const window = [...ws.slice(Math.max(0, i - 6), i), ...ws.slice(i + 1, i + 10)];
      if (window.some(isParticiple)) return true;
    }
  }
  return false;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const jargonMatchers = jargonList.map((entry) => ({
  entry,
  re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${entry.vormen.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
}));

/** Jargon from src/lib/jargon-nl.json found in the text, with its plain alternative. */
export function findJargon(text: string): JargonHit[] {
  const hits: JargonHit[] = [];
  for (const { entry, re } of jargonMatchers) {
    const found = text.match(re);
    if (found) hits.push({ woord: found[0], alternatief: entry.alternatief, aantal: found.length });
  }
  return hits;
}

// ---------- score ----------

export function fleschDouma(wordCount: number, sentenceCount: number, syllableCount: number): number {
  if (!wordCount || !sentenceCount) return 0;
  return 206.835 - 0.93 * (wordCount / sentenceCount) - 77 * (syllableCount / wordCount);
}

export function niveauOf(score: number): ReadabilityReport['niveau'] {
  if (score >= 80) return 'heel-makkelijk';
  if (score >= SCORE_WARNING) return 'makkelijk';
  if (score >= 45) return 'redelijk';
  if (score >= 30) return 'moeilijk';
  return 'heel-moeilijk';
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Readability of plain text (already stripped of markup). */
export function analyseText(text: string): ReadabilityReport {
  const zinnen = sentences(text);
  let woorden = 0;
  let lettergrepen = 0;
  const langeZinnen: ReadabilityReport['langeZinnen'] = [];
  const langeWoorden = new Map<string, { woord: string; lettergrepen: number }>();
  const lijdendeVorm: string[] = [];
  for (const zin of zinnen) {
    const ws = words(zin);
    woorden += ws.length;
    for (const w of ws) {
      const n = syllables(w);
      lettergrepen += n;
      if (n >= LONG_WORD_SYLLABLES && !langeWoorden.has(w.toLowerCase())) langeWoorden.set(w.toLowerCase(), { woord: w, lettergrepen: n });
    }
    if (ws.length > LONG_SENTENCE) langeZinnen.push({ zin, woorden: ws.length });
    if (isPassive(zin)) lijdendeVorm.push(zin);
  }
  const score = fleschDouma(woorden, zinnen.length, lettergrepen);
  return {
    score: round1(score),
    niveau: niveauOf(score),
    woorden,
    zinnen: zinnen.length,
    lettergrepen,
    woordenPerZin: zinnen.length ? round1(woorden / zinnen.length) : 0,
    lettergrepenPerWoord: woorden ? Math.round((lettergrepen / woorden) * 100) / 100 : 0,
    langeZinnen,
    langeWoorden: [...langeWoorden.values()],
    lijdendeVorm,
    jargon: findJargon(text),
  };
}

/** Readability of a Markdown/MDX body, as an editor writes it. The main entry point. */
export function leesniveau(markdown: string): ReadabilityReport {
  return analyseText(plainText(markdown));
}

const shorten = (s: string, max = 80) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/**
 * The report as short Dutch lines for an editor: first the score, then one line per B1 signal
 * that occurs (with at most `voorbeelden` examples each). Used by check:content and the CMS preview.
 */
export function leesniveauRegels(r: ReadabilityReport, voorbeelden = 3): string[] {
  const lines = [t('leesniveau.score', { score: Math.round(r.score), niveau: t(`leesniveau.niveau.${r.niveau}` as StringKey), woorden: r.woordenPerZin })];
  if (r.langeZinnen.length)
    lines.push(t('leesniveau.langeZinnen', { n: r.langeZinnen.length, max: LONG_SENTENCE, voorbeelden: r.langeZinnen.slice(0, voorbeelden).map((z) => `"${shorten(z.zin)}"`).join('; ') }));
  if (r.langeWoorden.length)
    lines.push(t('leesniveau.langeWoorden', { n: r.langeWoorden.length, voorbeelden: r.langeWoorden.slice(0, voorbeelden * 2).map((w) => w.woord).join(', ') }));
  if (r.lijdendeVorm.length)
    lines.push(t('leesniveau.lijdendeVorm', { n: r.lijdendeVorm.length, voorbeelden: r.lijdendeVorm.slice(0, voorbeelden).map((z) => `"${shorten(z)}"`).join('; ') }));
  for (const j of r.jargon) lines.push(t('leesniveau.jargon', { woord: j.woord, alternatief: j.alternatief }));
  return lines;
}

/** Whether the report deserves a warning in check:content (score too low or any B1 signal). */
export function needsAttention(r: ReadabilityReport): boolean {
  return r.woorden > 0 && (r.score < SCORE_WARNING || r.langeZinnen.length > 0 || r.lijdendeVorm.length > 0 || r.jargon.length > 0);
}

/**
 * The text a reader reads of an artikel or tip, as Markdown: samenvatting, stappen and voor wie
 * (tips) before the body. The title is left out (a headline is no sentence).
 */
export function readableMarkdown(data: Record<string, unknown>, body: string): string {
  const parts: string[] = [];
  if (typeof data.samenvatting === 'string') parts.push(data.samenvatting);
  if (Array.isArray(data.stappen)) parts.push(data.stappen.filter((s) => typeof s === 'string').map((s) => `- ${s}`).join('\n'));
  if (typeof data.voorWie === 'string') parts.push(data.voorWie);
  parts.push(body);
  return parts.join('\n\n');
}
