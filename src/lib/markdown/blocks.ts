/**
 * Content blocks that editors write as Markdown directives. Only the names
 * below exist; every other block or leaf directive stops the build with a
 * Dutch message naming the file and line.
 *
 *   :::tipkader{titel="Goed om te weten"}   → <aside class="blok-tipkader">
 *   :::citaat{wie="Ria van Dijk"}           → <figure class="blok-citaat">
 *   ::foto{src="…" alt="…" bijschrift="…"}  → <figure class="blok-foto">
 *   ::video{url="https://…" titel="…"}      → <p class="blok-video"> (a link, no embed)
 *
 * Inline (text) directives are never used: with the directive syntax on, the
 * parser reads ordinary text such as "10:30" or "tijd:10" as one, so they are
 * put back as the literal text the editor typed.
 */
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { contentError } from './location';

type Attributes = Record<string, string | null | undefined> | null | undefined;

const BLOCKS = {
  tipkader: { kind: 'container', attributes: ['titel'] },
  citaat: { kind: 'container', attributes: ['wie'] },
  foto: { kind: 'leaf', attributes: ['src', 'alt', 'bijschrift'] },
  video: { kind: 'leaf', attributes: ['url', 'titel'] },
} as const;
type BlockName = keyof typeof BLOCKS;

const KNOWN = Object.keys(BLOCKS) as BlockName[];
const EXAMPLE: Record<BlockName, string> = {
  tipkader: ':::tipkader{titel="…"} … :::',
  citaat: ':::citaat{wie="…"} … :::',
  foto: '::foto{src="…" alt="…" bijschrift="…"}',
  video: '::video{url="https://www.youtube.com/watch?v=…" titel="…"}',
};

/** Marks the blockquote made from :::citaat so the hast step can wrap it in a figure. */
const CITAAT_MARKER = 'dataMvsCitaat';

const VIDEO_HOSTS: ReadonlyArray<{ domain: string; label: string }> = [
  { domain: 'youtube.com', label: 'YouTube' },
  { domain: 'youtu.be', label: 'YouTube' },
  { domain: 'vimeo.com', label: 'Vimeo' },
];

function attr(attributes: Attributes, name: string): string | undefined {
  const value = attributes?.[name]?.trim();
  return value ? value : undefined;
}

/** The site that hosts a video link, or undefined when the URL is not allowed. */
export function videoHost(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return undefined;
  const host = parsed.hostname.toLowerCase();
  return VIDEO_HOSTS.find(({ domain }) => host === domain || host.endsWith(`.${domain}`))?.label;
}

/** Puts every inline directive back as the text it was written as. Runs before {@link blocksMdastPlugin}. */
export const literalTextDirectivesPlugin = {
  name: 'mvs-inline-directives-as-text',
  options: { position: true },
  textDirective(node, ctx) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const value =
      start !== undefined && end !== undefined ? ctx.source.slice(start, end) : `:${node.name}${ctx.textContent(node) ? `[${ctx.textContent(node)}]` : ''}`;
    return { type: 'text', value };
  },
} satisfies MdastPluginDefinition;

