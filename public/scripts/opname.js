/*
 * The recorded reading's large buttons (issue 19, src/components/Opname.astro): play/pause, 15
 * seconds back, slower and faster, next to the browser's own player (which works without this
 * script). The buttons ([data-opname-knoppen], rendered `hidden`) appear only when this runs.
 * Strings come from data- attributes rendered through t().
 */
(function () {
  'use strict';
  var box = document.querySelector('[data-opname]');
  if (!box) return;
  var audio = box.querySelector('audio');
  var knoppen = box.querySelector('[data-opname-knoppen]');
  var play = box.querySelector('[data-opname-speel]');
  var label = box.querySelector('[data-opname-label]');
  var back = box.querySelector('[data-opname-terug]');
  var slower = box.querySelector('[data-opname-langzamer]');
  var faster = box.querySelector('[data-opname-sneller]');
  var status = box.querySelector('[data-opname-status]');
  if (!audio || !knoppen || !play) return;
  var text = function (name) { return box.getAttribute('data-' + name) || ''; };
  var SPEEDS = [0.75, 0.9, 1, 1.15, 1.3, 1.5];

  function speedText() {
    return text('tekst-snelheid').replace('{snelheid}', String(audio.playbackRate).replace('.', ','));
  }
  function update() {
    var playing = !audio.paused && !audio.ended;
    play.setAttribute('data-staat', playing ? 'bezig' : 'stil');
    label.textContent = playing ? text('tekst-pauze') : text('tekst-start');
    slower.disabled = audio.playbackRate <= SPEEDS[0];
    faster.disabled = audio.playbackRate >= SPEEDS[SPEEDS.length - 1];
  }
  function setSpeed(step) {
    var i = SPEEDS.indexOf(audio.playbackRate);
    if (i < 0) i = SPEEDS.indexOf(1);
    audio.playbackRate = SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, i + step))];
    status.textContent = speedText();
    update();
  }

  play.addEventListener('click', function () {
    if (audio.paused || audio.ended) audio.play(); else audio.pause();
  });
  back.addEventListener('click', function () { audio.currentTime = Math.max(0, audio.currentTime - 15); });
  slower.addEventListener('click', function () { setSpeed(-1); });
  faster.addEventListener('click', function () { setSpeed(1); });
  ['play', 'pause', 'ended', 'ratechange'].forEach(function (e) { audio.addEventListener(e, update); });
  knoppen.hidden = false;
  update();
})();
