/**
 * Dutch for the English that Decap's libraries put on the page outside its locale (issue 16):
 * react-select's "No options" and its screen-reader messages, react-toastify's "close" and
 * "notification timer" labels, the relation widget's "Loading options…". The words are in
 * cms/locale.ts (dutchFor); this module watches the page and replaces them where they appear.
 * More that Decap's own strings cannot say (issue 16, point 5; axe finds these on the artikel form):
 *   - a field whose label says when it is needed ("Beschrijving van de foto (nodig als u een foto
 *     kiest)", cms/config.ts) loses Decap's "(optioneel)" after it;
 *   - the body editor's switch between the text and its Markdown code gets a name and a state
 *     (Decap passes its aria-label to a component that drops it, and no aria-checked in text mode);
 *   - the body editor (Slate, role="textbox") is named by its field's label;
 *   - the editor's menu buttons ("Kopjes", "Blok toevoegen": a button inside a button) become one
 *     button: the outer one, which opens the menu, gets the name; the inner one is made inert;
 *   - the preview frame gets a title.
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

/**
 * Decap's " (optioneel)" after a label that already says when the field is needed: taken out (its
 * text node emptied in place, like a translation, so the label's text is its name for everyone).
 */
function conditionalLabels(root: Element): void {
  for (const span of root.querySelectorAll<HTMLSpanElement>('label[for] > span:last-child')) {
    const own = span.parentElement!.firstChild;
    const word = span.firstChild;
    if (word instanceof Text && word.data === OPTIONAL_SUFFIX && own instanceof Text && hasCondition(own.data)) word.data = '';
  }
}

/** The preview pane's frame (Decap's PreviewPaneFrame), for a screen reader. */
const PREVIEW_FRAME_TITLE = 'Voorbeeld';
let labelIds = 0;

/** The label of the field `el` belongs to: the nearest ancestor with a field's top bar. */
function fieldLabel(el: Element): HTMLLabelElement | null {
  for (let a = el.parentElement; a; a = a.parentElement) {
    const label = a.querySelector<HTMLLabelElement>(':scope > div > label[for]');
    if (label) return label;
  }
  return null;
}

function namedControls(root: Element): void {
  const all = (selector: string) => (root.matches(selector) ? [root, ...root.querySelectorAll(selector)] : [...root.querySelectorAll(selector)]);
  for (const el of all(MODE_SWITCH)) {
    if (el.getAttribute('aria-label') !== MODE_SWITCH_NAME) el.setAttribute('aria-label', MODE_SWITCH_NAME);
    if (!el.hasAttribute('aria-checked')) el.setAttribute('aria-checked', 'false');
  }
  for (const el of all('[data-slate-editor="true"]:not([aria-labelledby])')) {
    const label = fieldLabel(el);
    if (!label) continue;
    label.id ||= `cms-veldlabel-${++labelIds}`;
    el.setAttribute('aria-labelledby', label.id);
  }
  for (const el of all('span[role="button"][aria-haspopup="true"]')) {
    const inner = el.querySelector<HTMLButtonElement>('button[title]');
    if (!inner || inner.inert) continue;
    el.setAttribute('aria-label', inner.title);
    el.setAttribute('title', inner.title);
    inner.inert = true;
  }
  for (const el of all('iframe#preview-pane:not([title])')) el.setAttribute('title', PREVIEW_FRAME_TITLE);
}

function translateTree(root: Node): void {
  if (root instanceof Text) return translateText(root);
  if (!(root instanceof Element)) return;
  namedControls(root);
  if (editable(root)) return;
  // A label's own text node is added on its own when its parent re-renders: look from the label.
  conditionalLabels(root.closest('label[for]')?.parentElement ?? root);
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
