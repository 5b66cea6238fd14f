/*
 * Registers the service worker (issue 7, offline reading). Loaded with `defer` from
 * src/components/comfort/ComfortHead.astro in production builds only; data-versie is the build's
 * version, so every new build brings a new worker and a fresh copy of the current nummer.
 * Service workers need https (or localhost); elsewhere this does nothing.
 *
 * On the offline page it also lists the pages this device keeps ([data-offline-gelezen]).
 */
(function () {
  'use strict';
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  var script = document.currentScript;
  var version = (script && script.getAttribute('data-versie')) || '';
  // A page loaded through the worker is already kept by it; only the very first page (loaded
  // before the worker existed) has to be sent to it.
  var controlledAtLoad = Boolean(navigator.serviceWorker.controller);

  function keepThisPage(registration) {
    var worker = registration.active || navigator.serviceWorker.controller;
    if (worker && !controlledAtLoad && !document.querySelector('[data-offline-pagina]')) {
      worker.postMessage({ type: 'bewaar', url: location.pathname + location.search });
    }
  }

  function listKeptPages() {
    var section = document.querySelector('[data-offline-gelezen]');
    if (!section || !('caches' in window)) return;
    var list = section.querySelector('ul');
    var site = section.getAttribute('data-site') || '';
    caches.open('vief-paginas-v1').then(function (cache) {
      return cache.keys().then(function (requests) {
        return Promise.all(requests.slice(-40).reverse().map(function (request) {
          return cache.match(request).then(function (response) { return response ? response.text() : ''; }).then(function (html) {
            var m = /<title>([^<]*)<\/title>/i.exec(html);
            return { url: new URL(request.url).pathname, title: m ? m[1].replace(' – ' + site, '').trim() : '' };
          });
        }));
      });
    }).then(function (pages) {
      var seen = {};
      pages.forEach(function (p) {
        if (!p.title || seen[p.url] || p.url === '/offline/') return;
        seen[p.url] = true;
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = p.url;
        a.textContent = p.title;
        li.appendChild(a);
        list.appendChild(li);
      });
      if (list.children.length) section.hidden = false;
    }).catch(function () {});
  }

  window.addEventListener('load', function () {
    navigator.serviceWorker
      .register('/sw.js?v=' + encodeURIComponent(version), { scope: '/' })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(keepThisPage)
      .catch(function () { /* no worker: the site works as before, only not offline */ });
    listKeptPages();
  });
})();
