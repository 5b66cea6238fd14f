/**
 * Article text cannot run code or load things on its own:
 * - raw HTML in a .md body (<script>, <iframe>, <img onerror=…>, even <b>) is
 *   shown as the literal text the editor typed;
 * - links and images with a javascript:, data: or vbscript: address become plain text;
 * - links to other sites get rel="noopener noreferrer".
 */
import type { HastPluginDefinition, HastPluginEntry, MdastPluginDefinition, MdastPluginEntry } from 'satteri';

/** Parents that hold blocks, not inline text: raw HTML directly inside them gets its own paragraph. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'containerDirective', 'footnoteDefinition', 'descriptionDetails']);

const rawHtmlAsTextPlugin = {
  name: 'mvs-raw-html-as-text',
  html(node, ctx) {
    const text = { type: 'text' as const, value: node.value.replace(/\n+$/, '') };
    const parent = ctx.parent(node);
    return parent && BLOCK_PARENTS.has(parent.type) ? { type: 'paragraph', children: [text] } : text;
  },
} satisfies MdastPluginDefinition;

/** Only .md has raw HTML nodes; .mdx content is held to its own rules first (mdx-policy.ts). */
export const rawHtmlAsText: MdastPluginEntry = (ctx) => (ctx.sourceFormat === 'markdown' ? rawHtmlAsTextPlugin : null);

/** Safety net after the mdast step: no raw HTML node reaches the page. */
const rawHastAsText: HastPluginEntry = (ctx) =>
  ctx.sourceFormat === 'markdown'
    ? ({
        name: 'mvs-raw-hast-as-text',
        raw(node) {
          return { type: 'text', value: node.value };
        },
      } satisfies HastPluginDefinition)
    : null;

/**
 * True for addresses a browser would run or inline (javascript:, data:, vbscript:).
 * Browsers ignore whitespace and control characters inside the scheme and its case,
 * so those are removed first (also in %-encoded form, to be strict).
 */
export function isDangerousUrl(url: string): boolean {
  const squeezed = url
    .replace(/%(?:[01][0-9a-f]|20)/gi, '')
    .replace(/[\u0000-\u0020\u007f]/g, '')
    .toLowerCase();
  return /^(?:javascript|data|vbscript):/.test(squeezed);
}

function hostOf(site: string | URL | undefined): string | undefined {
  if (!site) return undefined;
  try {
    return new URL(site).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** True for http(s) links to another host than the site's own (all http(s) links when the site is unknown). */
export function isExternalUrl(url: string, siteHost: string | undefined): boolean {
  const absolute = url.startsWith('//') ? `https:${url}` : url;
  if (!/^https?:\/\//i.test(absolute) || !URL.canParse(absolute)) return false;
  const host = new URL(absolute).hostname.toLowerCase().replace(/^www\./, '');
  return host !== siteHost;
}

export function safeLinksPlugin(site: string | URL | undefined): HastPluginDefinition {
  const siteHost = hostOf(site);
  return {
    name: 'mvs-safe-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const props = node.properties ?? {};
        if (node.tagName === 'img') {
          if (typeof props.src === 'string' && isDangerousUrl(props.src)) {
            const alt = typeof props.alt === 'string' ? props.alt : '';
            ctx.replaceNode(node, alt ? [{ type: 'text', value: alt }] : []);
          }
          return;
        }
        if (typeof props.href !== 'string') return;
        if (isDangerousUrl(props.href)) {
          ctx.replaceNode(node, node.children);
        } else if (isExternalUrl(props.href, siteHost)) {
          ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
        }
      },
    },
  };
}

export function safetyHastPlugins(site: string | URL | undefined): HastPluginEntry[] {
  return [rawHastAsText, safeLinksPlugin(site)];
}
