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

/** Where the panel goes and how tall it may be (it scrolls inside when shorter than its content). */
export interface PanelSpot {
  x: number;
  y: number;
  maxHeight: number;
}

export interface PanelRoom {
  /** The top document's viewport. */
  view: Rect;
  /** The box's visible text area (the box inside the viewport and the frames around it). */
  box: Rect;
  /** The line the caret is on, across the box (null: not known); asked only when the panel must go over the box. */
  caret(): Rect | null;
  /** The panel's natural size. */
  width: number;
  height: number;
  /** Where the panel's right edge would like to be (the badge's right edge). */
  alignRight: number;
  /** Rectangles the panel should rather not cover (the Send buttons). */
  avoid?: readonly Rect[];
}

const GAP = 8;
const PAD = 8;
/** Shorter than this, the panel shows too little; it only gets shorter when the alternative is covering the box. */
export const PANEL_MIN_HEIGHT = 160;

function area(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where the panel goes so that the seller still sees what they type: above, below, right or left of the box — the
 * first side where it fits whole (one that leaves the Send buttons free first), else the side where it fits tallest
 * (at least PANEL_MIN_HEIGHT). Without room beside the box anywhere, it goes over the box where it covers the least
 * of it, but never over the caret's line: above or below that line, shortened to fit.
 */
export function panelSpot(r: PanelRoom): PanelSpot {
  const { view, box, width: w, height: h } = r;
  const minX = view.left + PAD;
  const maxX = view.right - PAD - w;
  const clampX = (x: number) => Math.max(minX, Math.min(x, maxX));
  const clampY = (y: number, hh: number) => Math.max(view.top + PAD, Math.min(y, view.bottom - PAD - hh));
  const fullH = Math.min(h, view.height - 2 * PAD);
  const x0 = clampX(r.alignRight - w);
  const above = box.top - GAP - (view.top + PAD);
  const below = view.bottom - PAD - (box.bottom + GAP);
  const sideY = clampY(box.bottom - fullH, fullH);
  const sides: { spot: PanelSpot; room: number }[] = [
    { spot: { x: x0, y: box.top - GAP - Math.min(h, above), maxHeight: Math.min(h, above) }, room: above },
    { spot: { x: x0, y: box.bottom + GAP, maxHeight: Math.min(h, below) }, room: below },
  ];
  const sideFits = fullH >= Math.min(h, PANEL_MIN_HEIGHT);
  if (view.right - PAD - (box.right + GAP) >= w && sideFits)
    sides.push({ spot: { x: box.right + GAP, y: sideY, maxHeight: fullH }, room: fullH });
  if (box.left - GAP - minX >= w && sideFits)
    sides.push({ spot: { x: box.left - GAP - w, y: sideY, maxHeight: fullH }, room: fullH });
  const rectOf = (s: PanelSpot) => rect(s.x, s.y, w, s.maxHeight);
  const free = (s: PanelSpot) => !(r.avoid ?? []).some((a) => overlaps(rectOf(s), a, 0));
  const whole = sides.filter((s) => s.room >= h);
  const pick = whole.find((s) => free(s.spot)) ?? whole[0];
  if (pick) return pick.spot;
  const tallest = sides
    .filter((s) => s.room >= PANEL_MIN_HEIGHT)
    .sort((a, b) => b.spot.maxHeight - a.spot.maxHeight)[0];
  if (tallest) return tallest.spot;

  // Over the box: in the bands above and below the caret's line (the whole viewport when it is not known).
  const caret = r.caret();
  const bands: [number, number][] = caret
    ? [
        [view.top + PAD, caret.top - GAP],
        [caret.bottom + GAP, view.bottom - PAD],
      ]
    : [[view.top + PAD, view.bottom - PAD]];
  const xs = [x0, minX, maxX, clampX(box.left - GAP - w), clampX(box.right + GAP)];
  // Ranked by: tall enough to be of use, then the least of the box covered, then the tallest.
  const rank = (s: PanelSpot) => [
    s.maxHeight < Math.min(h, PANEL_MIN_HEIGHT) ? 1 : 0,
    area(rectOf(s), box),
    -s.maxHeight,
  ];
  const better = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  let best: { spot: PanelSpot; key: number[] } | null = null;
  for (const [top, bottom] of bands) {
    const hh = Math.min(h, bottom - top);
    if (hh <= 0) continue;
    for (const y of [top, bottom - hh]) {
      for (const x of xs) {
        const spot = { x, y, maxHeight: hh };
        const key = rank(spot);
        if (!best || better(key, best.key) < 0) best = { spot, key };
      }
    }
  }
  return best?.spot ?? { x: x0, y: view.top + PAD, maxHeight: fullH };
}

export function intersect(a: Rect, b: Rect): Rect {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  return rect(
    left,
    top,
    Math.max(0, Math.min(a.right, b.right) - left),
    Math.max(0, Math.min(a.bottom, b.bottom) - top),
  );
}

/** The part of an element one can see, in `top`'s coordinates: inside every frame around it and the viewport. */
export function visibleRectIn(el: Element, top: Document, view: Rect): Rect {
  let r = intersect(rectIn(el, top), view);
  for (const { frame } of framePath(el.ownerDocument, top)) {
    if (!frame) break;
    r = intersect(r, rectIn(frame, top));
  }
  return r;
}

/** The styles a textarea's mirror copies so that its text wraps the same way. */
const MIRRORED = [
  'boxSizing',
  'width',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'lineHeight',
  'fontFamily',
  'textAlign',
  'textTransform',
  'textIndent',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'whiteSpace',
  'wordBreak',
  'overflowWrap',
] as const;

/**
 * The line the caret is on, across the whole width of the box, in `top`'s coordinates (null: the caret is not in
 * the box). A textarea does not tell where its caret is: a hidden copy of its text in `scratch` (our own shadow root,
 * never the page) wraps the same way and does.
 */
export function caretLineIn(box: HTMLElement, top: Document, scratch: Node | null): Rect | null {
  const boxRect = rectIn(box, top);
  const own = box.getBoundingClientRect();
  const dy = boxRect.top - own.top;
  const line = (y: number, height: number) => rect(boxRect.left, y + dy, boxRect.width, Math.max(1, height));
  const cs = box.ownerDocument.defaultView?.getComputedStyle(box);
  const lineHeight = cs ? parseFloat(cs.lineHeight) || (parseFloat(cs.fontSize) || 16) * 1.3 : 20;
  if (box.tagName === 'TEXTAREA') {
    const ta = box as HTMLTextAreaElement;
    if (!scratch || !cs) return null;
    const doc = top;
    const mirror = doc.createElement('div');
    for (const p of MIRRORED) mirror.style[p] = cs[p];
    Object.assign(mirror.style, {
      position: 'fixed',
      left: '-10000px',
      top: '0',
      visibility: 'hidden',
      overflow: 'hidden',
      height: 'auto',
      whiteSpace: 'pre-wrap',
      overflowWrap: cs.overflowWrap === 'normal' ? 'break-word' : cs.overflowWrap,
    });
    // The scrollbar takes width from the text.
    mirror.style.width = `${ta.clientWidth + (parseFloat(cs.borderLeftWidth) || 0) + (parseFloat(cs.borderRightWidth) || 0)}px`;
    mirror.style.boxSizing = 'border-box';
    mirror.textContent = ta.value.slice(0, ta.selectionEnd ?? ta.value.length);
    const mark = doc.createElement('span');
    mark.textContent = '\u200b';
    mirror.append(mark);
    scratch.appendChild(mirror);
    const y = (parseFloat(cs.borderTopWidth) || 0) + mark.offsetTop - ta.scrollTop;
    const height = mark.offsetHeight || lineHeight;
    mirror.remove();
    return line(own.top + y, height);
  }
  const sel = box.ownerDocument.getSelection();
  const node = sel && sel.rangeCount ? sel.focusNode : null;
  if (!node || !box.contains(node)) return null;
  const range = box.ownerDocument.createRange();
  range.setStart(node, sel!.focusOffset);
  range.collapse(true);
  const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (r && r.height > 0) return line(r.top, r.height);
  // An empty line: the element the caret is in, or the box's first line.
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (el && el !== box) {
    const er = el.getBoundingClientRect();
    if (er.height > 0) return line(er.top, Math.min(er.height, lineHeight * 1.5));
  }
  return line(own.top + (cs ? parseFloat(cs.paddingTop) || 0 : 0), lineHeight);
}
