/** The plain-text alternative of a nummer's e-mail edition (src/lib/nieuwsbrief.ts). */
import type { APIRoute } from 'astro';
import type { Nummer } from '../../lib/content';
import { nieuwsbriefVan, verschenenNummers } from '../../lib/nieuwsbrief-data';
import { nieuwsbriefTekst } from '../../lib/nieuwsbrief';

export async function getStaticPaths() {
  return (await verschenenNummers()).map((nummer) => ({ params: { nummer: nummer.id }, props: { nummer } }));
}

export const GET: APIRoute<{ nummer: Nummer }> = async ({ props }) =>
  new Response(nieuwsbriefTekst(await nieuwsbriefVan(props.nummer)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
