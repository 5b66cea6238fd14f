/**
 * Editor components for the whitelisted content blocks (issue 3, point 6): editors pick
 * "Tipkader", "Citaat", "Foto met bijschrift" or "Video" from the editor's "+" menu and fill
 * in a small form; the CMS writes the Markdown directive that our Markdown pipeline renders
 * (src/lib/markdown). Nobody types directive syntax by hand.
 *
 *   :::tipkader{titel="…"}          :::citaat{wie="…"}
 *   tekst in Markdown               het citaat
 *   :::                             :::
 *
 *   ::foto{src="../media/x.jpg" alt="…" bijschrift="…"}
 *   ::video{url="https://www.youtube.com/watch?v=…" titel="…"}
 *
 * Attribute values are written in double quotes; a double quote inside a value is written as
 * &quot; and line breaks become spaces, so a value can never end the directive early.
 * Pure functions (no Decap, no DOM): tests/unit/cms-editor-components.test.ts checks that
 * toBlock → pattern → fromBlock gives back what the editor typed.
 */

export interface EditorComponentField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  pattern?: [string, string];
  [option: string]: unknown;
}

export interface EditorComponent<T extends Record<string, string> = Record<string, string>> {
  id: string;
  label: string;
  fields: EditorComponentField[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): T;
  toBlock(data: Partial<T>): string;
  toPreview(data: Partial<T>, getAsset?: (path: string) => unknown): string;
}

/** Escape text for HTML (previews). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A value for `key="value"`: one line, no bare double quote. */
export function encodeAttr(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim().replace(/"/g, '&quot;');
}

export function decodeAttr(value: string): string {
  return value.replace(/&quot;/g, '"');
}

/** `titel="a" wie="b"` → { titel: 'a', wie: 'b' } */
export function parseAttributes(source: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!source) return out;
  for (const m of source.matchAll(/([a-zA-Z][\w-]*)\s*=\s*"([^"\n]*)"/g)) out[m[1]] = decodeAttr(m[2]);
  return out;
}

/** `{a="1" b="2"}`, leaving out empty values; '' when there are none. */
export function formatAttributes(attrs: Record<string, string | undefined>): string {
  const parts = Object.entries(attrs)
    .filter(([, v]) => typeof v === 'string' && v.trim() !== '')
    .map(([k, v]) => `${k}="${encodeAttr(v!)}"`);
  return parts.length ? `{${parts.join(' ')}}` : '';
}

// An attribute list: quoted strings may contain "}" but not a line break.
const ATTRS = String.raw`\{((?:[^"}\n]|"[^"\n]*")*)\}`;

/** A container directive (:::name{…}\n body \n:::) as a Decap block pattern. */
function containerPattern(name: string): RegExp {
  return new RegExp(String.raw`^:::${name}(?:${ATTRS})?[ \t]*\n([\s\S]*?)\n:::[ \t]*$`, 'm');
}

/** A leaf directive (::name{…}) on a line of its own. */
function leafPattern(name: string): RegExp {
  return new RegExp(String.raw`^::${name}${ATTRS}[ \t]*$`, 'm');
}

/** Tiny Markdown → HTML for previews of block contents: paragraphs, lists, bold, italic, links. Escapes everything else. */
export function miniMarkdown(md: string): string {
  const inline = (s: string) =>
    escapeHtml(s)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>');
  return md
    .trim()
    .split(/\n{2,}/)
    .filter((block) => block.trim())
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((l) => /^\s*[-*]\s+/.test(l))) return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*]\s+/, ''))}</li>`).join('')}</ul>`;
      if (lines.every((l) => /^\s*\d+[.)]\s+/.test(l))) return `<ol>${lines.map((l) => `<li>${inline(l.replace(/^\s*\d+[.)]\s+/, ''))}</li>`).join('')}</ol>`;
      return `<p>${lines.map(inline).join('<br>')}</p>`;
    })
    .join('');
}

function assetUrl(getAsset: ((path: string) => unknown) | undefined, path: string): string {
  if (!path) return '';
  try {
    const asset = getAsset?.(path);
    const url = asset ? String(asset) : path;
    return url && url !== '[object Object]' ? url : path;
  } catch {
    return path;
  }
}

const markdownInBlock = {
  widget: 'markdown',
  minimal: true,
  buttons: ['bold', 'italic', 'link', 'bulleted-list', 'numbered-list'],
  editor_components: [],
  modes: ['rich_text', 'raw'],
  sanitize_preview: true,
};

export const tipkader: EditorComponent<{ titel: string; tekst: string }> = {
  id: 'tipkader',
  label: 'Tipkader',
  fields: [
    { name: 'titel', label: 'Titel van het kader', widget: 'string', hint: 'Bijvoorbeeld "Goed om te weten" of "Tip".' },
    { name: 'tekst', label: 'Tekst in het kader', ...markdownInBlock },
  ],
  pattern: containerPattern('tipkader'),
  fromBlock(match) {
    const attrs = parseAttributes(match[1]);
    return { titel: attrs.titel ?? '', tekst: match[2] ?? '' };
  },
  toBlock(data) {
    return `:::tipkader${formatAttributes({ titel: data.titel })}\n${(data.tekst ?? '').trim()}\n:::`;
  },
  toPreview(data) {
    const titel = data.titel ? `<p class="blok-tipkader__titel">${escapeHtml(data.titel)}</p>` : '';
    return `<aside class="blok-tipkader">${titel}${miniMarkdown(data.tekst ?? '')}</aside>`;
  },
};

