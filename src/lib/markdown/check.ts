/**
 * Checks an article body with the site's Markdown pipeline, synchronously.
 *
 * Needed because Astro's glob loader catches render errors of collection
 * entries: it logs "[glob-loader] Error rendering …" and builds the page with
 * an empty body instead of failing. Run this from the content validation
 * before the build to fail loudly instead.
 *
 * On top of the pipeline it checks what the build would only find later: that every photo in the
 * text (::foto or ![…](…)) exists next to the content, since a missing one stops the build with
 * a stack trace instead of a message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownToHtml, type HastPluginDefinition } from 'satteri';
import { markdownPipeline } from './index';
import { contentError, MarkdownContentError } from './location';
import { photoFileProblem } from '../image-file';

export { MarkdownContentError } from './location';

/** Photos in the text: never from another website, and local ones must exist relative to the file. */
function photosExist(fileURL: URL | undefined): HastPluginDefinition {
  const dir = fileURL?.protocol === 'file:' ? path.dirname(fileURLToPath(fileURL)) : undefined;
  return {
    name: 'mvs-check-photos-exist',
    element: {
      filter: ['img'],
      visit(node, ctx) {
        const src = node.properties?.src;
        if (typeof src !== 'string') return;
        // Like ::foto: a photo from another website would make every reader's browser contact that
        // site, and the Content-Security-Policy (img-src 'self') would show it as broken anyway.
        if ((/^[a-z][a-z0-9+.-]*:/i.test(src) && !/^data:/i.test(src)) || src.startsWith('//'))
          throw contentError(ctx, node, `foto "${src}" komt van een andere website en wordt niet getoond; zet de foto in de mediabibliotheek en kies hem daar`);
        if (!dir || /^data:/i.test(src) || src.startsWith('/')) return;
        let file: string;
        try {
          file = path.resolve(dir, decodeURI(src.split(/[?#]/)[0]));
        } catch {
          file = path.resolve(dir, src);
        }
        if (!fs.existsSync(file) || !fs.statSync(file).isFile())
          throw contentError(ctx, node, `de foto "${src}" bestaat niet (gezocht in ${path.relative(process.cwd(), file) || file}); kies de foto opnieuw in de mediabibliotheek`);
        // A non-image file (../../package.json, a 0-byte .jpg, an SVG) would publish a broken
        // picture or a script: the same rule as for photo fields (src/lib/image-file.ts).
        const problem = photoFileProblem(file, src);
        if (problem) throw contentError(ctx, node, problem);
      },
    },
  };
}

/** The first mistake in `body` (an unknown block, a foto without alt, a wrong video address, a missing or remote photo), or undefined. */
export function checkMarkdown(body: string, fileURL?: URL): MarkdownContentError | undefined {
  const { features, mdastPlugins, hastPlugins } = markdownPipeline();
  try {
    markdownToHtml(body, {
      features: { gfm: true, smartPunctuation: true, ...features },
      mdastPlugins,
      hastPlugins: [...hastPlugins, photosExist(fileURL)],
      fileURL,
    });
  } catch (error) {
    if (error instanceof MarkdownContentError) return error;
    throw error;
  }
  return undefined;
}
