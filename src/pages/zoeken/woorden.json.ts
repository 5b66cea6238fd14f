/**
 * /zoeken/woorden.json — the magazine's own words with how often they occur, for "Bedoelde u …?"
 * on the search page (src/components/search/spelling.ts, issue 17). Only what is published:
 * artikelen whose date has come (never a scheduled one), tips, activiteiten, the wegwijzer and the
 * pages — the same texts the search indexes (entryText).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { activiteiten, artikelen, initiatieven, rubrieken, tips } from '../../lib/content';
import { entryText } from '../../components/search/page-data';
import { countWords } from '../../components/search/spelling';

export const GET: APIRoute = async () => {
  const entries = [...(await artikelen()), ...(await tips()), ...(await activiteiten()), ...(await initiatieven()), ...(await rubrieken()), ...(await getCollection('paginas'))];
  const counts = countWords(entries.map((e) => entryText(e as Parameters<typeof entryText>[0])));
  return new Response(JSON.stringify(counts), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
