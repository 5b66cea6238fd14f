/** /rss.xml: the newest artikelen with their full text and photo (src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { artikelen } from '../lib/content';
import { feedItems, rssResponse, siteFeed } from '../lib/feeds';

export const GET: APIRoute = async () => rssResponse(siteFeed, await feedItems(await artikelen()));
