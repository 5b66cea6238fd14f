/**
 * Open Graph image per tip (1200×630 PNG), made at build time (src/lib/og-image.ts).
 * Named by the permanent kortId, so shared previews keep their image when a slug changes.
 * In a build the image is usually ready already: the tips integration renders them all in a
 * worker thread while the rest of the site is built (src/lib/og-background.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Tip } from '../../../lib/content';
import { backgroundOg } from '../../../lib/og-background';
import { ogPng } from '../../../lib/og-image';
import { tipOgInput } from '../../../lib/tip-og';
import { allTips } from '../../../lib/tips-data';

export const getStaticPaths = (async () => (await allTips()).map((tip) => ({ params: { id: tip.data.kortId }, props: { tip } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { tip } = props as { tip: Tip };
  const input = tipOgInput(tip.data);
  const ready = backgroundOg(tip.data.kortId, input);
  const png = (ready && (await ready.catch(() => undefined))) || (await ogPng(input));
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
