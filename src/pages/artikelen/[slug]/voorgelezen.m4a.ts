/** The recorded reading of an artikel as a file on the site (src/lib/opname.ts). */
import fs from 'node:fs';
import type { APIRoute } from 'astro';
import { artikelen, type Artikel } from '../../../lib/content';
import { opnameOf } from '../../../lib/opname';

export async function getStaticPaths() {
  return (await artikelen()).filter((a) => a.data.opname && /\.m4a$/i.test(a.data.opname)).map((artikel) => ({ params: { slug: artikel.id }, props: { artikel } }));
}

export const GET: APIRoute<{ artikel: Artikel }> = async ({ props }) => {
  const opname = (await opnameOf(props.artikel))!;
  return new Response(fs.readFileSync(opname.file), { headers: { 'Content-Type': opname.type } });
};
