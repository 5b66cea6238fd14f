/**
 * Open Graph images of the tips, rendered in the background during `astro build` (issue 9).
 *
 * Rendering an OG image (satori + sharp, ~30 ms of CPU each) is independent of everything else in
 * the build, yet Astro makes them last, two at a time, while the second core idles. So the tips
 * integration (src/integrations/tips-and-links.ts) starts a worker thread (src/lib/og-worker.ts) as
 * soon as the build begins; it renders every tip's image while Astro syncs content, bundles and
 * writes pages, and the image route (src/pages/tips/og/[id].png.ts) picks up the result.
 *
 * The route only takes a background image made from exactly the input it would use itself (title,
 * thema, link, colours); anything else (a tip the worker did not see, a worker that failed, `astro
 * dev`) is rendered on the spot, so the background can make the build faster but never different.
 */
import { Worker } from 'node:worker_threads';
import type { OgImageInput } from './og-image';

interface Job {
  input: string;
  png: Promise<Uint8Array>;
}

// The integration and the prerendered pages run in one process but are loaded as separate module
// graphs, so the jobs live on globalThis rather than in a module variable.
const KEY = Symbol.for('vief.og-background');
type Registry = Map<string, Job>;
const registry = (): Registry | undefined => (globalThis as Record<symbol, Registry | undefined>)[KEY];

/**
 * Start rendering `jobs` in a worker; returns a function that stops it. `onFailure` hears when the
 * worker cannot start or dies (the build goes on, rendering the images itself, only slower).
 */
export function startBackgroundOg(jobs: Array<{ id: string; input: OgImageInput }>, workerFile: string, onFailure: (message: string) => void = () => {}): () => Promise<void> {
  const map: Registry = new Map();
  const settle = new Map<string, { resolve: (png: Uint8Array) => void; reject: (e: Error) => void }>();
  for (const { id, input } of jobs) {
    const png = new Promise<Uint8Array>((resolve, reject) => settle.set(id, { resolve, reject }));
    png.catch(() => {}); // a job nobody asks for may fail quietly; the route renders it itself
    map.set(id, { input: JSON.stringify(input), png });
  }
  (globalThis as Record<symbol, Registry>)[KEY] = map;
  const failAll = (why: string) => {
    for (const { reject } of settle.values()) reject(new Error(why));
    settle.clear();
  };
  const worker = new Worker(workerFile, { workerData: { jobs }, execArgv: workerExecArgv() });
  worker.unref(); // never keeps a finished (or failed) build alive
  worker.on('message', (m: { id: string; png?: Uint8Array; error?: string }) => {
    const s = settle.get(m.id);
    if (!s) return;
    settle.delete(m.id);
    if (m.png) s.resolve(m.png);
    else s.reject(new Error(m.error ?? 'unknown error'));
  });
  worker.on('error', (e) => {
    onFailure(e.message);
    failAll(e.message);
  });
  worker.on('exit', () => failAll('worker stopped'));
  return async () => {
    await worker.terminate();
    delete (globalThis as Record<symbol, Registry | undefined>)[KEY];
  };
}

/**
 * The parent's Node flags without those that only make sense for a main script: a build started as
 * `node --input-type=module -e "…"` (the test builds) would otherwise give the worker flags it refuses.
 */
function workerExecArgv(): string[] {
  const out: string[] = [];
  for (let i = 0; i < process.execArgv.length; i++) {
    const arg = process.execArgv[i];
    if (/^(-e|--eval|-p|--print)$/.test(arg)) i++;
    else if (!/^(--input-type|--eval|--print)(=|$)/.test(arg)) out.push(arg);
  }
  return out;
}

/** The background render of this image, if one was started with exactly this input. */
export function backgroundOg(id: string, input: OgImageInput): Promise<Uint8Array> | undefined {
  const job = registry()?.get(id);
  return job && job.input === JSON.stringify(input) ? job.png : undefined;
}
