/**
 * One overlay per hooked box: an element <reply-coach-overlay> with an OPEN shadow root holding the badge and the
 * panel. It sits in the box's document; for a box inside an iframe (TinyMCE, Proton's composer, designMode
 * documents) it sits in the top document we run in, so an iframe too small for the panel never clips it and the
 * editor's own document stays untouched. Positioned with @floating-ui/dom; takes no space in the page (fixed,
 * zero-size host), so the page never shifts.
 */
import { render } from 'preact';
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  offset,
  shift,
  size,
  type Middleware,
  type VirtualElement,
} from '@floating-ui/dom';
import { Overlay, type OverlayActions, type OverlayState, type Translate } from './Overlay';
import { CSS } from './styles';

export type { OverlayActions, OverlayState, Translate } from './Overlay';

export interface OverlayHandle {
  readonly host: HTMLElement;
  render(state: OverlayState): void;
  /** Move keyboard focus to the first control of the open panel. */
  focusPanel(): void;
  /** Whether focus is inside the overlay. */
  hasFocus(): boolean;
  destroy(): void;
}

export interface OverlayOptions {
  /** The box the seller types into (for an iframe editor, its body). */
  box: HTMLElement;
  actions: OverlayActions;
  t: Translate;
  /** The overlay's language (settings may change it while the overlay is up). */
  lang(): string;
  /** Send buttons next to the box, in their own documents; the badge keeps off them. */
  sendButtons(): HTMLElement[];
  /** The box is gone from the page. */
  onGone(): void;
}

const HOST_STYLE = [
  'position:fixed',
  'top:0',
  'left:0',
  'right:auto',
  'bottom:auto',
  'background:transparent',
  'color:inherit',
  'width:0',
  'height:0',
  'margin:0',
  'padding:0',
  'border:0',
  'display:block',
  'overflow:visible',
  'z-index:2147483646',
  'pointer-events:none',
  'transform:none',
  'filter:none',
  'contain:none',
]
  .map((d) => `${d} !important`)
  .join(';');

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  top: number;
  left: number;
  right: number;
  bottom: number;
}

function rect(x: number, y: number, width: number, height: number): Rect {
  return { x, y, width, height, top: y, left: x, right: x + width, bottom: y + height };
}

/** The element that shows the box on screen: the iframe itself for an editor that owns its iframe document. */
function anchorOf(box: HTMLElement): HTMLElement {
  const doc = box.ownerDocument;
  if (box === doc.body) {
    const fe = doc.defaultView?.frameElement as HTMLElement | null | undefined;
    if (fe) return fe;
  }
  return box;
}

/** An element's rectangle in the coordinates of `top` (adding the offsets of the iframes in between). */
function rectIn(el: Element, top: Document): Rect {
  const r = el.getBoundingClientRect();
  let x = r.left;
  let y = r.top;
  let doc = el.ownerDocument;
  for (let i = 0; doc !== top && i < 10; i++) {
    const fe = doc.defaultView?.frameElement as HTMLElement | null | undefined;
    if (!fe) break;
    const fr = fe.getBoundingClientRect();
    const cs = fe.ownerDocument.defaultView?.getComputedStyle(fe);
    x += fr.left + fe.clientLeft + (cs ? parseFloat(cs.paddingLeft) || 0 : 0);
    y += fr.top + fe.clientTop + (cs ? parseFloat(cs.paddingTop) || 0 : 0);
    doc = fe.ownerDocument;
  }
  return rect(x, y, r.width, r.height);
}

/** Outermost frame element between an element and `top` (null when the element is in `top`). */
function frameIn(el: Element, top: Document): HTMLElement | null {
  let doc = el.ownerDocument;
  let fe: HTMLElement | null = null;
  for (let i = 0; doc !== top && i < 10; i++) {
    fe = (doc.defaultView?.frameElement as HTMLElement | null | undefined) ?? null;
    if (!fe) return null;
    doc = fe.ownerDocument;
  }
  return fe;
}

function isShown(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions)) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

