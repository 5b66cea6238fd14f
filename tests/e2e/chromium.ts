/**
 * Where Debian's Chromium lives, for Playwright: the lookup itself is scripts/chromium.mjs (shared
 * with the PDF step and the bench). scripts/test.mjs still has its own copy; it should import
 * findChromium from scripts/chromium.mjs too (left to whoever changes that file, issue 14).
 */
import { findChromium } from '../../scripts/chromium.mjs';

export function chromiumPath(): string {
  return findChromium() ?? '/usr/bin/chromium';
}

export function hasChromium(): boolean {
  return findChromium() !== undefined;
}
