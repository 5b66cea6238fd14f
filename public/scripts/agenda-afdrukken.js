/**
 * The "Druk deze pagina af" button of the printable agenda. The button is hidden in the HTML and
 * only shown here, so without JavaScript nobody sees a button that does nothing (the browser's
 * own print command still works). External file: no inline handlers, CSP-friendly.
 */
for (const button of document.querySelectorAll('[data-afdrukken]')) {
  if (!(button instanceof HTMLButtonElement)) continue;
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
