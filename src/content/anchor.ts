/**
 * Where a box shows on screen, and the frames between it and the top document. An editor that owns a whole iframe
 * document (TinyMCE, designMode, Proton's roosterjs) is shown by its iframe: the overlay is placed at the iframe and
 * the page's Send buttons are looked for around it.
 */

/** The element that shows the box on screen: the iframe itself for an editor that owns its iframe document. */
export function anchorOf(box: HTMLElement): HTMLElement {
  const doc = box.ownerDocument;
  if (box === doc.body) {
    const fe = doc.defaultView?.frameElement as HTMLElement | null | undefined;
    if (fe) return fe;
  }
  return box;
}

/** One document on the way up, and the frame element that shows it in its parent (null: the way up ends here). */
export interface FrameStep {
  doc: Document;
  frame: HTMLElement | null;
}

/**
 * The documents from `doc` up to `top` (not included; null: as far as same-origin frames go), each with its frame
 * element; empty when `doc` is `top`. Ten levels at most: a page cannot make us walk forever.
 */
export function framePath(doc: Document, top: Document | null): FrameStep[] {
  const out: FrameStep[] = [];
  for (let i = 0; doc !== top && i < 10; i++) {
    const frame = (doc.defaultView?.frameElement as HTMLElement | null | undefined) ?? null;
    out.push({ doc, frame });
    if (!frame) break;
    doc = frame.ownerDocument;
  }
  return out;
}
