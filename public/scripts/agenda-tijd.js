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
 *   [data-agenda]       a list; data-periode="deze-week" makes it a period list
 *   [data-dag-groep]    a day's group; hidden when none of its occurrences is shown
 *   [data-agenda-leeg]  the "nothing (left) to show" message of the enclosing [data-agenda]
 *
 * The period rule is the same as periodeRange() in src/lib/agenda.ts; tests/unit/agenda.test.ts
 * checks both against the same cases.
 */
const TZ = 'Europe/Amsterdam';

const keyFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Amsterdam date of an instant, as "2026-03-14". @param {Date} date */
export function dayKey(date) {
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

/** @param {string} day @param {string} periode @param {string} today */
export function inPeriode(day, periode, today) {
  const r = periodeRange(periode, today);
  return !r || (day >= r.first && (r.last === null || day <= r.last));
}

/**
 * Show or hide every occurrence under `root` for the moment `now`.
 * @param {ParentNode} root @param {Date} now
 */
export function refresh(root, now) {
  const today = dayKey(now);
  for (const el of root.querySelectorAll('[data-einde]')) {
    if (!(el instanceof HTMLElement)) continue;
    const ended = new Date(el.dataset.einde ?? '').getTime() <= now.getTime();
    const list = el.closest('[data-agenda]');
    const periode = list instanceof HTMLElement ? list.dataset.periode : undefined;
    const outside = Boolean(periode && el.dataset.dag && !inPeriode(el.dataset.dag, periode, today));
    el.hidden = ended || outside;
  }
  for (const group of root.querySelectorAll('[data-dag-groep]')) {
    if (group instanceof HTMLElement) group.hidden = !group.querySelector('[data-einde]:not([hidden])');
  }
  for (const list of root.querySelectorAll('[data-agenda]')) {
    const empty = !list.querySelector('[data-einde]:not([hidden])');
    for (const msg of list.querySelectorAll('[data-agenda-leeg]')) if (msg instanceof HTMLElement) msg.hidden = !empty;
  }
}

if (typeof document !== 'undefined') {
  refresh(document, new Date());
  // Coming back with the back button can show a page from memory: check again.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) refresh(document, new Date());
  });
}
