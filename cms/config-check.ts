/**
 * Decap validates the whole config with ajv at every start (~1.2 s on an older tablet, issue 16
 * point 6). The served Decap bundle skips that when `window.VIEF_CONFIG_GECONTROLEERD` is true
 * (cms/decap-dist.mjs); this module sets it only when this browser has already started this
 * Decap with exactly this config: a fingerprint of both is kept in localStorage once Decap has
 * shown its login screen or its collections. A first visit, a changed config and a new Decap are
 * validated as before.
 */
import { sha256Hex } from './overwrite-guard';

export const CHECKED_KEY = 'vief-cms-config-gecontroleerd';

export const configFingerprint = (decapSrc: string, config: unknown): Promise<string> => sha256Hex(`${decapSrc}\n${JSON.stringify(config)}`);

/** Decap started with the config: its login button or its collection links are on screen. */
function started(): boolean {
  return !!document.querySelector('a[href*="#/collections/"]') || [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Inloggen');
}

/** Call right before CMS.init; `storage` is localStorage (a parameter for the tests). */
export async function prepareConfigCheck(decapSrc: string, config: unknown, storage: Storage = localStorage): Promise<void> {
  let fingerprint: string;
  try {
    fingerprint = await configFingerprint(decapSrc, config);
  } catch {
    return; // no Web Crypto (not a secure context): Decap validates as always
  }
  const win = window as unknown as Record<string, unknown>;
  win.VIEF_CONFIG_GECONTROLEERD = storage.getItem(CHECKED_KEY) === fingerprint;
  if (win.VIEF_CONFIG_GECONTROLEERD) return;
  const remember = () => {
    if (!started()) return false;
    storage.setItem(CHECKED_KEY, fingerprint);
    return true;
  };
  const observer = new MutationObserver(() => {
    if (remember()) observer.disconnect();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), 300_000);
}
