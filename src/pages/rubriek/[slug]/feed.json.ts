/** /rubriek/<slug>/feed.json: one rubriek's artikelen as JSON Feed 1.1 (src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { artikelenInRubriek, rubrieken, type Rubriek } from '../../../lib/content';
import { feedItems, jsonFeedResponse, rubriekFeed } from '../../../lib/feeds';

export async function getStaticPaths() {
  return (await rubrieken()).map((rubriek) => ({ params: { slug: rubriek.id }, props: { rubriek } }));
}

export const GET: APIRoute<{ rubriek: Rubriek }> = async ({ props }) => jsonFeedResponse(rubriekFeed(props.rubriek), await feedItems(await artikelenInRubriek(props.rubriek)));
