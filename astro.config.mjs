// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import site from './content/site.json' with { type: 'json' };
import validateContent from './src/integrations/validate-content.ts';
import tipsAndLinks from './src/integrations/tips-and-links.ts';
import { markdownProcessor } from './src/lib/markdown/index.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [validateContent(), tipsAndLinks(), mdx(), sitemap({ filter: (page) => !/^\/(admin|t|offline)\/|^\/tips\/(controle|tip-van-de-week)\//.test(new URL(page).pathname) })],
  // Bodies are Markdown: editors' { and <3 stay text; raw HTML is shown as text; content blocks are directives.
  markdown: { processor: markdownProcessor({ site: site.url }) },
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
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
