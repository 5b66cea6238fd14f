/** /rubriek/<slug>/rss.xml: one rubriek's artikelen with their full text (src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { artikelenInRubriek, rubrieken, type Rubriek } from '../../../lib/content';
import { feedItems, rssResponse, rubriekFeed } from '../../../lib/feeds';

export async function getStaticPaths() {
  return (await rubrieken()).map((rubriek) => ({ params: { slug: rubriek.id }, props: { rubriek } }));
}

export const GET: APIRoute<{ rubriek: Rubriek }> = async ({ props }) => rssResponse(rubriekFeed(props.rubriek), await feedItems(await artikelenInRubriek(props.rubriek)));
