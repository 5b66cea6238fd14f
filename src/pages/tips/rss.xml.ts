/**
 * /tips/rss.xml: every tip as an RSS feed for practices' websites and intranets (issue 5 point 5).
 * Newest check first; the link is the permanent /t/<kortId> URL, so a renamed slug never
 * shows up as a new item. Tips overdue for a check say so in their description.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { buildNow } from '../../lib/content';
import { formatDate, htmlText } from '../../lib/format';
import { site } from '../../lib/site';
import { isOverdue } from '../../lib/tips';
import { allTips, linksOf } from '../../lib/tips-data';
import { tipThemaLabels } from '../../schemas/helpers';
import { t } from '../../i18n';

export const GET: APIRoute = async (context) => {
  const now = buildNow();
  const tips = (await allTips()).sort((a, b) => b.data.gecontroleerdOp.getTime() - a.data.gecontroleerdOp.getTime() || a.id.localeCompare(b.id));
  return rss({
    title: t('tips.feed.title', { site: site.naam }),
    description: t('tips.feed.description'),
    site: context.site!,
    customData: '<language>nl-nl</language>',
    items: tips.map((tip) => ({
      title: tip.data.titel,
      link: linksOf(tip).url,
      pubDate: tip.data.gecontroleerdOp,
      categories: [tipThemaLabels[tip.data.thema]],
      description: htmlText([
        isOverdue(tip.data.gecontroleerdOp, now) ? `${t('tip.overdue.title')}.` : '',
        tip.data.samenvatting,
        `${t('tip.checkedByLead', { wie: tip.data.gecontroleerdDoor })} ${formatDate(tip.data.gecontroleerdOp)}.`,
      ].filter(Boolean).join(' ')),
    })),
  });
};
