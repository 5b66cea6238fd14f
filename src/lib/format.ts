/** Dutch formatting of dates and reading time. Pure functions, unit-tested. */

const TZ = 'Europe/Amsterdam';

// Making an Intl.DateTimeFormat with a time zone is slow (about half a millisecond); a build formats
// thousands of dates, so each format is made once (measured in the 2,000-article bench, issue 9).
const formatters = new Map<string, Intl.DateTimeFormat>();
function dtf(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat('nl-NL', { ...options, timeZone: TZ })));
  return f;
}

/** "3 juli 2026" */
export function formatDate(d: Date): string {
  return dtf({ day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

/** "vrijdag 3 juli 2026" */
export function formatDateLong(d: Date): string {
  return dtf({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

/** ISO date for <time datetime>: "2026-07-03" */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Words in a Markdown body (ignores markup characters). */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^:{2,3}\w*(\{[^}]*\})?/gm, ' ')
    .replace(/[#>*_`~|-]/g, ' ');
  // One pass: a word is a run of non-spaces with at least one letter or digit.
  return text.match(/[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu)?.length ?? 0;
}

/** Minutes to read at a calm pace for older readers (180 words a minute), at least 1. */
export function readingMinutes(markdown: string, wordsPerMinute = 180): number {
  return Math.max(1, Math.round(countWords(markdown) / wordsPerMinute));
}

/** "10.00" in Amsterdam time (Dutch style uses a period). */
export function formatTime(d: Date): string {
  return dtf({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d).replace(':', '.');
}

/** "dinsdag 3 maart" (year added when it is not the current year of `now`). */
export function formatDay(d: Date, now: Date = new Date()): string {
  const sameYear = dtf({ year: 'numeric' }).format(d) === dtf({ year: 'numeric' }).format(now);
  return dtf({ weekday: 'long', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) }).format(d);
}

/** "dinsdag 3 maart, 10.00–11.30 uur" */
export function formatOccurrence(start: Date, end: Date, now: Date = new Date()): string {
  return `${formatDay(start, now)}, ${formatTime(start)}–${formatTime(end)} uur`;
}

/**
 * Plain text as HTML text. RSS readers show an item's description as HTML, and @astrojs/rss
 * escapes it only for XML: without this, a samenvatting "a <b> & c" would be read as markup
 * (issue 15). The feed carries "&amp;lt;b&amp;gt;", which a reader shows as "<b>".
 */
export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
