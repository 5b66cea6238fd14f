/**
 * Dutch for the English that Decap's libraries put on the page outside its locale (issue 16):
 * react-select's "No options" and its screen-reader messages, react-toastify's "close" and
 * "notification timer" labels, the relation widget's "Loading options…". The words are in
 * cms/locale.ts (dutchFor); this module watches the page and replaces them where they appear.
 * Two more things Decap's own strings cannot say:
 *   - a field whose label says when it is needed ("Beschrijving van de foto (nodig als u een foto
 *     kiest)", cms/config.ts) loses Decap's "(optioneel)" after it;
 *   - the body editor's switch between the text and its Markdown code gets a name (Decap passes
 *     its aria-label to a component that drops it).
 *
 * Text nodes are changed in place (nodeValue), so React keeps updating the same node and we
 * translate again. Editable text (the body editor) is never touched.
 */
import { dutchFor, hasCondition, nlOverrides, OPTIONAL_SUFFIX } from './locale';

/** The Markdown editor's mode switch (Decap's ToolbarToggle > Toggle, role="switch", no name). */
const MODE_SWITCH = '[class*="-ToolbarToggle"] > [role="switch"]';
/**
 * Its name. A switch keeps one name and says on/off with aria-checked: on is the Markdown code,
 * the state Decap's own (dropped) label describes. The visible word next to it, "Markdown", is in it.
 */
export const MODE_SWITCH_NAME = nlOverrides['editor.editorWidgets.markdown.toggleMode.markdown'];

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

/** Decap's " (optioneel)" after a label that already says when the field is needed: hidden. */
function conditionalLabels(root: Element): void {
  for (const span of root.querySelectorAll<HTMLSpanElement>('label[for] > span:last-child')) {
    const label = span.parentElement!;
    const own = label.firstChild;
    if (span.textContent !== OPTIONAL_SUFFIX) continue;
    const hide = own instanceof Text && hasCondition(own.data);
    if (span.hidden !== hide) span.hidden = hide;
  }
}

function modeSwitches(root: Element): void {
  const switches = root.matches(MODE_SWITCH) ? [root] : root.querySelectorAll(MODE_SWITCH);
  for (const el of switches) if (el.getAttribute('aria-label') !== MODE_SWITCH_NAME) el.setAttribute('aria-label', MODE_SWITCH_NAME);
}

function translateTree(root: Node): void {
  if (root instanceof Text) return translateText(root);
  if (!(root instanceof Element)) return;
  if (editable(root)) return;
  // A label's own text node is added on its own when its parent re-renders: look from the label.
  conditionalLabels(root.closest('label[for]')?.parentElement ?? root);
  modeSwitches(root);
  translateAttributes(root);
  for (const el of root.querySelectorAll(ATTRIBUTES.map((a) => `[${a}]`).join(','))) translateAttributes(el);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) translateText(n as Text);
}

export function installDutchDom(root: Node = document.body): MutationObserver {
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === 'characterData') {
        translateText(m.target as Text);
        const label = (m.target as Text).parentElement?.closest('label[for]');
        if (label?.parentElement) conditionalLabels(label.parentElement);
      } else if (m.type === 'attributes') translateAttributes(m.target as Element);
      else m.addedNodes.forEach(translateTree);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
  translateTree(root);
  return observer;
}
