/**
 * Read a body stream up to `max` bytes: the bytes, or undefined as soon as it is larger (the rest
 * is never buffered). Used for a partner's calendar feed (src/lib/agenda-import.ts) and a "Doe mee"
 * submission (server/inzending.ts). `stop` ends the read when it is too large: a fetched body is
 * cancelled; a request body being produced in-process must only be released (cancelling it makes
 * undici throw where nobody can catch it).
 */
export async function readLimited(
  body: ReadableStream<Uint8Array> | null,
  max: number,
  stop: (reader: ReadableStreamDefaultReader<Uint8Array>) => unknown,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await stop(reader);
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}
