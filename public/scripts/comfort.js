/*
 * Leesgemak (issue 7): text size and high contrast, remembered on this device.
 *
 * Loaded as a small blocking script in <head> (an external file, no inline script, so a strict
 * Content-Security-Policy can forbid inline scripts): the reader's choice is on <html> before the
 * first paint, so pages never flash in small print first.
 *   <html data-tekstgrootte="150" data-contrast="hoog">   (styles in src/styles/comfort.css)
 * Then, once the page is parsed, it shows and wires up the control ([data-comfort], rendered
 * `hidden` so that without JavaScript no dead buttons appear) and any [data-afdrukken] button.
 * Keep STEPS and the keys in sync with src/components/comfort/steps.ts.
 */
(function () {
  'use strict';
  var STEPS = [100, 125, 150, 175, 200];
  var KEY_SIZE = 'vief.tekstgrootte';
  var KEY_CONTRAST = 'vief.contrast';
  var root = document.documentElement;

  function read(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function write(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch (e) { /* private mode or storage off: the choice lasts for this page only */ }
  }
  function load() {
    var size = Number(read(KEY_SIZE));
    return { size: STEPS.indexOf(size) >= 0 ? size : 100, contrast: read(KEY_CONTRAST) === 'hoog' };
  }

  var state = load();
  // Tells the CSS, before the first paint, that JavaScript runs: controls rendered `hidden` for
  // readers without JavaScript (this control, the search filters) are then shown from the start,
  // instead of pushing the page down when a script unhides them after parsing (a layout shift,
  // issue 9). See src/styles/comfort.css and zoeken.css.
  root.setAttribute('data-js', '');

  function apply() {
    if (state.size === 100) root.removeAttribute('data-tekstgrootte');
    else root.setAttribute('data-tekstgrootte', String(state.size));
    if (state.contrast) root.setAttribute('data-contrast', 'hoog');
    else root.removeAttribute('data-contrast');
  }
  apply();

  var ui = null;

  function render() {
    if (!ui) return;
    var i = STEPS.indexOf(state.size);
    ui.output.textContent = (ui.output.getAttribute('data-sjabloon') || '{n}%').replace('{n}', String(state.size));
    // aria-disabled instead of disabled: the button keeps keyboard focus at the first or last step.
    ui.smaller.setAttribute('aria-disabled', String(i <= 0));
    ui.bigger.setAttribute('aria-disabled', String(i >= STEPS.length - 1));
    ui.contrast.setAttribute('aria-pressed', String(state.contrast));
  }

  function step(delta) {
    var i = STEPS.indexOf(state.size) + delta;
    if (i < 0 || i >= STEPS.length) return;
    state.size = STEPS[i];
    write(KEY_SIZE, state.size === 100 ? null : String(state.size));
    apply();
    render();
  }

  function setup() {
    var box = document.querySelector('[data-comfort]');
    if (box) {
      ui = {
        smaller: box.querySelector('[data-comfort-kleiner]'),
        bigger: box.querySelector('[data-comfort-groter]'),
        output: box.querySelector('output'),
        contrast: box.querySelector('[data-comfort-contrast]'),
      };
      ui.smaller.addEventListener('click', function () { step(-1); });
      ui.bigger.addEventListener('click', function () { step(1); });
      ui.contrast.addEventListener('click', function () {
        state.contrast = !state.contrast;
        write(KEY_CONTRAST, state.contrast ? 'hoog' : null);
        apply();
        render();
      });
      render();
      box.hidden = false;
      // On a phone the control is folded behind one button in the header (issue 17, comfort.css).
      var opener = document.querySelector('[data-comfort-open]');
      if (opener) {
        opener.hidden = false;
        opener.addEventListener('click', function () {
          var open = opener.getAttribute('aria-expanded') !== 'true';
          opener.setAttribute('aria-expanded', String(open));
          if (open) box.setAttribute('data-open', '');
          else box.removeAttribute('data-open');
        });
      }
    }
    // Print buttons (the print edition): shown only with JavaScript, like the control above.
    var printButtons = document.querySelectorAll('button[data-afdrukken]');
    for (var p = 0; p < printButtons.length; p++) {
      var wrap = printButtons[p].closest('[data-afdrukken-vak]');
      if (wrap) wrap.hidden = false;
      printButtons[p].hidden = false;
      printButtons[p].addEventListener('click', function () { window.print(); });
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setup);
  else setup();

  // Another tab changed the setting, or the page came back from the back/forward cache.
  window.addEventListener('storage', function (e) {
    if (e.key === KEY_SIZE || e.key === KEY_CONTRAST || e.key === null) { state = load(); apply(); render(); }
  });
  window.addEventListener('pageshow', function (e) {
    if (e.persisted) { state = load(); apply(); render(); }
  });
})();
