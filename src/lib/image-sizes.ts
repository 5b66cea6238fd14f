/**
 * The sizes in which a photo in the article column is served: the main photo of an artikel
 * (src/pages/artikelen/[slug].astro) and every photo in the text (::foto and ![…](…), through
 * src/lib/markdown/images.ts). One rule, so a 4000×3000 phone photo placed in the text is served
 * like the main photo: at most 1200 px wide, with a srcset for phones and tablets (issue 16).
 */
export const COLUMN_IMAGE = {
  /** The largest width served; Astro never enlarges a smaller photo. */
  width: 1200,
  widths: [480, 800, 1200],
  sizes: '(min-width: 860px) 38rem, 92vw',
} as const;
