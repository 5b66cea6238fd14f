/**
 * Open Graph images (1200×630 PNG) for tips, made at build time: satori lays out text with the
 * site's own font (local .woff files from @fontsource, satori cannot read woff2) into an SVG of
 * paths, and sharp turns that into a PNG. No external service, no browser.
 */
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgImageInput {
  /** Small line above the title, e.g. "Tip · Veiligheid". */
  kicker: string;
  title: string;
  /** Bottom line, e.g. "vief-mvs.nl/t/val1". */
  footer: string;
  /** Name of the magazine, bottom right. */
  brand: string;
  colors: { background: string; text: string; accent: string };
}

type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' };
let fontsPromise: Promise<Font[]> | undefined;

/** Read the two weights of Atkinson Hyperlegible Next once per build. */
function fonts(): Promise<Font[]> {
  fontsPromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const file = (w: number) => require.resolve(`@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${w}-normal.woff`);
    const load = async (w: 400 | 700): Promise<Font> => {
      const buf = await fs.readFile(file(w));
      return { name: 'Atkinson', data: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer, weight: w, style: 'normal' };
    };
    return Promise.all([load(400), load(700)]);
  })();
  return fontsPromise;
}

// satori takes React-like element objects; we build them by hand (no React needed).
type El = { type: string; props: { style?: Record<string, string | number>; children?: El | El[] | string } };
const el = (type: string, style: El['props']['style'], children?: El['props']['children']): El => ({ type, props: { style, children } });

/** Title size that keeps long titles (up to 120 characters) within four lines. */
export function titleSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 70) return 64;
  return 52;
}

/** The SVG (text as paths) for an OG image. */
export async function ogSvg(input: OgImageInput): Promise<string> {
  const { colors } = input;
  const tree = el(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px 56px', backgroundColor: colors.background, color: colors.text, fontFamily: 'Atkinson', borderBottom: `24px solid ${colors.accent}` },
    [
      el('div', { display: 'flex', flexDirection: 'column', width: '100%' }, [
        el('div', { fontSize: 34, fontWeight: 700, color: colors.text, opacity: 0.9, marginBottom: 28 }, input.kicker),
        el('div', { display: 'flex', fontSize: titleSize(input.title), fontWeight: 700, lineHeight: 1.15, width: '100%' }, input.title),
      ]),
      el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 34, width: '100%' }, [
        el('div', { display: 'flex' }, input.footer),
        el('div', { display: 'flex', fontSize: 44, fontWeight: 700 }, input.brand),
      ]),
    ],
  );
  // The element type in satori's d.ts is React's ReactNode; a plain object tree is what it reads.
  return satori(tree as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: await fonts() });
}

/** The PNG bytes of an OG image. */
export async function ogPng(input: OgImageInput): Promise<Uint8Array> {
  const svg = await ogSvg(input);
  // Flat colours and anti-aliased text: 16 colours without dithering look the same as the default
  // 256 (two colours and their edges), the quantiser's lowest effort and zlib level 4 are ~2× faster
  // than 64 colours at level 9, and the file is smaller (one image per tip, so it shows in build
  // time; measured with the bench, issue 9: 42 → 26 ms and 19.3 → 14.0 KB per image).
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 4, palette: true, colours: 16, dither: 0, effort: 1 }).toBuffer();
  return new Uint8Array(png);
}
