/** The e-mail edition of a nummer as it is sent (src/lib/nieuwsbrief.ts): for checking and forwarding. */
import type { APIRoute } from 'astro';
import type { Nummer } from '../../../lib/content';
import { nieuwsbriefVan, verschenenNummers } from '../../../lib/nieuwsbrief-data';
import { nieuwsbriefHtml } from '../../../lib/nieuwsbrief';

export async function getStaticPaths() {
  return (await verschenenNummers()).map((nummer) => ({ params: { nummer: nummer.id }, props: { nummer } }));
}

export const GET: APIRoute<{ nummer: Nummer }> = async ({ props }) =>
  new Response(await nieuwsbriefHtml(await nieuwsbriefVan(props.nummer)), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
