/**
 * /admin/config.json: the Decap CMS configuration, generated from the content schemas
 * (cms/config.ts). The Git host comes from CMS_* environment variables at build time
 * (README, "Decap CMS in productie"); without them the CMS talks to the local decap-server.
 */
import type { APIRoute } from 'astro';
import { buildCmsConfig } from '../../../cms/config';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildCmsConfig(process.env)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
