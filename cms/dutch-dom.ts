/**
 * Dutch for the English that Decap's libraries put on the page outside its locale (issue 16):
 * react-select's "No options" and its screen-reader messages, react-toastify's "close" and
 * "notification timer" labels, the relation widget's "Loading options…". The words are in
 * cms/locale.ts (dutchFor); this module watches the page and replaces them where they appear.
 *
 * Text nodes are changed in place (nodeValue), so React keeps updating the same node and we
 * translate again. Editable text (the body editor) is never touched.
 */
import { dutchFor } from './locale';

const ATTRIBUTES = ['aria-label', 'title', 'placeholder'];

function editable(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el?.closest('[contenteditable="true"], textarea');
}

/** react-select's screen-reader messages live in these (its A11yText live region). */
const LIVE = '[role="log"], [aria-live], [id$="-live-region"]';

function translateText(node: Text): void {
  const value = node.nodeValue ?? '';
  const live = !!node.parentElement?.closest(LIVE);
  const dutch = dutchFor(value, live) ?? dutchFor(value.trim(), live);
  if (dutch !== undefined && dutch !== value && !editable(node)) node.nodeValue = dutch;
}

function translateAttributes(el: Element): void {
  for (const name of ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value === null) continue;
    const dutch = dutchFor(value, false);
    if (dutch !== undefined && dutch !== value) el.setAttribute(name, dutch);
  }
}

function translateTree(root: Node): void {
  if (root instanceof Text) return translateText(root);
  if (!(root instanceof Element)) return;
  if (editable(root)) return;
  translateAttributes(root);
  for (const el of root.querySelectorAll(ATTRIBUTES.map((a) => `[${a}]`).join(','))) translateAttributes(el);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) translateText(n as Text);
}

export function installDutchDom(root: Node = document.body): MutationObserver {
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'characterData') translateText(m.target as Text);
      else if (m.type === 'attributes') translateAttributes(m.target as Element);
      else m.addedNodes.forEach(translateTree);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
  translateTree(root);
  return observer;
}
