/**
 * Full feeds (issue 19): every artikel with its whole text and its photo, for feed readers, as RSS
 * 2.0 (@astrojs/rss, full text in <content:encoded>) and as JSON Feed 1.1, for the whole magazine
 * (/rss.xml, /feed.json) and per rubriek (/rubriek/<slug>/rss.xml, /rubriek/<slug>/feed.json).
 * Every link and image address is absolute (feed readers show the text away from the site).
 *
 * The text is the article page's own: the body rendered by Astro (the same Markdown pipeline, the
 * same content blocks, images through Astro's image service) via the container API, then made
 * absolute. Nothing is fetched; the photo is the 1200 px JPEG the article page also makes for link
 * previews.
 */
import rss from '@astrojs/rss';
import { getImage } from 'astro:assets';
import { render } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { t } from '../i18n';
import { auteursOf, rubriekOf, type Artikel, type Rubriek } from './content';
import { htmlText } from './format';
import { absoluteLinks } from './nieuwsbrief';
import { site } from './site';
import { entryPath } from '../schemas/registry';

/** How many artikelen a feed carries (newest first). */
export const FEED_ITEMS = 50;

export interface FeedItem {
  url: string;
  titel: string;
  samenvatting: string;
  /** The whole article as HTML: the photo, then the body; every address absolute. */
  html: string;
  published: Date;
  updated?: Date;
  rubriek: string;
  auteurs: string[];
  image?: string;
}

export interface FeedMeta {
  title: string;
  description: string;
  /** The page the feed belongs to and the feeds' own addresses, relative to the site. */
  home: string;
  rss: string;
  json: string;
}

const abs = (p: string) => new URL(p, site.url).href;

let container: Promise<AstroContainer> | undefined;
const bodies = new Map<string, Promise<string>>();

/** The article body as the article page renders it (memoised per build: one artikel is in two feeds). */
function bodyHtml(artikel: Artikel): Promise<string> {
  let html = bodies.get(artikel.id);
  if (!html) {
    html = (async () => {
      // .mdx artikelen (a developer's pages) need the MDX renderer; .md ones render without it.
      container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
      const { Content } = await render(artikel);
      return (await container).renderToString(Content);
    })();
    if (import.meta.env.PROD) bodies.set(artikel.id, html);
  }
  return html;
}

export async function feedItem(artikel: Artikel): Promise<FeedItem> {
  const d = artikel.data;
  const url = abs(entryPath('artikelen', artikel.id));
  const image = d.afbeelding ? abs((await getImage({ src: d.afbeelding, width: 1200, format: 'jpg', quality: 80 })).src) : undefined;
  const photo = image ? `<p><img src="${htmlText(image)}" alt="${htmlText(d.afbeeldingAlt ?? '')}" /></p>` : '';
  const html = absoluteLinks(`${photo}${await bodyHtml(artikel)}`, url);
  return {
    url,
    titel: d.titel,
    samenvatting: d.samenvatting,
    html,
    published: d.publicatiedatum,
    updated: d.bijgewerkt,
    rubriek: (await rubriekOf(artikel)).data.naam,
    auteurs: (await auteursOf(artikel)).map((a) => a.data.naam),
    image,
  };
}

export async function feedItems(list: Artikel[]): Promise<FeedItem[]> {
  return Promise.all(list.slice(0, FEED_ITEMS).map(feedItem));
}

/** RSS 2.0 with the full text in content:encoded, the summary as description, author as dc:creator. */
export function rssResponse(meta: FeedMeta, items: FeedItem[]): Promise<Response> {
  return rss({
    title: meta.title,
    description: meta.description,
    site: site.url,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>nl-nl</language><atom:link href="${htmlText(abs(meta.rss))}" rel="self" type="application/rss+xml"/>`,
    items: items.map((i) => ({
      title: i.titel,
      link: i.url,
      pubDate: i.published,
      description: htmlText(i.samenvatting),
      content: i.html,
      categories: [i.rubriek],
      customData: i.auteurs.map((a) => `<dc:creator>${htmlText(a)}</dc:creator>`).join(''),
    })),
  });
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(meta: FeedMeta, items: FeedItem[]): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: abs(meta.home),
    feed_url: abs(meta.json),
    description: meta.description,
    language: 'nl-NL',
    authors: [{ name: site.naam, url: abs('/') }],
    items: items.map((i) => ({
      id: i.url,
      url: i.url,
      title: i.titel,
      summary: i.samenvatting,
      content_html: i.html,
      ...(i.image ? { image: i.image } : {}),
      date_published: i.published.toISOString(),
      ...(i.updated ? { date_modified: i.updated.toISOString() } : {}),
      authors: i.auteurs.map((name) => ({ name })),
      tags: [i.rubriek],
      language: 'nl-NL',
    })),
  };
}

export function jsonFeedResponse(meta: FeedMeta, items: FeedItem[]): Response {
  return new Response(JSON.stringify(jsonFeed(meta, items), null, 1), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}

export const siteFeed: FeedMeta = { title: site.naam, description: t('rss.description'), home: '/', rss: '/rss.xml', json: '/feed.json' };

export function rubriekFeed(r: Rubriek): FeedMeta {
  const base = `/rubriek/${r.id}/`;
  return { title: t('feed.rubriek.title', { site: site.naam, rubriek: r.data.naam }), description: r.data.beschrijving, home: base, rss: `${base}rss.xml`, json: `${base}feed.json` };
}
