/** Where Debian's Chromium lives; CHROMIUM_PATH overrides. Playwright never downloads a browser here. */
import fs from 'node:fs';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((p) => fs.existsSync(p)) ?? '/usr/bin/chromium';
}

export function hasChromium(): boolean {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) => p && fs.existsSync(p));
}
