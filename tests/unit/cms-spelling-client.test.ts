/**
 * The page's side of the spelling check (cms/spelling-client.ts, issue 16 point 4), with a fake
 * worker and fake timers: the first text is checked at once, later ones only when typing pauses,
 * one check at a time, the newest text last; a worker that fails says so.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spellingClient, SPELLING_DEBOUNCE, type WorkerLike } from '../../cms/spelling-client';

function fakeWorker() {
  const sent: Array<{ id: number; text: string }> = [];
  const listeners: Record<string, Array<(e: never) => void>> = { message: [], error: [] };
  const worker: WorkerLike = {
    postMessage: (m) => sent.push(m),
    addEventListener: (type, l) => listeners[type].push(l as (e: never) => void),
  };
  const answer = (fouten: string[], voorlopig = false) => {
    const { id, text } = sent.at(-1)!;
    for (const l of listeners.message) l({ data: { id, fouten: fouten.map((woord) => ({ woord, suggesties: voorlopig ? [] : [`${woord}?`] })), voorlopig, ms: 1 } } as never);
    return text;
  };
  const crash = (message: string) => listeners.error.forEach((l) => l({ message } as never));
  return { worker, sent, answer, crash };
}

describe('spelling client', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('starts the worker on the first request only, checks at once, and renders again with the answer', () => {
    const fake = fakeWorker();
    const create = vi.fn(() => fake.worker);
    const client = spellingClient(create);
    expect(create).not.toHaveBeenCalled();
    const update = vi.fn();
    expect(client.request('Vandaaag', update)).toEqual({});
    vi.advanceTimersByTime(0);
    expect(create).toHaveBeenCalledTimes(1);
    expect(fake.sent.map((m) => m.text)).toEqual(['Vandaaag']);
    // First the marks without suggestions, then the full answer.
    fake.answer(['Vandaaag'], true);
    expect(update).toHaveBeenCalledTimes(1);
    expect(client.request('Vandaaag', update)).toEqual({ fouten: [{ woord: 'Vandaaag', suggesties: [] }], voorlopig: true });
    fake.answer(['Vandaaag']);
    expect(update).toHaveBeenCalledTimes(2);
    expect(client.request('Vandaaag', update)).toEqual({ fouten: [{ woord: 'Vandaaag', suggesties: ['Vandaaag?'] }] });
    vi.advanceTimersByTime(SPELLING_DEBOUNCE * 2);
    expect(fake.sent).toHaveLength(1); // the same text is not checked again
  });

  it('waits until typing pauses, sends one check at a time and ends with the newest text', () => {
    const fake = fakeWorker();
    const client = spellingClient(() => fake.worker);
    const update = vi.fn();
    client.request('V', update);
    vi.advanceTimersByTime(0);
    // Typing on while the first check runs: every key within the pause restarts the wait.
    for (const text of ['Va', 'Van', 'Vand']) {
      client.request(text, update);
      vi.advanceTimersByTime(SPELLING_DEBOUNCE / 2);
    }
    expect(fake.sent.map((m) => m.text)).toEqual(['V']);
    vi.advanceTimersByTime(SPELLING_DEBOUNCE);
    expect(fake.sent.map((m) => m.text)).toEqual(['V']); // still busy with "V"
    fake.answer(['V'], true);
    expect(fake.sent.map((m) => m.text)).toEqual(['V']); // a first answer does not end the check
    fake.answer([]);
    expect(fake.sent.map((m) => m.text)).toEqual(['V', 'Vand']);
    fake.answer([]);
    expect(client.request('Vand', update)).toEqual({ fouten: [] });
  });

  it('says the check could not run when the worker fails, and tries again on the next change', () => {
    const fake = fakeWorker();
    const client = spellingClient(() => fake.worker);
    const update = vi.fn();
    client.request('tekst', update);
    vi.advanceTimersByTime(0);
    fake.crash('kon niet laden');
    expect(client.request('tekst', update)).toEqual({ fout: true });
    client.request('tekst en meer', update);
    vi.advanceTimersByTime(SPELLING_DEBOUNCE);
    expect(fake.sent.map((m) => m.text)).toEqual(['tekst', 'tekst en meer']);
  });
});
