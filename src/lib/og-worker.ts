/**
 * Worker thread: renders Open Graph images one after the other and posts each PNG back
 * (see src/lib/og-background.ts). Loaded by Node itself (type stripping), not by Vite, so its
 * imports name their .ts files.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ogPng, type OgImageInput } from './og-image.ts';

const { jobs } = workerData as { jobs: Array<{ id: string; input: OgImageInput }> };
for (const { id, input } of jobs) {
  try {
    const png = await ogPng(input);
    parentPort!.postMessage({ id, png }, [png.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id, error: (e as Error).message });
  }
}
