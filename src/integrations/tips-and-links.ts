/**
 * Astro integration for issue 5 (tips that professionals can trust and links that never break):
 * - turns content/redirects.json into redirect pages (Astro `redirects`); a broken file stops the build;
 * - warns in the build log about tips not checked for more than a year (they are also marked on
 *   their page and listed on /admin/tips-controle/);
 * - after the build, writes dist/_redirects so a host can answer redirects with a real 301;
 * - in a build, starts rendering the tips' Open Graph images in a worker thread, so they are
 *   ready when Astro gets to them (src/lib/og-background.ts; issue 9).
 * CONTENT_ROOT (as in src/content.config.ts) points the fixture builds at their own files.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '../lib/content-validation';
import { startBackgroundOg } from '../lib/og-background';
import { tipOgInput } from '../lib/tip-og';
import { overdueWarning, type TipLike } from '../lib/tips';
import { astroRedirects, hostRedirects, readRedirects } from '../lib/url-manifest';

/** Tips as far as the review check needs them, straight from the files (before Astro's content layer). */
function readTips(dir: string): TipLike[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .flatMap((f) => {
      const { data } = parseFrontmatter(fs.readFileSync(path.join(dir, f), 'utf8'));
      const d = (data ?? {}) as Record<string, unknown>;
      const checked = d.gecontroleerdOp instanceof Date ? d.gecontroleerdOp : new Date(String(d.gecontroleerdOp));
      if (Number.isNaN(checked.getTime())) return []; // the content validator reports this one
      // Trimmed like the schema's line() does, so the background OG input matches Astro's data.
      return [{ id: f.replace(/\.mdx?$/, ''), data: { titel: String(d.titel ?? f).trim(), kortId: String(d.kortId ?? '').trim(), thema: String(d.thema ?? '').trim(), gecontroleerdOp: checked } }];
    });
}

export default function tipsAndLinks(): AstroIntegration {
  let site: string | undefined;
  let stopOg: (() => Promise<void>) | undefined;
  return {
    name: 'vief:tips-en-links',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const contentRoot = path.resolve(root, process.env.CONTENT_ROOT ?? 'content');
        site = config.site;
        try {
          const redirects = readRedirects(path.join(contentRoot, 'redirects.json'));
          if (redirects.length) updateConfig({ redirects: astroRedirects(redirects) });
        } catch (e) {
          if (command === 'build') throw e;
          logger.error((e as Error).message);
        }
        const now = process.env.BUILD_NOW ? new Date(process.env.BUILD_NOW) : new Date();
        const tips = readTips(path.join(contentRoot, 'tips'));
        const warning = overdueWarning(tips, now, (id) => path.relative(root, path.join(contentRoot, 'tips', `${id}.md`)));
        if (warning) logger.warn(warning);
        if (command === 'build' && tips.length) {
          const jobs = tips.map((tip) => ({ id: tip.data.kortId, input: tipOgInput(tip.data) }));
          // srcDir, not root: the isolated test builds have a root of their own (tests/isolated-build.ts).
          stopOg = startBackgroundOg(jobs, path.join(fileURLToPath(config.srcDir), 'lib/og-worker.ts'), (message) =>
            logger.warn(`De deelafbeeldingen van de tips worden niet vooraf gemaakt (${message}); de bouw maakt ze zelf, alleen trager.`),
          );
        }
      },
      'astro:build:done': async ({ dir }) => {
        const dist = fileURLToPath(dir);
        fs.writeFileSync(path.join(dist, '_redirects'), hostRedirects(dist, site));
        await stopOg?.();
      },
    },
  };
}
