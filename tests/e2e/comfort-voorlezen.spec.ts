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

test('no Dutch voice: "Lees voor" explains in Dutch how to add one; a Dutch voice that arrives later reads', async ({ page }) => {
  await fakeSpeech(page, [EN]);
  await page.goto(await linkMatching(page, '/', /^\/artikelen\/[a-z0-9-]+\/$/));
  const start = page.getByRole('button', { name: 'Lees voor' });
  await expect(start).toBeVisible();
  const help = page.locator('[data-voorlezen-geen-stem]');
  await expect(help).toBeHidden();
  await expect(start).toHaveAttribute('aria-expanded', 'false');
  await start.click();
  // Nothing is read in the English voice; the reader is told how to add a Dutch one.
  await expect(help).toBeVisible();
  await expect(start).toHaveAttribute('aria-expanded', 'true');
  await expect(help).toContainText('Dit apparaat heeft nog geen Nederlandse stem');
  for (const device of ['Android', 'iPhone of iPad', 'Windows', 'Mac']) await expect(help).toContainText(device);
  expect(await tts<unknown[]>(page, 'state.spoken')).toEqual([]);
  await expect(page.locator('[data-voorlezen-tempo]')).toBeHidden();
  await expectNoAxeViolations(page);
  // The reader installs a voice: the explanation closes and "Lees voor" reads in Dutch.
  await tts(page, `setVoices([${JSON.stringify(EN)}, ${JSON.stringify(NL)}])`);
  await expect(help).toBeHidden();
  await expect(start).not.toHaveAttribute('aria-expanded', /.*/);
  await start.click();
  const spoken = await tts<Array<{ lang: string; voice: string }>>(page, 'state.spoken');
  expect(spoken[0]).toMatchObject({ lang: 'nl-NL', voice: 'Test Nederlands' });
});

test('while reading, pause and stop stay in view far down the article (also at 200 % text)', async ({ page }) => {
  await fakeSpeech(page, [NL]);
  // No smooth scrolling: positions are read right after each scroll.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // The longest article of the test magazine's nummer 12 (a recipe: many paragraphs and list items).
  await page.goto('/artikelen/snert-zoals-het-hoort/');
  await page.getByRole('button', { name: 'Lees voor' }).click();
  for (let i = 0; i < 14; i++) await tts(page, 'finish()');
  const active = page.locator('.voorlezen-actief');
  await expect(active).toHaveCount(1);
  await active.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const inView = async () => {
    const viewport = page.viewportSize()!;
    for (const name of ['Pauzeer', 'Stop']) {
      const box = (await page.getByRole('button', { name }).boundingBox())!;
      expect(box.y, `${name} top`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(viewport.height);
    }
    // The paragraph being read is not hidden under the bar.
    const bar = (await page.locator('.voorlezen__balk').boundingBox())!;
    const para = (await active.boundingBox())!;
    expect(para.y + para.height).toBeGreaterThan(bar.y + bar.height);
  };
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await inView();
  // The site's own "Groter" to 200 %: still in view, and the page does not scroll sideways.
  await page.evaluate(() => document.documentElement.setAttribute('data-tekstgrootte', '200'));
  await tts(page, 'finish()');
  await active.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await inView();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  // Stopped, the control goes back to its place in the article.
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.locator('[data-voorlezen]')).not.toHaveAttribute('data-actief', /.*/);
});

test('tempo in three steps, remembered on the device and applied to what is read next', async ({ page }) => {
  await fakeSpeech(page, [NL]);
  const href = await linkMatching(page, '/', /^\/artikelen\/[a-z0-9-]+\/$/);
  await page.goto(href);
  const tempo = page.getByRole('group', { name: 'Tempo' });
  await expect(tempo.getByRole('button')).toHaveText(['Langzaam', 'Normaal', 'Sneller']);
  await expect(tempo.getByRole('button', { name: 'Normaal' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Lees voor' }).click();
  const rates = () => page.evaluate(() => (window as unknown as { __tts: { state: { current: { rate: number } | null } } }).__tts.state.current?.rate);
  expect(await rates()).toBe(0.9);
  // Changed while reading: the paragraph starts again at the new tempo.
  await tempo.getByRole('button', { name: 'Sneller' }).click();
  await expect(tempo.getByRole('button', { name: 'Sneller' })).toHaveAttribute('aria-pressed', 'true');
  await expect(tempo.getByRole('button', { name: 'Normaal' })).toHaveAttribute('aria-pressed', 'false');
  expect(await rates()).toBeGreaterThan(0.9);
  const spoken = await tts<Array<{ text: string }>>(page, 'state.spoken');
  expect(spoken.at(-1)!.text).toBe(spoken.at(-2)!.text);
  await tempo.getByRole('button', { name: 'Langzaam' }).click();
  expect(await rates()).toBeLessThan(0.9);
  // Remembered: another page starts slow.
  await page.goto('/artikelen/snert-zoals-het-hoort/');
  await expect(page.getByRole('group', { name: 'Tempo' }).getByRole('button', { name: 'Langzaam' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Lees voor' }).click();
  expect(await rates()).toBeLessThan(0.9);
  await expectNoAxeViolations(page);
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
