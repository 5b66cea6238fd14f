/**
 * Keeps a built agenda page true to the clock of the reader (issue 4, point 3).
 *
 * The pages are built once a day, with past occurrences left out. Between two builds this
 * script, loaded as an external module (no inline code, so a strict CSP can forbid inline
 * scripts), hides what has ended since and re-checks the period of a period page
 * ("vandaag", "deze week", …) against today's date in Amsterdam. Without JavaScript the page
 * is still right on the day it was built.
 *
 * The page tells it what it needs with data attributes:
 *   [data-einde]        an occurrence (ISO instant of its end); hidden once that has passed
 *   [data-dag]          the Amsterdam date of that occurrence (2026-03-14)
 *   [data-agenda]       a list; data-periode="deze-week" makes it a period list, and then
 *                       data-gebouwd (the build's Amsterdam date) with data-gebouwd-van and
 *                       data-gebouwd-tot (the instants that day begins and ends) say which day
 *                       "today" is without asking Intl, as long as the page is that day's build
 *   [data-dag-groep]    a day's group; hidden when none of its occurrences is shown
 *   [data-agenda-leeg]  the "nothing (left) to show" message of the enclosing [data-agenda]
 *
 * The period rule is the same as periodeRange() in src/lib/agenda.ts; tests/unit/agenda.test.ts
 * checks both against the same cases.
 *
 * Cheap on load (issue 9): the first Intl.DateTimeFormat a page makes costs 25–50 ms on this
 * kind of machine (ICU starting up), four times that on a slow tablet, in one long task. Only a
 * period list needs today's Amsterdam date, and on the day of the build the page says which day
 * that is, so the formatter is made only for a period page opened on a later day. No layout is
 * read, and an element's hidden is only written when it changes.
 */
const TZ = 'Europe/Amsterdam';

/** @type {Intl.DateTimeFormat | undefined} made on first use (see above) */
let keyFormat;

/** The Amsterdam date of an instant, as "2026-03-14". @param {Date} date */
export function dayKey(date) {
  if (!keyFormat) keyFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' });
  /** @type {Record<string, string>} */
  const p = {};
  for (const part of keyFormat.formatToParts(date)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}`;
}

/** @param {string} key */
const toCalendar = (key) => {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};
/** @param {Date} c */
const fromCalendar = (c) => c.toISOString().slice(0, 10);

/** @param {string} key @param {number} days */
export function addDays(key, days) {
  const c = toCalendar(key);
  c.setUTCDate(c.getUTCDate() + days);
  return fromCalendar(c);
}

/** @param {string} key */
export function lastDayOfMonth(key) {
  const c = toCalendar(key);
  return fromCalendar(new Date(Date.UTC(c.getUTCFullYear(), c.getUTCMonth() + 1, 0)));
}

/**
 * First and last day (inclusive) of a period seen from `today`; last null = open-ended.
 * @param {string} periode @param {string} today
 * @returns {{ first: string, last: string | null } | null}
 */
export function periodeRange(periode, today) {
  if (periode === 'vandaag') return { first: today, last: today };
  if (periode === 'deze-week') return { first: today, last: addDays(today, (7 - toCalendar(today).getUTCDay()) % 7) };
  if (periode === 'deze-maand') return { first: today, last: lastDayOfMonth(today) };
  if (periode === 'later') return { first: addDays(lastDayOfMonth(today), 1), last: null };
  return null;
}

/** @param {string} day @param {{ first: string, last: string | null }} r */
const inRange = (day, r) => day >= r.first && (r.last === null || day <= r.last);

/** @param {string} day @param {string} periode @param {string} today */
export function inPeriode(day, periode, today) {
  const r = periodeRange(periode, today);
  return !r || inRange(day, r);
}

/**
 * Today's Amsterdam date for a list: the build's date while `now` is still within that day
 * (the page says when it begins and ends), else from Intl.
 * @param {HTMLElement} list @param {Date} now
 */
function todayFor(list, now) {
  const { gebouwd, gebouwdVan, gebouwdTot } = list.dataset;
  const t = now.getTime();
  if (gebouwd && gebouwdVan && gebouwdTot && t >= Date.parse(gebouwdVan) && t < Date.parse(gebouwdTot)) return gebouwd;
  return dayKey(now);
}

/** @param {HTMLElement} el @param {boolean} hidden */
function setHidden(el, hidden) {
  if (el.hidden !== hidden) el.hidden = hidden;
}

/**
 * Show or hide every occurrence under `root` for the moment `now`.
 * @param {ParentNode} root @param {Date} now
 */
export function refresh(root, now) {
  const t = now.getTime();
  /** The period range of each list; null = not a period list. @type {Map<Element | null, { first: string, last: string | null } | null>} */
  const ranges = new Map();
  /** @param {Element | null} list */
  const rangeOf = (list) => {
    if (!ranges.has(list)) {
      const periode = list instanceof HTMLElement ? list.dataset.periode : undefined;
      ranges.set(list, periode && list instanceof HTMLElement ? periodeRange(periode, todayFor(list, now)) : null);
    }
    return ranges.get(list);
  };
  for (const el of root.querySelectorAll('[data-einde]')) {
    if (!(el instanceof HTMLElement)) continue;
    const ended = Date.parse(el.dataset.einde ?? '') <= t;
    const r = ended ? null : rangeOf(el.closest('[data-agenda]'));
    const day = el.dataset.dag;
    const outside = Boolean(r && day && !inRange(day, r));
    setHidden(el, ended || outside);
  }
  for (const group of root.querySelectorAll('[data-dag-groep]')) {
    if (group instanceof HTMLElement) setHidden(group, !group.querySelector('[data-einde]:not([hidden])'));
  }
  for (const list of root.querySelectorAll('[data-agenda]')) {
    const empty = !list.querySelector('[data-einde]:not([hidden])');
    for (const msg of list.querySelectorAll('[data-agenda-leeg]')) if (msg instanceof HTMLElement) setHidden(msg, !empty);
  }
}

if (typeof document !== 'undefined') {
  refresh(document, new Date());
  // Coming back with the back button can show a page from memory: check again.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) refresh(document, new Date());
  });
}
