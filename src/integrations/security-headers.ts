/**
 * Writes dist/_headers after the build: security and caching headers for static hosts that read
 * that file (Cloudflare Pages, Netlify). The same rules feed the nginx configuration
 * (scripts/nginx-config.ts). Source: src/security/headers.ts.
 *
 * Under `astro dev` (npm start) /admin/ gets the same headers as in production, CSP included
 * (issue 15, finding 3): an entry's <style>@import 'http://…'</style> in a preview cannot make an
 * editor's browser fetch anything from elsewhere. Site pages in dev keep Vite's own behaviour
 * (its client needs inline styles); they are checked with the production headers by the tests.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerRules, ruleFor, toHeadersFile } from '../security/headers';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'vief:security-headers',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const rules = headerRules(process.env);
        server.middlewares.use((req, res, next) => {
          const pathname = (req.url ?? '/').split('?')[0];
          if (pathname === '/admin' || pathname.startsWith('/admin/')) {
            const rule = ruleFor(rules, pathname.endsWith('/') || pathname.includes('.') ? pathname : `${pathname}/`);
            for (const [name, value] of Object.entries(rule?.headers ?? {})) if (name !== 'Cache-Control') res.setHeader(name, value);
          }
          next();
        });
      },
      'astro:build:done': ({ dir }) => {
        fs.writeFileSync(path.join(fileURLToPath(dir), '_headers'), toHeadersFile(headerRules(process.env)));
      },
    },
  };
}
