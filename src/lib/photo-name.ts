/**
 * What counts as a photo by its name, in one place (issue 15, findings 2 and 5): used by the
 * schemas' image fields (so the content validation and the CMS's check at "Opslaan" agree), by
 * src/lib/image-file.ts (which also looks inside the file) and by the CMS's local backend
 * (cms/local-backend.mjs, which Node loads directly: keep this file free of imports and of
 * non-erasable TypeScript). SVG is never a photo: it can carry a script that runs on the site.
 */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tif', 'tiff'];
const PHOTO_EXT = new RegExp(`\\.(${PHOTO_EXTENSIONS.join('|')})$`, 'i');

/** Dutch explanations, shared by the validator, the CMS and its backend. */
export const photoMessages = {
  svg: (name: string) => `"${name}" is een SVG-bestand. Dat kan programmacode bevatten en wordt niet als foto gebruikt; kies een foto in jpg, png, webp, avif of gif`,
  notPhoto: (name: string) => `"${name}" is geen foto (jpg, png, webp, avif of gif)`,
  empty: (name: string) => `"${name}" is leeg (0 bytes); zet de foto opnieuw in de mediabibliotheek`,
  broken: (name: string) => `"${name}" heet een foto maar is het niet (het bestand is beschadigd of iets anders); zet de foto opnieuw in de mediabibliotheek`,
  /** The CMS: the same photo (same bytes) is uploaded again; it is not replaced (cms/media-names.ts). */
  alreadyThere: (name: string) => `Deze foto staat al in de mediabibliotheek, als "${name}". Er is niets vervangen: kies hem in de lijst en klik op "Gebruik selectie"`,
};

/** The problem with a photo's name alone (its extension), or undefined. */
export function photoNameProblem(name: string): string | undefined {
  if (/\.svgz?$/i.test(name)) return photoMessages.svg(name);
  if (!PHOTO_EXT.test(name)) return photoMessages.notPhoto(name);
  return undefined;
}
