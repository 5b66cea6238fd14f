/** /feed.json: the same as /rss.xml as JSON Feed 1.1 (src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { artikelen } from '../lib/content';
import { feedItems, jsonFeedResponse, siteFeed } from '../lib/feeds';

export const GET: APIRoute = async () => jsonFeedResponse(siteFeed, await feedItems(await artikelen()));
