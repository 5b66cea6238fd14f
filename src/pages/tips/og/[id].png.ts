/**
 * Open Graph image per tip (1200×630 PNG), made at build time (src/lib/og-image.ts).
 * Named by the permanent kortId, so shared previews keep their image when a slug changes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Tip } from '../../../lib/content';
import { ogPng } from '../../../lib/og-image';
import { site } from '../../../lib/site';
import { allTips, linksOf } from '../../../lib/tips-data';
import { tipThemaLabels } from '../../../schemas/helpers';
import { t } from '../../../i18n';

export const getStaticPaths = (async () => (await allTips()).map((tip) => ({ params: { id: tip.data.kortId }, props: { tip } }))) satisfies GetStaticPaths;

const render = (tip: Tip) =>
  ogPng({
    kicker: t('tip.og.kicker', { thema: tipThemaLabels[tip.data.thema] }),
    title: tip.data.titel,
    footer: linksOf(tip).display,
    brand: site.naam,
    colors: { background: site.kleuren.primair, text: '#ffffff', accent: site.kleuren.accent },
  });

// A build wants every image: the first request starts them all, so sharp's thread pool encodes
// several at once while Astro writes the finished ones (Astro itself renders only two routes at a
// time). In `astro dev` each image is made when asked for.
let all: Map<string, Promise<Uint8Array>> | undefined;
async function pngFor(tip: Tip): Promise<Uint8Array> {
  if (import.meta.env.DEV) return render(tip);
  all ??= new Map((await allTips()).map((each) => [each.data.kortId, render(each)]));
  return all.get(tip.data.kortId) ?? render(tip);
}

export const GET: APIRoute = async ({ props }) => {
  const { tip } = props as { tip: Tip };
  const png = await pngFor(tip);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
