/**
 * Where the seller's focus is, seen from one coached box and its overlay, and how to put it back in the box after
 * the overlay had it. For an iframe editor the box is the iframe's body, and the top document's focus sits on the
 * iframe.
 */

/** Does the seller's focus sit in this box (or in the iframe document it is the body of)? */
export function focusIn(box: HTMLElement): boolean {
  const doc = box.ownerDocument;
  const a = doc.activeElement;
  return doc.hasFocus() && !!a && (a === box || box.contains(a));
}

/** Focus is in the box, in our overlay, or nowhere in particular: putting it back in the box takes nothing away. */
export function focusIsOurs(box: HTMLElement, overlayHost: HTMLElement): boolean {
  const doc = box.ownerDocument;
  const a = doc.activeElement;
  const topActive = document.activeElement;
  if (!a || a === doc.body || a === box || box.contains(a)) {
    // For an iframe editor, the top document's focus sits on the frame (or our overlay host).
    return (
      !topActive ||
      topActive === document.body ||
      topActive === overlayHost ||
      topActive.tagName === 'IFRAME' ||
      topActive === box
    );
  }
  return a === overlayHost;
}

/** Focus the editor (unless it or something in it has focus already), without scrolling the page. */
export function focusEditor(el: HTMLElement): void {
  const active = el.ownerDocument.activeElement;
  if (active === el || (active && el.contains(active))) return;
  try {
    el.focus({ preventScroll: true });
  } catch {
    /* detached */
  }
}
