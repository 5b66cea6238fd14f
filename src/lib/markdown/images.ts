/**
 * Photos in article text get the column's sizes (src/lib/image-sizes.ts): Astro's image step
 * (in @astrojs/markdown-satteri, after our plugins) passes an <img>'s properties to getImage(),
 * so width, widths and sizes set here give the photo a srcset and cap it at 1200 px. Without this
 * a phone photo in the text was published at 4032 px (1.7 MB as WebP).
 * Only local photos: remote ones are refused by the content check (check.ts) anyway.
 */
import type { HastPluginDefinition } from 'satteri';
import { COLUMN_IMAGE } from '../image-sizes';

export const columnImagesPlugin = {
  name: 'mvs-column-images',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const props = node.properties ?? {};
      if (typeof props.src !== 'string' || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(props.src)) return;
      if ('width' in props || 'height' in props) return;
      ctx.setProperty(node, 'width', COLUMN_IMAGE.width);
      ctx.setProperty(node, 'widths', [...COLUMN_IMAGE.widths]);
      ctx.setProperty(node, 'sizes', COLUMN_IMAGE.sizes);
    },
  },
} satisfies HastPluginDefinition;
