/**
 * Checks an article body with the site's Markdown pipeline, synchronously.
 *
 * Needed because Astro's glob loader catches render errors of collection
 * entries: it logs "[glob-loader] Error rendering …" and builds the page with
 * an empty body instead of failing. Run this from the content validation
 * before the build to fail loudly instead.
 */
import { markdownToHtml } from 'satteri';
import { markdownPipeline } from './index';
import { MarkdownContentError } from './location';

export { MarkdownContentError } from './location';

/** The first mistake in `body` (an unknown block, a foto without alt, a wrong video address), or undefined. */
export function checkMarkdown(body: string, fileURL?: URL): MarkdownContentError | undefined {
  const { features, mdastPlugins, hastPlugins } = markdownPipeline();
  try {
    markdownToHtml(body, { features: { gfm: true, smartPunctuation: true, ...features }, mdastPlugins, hastPlugins, fileURL });
  } catch (error) {
    if (error instanceof MarkdownContentError) return error;
    throw error;
  }
  return undefined;
}
