/**
 * What a tip's Open Graph image shows. One function for the image route and for the background
 * render that the tips integration starts (src/lib/og-background.ts): both must agree exactly.
 * No astro:content imports, so the integration can use it before content is loaded.
 */
import { t } from '../i18n';
import { tipThemaLabels } from '../schemas/helpers';
import type { OgImageInput } from './og-image';
import { site } from './site';
import { tipLinks } from './tips';

export function tipOgInput(tip: { titel: string; thema: string; kortId: string }): OgImageInput {
  return {
    kicker: t('tip.og.kicker', { thema: tipThemaLabels[tip.thema as keyof typeof tipThemaLabels] ?? tip.thema }),
    title: tip.titel,
    footer: tipLinks(tip.kortId, site.url).display,
    brand: site.naam,
    colors: { background: site.kleuren.primair, text: '#ffffff', accent: site.kleuren.accent },
  };
}
