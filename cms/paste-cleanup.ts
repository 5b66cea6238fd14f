/**
 * Text pasted from an office suite arrives intact (issue 8, point 6: editors lose nothing).
 *
 * What Word, LibreOffice or Google Docs put on the clipboard as text/html trips up Decap's rich
 * text editor: whitespace between list items (LibreOffice, any pretty-printed HTML) makes its
 * Markdown serialiser throw, so the editor *shows* the pasted text but never stores it (measured
 * with Decap 3.16: "Cannot read properties of undefined (reading 'length')" in
 * visitUnorderedItems, and the body stays empty). Word writes its bulleted lists as paragraphs
 * with a "·" and non-breaking spaces, and its bold as <b>, which Decap's paste drops (it only
 * knows <strong>); Google Docs wraps everything in a <b> that is not bold.
 *
 * `cleanPastedHtml` turns that into plain, semantic HTML (paragraphs, headings, bold, italics,
 * links, real lists) before Decap sees it; `installPasteCleanup` does so for every paste into a
 * rich text field. Runs in the browser (DOMParser).
 */

const DROP = new Set(['STYLE', 'SCRIPT', 'META', 'LINK', 'TITLE', 'XML', 'HEAD', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'FORM', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'VIDEO', 'AUDIO']);
const UNWRAP = new Set(['SPAN', 'FONT', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'CENTER', 'SMALL', 'BIG', 'ABBR', 'ACRONYM', 'INS', 'MARK', 'U', 'LABEL', 'NOBR', 'WBR']);
const BLOCK = /^(P|DIV|H[1-6]|UL|OL|LI|BLOCKQUOTE|TABLE|PRE|HR|SECTION|ARTICLE)$/;
/** Parents in which text that is only whitespace is layout, not content. */
const NO_LOOSE_TEXT = /^(BODY|UL|OL|TABLE|THEAD|TBODY|TFOOT|TR|BLOCKQUOTE|DIV)$/;

function styleOf(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (el.getAttribute('style') ?? '').split(';')) {
    const i = part.indexOf(':');
    if (i > 0) out[part.slice(0, i).trim().toLowerCase()] = part.slice(i + 1).trim().toLowerCase();
  }
  return out;
}

function rename(el: Element, tag: string): Element {
  const copy = el.ownerDocument.createElement(tag);
  while (el.firstChild) copy.appendChild(el.firstChild);
  el.replaceWith(copy);
  return copy;
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

const isBlank = (s: string) => !s.replace(/[\s\u00a0\ufeff]/g, '');

/** Word's conditional blocks (<![if !supportLists]>…<![endif]>): the bullet of a list paragraph. Returns their text. */
function removeConditionals(root: Element): string {
  let removed = '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const starts: Comment[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/^\[if\b/i.test((n as Comment).data)) starts.push(n as Comment);
  for (const start of starts) {
    let node = start.nextSibling;
    while (node && !(node.nodeType === Node.COMMENT_NODE && /^\[endif\]/i.test((node as Comment).data))) {
      const next = node.nextSibling;
      removed += node.textContent ?? '';
      node.remove();
      node = next;
    }
  }
  return removed;
}

/** Word writes a bulleted or numbered list as <p class=MsoListParagraph… style="mso-list:l0 level1 lfo1">. */
function isWordListParagraph(el: Element): boolean {
  return el.tagName === 'P' && (/MsoListParagraph/i.test(el.getAttribute('class') ?? '') || 'mso-list' in styleOf(el));
}

function convertWordLists(body: Element): void {
  for (const p of Array.from(body.querySelectorAll('p'))) {
    if (!p.isConnected || !isWordListParagraph(p)) continue;
    // The run of list paragraphs that starts here (whitespace between them does not count).
    const run: Element[] = [];
    let node: ChildNode | null = p;
    while (node) {
      if (node.nodeType === Node.ELEMENT_NODE && isWordListParagraph(node as Element)) run.push(node as Element);
      else if (!(node.nodeType === Node.TEXT_NODE && isBlank(node.textContent ?? '')) && node.nodeType !== Node.COMMENT_NODE) break;
      node = node.nextSibling;
    }
    const bullets = run.map((item) => {
      const marker = removeConditionals(item);
      // Newer Word: the bullet is a <span style="mso-list:Ignore">.
      let ignored = '';
      for (const span of Array.from(item.querySelectorAll('span'))) {
        if (styleOf(span)['mso-list'] === 'ignore') {
          ignored += span.textContent ?? '';
          span.remove();
        }
      }
      return (marker + ignored).trim();
    });
    const ordered = /^[\s\u00a0]*(\d+|[a-z]|[ivxlcdm]+)[.)]/i.test(bullets[0] ?? '');
    const list = body.ownerDocument.createElement(ordered ? 'ol' : 'ul');
    run[0].before(list);
    for (const item of run) {
      const li = body.ownerDocument.createElement('li');
      while (item.firstChild) li.appendChild(item.firstChild);
      list.appendChild(li);
      item.remove();
    }
  }
}

