/**
 * The editor's top bar on a tablet (issue 16, point 5). Decap's bar is one row of 66 px with a
 * minimum width of 800 px: at 820 px "Status: Klaar om te publiceren" was cut off and the
 * buttons at the end fell off the screen. The admin page's CSS (src/pages/admin/index.astro) lets
 * the bar wrap onto a second row; this module tells the CSS how tall the bar is now
 * (--cms-balk-hoogte), so the form below starts under it.
 */
// The editor's bar (the Markdown editor has a "ToolbarContainer" of its own, further down).
const BAR = '[class*="-EditorContainer"] > [class*="-ToolbarContainer"]';

export function installTabletLayout(): void {
  const root = document.documentElement;
  let observed: Element | null = null;
  const sizes = new ResizeObserver(([entry]) => {
    const height = Math.ceil((entry.target as HTMLElement).getBoundingClientRect().height);
    root.style.setProperty('--cms-balk-hoogte', `${height}px`);
  });
  const track = () => {
    const bar = document.querySelector(BAR);
    if (bar === observed) return;
    if (observed) sizes.unobserve(observed);
    observed = bar;
    if (bar) sizes.observe(bar);
    else root.style.removeProperty('--cms-balk-hoogte');
  };
  new MutationObserver(track).observe(document.body, { childList: true, subtree: true });
  track();
}
