/**
 * QR codes as inline SVG, generated at build time with the `qrcode` package (no client script,
 * no external service). Black on white with the standard quiet zone, whatever the colour
 * scheme, so every phone camera reads it, on screen and on paper.
 */
import QRCode from 'qrcode';

export interface QrOptions {
  /** Accessible name, e.g. "QR-code met de link vief-mvs.nl/t/val1". */
  label: string;
  /** Extra class on the <svg>. */
  className?: string;
  /** Rendered width/height attribute in px (CSS may override); default: none (scales to its box). */
  size?: number;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * An SVG QR code for `text`. Error correction M (15 %) survives a crease or a smudge on a print-out
 * and keeps a short URL at version 3–4 (29–33 modules), large enough to scan at 25 mm.
 */
export async function qrSvg(text: string, { label, className = 'qr', size }: QrOptions): Promise<string> {
  if (!text) throw new Error('qrSvg: empty text');
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  const attrs = [`role="img"`, `aria-label="${escapeAttr(label)}"`, `class="${escapeAttr(className)}"`, `focusable="false"`];
  if (size) attrs.push(`width="${size}"`, `height="${size}"`);
  return svg.trim().replace(/^<svg /, `<svg ${attrs.join(' ')} `);
}

/** The module count of the QR code for `text` (for tests and print sizing). */
export function qrModules(text: string): number {
  return QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size;
}