/** Plain, semantic HTML from whatever an office suite or web page put on the clipboard. */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  convertWordLists(body);
  removeConditionals(body);

  // Elements, deepest first so unwrapping never skips a node.
  const elements = Array.from(body.querySelectorAll('*')).reverse();
  for (const el of elements) {
    const tag = el.tagName.toUpperCase();
    if (DROP.has(tag) || /^V:/.test(tag)) {
      el.remove();
      continue;
    }
    if (tag.includes(':')) {
      // Office namespaces: <o:p>&nbsp;</o:p> is Word's empty paragraph; other wrappers keep their text.
      if (tag === 'O:P' || isBlank(el.textContent ?? '')) el.remove();
      else unwrap(el);
      continue;
    }
    const style = styleOf(el);
    const weight = style['font-weight'];
    const bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    const normal = weight === 'normal' || weight === 'lighter' || (weight !== undefined && Number(weight) > 0 && Number(weight) < 600);
    let current: Element = el;
    if ((tag === 'B' || tag === 'STRONG') && normal) {
      // Google Docs wraps the whole paste in <b style="font-weight:normal">.
      unwrap(el);
      continue;
    }
    if (tag === 'SPAN' || tag === 'FONT') {
      const italic = style['font-style'] === 'italic';
      if (!bold && !italic) {
        unwrap(el);
        continue;
      }
      current = rename(el, bold ? 'strong' : 'em');
      if (bold && italic) {
        const em = doc.createElement('em');
        while (current.firstChild) em.appendChild(current.firstChild);
        current.appendChild(em);
      }
    } else if (tag === 'B' || tag === 'I') {
      // Decap's paste turns <strong> and <em> into bold and italics, but drops <b> (Word's bold).
      current = rename(el, tag === 'B' ? 'strong' : 'em');
    } else if (UNWRAP.has(tag)) {
      unwrap(el);
      continue;
    } else if (tag === 'DIV') {
      if (!Array.from(el.children).some((c) => BLOCK.test(c.tagName))) current = rename(el, 'p');
      else {
        unwrap(el);
        continue;
      }
    } else if (tag === 'IMG') {
      // Word's images are files on the writer's computer, data: images would bloat the text:
      // photos go in through the photo block and the media library.
      const src = el.getAttribute('src') ?? '';
      if (!/^https?:\/\//i.test(src)) {
        el.remove();
        continue;
      }
    } else if (tag === 'A') {
      const href = el.getAttribute('href') ?? '';
      if (!/^(https?:|mailto:|tel:|\/|#)/i.test(href.trim()) || href.startsWith('#_')) {
        // Word's bookmarks (<a name=_Toc…>) and anything that is not a web, mail or phone link.
        unwrap(el);
        continue;
      }
    }
    // Keep only what means something.
    const keep = current.tagName === 'A' ? ['href'] : current.tagName === 'IMG' ? ['src', 'alt'] : current.tagName === 'OL' ? ['start'] : [];
    for (const attr of Array.from(current.attributes)) if (!keep.includes(attr.name.toLowerCase())) current.removeAttribute(attr.name);
  }

  // Comments (StartFragment, Word's leftovers) and layout whitespace.
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  const remove: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.COMMENT_NODE) remove.push(n);
    else if (n.parentElement?.closest('pre')) continue;
    else {
      // Word breaks its HTML source lines inside sentences: a line break there is a space.
      n.textContent = (n.textContent ?? '').replace(/\r?\n|\r/g, ' ');
      if (isBlank(n.textContent) && NO_LOOSE_TEXT.test(n.parentElement?.tagName ?? 'BODY')) remove.push(n);
    }
  }
  for (const n of remove) n.parentNode?.removeChild(n);
  // List items and paragraphs: no leading or trailing spaces; no empty paragraphs.
  for (const el of Array.from(body.querySelectorAll('li, p, h1, h2, h3, h4, h5, h6'))) {
    const first = el.firstChild;
    const last = el.lastChild;
    if (first?.nodeType === Node.TEXT_NODE) first.textContent = (first.textContent ?? '').replace(/^[\s\u00a0]+/, '');
    if (last?.nodeType === Node.TEXT_NODE) last.textContent = (last.textContent ?? '').replace(/[\s\u00a0]+$/, '');
    if (el.tagName !== 'LI' && isBlank(el.textContent ?? '') && !el.querySelector('img, br')) el.remove();
  }
  return body.innerHTML.trim();
}

const CLEANED = Symbol('vief-paste-cleaned');

/** True for a paste into one of Decap's rich text editors. */
function inRichText(target: EventTarget | null): target is Element {
  return target instanceof Node && !!(target instanceof Element ? target : target.parentElement)?.closest('[data-slate-editor="true"]');
}

/**
 * Clean every paste into a rich text field: the original paste is stopped and replayed with the
 * cleaned HTML, as the browser itself does it (paste, then beforeinput "insertFromPaste" when the
 * paste was not handled), so Decap's editor inserts it in every browser.
 */
export function installPasteCleanup(doc: Document = document): void {
  doc.addEventListener(
    'paste',
    (event) => {
      const data = event.clipboardData;
      if ((event as unknown as Record<symbol, boolean>)[CLEANED] || !data || !inRichText(event.target)) return;
      const html = data.getData('text/html');
      if (!html || data.files.length > 0) return;
      let cleaned: string;
      try {
        cleaned = cleanPastedHtml(html);
      } catch {
        return; // never stand in the way of a paste
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      const target = event.target instanceof Element ? event.target : (event.target as Node).parentElement!;
      const copy = new DataTransfer();
      copy.setData('text/html', cleaned);
      copy.setData('text/plain', data.getData('text/plain'));
      const replay = new ClipboardEvent('paste', { clipboardData: copy, bubbles: true, cancelable: true });
      Object.defineProperty(replay, CLEANED, { value: true });
      if (target.dispatchEvent(replay)) target.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: copy, bubbles: true, cancelable: true }));
    },
    true,
  );
}
