/**
 * The part of Pagefind's browser API (/pagefind/pagefind.js, Pagefind 1.6) that the search page
 * uses. See https://pagefind.app/docs/api/ and /docs/search-config/.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindOptions {
  excerptLength?: number;
  ranking?: {
    termFrequency?: number;
    termSimilarity?: number;
    pageLength?: number;
    termSaturation?: number;
    metaWeights?: Record<string, number>;
  };
}

export interface PagefindApi {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters?: unknown }): Promise<void>;
  search(term: string | null, options?: { filters?: unknown; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearchResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