export const blocksMdastPlugin = {
  name: 'mvs-content-blocks',
  options: { position: true },

  containerDirective(node, ctx) {
    const name = checkBlock(node, 'container', ctx);
    if (name === 'tipkader') {
      const titel = attr(node.attributes, 'titel') ?? 'Tip';
      ctx.setProperty(node, 'data', { hName: 'aside', hProperties: { className: ['blok-tipkader'], ariaLabel: titel } });
      ctx.prependChild(node, {
        type: 'paragraph',
        data: { hProperties: { className: ['blok-tipkader__titel'] } },
        children: [{ type: 'text', value: titel }],
      });
    } else {
      // Changed in place (not replaced) so blocks nested inside keep their own rewrite.
      ctx.setProperty(node, 'data', { hName: 'blockquote', hProperties: { [CITAAT_MARKER]: attr(node.attributes, 'wie') ?? '' } });
    }
  },

  leafDirective(node, ctx) {
    const name = checkBlock(node, 'leaf', ctx);
    if (node.children.length > 0) {
      throw contentError(ctx, node, `de tekst tussen [ en ] bij ::${name} wordt niet gebruikt; schrijf het zo: ${EXAMPLE[name]}`);
    }
    if (name === 'foto') {
      const src = attr(node.attributes, 'src');
      const alt = attr(node.attributes, 'alt');
      const bijschrift = attr(node.attributes, 'bijschrift');
      if (!src) throw contentError(ctx, node, `foto zonder bestand (src); schrijf het zo: ${EXAMPLE.foto}`);
      if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
        // A photo from another website would make every reader's browser contact that site.
        throw contentError(ctx, node, `foto "${src}" komt van een andere website; zet de foto in de mediabibliotheek en kies hem daar (${EXAMPLE.foto})`);
      }
      if (!alt) {
        throw contentError(
          ctx,
          node,
          `foto zonder beschrijving (alt) bij "${src}"; beschrijf in alt="…" wat er op de foto te zien is, voor wie de foto niet kan zien`,
        );
      }
      ctx.replaceNode(node, {
        type: 'blokFoto',
        data: { hName: 'figure', hProperties: { className: ['blok-foto'] } },
        children: [
          // A real Markdown image node: Astro's image step picks it up exactly like ![alt](src).
          { type: 'image', url: src, alt, data: { hProperties: { loading: 'lazy' } } },
          ...(bijschrift ? [{ type: 'blokBijschrift', data: { hName: 'figcaption' }, children: [{ type: 'text', value: bijschrift }] }] : []),
        ],
      });
      return;
    }
    const url = attr(node.attributes, 'url');
    const titel = attr(node.attributes, 'titel');
    const host = url ? videoHost(url) : undefined;
    if (!url || !host) {
      throw contentError(
        ctx,
        node,
        `video-adres ${url ? `"${url}" ` : ''}niet toegestaan; alleen https-links naar youtube.com, youtu.be of vimeo.com kunnen (${EXAMPLE.video})`,
      );
    }
    ctx.replaceNode(node, {
      type: 'blokVideo',
      data: { hName: 'p', hProperties: { className: ['blok-video'] } },
      children: [
        {
          type: 'link',
          url,
          data: { hProperties: { rel: ['noopener', 'noreferrer'] } },
          children: [
            { type: 'blokIcoon', data: { hName: 'span', hProperties: { className: ['blok-video__icoon'], ariaHidden: 'true' } }, children: [{ type: 'text', value: '▶' }] },
            { type: 'text', value: titel ? ` Bekijk de video: ${titel}` : ' Bekijk de video' },
          ],
        },
        { type: 'text', value: ' ' },
        { type: 'blokBron', data: { hName: 'span', hProperties: { className: ['blok-video__bron'] } }, children: [{ type: 'text', value: `(opent ${host})` }] },
      ],
    });
  },
} satisfies MdastPluginDefinition;

function checkBlock(
  node: { name: string; attributes?: Attributes; position?: { start?: { line?: number } } },
  kind: 'container' | 'leaf',
  ctx: { fileURL: URL | undefined; source: string },
): BlockName {
  const written = kind === 'container' ? `:::${node.name}` : `::${node.name}`;
  if (!(KNOWN as string[]).includes(node.name)) {
    throw contentError(ctx, node, `onbekend blok "${written}"; toegestaan zijn: ${KNOWN.map((n) => EXAMPLE[n].split('{')[0]).join(', ')}`);
  }
  const name = node.name as BlockName;
  const block = BLOCKS[name];
  if (block.kind !== kind) {
    throw contentError(ctx, node, `blok "${written}" is verkeerd geschreven; schrijf het zo: ${EXAMPLE[name]}`);
  }
  const allowed: readonly string[] = block.attributes;
  for (const key of Object.keys(node.attributes ?? {})) {
    if (!allowed.includes(key)) {
      throw contentError(ctx, node, `onbekende eigenschap "${key}" bij ${written}; toegestaan: ${allowed.join(', ')}`);
    }
  }
  return name;
}

/** Wraps the blockquote of a :::citaat in <figure class="blok-citaat"> with the speaker as caption. */
export const blocksHastPlugin = {
  name: 'mvs-content-blocks-html',
  element: {
    filter: ['blockquote'],
    visit(node, ctx) {
      const wie = node.properties?.[CITAAT_MARKER];
      if (wie === undefined || wie === null) return;
      ctx.setProperty(node, CITAAT_MARKER, null);
      const caption = String(wie).trim();
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['blok-citaat'] },
        children: caption ? [{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: `— ${caption}` }] }] : [],
      });
    },
  },
} satisfies HastPluginDefinition;
