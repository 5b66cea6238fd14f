/*
 * Voorlezen (issues 7 and 17): read the article aloud with the browser's speech synthesis.
 *
 * - Only in a Dutch voice: the control ([data-voorlezen], rendered `hidden`) appears wherever the
 *   browser has speech synthesis. Without a voice whose language starts with "nl", "Lees voor"
 *   opens a short Dutch explanation of how to add one ([data-voorlezen-geen-stem]) instead of
 *   reading in a foreign voice. Voices that arrive later (Chrome loads them asynchronously and
 *   fires `voiceschanged`) are picked up; the explanation closes when a Dutch voice appears.
 * - While reading, the control gets `data-actief` and sticks to the top of the screen
 *   (src/styles/comfort.css), so pause and stop stay in view by paragraph 11 too.
 * - Tempo in three steps ([data-tempo]: langzaam, normaal, sneller), remembered on the device
 *   (localStorage `vief.voorlezen.tempo`); a change while reading restarts the current paragraph.
 * - One utterance per paragraph: the paragraph being read gets class `voorlezen-actief`
 *   (highlighted in comfort.css) and is scrolled into view; short utterances also avoid Chrome
 *   stopping long ones halfway.
 * - Pause stops at the current paragraph and "Lees verder" starts that paragraph again: the
 *   speechSynthesis.pause()/resume() pair does not work on every tablet (Android), this does.
 * - Stop, leaving the page or hiding it ends the speech.
 * Strings come from data- attributes rendered through t() (src/components/comfort/Voorlezen.astro).
 */
