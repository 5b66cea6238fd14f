/**
 * The search page in the browser: reads the state from the URL, asks Pagefind, renders results
 * with the site's own markup, keeps the URL up to date and announces the result count.
 * Loaded as an external module script (no inline script, so a strict CSP can forbid them).
 */
import type { PagefindApi, PagefindResult, PagefindResultData } from './pagefind-api';
import {
  cleanQuery,
  fill,
  formatIsoDay,
  hasFilters,
  isActive,
  pagefindFilters,
  parseState,
  pastDays,
  safeResultUrl,
  stateToSearch,
  toggleFilter,
  FILTER_GROUPS,
  type FilterGroup,
  type SearchState,
} from './search-state';
import { todayKey } from '../../lib/time';
import { needsWords, suggestQuery, type WordCounts } from './spelling';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 300;
const BUNDLE = '/pagefind/pagefind.js';
/**
 * The magazine's own words, for "Bedoelde u …?" (spelling.ts); fetched only when a search has a word
 * it could correct, and then after the results are on screen unless nothing was found.
 */
const WORDS = '/zoeken/woorden.json';
/** Marked when the first results are on screen; read by `npm run bench`. */
export const FIRST_RESULTS_MARK = 'zoeken:eerste-resultaten';

function required<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`search page: missing ${selector}`);
  return el;
}

