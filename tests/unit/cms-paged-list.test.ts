/**
 * The paged CMS lists of the local backend (cms/paged-list.ts, issue 16 point 6): pages and
 * Decap's cursor, and a proxy backend given paging, with a backend that records what it is asked.
 * (The real Decap and the real local backend together: tests/e2e/cms-lijst.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { INDEX_ACTION, listOrders, MEDIA_ACTION, PAGE_SIZE, pageBackend, pageOf, SUMMARIES_ACTION, targetPage } from '../../cms/paged-list';
import { registry } from '../../src/schemas/registry';

const files = Array.from({ length: 45 }, (_, i) => `content/artikelen/a${String(i).padStart(2, '0')}.md`);
const immutable = (value: unknown) => ({ toJS: () => structuredClone(value) });

const media = [{ id: 'b1', name: 'molen.jpg', path: 'content/media/molen.jpg', size: 123456 }];

function fakeBackend(index: unknown) {
  const asked: string[] = [];
  const backend = {
    branch: 'redactie',
    mediaFolder: 'content/media',
    async request(payload: { action: string; params: Record<string, unknown> }) {
      asked.push(`${payload.action} ${JSON.stringify(payload.params)}`);
      if (index instanceof Error) throw index;
      if (payload.action === SUMMARIES_ACTION) return files.map((path) => ({ file: { path }, data: '---\ntitel: x\n---\n' }));
      return payload.action === MEDIA_ACTION ? media : index;
    },
    async getMedia(folder?: string) {
      asked.push(`getMedia ${folder}`);
      return [{ id: 'sha', name: 'molen.jpg', path: 'content/media/molen.jpg', size: 123456, url: 'blob:x', displayURL: 'blob:x' }];
    },
    async getMediaFile(p: string) {
      asked.push(`getMediaFile ${p}`);
      return { url: `blob:${p}` };
    },
    async entriesByFolder(folder: string) {
      asked.push(`entriesByFolder ${folder}`);
      return files.map((path) => ({ file: { path }, data: 'x' }));
    },
    async entriesByFiles(list: Array<{ path: string }>) {
      asked.push(`entriesByFiles ${list.length}`);
      return list.map(({ path }) => ({ file: { path }, data: 'x' }));
    },
  } as unknown as Parameters<typeof pageBackend>[0];
  return { backend, asked };
}

describe('paged lists', () => {
  it('pageOf: 20 at a time, with the actions Decap needs for "more"', () => {
    expect(PAGE_SIZE).toBe(20);
    const first = pageOf('content/artikelen', files, 1);
    expect(first.files).toEqual(files.slice(0, 20));
    expect(first.cursor.actions).toEqual(['next', 'last']);
    expect(first.cursor.meta).toEqual({ page: 1, count: 45, pageSize: 20, pageCount: 3 });
    const last = pageOf('content/artikelen', files, 3);
    expect(last.files).toEqual(files.slice(40));
    expect(last.cursor.actions).toEqual(['prev', 'first']);
    expect(pageOf('content/artikelen', files, 9).cursor.meta.page).toBe(3);
    const empty = pageOf('content/leeg', [], 1);
    expect(empty.files).toEqual([]);
    expect(empty.cursor.actions).toEqual([]);
  });

  it('targetPage follows Decap\'s cursor actions', () => {
    expect([targetPage('next', 2, 3), targetPage('prev', 2, 3), targetPage('first', 2, 3), targetPage('last', 1, 3)]).toEqual([3, 1, 1, 3]);
    expect(() => targetPage('append_next', 1, 3)).toThrow();
  });

  it('listOrders: the registry\'s listOrder per folder as Decap names it', () => {
    const orders = listOrders();
    expect(orders['content/artikelen']).toEqual(registry.artikelen.cms.listOrder);
    expect(orders['content/artikelen']?.direction).toBe('desc');
    for (const order of Object.values(orders)) expect(Object.values(registry).some((c) => c.cms.sortable?.includes(order.field))).toBe(true);
    expect(orders['content/auteurs']).toBeUndefined();
  });

  it('a proxy backend with paging asks for the index, then one page at a time', async () => {
    const symbol = Symbol('cursor');
    const { backend, asked } = fakeBackend(files);
    pageBackend(backend, symbol, listOrders());
    const first = await backend.entriesByFolder('content/artikelen', 'md', 1);
    expect(first.map((e) => e.file.path)).toEqual(files.slice(0, 20));
    expect(asked[0]).toBe(`${INDEX_ACTION} ${JSON.stringify({ branch: 'redactie', folder: 'content/artikelen', extension: 'md', depth: 1, order: { field: 'publicatiedatum', direction: 'desc' } })}`);
    expect(asked.slice(1)).toEqual(['entriesByFiles 20']);
    const cursor = (first as unknown as Record<symbol, ReturnType<typeof pageOf>['cursor']>)[symbol];
    expect(cursor.meta.page).toBe(1);
    const second = await backend.traverseCursor!({ data: immutable(cursor.data), meta: immutable(cursor.meta) }, 'next');
    expect(second.entries.map((e) => e.file.path)).toEqual(files.slice(20, 40));
    expect(second.cursor.meta.page).toBe(2);
    // Everything at once (sorting, search): one request, front matters only.
    const all = await backend.allEntriesByFolder!('content/artikelen', 'md', 1);
    expect(all).toHaveLength(45);
    expect(all[0]!.data).toBe('---\ntitel: x\n---\n');
    expect(asked.at(-1)).toBe(`${SUMMARIES_ACTION} ${JSON.stringify({ branch: 'redactie', folder: 'content/artikelen', extension: 'md', depth: 1 })}`);
  });

  it('the media library: names and sizes at once, a photo only when Decap shows it', async () => {
    const { backend, asked } = fakeBackend(files);
    pageBackend(backend, Symbol('cursor'), {});
    expect(await backend.getMedia()).toEqual([{ ...media[0], displayURL: { id: 'b1', path: 'content/media/molen.jpg' } }]);
    expect(asked).toEqual([`${MEDIA_ACTION} ${JSON.stringify({ branch: 'redactie', mediaFolder: 'content/media' })}`]);
    expect(await backend.getMediaDisplayURL!({ id: 'b1', path: 'content/media/molen.jpg' })).toBe('blob:content/media/molen.jpg');
    expect(asked.at(-1)).toBe('getMediaFile content/media/molen.jpg');
  });

  it('a backend without the index: the whole list, as Decap loads it itself', async () => {
    const { backend, asked } = fakeBackend(new Error('onbekende actie'));
    pageBackend(backend, Symbol('cursor'), {});
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect(await backend.entriesByFolder('content/artikelen', 'md', 1)).toHaveLength(45);
      expect(await backend.getMedia('content/media')).toHaveLength(1);
      expect(asked.at(-1)).toBe('getMedia content/media');
      expect(await backend.allEntriesByFolder!('content/artikelen', 'md', 1)).toHaveLength(45);
      expect(asked.at(-1)).toBe('entriesByFolder content/artikelen');
    } finally {
      console.warn = warn;
    }
    expect(asked).toContain('entriesByFolder content/artikelen');
  });
});
