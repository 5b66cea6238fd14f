/**
 * Voorlezen (issue 7, point 2). Headless Chromium has no voices, so the browser's speech
 * synthesis is replaced by a small recorder: it lists the voices we give it, records what is
 * spoken, and finishes an utterance when the test says so.
 */
import { expect, test, type Page } from './test';
import { expectNoAxeViolations } from './helpers';
import { linkMatching } from './comfort-helpers';

interface FakeVoice { name: string; lang: string; localService: boolean; default: boolean; voiceURI: string }
const NL: FakeVoice = { name: 'Test Nederlands', lang: 'nl-NL', localService: true, default: false, voiceURI: 'test-nl' };
const EN: FakeVoice = { name: 'Test English', lang: 'en-GB', localService: true, default: true, voiceURI: 'test-en' };

async function fakeSpeech(page: Page, voices: FakeVoice[]) {
  await page.addInitScript((initial: FakeVoice[]) => {
    type U = { text: string; lang: string; voice: FakeVoice | null; rate: number; onend: ((e: unknown) => void) | null; onerror: ((e: unknown) => void) | null };
    const listeners: Record<string, Array<(e: Event) => void>> = {};
    const state = { voices: initial, spoken: [] as Array<{ text: string; lang: string; voice: string | null }>, current: null as U | null, cancelled: 0 };
    class Utterance {
      text: string; lang = ''; voice: FakeVoice | null = null; rate = 1; onend = null; onerror = null;
      constructor(text: string) { this.text = text; }
    }
    const synth = {
      speaking: false, paused: false, pending: false,
      getVoices: () => state.voices,
      speak(u: U) { state.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null }); state.current = u; },
      cancel() { state.cancelled++; const u = state.current; state.current = null; u?.onerror?.({ error: 'interrupted' }); },
      pause() {}, resume() {},
      addEventListener(type: string, fn: (e: Event) => void) { (listeners[type] ??= []).push(fn); },
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
    (window as unknown as { __tts: unknown }).__tts = {
      state,
      finish() { const u = state.current; state.current = null; u?.onend?.({}); },
      setVoices(v: FakeVoice[]) { state.voices = v; (listeners.voiceschanged ?? []).forEach((f) => f(new Event('voiceschanged'))); },
    };
  }, voices);
}

test.describe.configure({ timeout: 180_000 });

const tts = <T>(page: Page, fn: string): Promise<T> => page.evaluate(`window.__tts.${fn}`) as Promise<T>;

test('no Dutch voice, no button; it appears when a Dutch voice arrives later', async ({ page }) => {
  await fakeSpeech(page, [EN]);
  await page.goto(await linkMatching(page, '/', /^\/artikelen\/[a-z0-9-]+\/$/));
  const box = page.locator('[data-voorlezen]');
  await expect(box).toHaveCount(1);
  await expect(box).toBeHidden();
  await tts(page, `setVoices([${JSON.stringify(EN)}, ${JSON.stringify(NL)}])`);
  await expect(page.getByRole('button', { name: 'Lees voor' })).toBeVisible();
  await tts(page, `setVoices([${JSON.stringify(EN)}])`);
  await expect(box).toBeHidden();
});

test('reads an article paragraph by paragraph in Dutch, with pause, continue and stop', async ({ page }) => {
  await fakeSpeech(page, [EN, NL]);
  await page.goto(await linkMatching(page, '/', /^\/artikelen\/[a-z0-9-]+\/$/));
  const start = page.getByRole('button', { name: 'Lees voor' });
  await expect(start).toBeVisible();
  await expectNoAxeViolations(page);
  await start.click();

  // First the title, highlighted, in the Dutch voice.
  const title = (await page.locator('h1').textContent())!.trim();
  await expect(page.locator('.voorlezen-actief')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveClass(/voorlezen-actief/);
  let spoken = await tts<Array<{ text: string; lang: string; voice: string }>>(page, 'state.spoken');
  expect(spoken[0]).toEqual({ text: title, lang: 'nl-NL', voice: 'Test Nederlands' });
  await expect(page.getByRole('status').filter({ hasText: 'Wordt voorgelezen' })).toContainText('stuk 1 van');

  // When it finishes, the next paragraph is read and highlighted.
  await tts(page, 'finish()');
  await expect(page.locator('h1')).not.toHaveClass(/voorlezen-actief/);
  await expect(page.locator('.intro')).toHaveClass(/voorlezen-actief/);
  await tts(page, 'finish()');
  const third = page.locator('.voorlezen-actief');
  await expect(third).toHaveCount(1);
  const thirdText = (await third.textContent())!.replace(/\s+/g, ' ').trim();
  spoken = await tts(page, 'state.spoken');
  expect(spoken.map((s) => s.text)).toEqual([title, (await page.locator('.intro').textContent())!.trim(), thirdText]);
  // The author/date line and the button itself are not read.
  expect(spoken.some((s) => /Lees voor|minuten lezen/.test(s.text))).toBe(false);

  // Pause keeps the place; continue reads that paragraph again.
  await page.getByRole('button', { name: 'Pauzeer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'gepauzeerd' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lees verder' })).toBeFocused();
  await expect(third).toHaveCount(1);
  await page.getByRole('button', { name: 'Lees verder' }).click();
  spoken = await tts(page, 'state.spoken');
  expect(spoken.at(-1)!.text).toBe(thirdText);
  await expect(page.getByRole('button', { name: 'Pauzeer' })).toBeVisible();

  // Stop ends it all and gives focus back to the start button.
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.locator('.voorlezen-actief')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lees voor' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();
  expect(await tts<number>(page, 'state.cancelled')).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: 'gestopt' })).toBeVisible();
});

test('tips can be read aloud too; pages without a story have no button', async ({ page }) => {
  await fakeSpeech(page, [NL]);
  await page.goto(await linkMatching(page, '/tips/', /^\/tips\/[a-z0-9-]+\/$/));
  await expect(page.getByRole('button', { name: 'Lees voor' })).toBeVisible();
  await page.getByRole('button', { name: 'Lees voor' }).click();
  await expect(page.locator('h1')).toHaveClass(/voorlezen-actief/);
  // Read to the end: the steps are among what is read, and the reader is told it is done.
  for (let i = 0; i < 60 && (await page.locator('.voorlezen-actief').count()) > 0; i++) await tts(page, 'finish()');
  const spoken = await tts<Array<{ text: string }>>(page, 'state.spoken');
  const firstStep = (await page.locator('ol.stappen li').first().textContent())!.trim();
  expect(spoken.map((s) => s.text)).toContain(firstStep);
  await expect(page.getByRole('status').filter({ hasText: 'Klaar met voorlezen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lees voor' })).toBeVisible();

  for (const path of ['/', '/agenda/', '/nummers/']) {
    await page.goto(path);
    await expect(page.locator('[data-voorlezen]')).toHaveCount(0);
  }
});