/** Pagefind's excerpt as DOM nodes: text plus <mark>, nothing else survives. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const out: Node[] = [];
  doc.body.firstElementChild?.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent ?? ''));
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent ?? '';
      out.push(mark);
    } else out.push(document.createTextNode(node.textContent ?? ''));
  });
  return out;
}

export function startSearchPage(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const s = (key: string, vars: Record<string, string | number> = {}) => fill(strings[key] ?? key, vars);
  const count = (base: string, n: number, vars: Record<string, string | number> = {}) => s(`${base}.${n === 1 ? 'one' : 'other'}`, { n, ...vars });

  const form = required<HTMLFormElement>(root, 'form[data-zoekformulier]');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const filterBox = required<HTMLElement>(root, '[data-filters]');
  const filterButtons = [...root.querySelectorAll<HTMLButtonElement>('button[data-filter]')];
  const clearButton = required<HTMLButtonElement>(root, 'button[data-filters-uit]');
  const rubriekDetails = root.querySelector<HTMLDetailsElement>('details[data-rubrieken]');
  const status = required<HTMLElement>(root, '[data-status]');
  const list = required<HTMLOListElement>(root, '[data-lijst]');
  const moreButton = required<HTMLButtonElement>(root, 'button[data-meer]');
  const pastBox = required<HTMLElement>(root, '[data-voorbij]');
  const pastText = required<HTMLElement>(pastBox, '[data-voorbij-tekst]');
  const pastButton = required<HTMLButtonElement>(pastBox, 'button');
  const suggestionLine = required<HTMLElement>(root, '[data-suggestie]');

  // The reader's today (Amsterdam) and the past activities' last days, worked out on the first
  // search, not on load; in the two weeks after the build without Intl, which is slow to start
  // (src/lib/time.ts).
  let todayValue: string | undefined;
  const built = { day: root.dataset.gebouwd ?? '', starts: (root.dataset.dagen ?? '').split(' ').filter(Boolean).map(Number) };
  const today = () => (todayValue ??= todayKey(new Date(), built));
  let state: SearchState = parseState(location.search);
  let pagefind: Promise<PagefindApi> | undefined;
  let latest = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  let marked = false;
  let typingTimer: number | undefined;
  /** True while the reader is typing a new search that already has its own history entry. */
  let typingEntry = false;

  let words: Promise<WordCounts> | undefined;
  function loadWords(): Promise<WordCounts> {
    words ??= fetch(WORDS)
      .then((r) => (r.ok ? (r.json() as Promise<WordCounts>) : {}))
      .catch(() => ({}));
    return words;
  }

  /** "Bedoelde u <a>rollator</a>?" under the status, or nothing. */
  function showSuggestion(suggestion: string | undefined): void {
    suggestionLine.replaceChildren();
    suggestionLine.hidden = !suggestion;
    if (!suggestion) return;
    const link = document.createElement('a');
    link.href = `${location.pathname}${stateToSearch({ ...state, q: suggestion })}`;
    link.textContent = suggestion;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      state = { ...state, q: suggestion };
      input.value = suggestion;
      setUrl('push');
      void search();
    });
    suggestionLine.append(`${s('zoeken.suggestie')} `, link, '?');
  }

  function loadPagefind(): Promise<PagefindApi> {
    pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ BUNDLE)) as PagefindApi;
      await pf.options({
        excerptLength: 26,
        // Dates and the image path are searchable metadata too; they must not lift a result.
        ranking: { metaWeights: { title: 5, trefwoorden: 1, datum: 0, volgende: 0, afbeelding: 0 } },
      });
      return pf;
    })();
    pagefind.catch(() => (pagefind = undefined));
    return pagefind;
  }

  /**
   * Last days (yyyy-mm-dd) of activities that are over, by the reader's clock, not the build's.
   * The page lists every last day (data-tot-dagen), so no Pagefind filter index has to be fetched
   * just to find them.
   */
  let pastList: string[] | undefined;
  const pastValues = () => (pastList ??= pastDays((root.dataset.totDagen ?? '').split(' ').filter(Boolean), today()));

  function renderControls(): void {
    for (const button of filterButtons) {
      const group = button.dataset.filter as FilterGroup;
      button.setAttribute('aria-pressed', String(state.filters[group].includes(button.dataset.waarde ?? '')));
    }
    clearButton.hidden = !hasFilters(state);
    if (rubriekDetails && state.filters.rubriek.length) rubriekDetails.open = true;
    pastButton.setAttribute('aria-pressed', String(state.voorbij));
  }

  function setUrl(mode: 'push' | 'replace'): void {
    const url = `${location.pathname}${stateToSearch(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  function clearResults(): void {
    results = [];
    shown = 0;
    list.replaceChildren();
    moreButton.hidden = true;
    pastBox.hidden = true;
  }

  function renderResult(data: PagefindResultData): HTMLLIElement | undefined {
    const url = safeResultUrl(data.url);
    if (!url) return undefined;
    const soort = data.filters.soort?.[0] ?? '';
    const li = document.createElement('li');
    li.className = 'zoekresultaat';
    const text = document.createElement('div');
    text.className = 'zoekresultaat__tekst';

    const label = document.createElement('p');
    label.className = 'zoekresultaat__soort';
    label.textContent = [strings[`zoeken.soort.${soort}`], ...(data.filters.rubriek ?? [])].filter(Boolean).join(' · ');
    const tot = data.filters.tot?.[0];
    const isPast = soort === 'activiteit' && tot !== undefined && tot < today();
    if (isPast) {
      const badge = document.createElement('span');
      badge.className = 'zoekresultaat__voorbij';
      badge.textContent = s('zoeken.past.badge');
      label.append(' ', badge);
    }

    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = url;
    link.textContent = data.meta.title || url;
    heading.append(link);

    const metaParts: string[] = [];
    const date = soort === 'activiteit' ? (data.meta.volgende ?? data.meta.datum) : data.meta.datum;
    if (date && !(soort === 'activiteit' && (date < today() || isPast)) && strings[`zoeken.date.${soort}`]) {
      metaParts.push(s(`zoeken.date.${soort}`, { datum: formatIsoDay(date) }));
    }
    if (data.filters.gemeente?.length) metaParts.push(data.filters.gemeente.join(', '));

    text.append(label, heading);
    if (metaParts.length) {
      const meta = document.createElement('p');
      meta.className = 'zoekresultaat__meta';
      meta.textContent = metaParts.join(' · ');
      text.append(meta);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'zoekresultaat__uittreksel';
    excerpt.append(...excerptNodes(data.excerpt));
    text.append(excerpt);
    li.append(text);

    const image = safeResultUrl(data.meta.afbeelding);
    if (image) {
      const img = document.createElement('img');
      img.className = 'zoekresultaat__beeld';
      img.src = image;
      img.alt = '';
      img.loading = 'lazy';
      img.decoding = 'async';
      img.width = 240;
      img.height = 150;
      li.append(img);
      li.classList.add('zoekresultaat--met-beeld');
    }
    return li;
  }

  async function showMore(run: number, focusFirst: boolean): Promise<void> {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (run !== latest) return;
    const items = data.map(renderResult).filter((li): li is HTMLLIElement => li !== undefined);
    list.append(...items);
    shown += batch.length;
    moreButton.hidden = shown >= results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
    if (!marked && items.length) {
      marked = true;
      performance.mark(FIRST_RESULTS_MARK);
    }
  }

  async function search(): Promise<void> {
    const run = ++latest;
    root.dataset.zoekstatus = 'bezig';
    if (!isActive(state)) {
      clearResults();
      showSuggestion(undefined);
      status.textContent = '';
      root.dataset.zoekstatus = 'klaar';
      return;
    }
    try {
      const pf = await loadPagefind();
      const past = pastValues();
      let term = state.q || null;
      let response = await pf.search(term, { filters: pagefindFilters(state, past) });
      if (run !== latest) return;
      // Nothing found: maybe a typo ("valen"). Only then is the magazine's word list needed before
      // anything can be shown: search its nearest word instead and say so.
      let corrected: string | undefined;
      let offered: string | undefined;
      if (response.results.length === 0 && needsWords(state.q)) {
        const suggestion = suggestQuery(state.q, await loadWords());
        if (run !== latest) return;
        if (suggestion) {
          const retry = await pf.search(suggestion, { filters: pagefindFilters(state, past) });
          if (run !== latest) return;
          if (retry.results.length) {
            response = retry;
            term = suggestion;
            corrected = suggestion;
          } else offered = suggestion;
        }
      }
      showSuggestion(offered);
      clearResults();
      results = response.results;
      await showMore(run, false);
      if (run !== latest) return;

      const n = results.length;
      const filtered = hasFilters(state);
      if (corrected) status.textContent = count('zoeken.status.corrected', n, { q: state.q, suggestie: corrected });
      else if (n === 0) status.textContent = state.q ? s('zoeken.status.none', { q: state.q }) : s('zoeken.status.noneFiltered');
      else if (state.q) status.textContent = `${count('zoeken.status.count', n, { q: state.q })}${filtered ? ` ${s('zoeken.status.withFilters')}` : ''}`;
      else status.textContent = count('zoeken.status.filtered', n);

      // After the results are on screen: a better word for a typo that found something anyway
      // ("rolator": "Bedoelde u rollator?"). The word list is fetched only now, so it never delays
      // the first results, and only for a query with a word it could correct.
      if (!corrected && results.length && needsWords(state.q)) {
        const suggestion = suggestQuery(state.q, await loadWords());
        if (run !== latest) return;
        showSuggestion(suggestion);
      }

      // And how many past activities were left out (a second,
      // cheap search over the index chunks already loaded).
      let hiddenPast = 0;
      if (!state.voorbij && past.length) {
        const withPast = await pf.search(term, { filters: pagefindFilters({ ...state, voorbij: true }, []) });
        if (run !== latest) return;
        hiddenPast = withPast.results.length - n;
      }
      pastBox.hidden = hiddenPast === 0 && !state.voorbij;
      pastText.textContent = hiddenPast > 0 ? count('zoeken.past.hidden', hiddenPast) : '';
      root.dataset.zoekstatus = 'klaar';
    } catch (error) {
      if (run !== latest) return;
      console.error(error);
      clearResults();
      showSuggestion(undefined);
      status.textContent = s('zoeken.status.error');
      root.dataset.zoekstatus = 'fout';
    }
  }

  // ---- events ----
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    state = { ...state, q: cleanQuery(input.value) };
    setUrl(typingEntry ? 'replace' : 'push');
    typingEntry = false;
    void search();
  });

  input.addEventListener('input', () => {
    const q = cleanQuery(input.value);
    if (q === state.q) return;
    // A new search gets its own history entry (so Back returns to the previous one);
    // the keystrokes after that only update it.
    const mode = !typingEntry && isActive(state) ? 'push' : 'replace';
    typingEntry = true;
    state = { ...state, q };
    setUrl(mode);
    window.clearTimeout(typingTimer);
    if (q) void loadPagefind().then((pf) => pf.preload(q)).catch(() => undefined);
    typingTimer = window.setTimeout(() => void search(), DEBOUNCE_MS);
  });
  input.addEventListener('blur', () => (typingEntry = false));
  // Start loading Pagefind as soon as the reader shows an intention to search.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

  for (const button of filterButtons) {
    button.addEventListener('click', () => {
      state = toggleFilter(state, button.dataset.filter as FilterGroup, button.dataset.waarde ?? '');
      typingEntry = false;
      renderControls();
      setUrl('replace');
      void search();
    });
  }

  clearButton.addEventListener('click', () => {
    state = { ...state, filters: Object.fromEntries(FILTER_GROUPS.map((g) => [g, []])) as unknown as SearchState['filters'] };
    renderControls();
    setUrl('replace');
    input.focus();
    void search();
  });

  pastButton.addEventListener('click', () => {
    state = { ...state, voorbij: !state.voorbij };
    renderControls();
    setUrl('replace');
    void search();
  });

  moreButton.addEventListener('click', () => {
    root.dataset.zoekstatus = 'bezig';
    const run = latest;
    void showMore(run, true).then(() => {
      if (run === latest) root.dataset.zoekstatus = 'klaar';
    });
  });

  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    input.value = state.q;
    typingEntry = false;
    renderControls();
    void search();
  });

  // ---- start ----
  filterBox.hidden = false;
  input.value = state.q;
  renderControls();
  if (isActive(state)) void search();
  else root.dataset.zoekstatus = 'klaar';
}