function overlaps(a: Rect, b: Rect, gap = 2): boolean {
  return a.left < b.right + gap && a.right > b.left - gap && a.top < b.bottom + gap && a.bottom > b.top - gap;
}

export function createOverlay(opts: OverlayOptions): OverlayHandle {
  const top = document;
  const { box } = opts;
  const anchor = anchorOf(box);
  const inTop = anchor.ownerDocument === top;

  const host = top.createElement('reply-coach-overlay');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const mount = top.createElement('div');
  // A constructed stylesheet is not inline style, so no page Content-Security-Policy can block it; where it cannot
  // be adopted (older engines, cross-compartment content scripts), a <style> element instead.
  let adopted = false;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
    adopted = shadow.adoptedStyleSheets.length === 1;
  } catch {
    adopted = false;
  }
  if (!adopted) {
    const style = top.createElement('style');
    style.textContent = CSS;
    shadow.append(style);
  }
  shadow.append(mount);
  (top.documentElement ?? top.body).appendChild(host);
  // The top layer: above any z-index a page can set (some lift every element to the maximum), so the badge stays
  // clickable; the inline !important styles keep it fixed and invisible itself where popovers do not exist.
  try {
    host.setAttribute('popover', 'manual');
    host.showPopover();
  } catch {
    /* no popover support: the inline z-index is the fallback */
  }

  const reference: Element | VirtualElement = inTop
    ? anchor
    : { getBoundingClientRect: () => rectIn(anchor, top), contextElement: frameIn(anchor, top) ?? undefined };

  let sendCache: { at: number; rects: Rect[] } = { at: 0, rects: [] };
  const sendRects = (): Rect[] => {
    const now = Date.now();
    if (now - sendCache.at > 800) {
      let rects: Rect[] = [];
      try {
        rects = opts
          .sendButtons()
          .filter((b) => b.isConnected)
          .map((b) => rectIn(b, top))
          .filter((r) => r.width > 0 && r.height > 0);
      } catch {
        rects = [];
      }
      sendCache = { at: now, rects };
    }
    return sendCache.rects;
  };

  /** Keeps the badge off the page's Send button(s): slide left of it, or above it when there is no room. */
  const avoidSend: Middleware = {
    name: 'avoidSend',
    fn({ x, y, rects }) {
      const w = rects.floating.width;
      const h = rects.floating.height;
      let nx = x;
      let ny = y;
      for (let pass = 0; pass < 3; pass++) {
        const hit = sendRects().find((r) => overlaps(rect(nx, ny, w, h), r));
        if (!hit) break;
        const ref = rects.reference;
        if (hit.left - w - 6 >= ref.x) nx = hit.left - w - 6;
        else ny = hit.top - h - 6;
      }
      return { x: nx, y: ny };
    },
  };

  let state: OverlayState | null = null;
  let stopBadge: (() => void) | null = null;
  let stopPanel: (() => void) | null = null;
  let badgeEl: HTMLElement | null = null;
  let panelEl: HTMLElement | null = null;
  let destroyed = false;
  const frameWindows: Window[] = [];
  {
    let d = anchor.ownerDocument;
    for (let i = 0; d !== top && i < 10; i++) {
      if (d.defaultView) frameWindows.push(d.defaultView);
      const fe = d.defaultView?.frameElement;
      if (!fe) break;
      d = fe.ownerDocument;
    }
  }

  /** Room to leave at the box's right (a textarea's scrollbar) and bottom (its resize grip). */
  const insets = (): { right: number; bottom: number } => {
    if (box.tagName !== 'TEXTAREA') return { right: 6, bottom: 6 };
    const cs = getComputedStyle(box);
    const border = (parseFloat(cs.borderLeftWidth) || 0) + (parseFloat(cs.borderRightWidth) || 0);
    const scrollbar = Math.max(0, box.offsetWidth - box.clientWidth - border);
    return { right: 6 + scrollbar, bottom: cs.resize && cs.resize !== 'none' ? 14 : 6 };
  };

  const placeBadge = async () => {
    if (destroyed || !badgeEl) return;
    if (!box.isConnected || !anchor.isConnected) {
      opts.onGone();
      return;
    }
    const shown = isShown(anchor) && (box === anchor || isShown(box) || box === box.ownerDocument.body);
    if (!shown) {
      badgeEl.style.visibility = 'hidden';
      if (panelEl) panelEl.style.visibility = 'hidden';
      return;
    }
    const inset = insets();
    const pos = await computePosition(reference, badgeEl, {
      strategy: 'fixed',
      placement: 'bottom-end',
      middleware: [
        offset(({ rects }) => ({ mainAxis: -rects.floating.height - inset.bottom, crossAxis: -inset.right })),
        avoidSend,
        shift({ padding: 4, crossAxis: true }),
        hide({ strategy: 'referenceHidden' }),
      ],
    });
    if (destroyed || !badgeEl) return;
    const hidden = !!pos.middlewareData.hide?.referenceHidden;
    Object.assign(badgeEl.style, { left: `${Math.round(pos.x)}px`, top: `${Math.round(pos.y)}px`, visibility: hidden ? 'hidden' : 'visible' });
    if (panelEl) panelEl.style.visibility = hidden ? 'hidden' : 'visible';
  };

  const placePanel = async () => {
    if (destroyed || !badgeEl || !panelEl) return;
    const pos = await computePosition(badgeEl, panelEl, {
      strategy: 'fixed',
      placement: 'top-end',
      middleware: [
        offset(8),
        flip({ fallbackPlacements: ['bottom-end', 'left-end', 'left-start', 'top-start'], padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight, elements }) {
            elements.floating.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    });
    if (destroyed || !panelEl) return;
    Object.assign(panelEl.style, { left: `${Math.round(pos.x)}px`, top: `${Math.round(pos.y)}px` });
  };

  const update = () => {
    void placeBadge()
      .then(() => placePanel())
      .catch(() => undefined);
  };

  // Scrolls inside iframes (their windows are not ancestors autoUpdate knows about).
  for (const w of frameWindows) {
    w.addEventListener('scroll', update, { passive: true, capture: true });
    w.addEventListener('resize', update, { passive: true });
  }
  // A box that is removed or hidden without any resize or scroll (rare) is noticed within a second.
  const poll = setInterval(() => {
    if (!box.isConnected || !anchor.isConnected) opts.onGone();
    else if (badgeEl) update();
  }, 1000);

  const bind = () => {
    const b = shadow.querySelector<HTMLElement>('[data-part="badge"]');
    const p = shadow.querySelector<HTMLElement>('[data-part="panel"]');
    if (b !== badgeEl) {
      stopBadge?.();
      stopBadge = null;
      badgeEl = b;
      if (b) stopBadge = autoUpdate(reference, b, update);
    }
    if (p !== panelEl) {
      stopPanel?.();
      stopPanel = null;
      panelEl = p;
      if (p && b) stopPanel = autoUpdate(b, p, update, { ancestorScroll: false, layoutShift: false });
    }
    update();
  };

  // Keep the page's editor focused when the overlay is clicked with a mouse (keyboard focus still works).
  shadow.addEventListener('mousedown', (e) => {
    const t = e.target as HTMLElement | null;
    if (t && t.closest('button')) e.preventDefault();
  });

  return {
    host,
    render(next) {
      if (destroyed) return;
      state = next;
      render(<Overlay state={state} actions={opts.actions} t={opts.t} lang={opts.lang()} />, mount);
      bind();
    },
    focusPanel() {
      const first = shadow.querySelector<HTMLElement>('[data-part="panel"] button[data-fix]') ?? shadow.querySelector<HTMLElement>('[data-part="panel"] button');
      first?.focus();
    },
    hasFocus() {
      return !!shadow.activeElement;
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      clearInterval(poll);
      stopBadge?.();
      stopPanel?.();
      for (const w of frameWindows) {
        w.removeEventListener('scroll', update, { capture: true });
        w.removeEventListener('resize', update);
      }
      try {
        render(null, mount);
      } catch {
        /* page already gone */
      }
      host.remove();
    },
  };
}
