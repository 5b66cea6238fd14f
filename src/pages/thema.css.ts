/** The region's colours from content/site.json as CSS custom properties (light mode). */
import type { APIRoute } from 'astro';
import { site } from '../lib/site';

export const GET: APIRoute = () => {
  const k = site.kleuren;
  const css = `:root{--merk-primair:${k.primair};--merk-accent:${k.accent};--merk-achtergrond:${k.achtergrond};--merk-tekst:${k.tekst}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
