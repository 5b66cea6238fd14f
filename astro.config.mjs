// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import site from './content/site.json' with { type: 'json' };
import validateContent from './src/integrations/validate-content.ts';
import tipsAndLinks from './src/integrations/tips-and-links.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import precompress from './src/integrations/precompress.ts';
import { markdownProcessor } from './src/lib/markdown/index.ts';
import { isNoindexFilterPath } from './src/lib/agenda.ts';
import { activiteitThemaLabels } from './src/schemas/helpers.ts';
import { offAgendaPaths } from './src/lib/agenda-off.ts';

const gemeenten = site.gemeenten.map((g) => g.slug);
const themas = Object.keys(activiteitThemaLabels);
/** Activities off the agenda (hidden, cancelled): their pages are noindex (src/pages/agenda/[slug].astro). */
const offAgenda = offAgendaPaths(process.env.CONTENT_ROOT ?? './content');
/** Pages that are noindex or not pages at all stay out of the sitemap. @param {string} page */
function inSitemap(page) {
  const path = new URL(page).pathname;
  if (/^\/(admin|t|offline)\/|^\/tips\/(controle|tip-van-de-week)\/|^\/doe-mee\/bedankt\/|^\/insluiten\//.test(path)) return false;
  if (offAgenda.has(path.endsWith('/') ? path : `${path}/`)) return false;
  return !isNoindexFilterPath(path, gemeenten, themas);
}

export default defineConfig({
  site: site.url,
  trailingSlash: 'ignore',
  // Stylesheets are always files: the Content-Security-Policy allows no inline styles (src/security/headers.ts).
  // Two pages render at once (2,000 artikelen: 29.5 s → 24.4 s wall, peak memory 1408 → 1453 MB; npm run bench).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  integrations: [validateContent(), tipsAndLinks(), securityHeaders(), precompress(), mdx(), sitemap({ filter: inSitemap })],
  // Bodies are Markdown: editors' { and <3 stay text; raw HTML is shown as text; content blocks are directives.
  markdown: { processor: markdownProcessor({ site: site.url }) },
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    // No cross-origin reads from the dev server (Vite allows every localhost origin by default):
    // under npm start /admin/config.json holds the local backend's secret (cms/local-backend.mjs),
    // and no page on another localhost port may read it (issue 15). Foreign Host headers are
    // refused by Vite's allowedHosts (DNS rebinding).
    // Under npm start the "Doe mee" form posts to /api/inzending on this same origin, forwarded to
    // the submission endpoint (server/serve.ts, issue 18); the built site stays static.
    server: { cors: false, ...(process.env.INZENDING_PROXY ? { proxy: { '/api/inzending': process.env.INZENDING_PROXY } } : {}) },
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every .mdx file triggers this harmless warning (withastro/astro#18087).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
