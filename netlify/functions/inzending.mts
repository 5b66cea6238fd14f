/**
 * "Doe mee" as a Netlify Function (docs/doe-mee.md): the same handler as under npm start
 * (server/inzending.ts), configured from the site's environment variables (server/from-env.ts).
 * Netlify Functions (v2) take a Web Request and return a Response; context.ip is the client's
 * address for the rate limit. Served on the site's own origin at /api/inzending.
 */
import { handlerFromEnv } from '../../server/from-env';

let handler: ReturnType<typeof handlerFromEnv> | undefined;

export default async (request: Request, context: { ip?: string }) => {
  handler ??= handlerFromEnv(process.env);
  return handler(request, { address: context.ip });
};

export const config = { path: '/api/inzending' };
