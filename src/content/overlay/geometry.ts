/**
 * Rectangles for placing the overlay: an element's box in the top document's coordinates (through iframes), whether
 * it is shown, and where the badge may go without covering the page's Send button. No state; the parts without a
 * DOM are tested in tests/unit/overlay-geometry.test.ts.
 */
import { framePath } from '../anchor';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export function rect(x: number, y: number, width: number, height: number): Rect {
  return { x, y, width, height, top: y, left: x, right: x + width, bottom: y + height };
}

export function overlaps(a: Rect, b: Rect, gap = 2): boolean {
  return a.left < b.right + gap && a.right > b.left - gap && a.top < b.bottom + gap && a.bottom > b.top - gap;
}

/** An element's rectangle in the coordinates of `top` (adding the offsets of the iframes in between). */
export function rectIn(el: Element, top: Document): Rect {
  const r = el.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  for (const { frame: fe } of framePath(el.ownerDocument, top)) {
    if (!fe) break;
    const fr = fe.getBoundingClientRect();
    const cs = fe.ownerDocument.defaultView?.getComputedStyle(fe);
    x += fr.left + fe.clientLeft + (cs ? parseFloat(cs.paddingLeft) || 0 : 0);
    y += fr.top + fe.clientTop + (cs ? parseFloat(cs.paddingTop) || 0 : 0);
  }
  return rect(x, y, r.width, r.height);
}

/** Outermost frame element between an element and `top` (null when the element is in `top` or the way up breaks). */
export function frameIn(el: Element, top: Document): HTMLElement | null {
  const path = framePath(el.ownerDocument, top);
  if (path.some((s) => !s.frame)) return null;
  return path[path.length - 1]?.frame ?? null;
}

export function isShown(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  if (
    typeof el.checkVisibility === 'function' &&
    !el.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions)
  )
    return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/**
 * Where a w×h badge at (x, y) goes so that it covers none of `obstacles` (the Send buttons): slide left of the one
 * it hits while that keeps it right of `minX` (the box's left edge), else above it. Three tries at most.
 */
export function clearOf(
  x: number,
  y: number,
  w: number,
  h: number,
  minX: number,
  obstacles: readonly Rect[],
): { x: number; y: number } {
  let nx = x;
  let ny = y;
  for (let pass = 0; pass < 3; pass++) {
    const hit = obstacles.find((r) => overlaps(rect(nx, ny, w, h), r));
    if (!hit) break;
    if (hit.left - w - 6 >= minX) nx = hit.left - w - 6;
    else ny = hit.top - h - 6;
  }
  return { x: nx, y: ny };
}

/** The part of a box's computed style that decides the badge's insets. */
export type InsetStyle = Pick<CSSStyleDeclaration, 'borderLeftWidth' | 'borderRightWidth' | 'resize'>;

/**
 * Room to leave at a box's right (a textarea's scrollbar) and bottom (its resize grip). `offsetWidth` and
 * `clientWidth` are a textarea's; other boxes (null) get the plain margin.
 */
export function insetsOf(textarea: { offsetWidth: number; clientWidth: number; style: InsetStyle } | null): {
  right: number;
  bottom: number;
} {
  if (!textarea) return { right: 6, bottom: 6 };
  const cs = textarea.style;
  const border = (parseFloat(cs.borderLeftWidth) || 0) + (parseFloat(cs.borderRightWidth) || 0);
  const scrollbar = Math.max(0, textarea.offsetWidth - textarea.clientWidth - border);
  return { right: 6 + scrollbar, bottom: cs.resize && cs.resize !== 'none' ? 14 : 6 };
}
