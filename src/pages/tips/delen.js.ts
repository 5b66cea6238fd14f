/**
 * The only script on tip pages: "copy link" and "print" buttons (issue 5 point 4). Served as a
 * file of its own (no inline JS, ready for a strict CSP). No tracking, no network requests.
 * The buttons are hidden in the HTML and only shown when this script can make them work.
 */
import type { APIRoute } from 'astro';

const script = `(() => {
  const status = document.getElementById('delen-status');
  const say = (text) => { if (status) { status.textContent = ''; setTimeout(() => { status.textContent = text; }, 50); } };
  document.querySelectorAll('button[data-kopieer]').forEach((button) => {
    if (!navigator.clipboard || !window.isSecureContext) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.kopieer);
        say(button.dataset.gelukt);
      } catch {
        say(button.dataset.mislukt);
      }
    });
  });
  document.querySelectorAll('button[data-print]').forEach((button) => {
    if (typeof window.print !== 'function') return;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  });
})();
`;

export const GET: APIRoute = () => new Response(script, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
