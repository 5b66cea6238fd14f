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

export const GET: APIRoute = async ({ props }) => {
  const { tip } = props as { tip: Tip };
  const png = await ogPng({
    kicker: t('tip.og.kicker', { thema: tipThemaLabels[tip.data.thema] }),
    title: tip.data.titel,
    footer: linksOf(tip).display,
    brand: site.naam,
    colors: { background: site.kleuren.primair, text: '#ffffff', accent: site.kleuren.accent },
  });
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
