/*
 * Vief service worker (issue 7): the magazine reads on a tablet without Wi-Fi.
 *
 * What is kept on the device
 *  - vief-vast-<version>: the current nummer (its page and all its articles), the home page and
 *    the offline page, fetched at install from /offline.json, and one copy of every picture those
 *    pages show (issue 17): from each <img>'s srcset the largest candidate up to PICTURE_WIDTH. One cache per build: a new build
 *    registers /sw.js?v=<new version>, which installs, takes over at once (skipWaiting +
 *    clients.claim) and removes the old one — updates arrive without the reader doing anything.
 *  - vief-paginas-v1: every page the reader opened (kept across updates, at most MAX_PAGES).
 *  - vief-bestanden-v1: styles, fonts, scripts and images those pages use (at most MAX_FILES).
 *
 * How requests are answered
 *  - pages (HTML): network first, so an update is seen the moment there is a connection; the
 *    copy on the device when the network fails or is very slow; else the friendly offline page.
 *  - /_astro/* (names carry a content hash, never change): from the device first. Offline, a
 *    picture in another size than the one kept (the browser picks from srcset by screen width)
 *    is answered with the kept size of the same picture: Astro names every size of one source
 *    <name>.<source hash>_<transform hash>.<ext> (astro/dist/assets/utils: propsToFilename), so the
 *    part up to the last "_" identifies the picture.
 *
 * Why no Workbox (issue 17 asked to consider workbox-build): what this worker keeps is not a list
 * of built files known at build time (Workbox's precache manifest) but the current nummer, chosen
 * per build through /offline.json, plus what each reader opens; its versioning (?v=<build>), the
 * network-first pages with a timeout, the "bewaar" message and the offline page's list of kept
 * pages would all stay hand-written around Workbox. Its tests are tests/e2e/comfort-offline.spec.ts.
 *  - other files: from the device at once, refreshed in the background.
 *  - search index, PDFs, the CMS and anything from other sites: not touched (network only).
 */
'use strict';

const VERSION = new URL(self.location.href).searchParams.get('v') || 'dev';
const FIXED = `vief-vast-${VERSION}`;
const PAGES = 'vief-paginas-v1';
const FILES = 'vief-bestanden-v1';
const OFFLINE_PAGE = '/offline/';
const MAX_PAGES = 150;
const MAX_FILES = 400;
const NETWORK_TIMEOUT_MS = 6000;
/** Pictures kept at install: wide enough for a phone or a tablet in portrait, modest in bytes. */
const PICTURE_WIDTH = 800;

/** /artikelen/x and /artikelen/x/ are one page (build.format 'directory'). */
function pageKey(input) {
  const url = new URL(input, self.location.origin);
  let path = url.pathname;
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
  return url.origin + path;
}

function bypass(url) {
  return (
    url.origin !== self.location.origin ||
    url.pathname === '/sw.js' ||
    url.pathname.startsWith('/admin') ||
    url.pathname.startsWith('/api/') ||
    url.pathname.startsWith('/pagefind/') ||
    url.pathname.endsWith('.pdf') ||
    url.pathname.endsWith('.ics')
  );
}

/** A copy that can be stored and served for a navigation (redirected responses cannot). */
async function storable(response) {
  if (!response.redirected) return response;
  const body = await response.blob();
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function trim(cacheName, max) {
  const cache = await caches.open(cacheName);
  const keys = await cache.keys();
  for (let i = 0; i < keys.length - max; i++) await cache.delete(keys[i]);
}

/** Styles, scripts and fonts a page needs (from its HTML and its CSS), same site only. */
function assetsOf(text, base) {
  const found = new Set();
  const re = /(?:href|src)="([^"]+\.(?:css|js|woff2?|svg))(?:\?[^"]*)?"|url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/g;
  let m;
  while ((m = re.exec(text))) {
    const url = new URL(m[1] || m[2], base);
    if (url.origin === self.location.origin && !bypass(url)) found.add(url.href);
  }
  const theme = /href="(\/thema\.css)"/.exec(text);
  if (theme) found.add(new URL(theme[1], base).href);
  return [...found];
}

async function keepFile(url) {
  const cache = await caches.open(FILES);
  if (await cache.match(url)) return;
  try {
    const response = await fetch(url);
    if (!response.ok) return;
    await cache.put(url, response.clone());
    if (/\.css(\?|$)/.test(url)) {
      const css = await response.text();
      await Promise.allSettled(assetsOf(css, url).map(keepFile));
    }
  } catch (e) {
    /* offline or gone: the page still shows, in the system font */
  }
}

/** Everything up to the size hash: the same for every size Astro made of one picture. */
function pictureKey(url) {
  const m = /^(.*\/_astro\/[^/]+\.[^/]+_)[A-Za-z0-9]+\.(?:webp|avif|jpe?g|png|gif)$/.exec(url);
  return m ? m[1] : null;
}

/** One URL per picture on the page: from its srcset the widest candidate up to PICTURE_WIDTH (else its src). */
function picturesOf(html, base) {
  const found = new Map();
  const tags = html.match(/<img\b[^>]*>/g) || [];
  for (const tag of tags) {
    const src = /\ssrc="([^"]+)"/.exec(tag);
    const srcset = /\ssrcset="([^"]+)"/.exec(tag);
    const candidates = srcset
      ? srcset[1].split(',').map((c) => c.trim().split(/\s+/)).map(([u, w]) => ({ url: u, w: parseInt(w, 10) || 0 }))
      : [];
    const fitting = candidates.filter((c) => c.w && c.w <= PICTURE_WIDTH).sort((a, b) => b.w - a.w)[0];
    const choice = fitting ? fitting.url : src ? src[1] : candidates.length ? candidates[0].url : null;
    if (!choice) continue;
    const url = new URL(choice.replace(/&amp;/g, '&'), base);
    if (url.origin !== self.location.origin || bypass(url)) continue;
    const key = pictureKey(url.href) || url.href;
    const width = fitting ? fitting.w : 0;
    if (!found.has(key) || found.get(key).width < width) found.set(key, { href: url.href, width });
  }
  return [...found.values()].map((p) => p.href);
}

