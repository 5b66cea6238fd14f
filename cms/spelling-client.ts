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
  /** The words are known, their suggestions not yet. */
  voorlopig?: boolean;
  /** The check could not run (the worker or the dictionary did not load). */
  fout?: boolean;
}

/** What the client needs of a Worker (a fake one in the tests). */
export interface WorkerLike {
  postMessage(message: { id: number; text: string }): void;
  addEventListener(type: 'message' | 'error', listener: (event: MessageEvent & ErrorEvent) => void): void;
}
type Answer = { id: number; fouten?: SpellingFout[]; voorlopig?: boolean; error?: string; ms?: number };

/** Wait this long after the last change before checking (ms). */
export const SPELLING_DEBOUNCE = 400;

export function spellingClient(createWorker: () => WorkerLike, debounce = SPELLING_DEBOUNCE) {
  let worker: WorkerLike | undefined;
  let nextId = 0;
  let checked: string | undefined; // text of the last answer
  let result: SpellingState = {};
  let wanted: string | undefined; // newest text asked for
  let inFlight: { id: number; text: string } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onUpdate: (() => void) | undefined;

  const failed = (message: string) => {
    inFlight = undefined;
    checked = undefined; // try again on the next change
    result = { fout: true };
    console.error(`Spellingcontrole: ${message}`);
    onUpdate?.();
  };

  const answered = (data: Answer) => {
    if (!inFlight || data.id !== inFlight.id) return;
    if (data.error || !data.fouten) return failed(data.error ?? 'geen antwoord');
    if (data.voorlopig) {
      // The words without suggestions yet: mark them now, the full answer follows.
      result = { fouten: data.fouten, voorlopig: true };
      onUpdate?.();
      return;
    }
    checked = inFlight.text;
    inFlight = undefined;
    result = { fouten: data.fouten };
    // For the browser tests: the worker's time for the last check.
    if (typeof document !== 'undefined') document.documentElement.dataset.spellingMs = String(Math.round((data.ms ?? 0) * 10) / 10);
    onUpdate?.();
    send(); // the editor typed on meanwhile
  };

  function send() {
    if (inFlight || wanted === undefined || wanted === checked) return;
    try {
      if (!worker) {
        worker = createWorker();
        worker.addEventListener('message', (event) => answered(event.data as Answer));
        // The worker's script did not load or threw at start.
        worker.addEventListener('error', (event) => failed(event.message || 'de spellingcontrole start niet'));
      }
    } catch (error) {
      return failed(error instanceof Error ? error.message : String(error));
    }
    inFlight = { id: ++nextId, text: wanted };
    worker.postMessage(inFlight);
  }

  return {
    /** The state for `text`: the last answer (possibly for an older text) while a new check waits. */
    request(text: string, update: () => void): SpellingState {
      onUpdate = update;
      if (text !== wanted) {
        wanted = text;
        clearTimeout(timer);
        // The very first check starts at once; later ones wait until typing pauses.
        timer = setTimeout(send, nextId === 0 ? 0 : debounce);
      }
      return result;
    },
  };
}
