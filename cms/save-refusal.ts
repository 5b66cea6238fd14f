/**
 * One Dutch message per refused save, naming every field (issue 16: "Oeps, sommige verplichte
 * velden zijn niet ingevuld." appeared three times and named no field).
 *
 * A save is refused in one of two places:
 *   - Decap's own checks (required, pattern): it shows its toast `ui.toast.missingRequiredField`
 *     (cms/locale.ts) and writes a message under each field ("Samenvatting is verplicht.");
 *   - our check of the schema (cms/entry-check.ts, preSave in cms/admin.ts): Decap shows
 *     "Kan item niet opslaan: Error: Nog niet opgeslagen. Verbeter eerst …".
 * A refusal by the local backend (cms/local-backend.mjs) comes as "Kan item niet opslaan:
 * API_ERROR: Dit stuk is intussen …": the technical prefix goes, the Dutch sentence stays; the same
 * sentence from the check on GitHub/GitLab/Forgejo (cms/hosted-guard.ts) comes as "Kan item niet
 * opslaan: Error: Dit stuk is intussen …" and is shown the same way.
 * This module rewrites either toast into the same message (problemsMessage), read from the
 * messages under the fields in the first case, and closes the previous refusal so the editor sees
 * one message, however often "Opslaan" was pressed. A success message ("Item opgeslagen") closes
 * the refusals and success messages before it: on a tablet a stack of messages covered the form.
 */
import { problemFromFieldError, problemsMessage, REFUSAL_HEAD } from './entry-check';
import { MISSING_FIELDS_TOAST } from './locale';
import { OVERWRITE_HEAD } from '../src/lib/overwrite-message';

const MARK = 'data-cms-weigering';
/** What Decap puts before a backend's own error message (decap-cms-lib-util APIError). */
const BACKEND_ERROR = 'API_ERROR: ';

/** The labels of a field and of the fields around it (objects, lists), outermost first. */
function labelsOf(label: HTMLLabelElement): string[] {
  const own = (label.childNodes[0]?.textContent ?? label.textContent ?? '').trim();
  const labels = [own];
  // label → its top bar → the field's container; go outwards from there.
  let el = label.parentElement?.parentElement?.parentElement ?? null;
  for (; el && el !== document.body; el = el.parentElement) {
    const outer = el.querySelector(':scope > div > label[for]');
    if (outer) labels.unshift((outer.childNodes[0]?.textContent ?? outer.textContent ?? '').trim());
  }
  return labels;
}

/** Every message Decap shows under a field right now, with the field's labels. */
export function fieldErrorsOnPage(root: ParentNode = document): Array<{ label: string; message: string }> {
  const out: Array<{ label: string; message: string }> = [];
  for (const list of root.querySelectorAll<HTMLUListElement>('label[for] + ul')) {
    const labels = labelsOf(list.previousElementSibling as HTMLLabelElement);
    for (const li of list.querySelectorAll('li')) if (li.textContent?.trim()) out.push(problemFromFieldError(labels, li.textContent));
  }
  return out;
}

const SUCCESS = 'data-cms-gelukt';

function close(selector: string, except: HTMLElement): void {
  for (const old of document.querySelectorAll<HTMLElement>(selector)) if (old !== except) old.querySelector<HTMLButtonElement>('.Toastify__close-button')?.click();
}

function rewrite(toast: HTMLElement): void {
  const body = toast.querySelector<HTMLElement>('.Toastify__toast-body > div:last-child') ?? toast.querySelector<HTMLElement>('.Toastify__toast-body');
  if (!body || toast.hasAttribute(MARK) || toast.hasAttribute(SUCCESS)) return;
  // "Opgeslagen", "Status bijgewerkt": the newest says it all; a refusal before it no longer holds.
  if (toast.classList.contains('Toastify__toast--success')) {
    toast.setAttribute(SUCCESS, '');
    close(`[${MARK}], [${SUCCESS}]`, toast);
    return;
  }
  const text = body.textContent ?? '';
  let message: string | undefined;
  if (text.includes(MISSING_FIELDS_TOAST)) {
    const problems = fieldErrorsOnPage();
    message = problems.length ? problemsMessage(problems) : text;
  } else if (text.includes(REFUSAL_HEAD)) {
    message = text.slice(text.indexOf(REFUSAL_HEAD));
  } else if (text.includes(OVERWRITE_HEAD)) {
    message = text.slice(text.indexOf(OVERWRITE_HEAD));
  } else if (text.includes(BACKEND_ERROR)) {
    // A refusal by the local backend (someone else changed the entry; a photo of the same name):
    // its sentence is Dutch already, Decap's technical "API_ERROR: " before it is not.
    message = text.replace(BACKEND_ERROR, '');
  }
  if (message === undefined) return;
  body.textContent = message;
  toast.setAttribute(MARK, '');
  // Only the newest refusal stays.
  close(`[${MARK}], [${SUCCESS}]`, toast);
}

export function installSaveRefusal(): MutationObserver {
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations)
      for (const node of m.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        const toasts = node.matches('.Toastify__toast') ? [node] : [...node.querySelectorAll<HTMLElement>('.Toastify__toast')];
        // The messages under the fields are rendered with the same state change: read them a frame later.
        for (const toast of toasts) requestAnimationFrame(() => rewrite(toast));
      }
  });
  observer.observe(document.body, { subtree: true, childList: true });
  return observer;
}
