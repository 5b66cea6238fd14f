/**
 * The page's side of the spelling check (issue 16, point 4): previews ask for the spelling of
 * their text on every render; the text is sent to the worker (cms/spelling-worker.ts) only after
 * the editor has stopped typing for a moment, one check at a time, and the preview is rendered
 * again when the answer is there. The worker (and the dictionary) is loaded on the first request.
 */
import type { SpellingFout } from './spelling';

export interface SpellingState {
  /** The misspelled words of the last text checked; undefined while the first check runs. */
  fouten?: SpellingFout[];
  fout?: boolean;
}

/** Wait this long after the last change before checking (ms). */
export const SPELLING_DEBOUNCE = 400;

export function spellingClient(createWorker: () => Worker, debounce = SPELLING_DEBOUNCE) {
  let worker: Worker | undefined;
  let nextId = 0;
  let checked: string | undefined; // text of the last answer
  let result: SpellingState = {};
  let wanted: string | undefined; // newest text asked for
  let inFlight = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();

  const send = () => {
    if (inFlight || wanted === undefined || wanted === checked) return;
    try {
      worker ??= createWorker();
    } catch {
      result = { fout: true };
      listeners.forEach((l) => l());
      return;
    }
    const id = ++nextId;
    const text = wanted;
    inFlight = true;
    const onMessage = (event: MessageEvent<{ id: number; fouten?: SpellingFout[]; error?: string; ms?: number }>) => {
      if (event.data.id !== id) return;
      worker!.removeEventListener('message', onMessage);
      inFlight = false;
      checked = text;
      result = event.data.fouten ? { fouten: event.data.fouten } : { fout: true };
      if (event.data.error) {
        checked = undefined; // try again on the next change
        console.error(`Spellingcontrole: ${event.data.error}`);
      }
      document.documentElement.dataset.spellingMs = String(Math.round((event.data.ms ?? 0) * 10) / 10);
      listeners.forEach((l) => l());
      if (wanted !== text && !event.data.error) send();
    };
    worker.addEventListener('message', onMessage);
    worker.postMessage({ id, text });
  };

  return {
    /** The state for `text`: the last answer (possibly for an older text) while a new check waits. */
    request(text: string, onUpdate: () => void): SpellingState {
      listeners.clear();
      listeners.add(onUpdate);
      if (text !== wanted) {
        wanted = text;
        clearTimeout(timer);
        // The very first check starts at once; later ones wait until typing pauses.
        timer = setTimeout(send, checked === undefined && !inFlight && nextId === 0 ? 0 : debounce);
      }
      return result;
    },
  };
}
