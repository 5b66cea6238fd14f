/**
 * Leesniveau while writing (issue 16, point 4): the CMS preview of an artikel or tip shows the
 * Flesch-Douma score in words, the long sentences, the long words and the jargon with a plainer
 * alternative, live as the editor types (Decap re-renders the preview on every change), and marks
 * the long words and the jargon in the previewed text. The rules and the Dutch sentences are those
 * of `npm run check:content` (src/lib/readability.ts, src/i18n/nl.json): one rule, once.
 * Pure except markWords(), which only touches the preview's DOM.
 */
import { t } from '../src/i18n/index';
import { leesniveau, leesniveauRegels, readableMarkdown, type ReadabilityReport } from '../src/lib/readability';

export interface LeesniveauPanel {
  titel: string;
  uitleg: string;
  /** The report as Dutch sentences: the score first, then one line per B1 signal. */
  regels: string[];
  report: ReadabilityReport;
  /** Words to mark in the preview (lower case) with the title each mark gets. */
  marks: Map<string, string>;
}

/** The panel for an entry's data and body, or null while there is no text to judge yet. */
export function leesniveauPanel(data: Record<string, unknown>, body: string): LeesniveauPanel | null {
  const report = leesniveau(readableMarkdown(data, body));
  if (report.woorden === 0) return null;
  const marks = new Map<string, string>();
  for (const w of report.langeWoorden) marks.set(w.woord.toLowerCase(), t('leesniveau.markLang', { n: w.lettergrepen }));
  for (const j of report.jargon) marks.set(j.woord.toLowerCase(), t('leesniveau.markJargon', { alternatief: j.alternatief }));
  return { titel: t('leesniveau.titel'), uitleg: t('leesniveau.uitleg'), regels: leesniveauRegels(report), report, marks };
}

const MARK_CLASS = 'cms-leesniveau-mark';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Wrap every occurrence of the marked words in the text under `root` in <mark class="…" title="…">.
 * Idempotent: marks of this class made before are removed first, so a re-render never nests them.
 * The spelling check (cms/spelling.ts) marks with its own class.
 */
export function markWords(root: Element, marks: Map<string, string>, className = MARK_CLASS): void {
  const doc = root.ownerDocument;
  for (const old of Array.from(root.querySelectorAll(`mark.${className}`))) old.replaceWith(...Array.from(old.childNodes));
  root.normalize();
  if (!marks.size) return;
  // Longest first, so "gemeentelijke voorziening" wins over "voorziening"; whole words only.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${[...marks.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const text of texts) {
    const value = text.data;
    pattern.lastIndex = 0;
    if (!pattern.test(value)) continue;
    pattern.lastIndex = 0;
    const parts: Node[] = [];
    let at = 0;
    for (const m of value.matchAll(pattern)) {
      if (m.index > at) parts.push(doc.createTextNode(value.slice(at, m.index)));
      const mark = doc.createElement('mark');
      mark.className = className;
      mark.title = marks.get(m[0].toLowerCase()) ?? '';
      mark.textContent = m[0];
      parts.push(mark);
      at = m.index + m[0].length;
    }
    if (at < value.length) parts.push(doc.createTextNode(value.slice(at)));
    text.replaceWith(...parts);
  }
}
