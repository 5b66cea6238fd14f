/**
 * The Markdown pipeline for article bodies (.md, rendered by Astro's Sätteri processor).
 *
 *   import { markdownProcessor } from './src/lib/markdown/index.ts';
 *   markdown: { processor: markdownProcessor({ site: site.url }) }
 *
 * `markdownPipeline()` is the one list of features and plugins; the processor and
 * the unit tests both use it.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { Features, HastPluginEntry, MdastPluginEntry } from 'satteri';
import { blocksHastPlugin, blocksMdastPlugin, literalTextDirectivesPlugin } from './blocks';
import { rawHtmlAsText, safetyHastPlugins } from './safety';
import { mdxPolicyPlugin } from './mdx-policy';
import { columnImagesPlugin } from './images';

export { isDangerousUrl, isExternalUrl } from './safety';
export { videoHost } from './blocks';

export interface MarkdownPipelineOptions {
  /** The site's own address; links to other hosts get rel="noopener noreferrer". */
  site?: string | URL;
}

export interface MarkdownPipeline {
  features: Features;
  mdastPlugins: MdastPluginEntry[];
  hastPlugins: HastPluginEntry[];
}

export function markdownPipeline(options: MarkdownPipelineOptions = {}): MarkdownPipeline {
  return {
    // Everything else (GFM, smart punctuation, heading ids, images) stays Astro's default.
    features: { directive: true },
    // Order matters: an .mdx content file that contains code stops first (it is never compiled);
    // text and raw HTML are fixed before the blocks move content around.
    mdastPlugins: [mdxPolicyPlugin, literalTextDirectivesPlugin, rawHtmlAsText, blocksMdastPlugin],
    hastPlugins: [blocksHastPlugin, ...safetyHastPlugins(options.site), columnImagesPlugin],
  };
}

/** The processor for `markdown.processor` in astro.config.mjs (also inherited by @astrojs/mdx). */
export function markdownProcessor(options: MarkdownPipelineOptions = {}) {
  return satteri(markdownPipeline(options));
}
