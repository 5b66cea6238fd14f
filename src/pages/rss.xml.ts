import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { artikelen } from '../lib/content';
import { site } from '../lib/site';
import { t } from '../i18n';
import { htmlText } from '../lib/format';

export const GET: APIRoute = async (context) =>
  rss({
    title: site.naam,
    description: t('rss.description'),
    site: context.site!,
    customData: '<language>nl-nl</language>',
    items: (await artikelen()).slice(0, 50).map((a) => ({
      title: a.data.titel,
      description: htmlText(a.data.samenvatting),
      pubDate: a.data.publicatiedatum,
      link: `/artikelen/${a.id}/`,
    })),
  });
