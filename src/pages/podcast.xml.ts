/**
 * /podcast.xml (issue 19): every artikel with a recorded reading, as a podcast feed that phone apps
 * can subscribe to: RSS 2.0 with an <enclosure> (address, length in bytes, type) per item and the
 * iTunes fields podcast apps read (author, image, category, explicit, duration). The cover is
 * /podcast.jpg (src/pages/podcast.jpg.ts).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { artikelen, auteursOf, currentNummer } from '../lib/content';
import { htmlText } from '../lib/format';
import { duurLabel, opnameOf } from '../lib/opname';
import { site } from '../lib/site';
import { t } from '../i18n';
import { entryPath } from '../schemas/index';

const abs = (p: string) => new URL(p, site.url).href;

export const GET: APIRoute = async () => {
  const withRecording = (await artikelen()).filter((a) => a.data.opname);
  const nummer = await currentNummer();
  const cover = nummer ? abs('/podcast.jpg') : undefined;
  const title = t('podcast.title', { site: site.naam });
  const items = await Promise.all(
    withRecording.map(async (a) => {
      const opname = (await opnameOf(a))!;
      const auteurs = (await auteursOf(a)).map((x) => x.data.naam).join(', ');
      return {
        title: a.data.titel,
        link: abs(entryPath('artikelen', a.id)),
        pubDate: a.data.publicatiedatum,
        description: htmlText(a.data.samenvatting),
        enclosure: { url: abs(opname.path), length: opname.bytes, type: opname.type },
        customData: `<itunes:duration>${duurLabel(opname.seconds)}</itunes:duration><itunes:author>${htmlText(auteurs)}</itunes:author><itunes:summary>${htmlText(a.data.samenvatting)}</itunes:summary><itunes:explicit>false</itunes:explicit><itunes:episodeType>full</itunes:episodeType>`,
      };
    }),
  );
  return rss({
    title,
    description: t('podcast.description', { site: site.naam }),
    site: site.url,
    xmlns: { itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd', atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>nl-nl</language>',
      `<atom:link href="${abs('/podcast.xml')}" rel="self" type="application/rss+xml"/>`,
      `<itunes:author>${htmlText(site.naam)}</itunes:author>`,
      `<itunes:owner><itunes:name>${htmlText(site.naam)}</itunes:name><itunes:email>${htmlText(site.contact.email)}</itunes:email></itunes:owner>`,
      cover ? `<itunes:image href="${htmlText(cover)}"/><image><url>${htmlText(cover)}</url><title>${htmlText(title)}</title><link>${abs('/')}</link></image>` : '',
      '<itunes:category text="Society &amp; Culture"/>',
      '<itunes:explicit>false</itunes:explicit>',
      '<itunes:type>episodic</itunes:type>',
    ].join(''),
    items,
  });
};
