/**
 * The search page's state and how it maps to the URL and to Pagefind. Pure functions, shared by
 * the browser script (search-client.ts) and the unit tests.
 *
 * URL: /zoeken/?q=wandelen&soort=artikel&soort=tip&gemeente=Vlaardingen&voorbij=ja
 * Filters: values within one group are alternatives (any), groups combine (all).
 */

export const FILTER_GROUPS = ['soort', 'rubriek', 'gemeente'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterGroup, string[]>;
  /** Also show activities whose last day has passed. */
  voorbij: boolean;
}

export function emptyState(): SearchState {
  return { q: '', filters: { soort: [], rubriek: [], gemeente: [] }, voorbij: false };
}

/** Collapse whitespace; a query is at most 200 characters. */
export function cleanQuery(q: string): string {
  return q.replace(/\s+/g, ' ').trim().slice(0, 200);
}

export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = cleanQuery(params.get('q') ?? '');
  for (const group of FILTER_GROUPS) state.filters[group] = [...new Set(params.getAll(group).filter(Boolean))];
  state.voorbij = params.get('voorbij') === 'ja';
  return state;
}

/** The query string for a state ('' when empty), in a stable order so equal states give equal URLs. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const group of FILTER_GROUPS) for (const v of state.filters[group]) params.append(group, v);
  if (state.voorbij) params.set('voorbij', 'ja');
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_GROUPS.some((g) => state.filters[g].length > 0);
}

/** Whether there is anything to search for: words, or at least one filter. */
export function isActive(state: SearchState): boolean {
  return state.q !== '' || hasFilters(state);
}

export function toggleFilter(state: SearchState, group: FilterGroup, value: string): SearchState {
  const current = state.filters[group];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [group]: next } };
}

/** The values of the `tot` filter (an activity's last day, yyyy-mm-dd) that lie before today. */
export function pastDays(totValues: Iterable<string>, today: string): string[] {
  return [...totValues].filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && v < today).sort();
}

export type PagefindFilters = Record<string, { any: string[] } | { none: string[] }>;

/** Pagefind's `filters` option for a state; `past` are the `tot` values to leave out. */
export function pagefindFilters(state: SearchState, past: string[]): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const group of FILTER_GROUPS) if (state.filters[group].length) filters[group] = { any: state.filters[group] };
  if (!state.voorbij && past.length) filters.tot = { none: past };
  return filters;
}

/** "2026-06-01" -> "1 juni 2026" (the same style as the rest of the site). */
let dayFormat: Intl.DateTimeFormat | undefined;
export function formatIsoDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return '';
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // One formatter for every result: making one costs the browser milliseconds each time.
  dayFormat ??= new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return dayFormat.format(d);
}

/** Only same-site paths are used as result links. */
export function safeResultUrl(url: unknown): string | undefined {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? url : undefined;
}

/** Fill {name} placeholders. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}
