/** Small DOM helpers shared by the editor adapters (no editor-specific knowledge here). */

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A collapsed DOM position. */
export interface DomPos {
  node: Node;
  offset: number;
}

export function windowOf(node: Node): Window {
  return (node.ownerDocument ?? (node as Document)).defaultView ?? window;
}

export function isElement(node: Node | null | undefined): node is HTMLElement {
  return !!node && node.nodeType === Node.ELEMENT_NODE;
}

export function indexInParent(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

/** The selection that covers `root` (handles open shadow roots, where Chrome keeps a per-root selection). */
export function selectionFor(root: Node): Selection | null {
  const rootNode = root.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  if (typeof (rootNode as ShadowRoot).host !== 'undefined' && typeof rootNode.getSelection === 'function') {
    const s = rootNode.getSelection();
    if (s) return s;
  }
  return windowOf(root).getSelection();
}

/** The caret position inside `root`, if the selection is collapsed (or its focus end) and lies in `root`. */
export function caretIn(root: HTMLElement): DomPos | null {
  const sel = selectionFor(root);
  if (!sel || sel.rangeCount === 0) return null;
  let node: Node | null = sel.focusNode;
  let offset = sel.focusOffset;
  // Chrome retargets a selection inside a shadow tree to the host for document.getSelection(); try composed ranges.
  const composed = (sel as Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] })
    .getComposedRanges;
  const shadow = root.getRootNode();
  if (shadow instanceof ShadowRoot && typeof composed === 'function') {
    try {
      const ranges = composed.call(sel, { shadowRoots: [shadow] });
      if (ranges[0]) {
        node = ranges[0].endContainer;
        offset = ranges[0].endOffset;
      }
    } catch {
      /* older engines: keep the focus node */
    }
  }
  if (!node || !root.contains(node)) return null;
  return { node, offset };
}

/** Put a collapsed selection at `pos`. */
export function setCaret(root: HTMLElement, pos: DomPos): boolean {
  const sel = selectionFor(root) ?? windowOf(root).getSelection();
  if (!sel) return false;
  try {
    sel.setBaseAndExtent(pos.node, pos.offset, pos.node, pos.offset);
    return true;
  } catch {
    try {
      const range = (root.ownerDocument ?? document).createRange();
      range.setStart(pos.node, pos.offset);
      range.collapse(true);
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    } catch {
      return false;
    }
  }
}

/** Focus an editable element without scrolling the page; for a body inside an iframe, focus the frame first. */
export function focusEditable(el: HTMLElement, frame?: HTMLIFrameElement | null): void {
  try {
    frame?.focus({ preventScroll: true });
    windowOf(el).focus();
  } catch {
    /* cross-realm focus may throw in some engines */
  }
  if (el.ownerDocument.activeElement !== el && !el.contains(el.ownerDocument.activeElement)) {
    el.focus({ preventScroll: true });
  }
  // A shadow-hosted editable is active inside its root, not in the document.
  const rootNode = el.getRootNode();
  if (rootNode instanceof ShadowRoot && rootNode.activeElement !== el && !el.contains(rootNode.activeElement)) {
    el.focus({ preventScroll: true });
  }
}

/** True if focus is in `el` (or `el` is the focused body of an iframe / designMode document). */
export function hasFocusIn(el: HTMLElement): boolean {
  const rootNode = el.getRootNode();
  const active = rootNode instanceof ShadowRoot ? rootNode.activeElement : el.ownerDocument.activeElement;
  return !!active && (active === el || el.contains(active));
}

/** Resolve after the browser has had the chance to fire `selectionchange` and the editors to react to it. */
export async function afterSelectionSettles(doc: Document): Promise<void> {
  await new Promise<void>((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      doc.removeEventListener('selectionchange', finish);
      resolve();
    };
    doc.addEventListener('selectionchange', finish);
    setTimeout(finish, 50);
  });
  await sleep(0);
}

/** After two animation frames of `doc`'s window (a render scheduled for the next frame has run), at most 200 ms:
 * a hidden tab draws no frames. */
export function nextRender(doc: Document): Promise<void> {
  const win = doc.defaultView;
  if (!win?.requestAnimationFrame) return sleep(0);
  return new Promise((resolve) => {
    const done = () => resolve();
    setTimeout(done, 200);
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => setTimeout(done, 0)));
  });
}

/** Wait until `check()` is true (polling each ~16 ms) or `ms` passed; returns the last check. */
export async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (check()) return true;
    if (Date.now() >= end) return false;
    await sleep(16);
  }
}
