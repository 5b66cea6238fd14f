/**
 * Writes dist/_headers after the build: security and caching headers for static hosts that read
 * that file (Cloudflare Pages, Netlify). The same rules feed the nginx configuration
 * (scripts/nginx-config.ts). Source: src/security/headers.ts.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerRules, toHeadersFile } from '../security/headers';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'vief:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        fs.writeFileSync(path.join(fileURLToPath(dir), '_headers'), toHeadersFile(headerRules(process.env)));
      },
    },
  };
}