export const citaat: EditorComponent<{ tekst: string; wie: string }> = {
  id: 'citaat',
  label: 'Citaat',
  fields: [
    { name: 'tekst', label: 'Het citaat', widget: 'text', hint: 'Alleen de woorden zelf, zonder aanhalingstekens.' },
    { name: 'wie', label: 'Wie zei het?', widget: 'string', required: false, hint: 'Bijvoorbeeld "Arie (86), oud-visser". Mag leeg blijven.' },
  ],
  pattern: containerPattern('citaat'),
  fromBlock(match) {
    const attrs = parseAttributes(match[1]);
    return { tekst: match[2] ?? '', wie: attrs.wie ?? '' };
  },
  toBlock(data) {
    return `:::citaat${formatAttributes({ wie: data.wie })}\n${(data.tekst ?? '').trim()}\n:::`;
  },
  toPreview(data) {
    const wie = data.wie ? `<figcaption>${escapeHtml(data.wie)}</figcaption>` : '';
    return `<figure class="blok-citaat"><blockquote>${miniMarkdown(data.tekst ?? '')}</blockquote>${wie}</figure>`;
  },
};

export const foto: EditorComponent<{ src: string; alt: string; bijschrift: string }> = {
  id: 'foto',
  label: 'Foto met bijschrift',
  fields: [
    { name: 'src', label: 'Foto', widget: 'image', choose_url: false, hint: 'Kies een foto of upload een nieuwe. Grote foto’s van een telefoon zijn goed: de website maakt ze zelf kleiner.' },
    {
      name: 'alt',
      label: 'Beschrijving van de foto',
      widget: 'string',
      hint: 'Wat is er op de foto te zien? Voor lezers die niet goed zien. Verplicht.',
      pattern: ['^(?!.*\\.(?:jpe?g|png|webp|gif|avif)$).+$', 'beschrijf wat er op de foto staat, niet de bestandsnaam'],
    },
    { name: 'bijschrift', label: 'Bijschrift', widget: 'string', required: false, hint: 'Tekst onder de foto, bijvoorbeeld wie er op staat of wie hem maakte. Mag leeg blijven.' },
  ],
  pattern: leafPattern('foto'),
  fromBlock(match) {
    const attrs = parseAttributes(match[1]);
    return { src: attrs.src ?? '', alt: attrs.alt ?? '', bijschrift: attrs.bijschrift ?? '' };
  },
  toBlock(data) {
    return `::foto${formatAttributes({ src: data.src, alt: data.alt, bijschrift: data.bijschrift }) || '{}'}`;
  },
  toPreview(data, getAsset) {
    const src = assetUrl(getAsset, data.src ?? '');
    const caption = data.bijschrift ? `<figcaption>${escapeHtml(data.bijschrift)}</figcaption>` : '';
    return `<figure class="blok-foto">${src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(data.alt ?? '')}">` : ''}${caption}</figure>`;
  },
};

/** Video hosts the Markdown pipeline links to. */
export const VIDEO_URL_PATTERN = '^https://(www\\.)?(youtube\\.com|youtu\\.be|vimeo\\.com)/\\S+$';

export const video: EditorComponent<{ url: string; titel: string }> = {
  id: 'video',
  label: 'Video (link)',
  fields: [
    { name: 'url', label: 'Webadres van de video', widget: 'string', hint: 'Kopieer het adres van de video op YouTube of Vimeo, bijvoorbeeld https://www.youtube.com/watch?v=…', pattern: [VIDEO_URL_PATTERN, 'moet een link naar YouTube of Vimeo zijn, beginnend met https://'] },
    { name: 'titel', label: 'Waar gaat de video over?', widget: 'string', hint: 'Deze tekst staat bij de link, bijvoorbeeld "Video: stoelgym in De Schakel".' },
  ],
  pattern: leafPattern('video'),
  fromBlock(match) {
    const attrs = parseAttributes(match[1]);
    return { url: attrs.url ?? '', titel: attrs.titel ?? '' };
  },
  toBlock(data) {
    return `::video${formatAttributes({ url: data.url, titel: data.titel }) || '{}'}`;
  },
  toPreview(data) {
    const url = data.url ?? '';
    const safe = new RegExp(VIDEO_URL_PATTERN).test(url) ? url : '#';
    return `<p class="blok-video"><a href="${escapeHtml(safe)}">▶ ${escapeHtml(data.titel || 'Video bekijken')}</a></p>`;
  },
};

export const editorComponents = [tipkader, citaat, foto, video] as EditorComponent[];
export const editorComponentIds = editorComponents.map((c) => c.id);