async function keepPicture(url, cacheName) {
  const cache = await caches.open(cacheName);
  if (await cache.match(url)) return;
  try {
    const response = await fetch(url);
    if (response.ok) await cache.put(url, response);
  } catch (e) {
    /* the text is there; this picture is not */
  }
}

/** Fetch a page and everything it needs into `cacheName` (its pictures too when `withPictures`). */
async function keepPage(path, cacheName, withPictures = false) {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const copy = await storable(response.clone());
  await (await caches.open(cacheName)).put(pageKey(response.url || path), copy);
  const html = await response.text();
  const base = response.url || self.location.origin;
  await Promise.allSettled(assetsOf(html, base).map(keepFile));
  if (withPictures) await Promise.allSettled(picturesOf(html, base).map((url) => keepPicture(url, cacheName)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await keepPage(OFFLINE_PAGE, FIXED); // required: without it the install fails and is retried later
      try {
        const list = await (await fetch('/offline.json', { cache: 'no-cache' })).json();
        await Promise.allSettled((list.paginas || []).map((p) => keepPage(p, FIXED, true)));
      } catch (e) {
        /* the offline page is enough to start with */
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith('vief-vast-') && n !== FIXED).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

/** The page that was open before this worker took control is kept too (message from sw-register.js). */
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'bewaar' || typeof data.url !== 'string') return;
  const url = new URL(data.url, self.location.origin);
  if (bypass(url)) return;
  event.waitUntil(
    keepPage(url.pathname + url.search, PAGES)
      .then(() => trim(PAGES, MAX_PAGES))
      .then(() => event.source && event.source.postMessage({ type: 'bewaard', url: url.pathname }))
      .catch(() => {}),
  );
});

async function fromDevice(request) {
  const key = pageKey(request.url);
  return (
    (await caches.match(key, { cacheName: PAGES, ignoreSearch: true })) ||
    (await caches.match(key, { cacheName: FIXED, ignoreSearch: true })) ||
    (await caches.match(key, { ignoreSearch: true }))
  );
}

async function page(event) {
  const request = event.request;
  const network = fetch(request).then(async (response) => {
    if (response.ok && response.type === 'basic') {
      const copy = await storable(response.clone());
      const cache = await caches.open(PAGES);
      await cache.put(pageKey(request.url), copy);
      event.waitUntil(trim(PAGES, MAX_PAGES));
    }
    return response;
  });
  const saved = await fromDevice(request);
  try {
    if (!saved) return await network;
    // Slow Wi-Fi: after a few seconds the copy on the device wins; the network still refreshes it.
    const timeout = new Promise((resolve) => setTimeout(() => resolve(saved), NETWORK_TIMEOUT_MS));
    event.waitUntil(network.catch(() => {}));
    return await Promise.race([network, timeout]);
  } catch (e) {
    if (saved) return saved;
    const offline = (await caches.match(pageKey(OFFLINE_PAGE), { cacheName: FIXED })) || (await caches.match(pageKey(OFFLINE_PAGE)));
    return offline || new Response('Geen internetverbinding.', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}

/** Offline: the same picture in another size, if the device keeps one (see pictureKey). */
async function samePicture(url) {
  const key = pictureKey(url);
  if (!key) return undefined;
  for (const name of [FIXED, FILES]) {
    const cache = await caches.open(name);
    const match = (await cache.keys()).find((r) => r.url.startsWith(key));
    if (match) return cache.match(match);
  }
  return undefined;
}

async function hashedFile(request) {
  const saved = await caches.match(request);
  if (saved) return saved;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      const cache = await caches.open(FILES);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (e) {
    const other = request.destination === 'image' || pictureKey(request.url) ? await samePicture(request.url) : undefined;
    if (other) return other;
    throw e;
  }
}

async function otherFile(event) {
  const request = event.request;
  const saved = await caches.match(request, { ignoreVary: true });
  const network = fetch(request)
    .then(async (response) => {
      if (response.ok && response.type === 'basic') {
        const cache = await caches.open(FILES);
        await cache.put(request, response.clone());
        event.waitUntil(trim(FILES, MAX_FILES));
      }
      return response;
    });
  if (saved) {
    event.waitUntil(network.catch(() => {}));
    return saved;
  }
  return network;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (bypass(url)) return;
  if (request.mode === 'navigate' || (request.headers.get('accept') || '').includes('text/html')) {
    event.respondWith(page(event));
  } else if (url.pathname.startsWith('/_astro/')) {
    event.respondWith(hashedFile(request));
  } else if (request.destination === 'style' || request.destination === 'script' || request.destination === 'font' || request.destination === 'image' || url.pathname === '/thema.css') {
    event.respondWith(otherFile(event));
  }
});
