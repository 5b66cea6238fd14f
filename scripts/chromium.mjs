/**
 * Where Chromium lives: the one lookup for Playwright (tests/e2e/chromium.ts), the PDF step of the
 * build (scripts/print-pdf.mjs) and the bench. Debian's package by default; CHROMIUM_PATH, when set,
 * is the only candidate, so a wrong path is reported instead of silently replaced. Playwright never
 * downloads a browser here.
 */
import fs from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium binary to use, or undefined when there is none. */
export function findChromium(env = process.env) {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : CHROMIUM_CANDIDATES;
  return candidates.find((p) => fs.existsSync(p));
}
