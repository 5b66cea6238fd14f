/**
 * /offline.json — what the service worker (public/sw.js) stores when it installs (issue 7): the
 * home page, the list of nummers and the current nummer with all its articles.
 */
import type { APIRoute } from 'astro';
import { artikelenInNummer, currentNummer } from '../lib/content';
import { BUILD_VERSION } from '../components/comfort/build-version';
import { entryPath } from '../schemas/index';

export const GET: APIRoute = async () => {
  const nummer = await currentNummer();
  const paginas = ['/', '/nummers/'];
  if (nummer) {
    paginas.push(entryPath('nummers', nummer.id));
    for (const { artikel } of await artikelenInNummer(nummer)) paginas.push(entryPath('artikelen', artikel.id));
  }
  return new Response(JSON.stringify({ versie: BUILD_VERSION, nummer: nummer?.id ?? null, paginas }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