(function () {
  'use strict';
  var box = document.querySelector('[data-voorlezen]');
  if (!box || !('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') return;

  var synth = window.speechSynthesis;
  var main = box.querySelector('[data-voorlezen-knop]');
  var label = box.querySelector('[data-voorlezen-label]');
  var stopButton = box.querySelector('[data-voorlezen-stop]');
  var status = box.querySelector('[data-voorlezen-status]');
  var help = box.querySelector('[data-voorlezen-geen-stem]');
  var tempoGroup = box.querySelector('[data-voorlezen-tempo]');
  var tempoButtons = Array.prototype.slice.call(box.querySelectorAll('[data-tempo]'));
  var RATES = { langzaam: 0.7, normaal: 0.9, sneller: 1.15 };
  var KEY_TEMPO = 'vief.voorlezen.tempo';
  var article = box.closest('article') || document.querySelector('main');
  var text = function (name) { return box.getAttribute('data-' + name) || ''; };

  var READABLE = 'h1, h2, h3, h4, p, li, blockquote, figcaption, dt, dd, th, td';
  var SKIP = '[data-voorlezen], [data-voorlezen-overslaan], .meta, .rubriek-label, .visually-hidden, nav, form, [hidden], [aria-hidden="true"], [data-pagefind-ignore]';

  var voice = null;
  var blocks = [];
  var index = 0;
  var state = 'stil'; // stil | bezig | pauze
  var current = null; // keep a reference: Chrome drops events of utterances that were garbage-collected
  var token = 0;

  function dutchVoice() {
    var voices = synth.getVoices() || [];
    var nl = voices.filter(function (v) { return /^nl([-_]|$)/i.test(v.lang || ''); });
    if (!nl.length) return null;
    var score = function (v) { return (/^nl[-_]nl/i.test(v.lang) ? 2 : 0) + (v.localService ? 1 : 0); };
    return nl.sort(function (a, b) { return score(b) - score(a); })[0];
  }

  function readTempo() {
    var saved = null;
    try { saved = window.localStorage.getItem(KEY_TEMPO); } catch (e) { /* storage off */ }
    return Object.prototype.hasOwnProperty.call(RATES, saved) ? saved : 'normaal';
  }
  var tempo = readTempo();

  function showTempo() {
    tempoButtons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-tempo') === tempo)); });
  }

  function showHelp(open) {
    help.hidden = !open;
    if (open) main.setAttribute('aria-expanded', 'true');
    else if (main.hasAttribute('aria-expanded')) main.setAttribute('aria-expanded', 'false');
  }

  function checkVoices() {
    voice = dutchVoice();
    box.hidden = false;
    if (voice) {
      showHelp(false);
      main.removeAttribute('aria-expanded');
      main.removeAttribute('aria-controls');
    } else {
      main.setAttribute('aria-controls', help.id);
      if (!main.hasAttribute('aria-expanded')) main.setAttribute('aria-expanded', 'false');
    }
    tempoGroup.hidden = !voice;
  }

  function collect() {
    var found = Array.prototype.slice.call(article.querySelectorAll(READABLE)).filter(function (el) {
      if (el.closest(SKIP)) return false;
      if (!el.textContent || !el.textContent.trim()) return false;
      return el.getClientRects().length > 0;
    });
    // A list item that holds a paragraph is read once, as a whole.
    return found.filter(function (el) {
      return !found.some(function (other) { return other !== el && other.contains(el); });
    });
  }

  function highlight(el) {
    var old = article.querySelectorAll('.voorlezen-actief');
    for (var i = 0; i < old.length; i++) old[i].classList.remove('voorlezen-actief');
    if (!el) return;
    el.classList.add('voorlezen-actief');
    var r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) {
      var smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      el.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    }
  }

  function setState(next, message) {
    state = next;
    main.setAttribute('data-staat', next);
    if (next === 'stil') box.removeAttribute('data-actief');
    else box.setAttribute('data-actief', '');
    label.textContent = next === 'bezig' ? text('tekst-pauze') : next === 'pauze' ? text('tekst-verder') : text('tekst-start');
    stopButton.hidden = next === 'stil';
    if (message !== undefined) status.textContent = message;
  }

  function speak() {
    if (index >= blocks.length) {
      highlight(null);
      setState('stil', text('status-klaar'));
      return;
    }
    var el = blocks[index];
    var utterance = new window.SpeechSynthesisUtterance(el.textContent.replace(/\s+/g, ' ').trim());
    var mine = ++token;
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = RATES[tempo];
    utterance.onend = function () {
      if (mine !== token || state !== 'bezig') return;
      index++;
      speak();
    };
    utterance.onerror = function (e) {
      if (mine !== token || state !== 'bezig') return;
      if (e && (e.error === 'interrupted' || e.error === 'canceled')) return;
      index++;
      speak();
    };
    current = utterance;
    highlight(el);
    status.textContent = text('status-bezig').replace('{n}', String(index + 1)).replace('{totaal}', String(blocks.length));
    synth.speak(utterance);
  }

  function start() {
    blocks = collect();
    index = 0;
    if (!blocks.length || !voice) return;
    synth.cancel();
    setState('bezig');
    speak();
  }

  function pause() {
    setState('pauze', text('status-gepauzeerd'));
    token++;
    synth.cancel();
  }

  function resume() {
    setState('bezig');
    synth.cancel();
    speak();
  }

  function stop(message) {
    token++;
    synth.cancel();
    current = null;
    highlight(null);
    var hadFocus = document.activeElement === stopButton;
    setState('stil', message);
    if (hadFocus) main.focus();
  }

  main.addEventListener('click', function () {
    if (!voice) { showHelp(help.hidden); return; }
    if (state === 'stil') start();
    else if (state === 'bezig') pause();
    else resume();
  });
  tempoButtons.forEach(function (b) {
    b.addEventListener('click', function () {
      tempo = b.getAttribute('data-tempo');
      try { window.localStorage.setItem(KEY_TEMPO, tempo); } catch (e) { /* this page only */ }
      showTempo();
      // Heard at once: the paragraph being read starts again at the new tempo.
      if (state === 'bezig') { token++; synth.cancel(); speak(); }
    });
  });
  showTempo();
  stopButton.addEventListener('click', function () { stop(text('status-gestopt')); });
  window.addEventListener('pagehide', function () { if (state !== 'stil') stop(''); });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && state !== 'stil') stop(text('status-gestopt'));
  });

  if (typeof synth.addEventListener === 'function') synth.addEventListener('voiceschanged', checkVoices);
  else synth.onvoiceschanged = checkVoices;
  checkVoices();
})();
