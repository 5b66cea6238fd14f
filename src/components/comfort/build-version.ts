/**
 * One value per build, used as the service worker's cache version (sw.js?v=…): a new build gives
 * a new worker, which refreshes the offline copy of the current nummer without the reader doing
 * anything. SW_VERSION fixes it (e.g. for a reproducible build).
 */
export const BUILD_VERSION: string = process.env.SW_VERSION ?? new Date().toISOString().replace(/\D/g, '').slice(0, 14);
