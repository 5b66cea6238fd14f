/**
 * An upload never replaces a different file (issue 16, point 2), on every backend.
 *
 * Decap keeps the uploaded file's own name; a phone calls every photo "IMG_0001.jpg", and when
 * that name exists Decap asks, in English, "… already exists. Do you want to replace it?" — "OK"
 * deletes the existing photo (from the published branch too) and replaces it in every artikel
 * that uses it. The local backend of `npm start` refuses such an upload, but GitHub, GitLab and
 * Forgejo do not. So the CMS page gives every uploaded file a name that carries a short
 * fingerprint of its bytes: "IMG_0001.jpg" becomes "IMG_0001-3fa2c1d9.jpg". A different photo
 * always gets a different name; only the very same photo can get the same name again, and then
 * nothing is replaced: Decap's question is answered "no" and the editor gets a Dutch message
 * saying where the photo already is.
 *
 * The renaming happens before Decap sees the file: a capturing `change` listener takes the event
 * of the media library's file input, renames the files and hands Decap a new `change` event.
 *
 * The same place refuses, in Dutch, what is neither a photo nor a recording (an SVG above all: it
 * can carry a script; the rule of src/lib/upload-rule.ts, which the local backend uses too). On GitHub, GitLab and Forgejo nothing else
 * stands between an upload and the repository.
 */
import { photoMessages } from '../src/lib/photo-name';
import { uploadRefusal } from '../src/lib/upload-rule';

export { uploadRefusal };

const FINGERPRINT_HEX = 8;

async function fingerprint(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.subarray(0, FINGERPRINT_HEX / 2)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** "IMG_0001.JPG" + its bytes → "IMG_0001-3fa2c1d9.JPG"; a name that already ends in that fingerprint stays. */
export async function uniqueMediaName(name: string, bytes: ArrayBuffer): Promise<string> {
  const hash = await fingerprint(bytes);
  const dot = name.lastIndexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  if (base.toLowerCase().endsWith(`-${hash}`)) return name;
  return `${base}-${hash}${extension}`;
}

/** Decap's English question when an upload has the name of a file in the library. */
const ALREADY_EXISTS = /^(.+) already exists\. Do you want to replace it\?$/;

function showNotice(text: string): void {
  document.querySelector('.vief-media-melding')?.remove();
  const box = document.createElement('div');
  box.className = 'vief-media-melding';
  box.setAttribute('role', 'alert');
  const p = document.createElement('p');
  p.textContent = `${text}.`;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Sluiten';
  close.addEventListener('click', () => box.remove());
  box.append(p, close);
  // Over the media library's dialog (fixed, see the /admin/ page's CSS): inside it, it would upset
  // the library's own sizing of its grid of photos.
  document.body.append(box);
}

export function installUniqueMediaNames(): void {
  const ours = new WeakSet<Event>();
  document.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || ours.has(event) || !input.files?.length) return;
      event.stopImmediatePropagation();
      const files = [...input.files];
      void (async () => {
        const renamed = new DataTransfer();
        for (const file of files) {
          const bytes = await file.arrayBuffer();
          const refusal = uploadRefusal(file.name, new Uint8Array(bytes));
          if (refusal) {
            // Nothing goes to Decap: the editor reads why, and the file input is ready for another try.
            showNotice(refusal);
            input.value = '';
            return;
          }
          const name = await uniqueMediaName(file.name, bytes);
          renamed.items.add(new File([file], name, { type: file.type, lastModified: file.lastModified }));
        }
        input.files = renamed.files;
        const again = new Event('change', { bubbles: true });
        ours.add(again);
        input.dispatchEvent(again);
      })();
    },
    true,
  );

  // The same photo again (same fingerprint, so the same name): never "replace" it, say where it is.
  const confirm = window.confirm.bind(window);
  window.confirm = (message?: string) => {
    const same = typeof message === 'string' ? ALREADY_EXISTS.exec(message) : null;
    if (!same) return confirm(message);
    showNotice(photoMessages.alreadyThere(same[1]));
    return false;
  };
}
