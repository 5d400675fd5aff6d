/**
 * Keeps the badge at the box's bottom-right corner and the panel beside the box (never over the text being typed when
 * there is room anywhere, never over the caret's line), with @floating-ui/dom: follows
 * the box when it (or an iframe around it) scrolls or resizes, keeps off the page's Send buttons, hides while the box
 * is hidden or scrolled away, and reports when the box has left the page.
 */
import {
  autoUpdate,
  computePosition,
  hide,
  offset,
  shift,
  type Middleware,
  type VirtualElement,
} from '@floating-ui/dom';
import { framePath } from '../anchor';
import {
  caretLineIn,
  clearOf,
  frameIn,
  insetsOf,
  isShown,
  panelSpot,
  rect,
  rectIn,
  visibleRectIn,
  type Rect,
} from './geometry';

export interface PlacementOptions {
  /** The box the seller types into (for an iframe editor, its body). */
  box: HTMLElement;
  /** The element that shows the box on screen (see anchorOf). */
  anchor: HTMLElement;
  /** The document the overlay sits in. */
  top: Document;
  /** Send buttons next to the box, in their own documents. */
  sendButtons(): HTMLElement[];
  /** The box is gone from the page. */
  onGone(): void;
  /** Where a textarea's hidden mirror may be laid out to find its caret (our shadow root, never the page). */
  scratch?: Node;
}

/** How long the Send buttons' rectangles are reused: looking them up on every frame of a scroll costs the page. */
const SEND_CACHE_MS = 800;

export class OverlayPlacement {
  private readonly opts: PlacementOptions;
  /** What floating-ui places the badge at: the anchor, or its rectangle through the iframes when it is not in top. */
  private readonly reference: Element | VirtualElement;
  /** The windows of the iframes the box is in: their scrolls are not ancestors autoUpdate knows about. */
  private readonly frameWindows: Window[];
  private readonly poll: ReturnType<typeof setInterval>;
  private badge: HTMLElement | null = null;
  private panel: HTMLElement | null = null;
  private stopBadge: (() => void) | null = null;
  private stopPanel: (() => void) | null = null;
  private sendCache: { at: number; rects: Rect[] } = { at: 0, rects: [] };
  private destroyed = false;

  constructor(opts: PlacementOptions) {
    this.opts = opts;
    const { anchor, top, box } = opts;
    this.reference =
      anchor.ownerDocument === top
        ? anchor
        : { getBoundingClientRect: () => rectIn(anchor, top), contextElement: frameIn(anchor, top) ?? undefined };
    this.frameWindows = framePath(anchor.ownerDocument, top).flatMap((s) =>
      s.doc.defaultView ? [s.doc.defaultView] : [],
    );
    for (const w of this.frameWindows) {
      w.addEventListener('scroll', this.update, { passive: true, capture: true });
      w.addEventListener('resize', this.update, { passive: true });
    }
    // A box that is removed or hidden without any resize or scroll (rare) is noticed within a second.
    this.poll = setInterval(() => {
      if (!box.isConnected || !anchor.isConnected) opts.onGone();
      else if (this.badge) this.update();
    }, 1000);
  }

  /** After each render: follow the badge and panel elements now in the overlay (either may come or go). */
  follow(badge: HTMLElement | null, panel: HTMLElement | null): void {
    if (badge !== this.badge) {
      this.stopBadge?.();
      this.stopBadge = null;
      this.badge = badge;
      if (badge) this.stopBadge = autoUpdate(this.reference, badge, this.update);
    }
    if (panel !== this.panel) {
      this.stopPanel?.();
      this.stopPanel = null;
      this.panel = panel;
      if (panel && badge)
        this.stopPanel = autoUpdate(badge, panel, this.update, { ancestorScroll: false, layoutShift: false });
    }
    this.update();
  }

  destroy(): void {
    this.destroyed = true;
    clearInterval(this.poll);
    this.stopBadge?.();
    this.stopPanel?.();
    for (const w of this.frameWindows) {
      w.removeEventListener('scroll', this.update, { capture: true });
      w.removeEventListener('resize', this.update);
    }
  }

  private readonly update = (): void => {
    void this.placeBadge()
      .then(() => this.placePanel())
      .catch(() => undefined);
  };

  private sendRects(): Rect[] {
    const now = Date.now();
    if (now - this.sendCache.at > SEND_CACHE_MS) {
      let rects: Rect[] = [];
      try {
        rects = this.opts
          .sendButtons()
          .filter((b) => b.isConnected)
          .map((b) => rectIn(b, this.opts.top))
          .filter((r) => r.width > 0 && r.height > 0);
      } catch {
        rects = [];
      }
      this.sendCache = { at: now, rects };
    }
    return this.sendCache.rects;
  }

  /** Keeps the badge off the page's Send button(s): slide left of it, or above it when there is no room. */
  private readonly avoidSend: Middleware = {
    name: 'avoidSend',
    fn: ({ x, y, rects }) =>
      clearOf(x, y, rects.floating.width, rects.floating.height, rects.reference.x, this.sendRects()),
  };

  private async placeBadge(): Promise<void> {
    const { box, anchor } = this.opts;
    if (this.destroyed || !this.badge) return;
    if (!box.isConnected || !anchor.isConnected) {
      this.opts.onGone();
      return;
    }
    const shown = isShown(anchor) && (box === anchor || isShown(box) || box === box.ownerDocument.body);
    if (!shown) {
      this.badge.style.visibility = 'hidden';
      if (this.panel) this.panel.style.visibility = 'hidden';
      return;
    }
    const textarea =
      box.tagName === 'TEXTAREA'
        ? { offsetWidth: box.offsetWidth, clientWidth: box.clientWidth, style: getComputedStyle(box) }
        : null;
    const inset = insetsOf(textarea);
    const pos = await computePosition(this.reference, this.badge, {
      strategy: 'fixed',
      placement: 'bottom-end',
      middleware: [
        offset(({ rects }) => ({ mainAxis: -rects.floating.height - inset.bottom, crossAxis: -inset.right })),
        this.avoidSend,
        shift({ padding: 4, crossAxis: true }),
        hide({ strategy: 'referenceHidden' }),
      ],
    });
    if (this.destroyed || !this.badge) return;
    const hidden = !!pos.middlewareData.hide?.referenceHidden;
    Object.assign(this.badge.style, {
      left: `${Math.round(pos.x)}px`,
      top: `${Math.round(pos.y)}px`,
      visibility: hidden ? 'hidden' : 'visible',
    });
    if (this.panel) this.panel.style.visibility = hidden ? 'hidden' : 'visible';
  }

  /** The panel beside the box, never over what the seller is typing (see panelSpot). */
  private readonly clearOfBox: Middleware = {
    name: 'clearOfBox',
    fn: ({ elements }) => {
      const { box, anchor, top } = this.opts;
      const panel = elements.floating as HTMLElement;
      const root = top.documentElement;
      const view = rect(0, 0, root.clientWidth || innerWidth, root.clientHeight || innerHeight);
      // The panel's own height, not the one a previous placement cut it to.
      const height = Math.ceil(panel.scrollHeight + panel.offsetHeight - panel.clientHeight);
      const caret = (): Rect | null => {
        try {
          return caretLineIn(box, top, this.opts.scratch ?? null);
        } catch {
          return null;
        }
      };
      const spot = panelSpot({
        view,
        box: visibleRectIn(anchor, top, view),
        caret,
        width: panel.offsetWidth,
        height,
        alignRight: this.badge?.getBoundingClientRect().right ?? view.right,
        avoid: this.sendRects(),
      });
      return { x: spot.x, y: spot.y, data: { maxHeight: spot.maxHeight } };
    },
  };

  private async placePanel(): Promise<void> {
    if (this.destroyed || !this.badge || !this.panel) return;
    const pos = await computePosition(this.reference, this.panel, {
      strategy: 'fixed',
      placement: 'top-end',
      middleware: [this.clearOfBox],
    });
    if (this.destroyed || !this.panel) return;
    const maxHeight = (pos.middlewareData.clearOfBox as { maxHeight?: number } | undefined)?.maxHeight;
    Object.assign(this.panel.style, {
      left: `${Math.round(pos.x)}px`,
      top: `${Math.round(pos.y)}px`,
      ...(maxHeight ? { maxHeight: `${Math.floor(maxHeight)}px` } : {}),
    });
  }
}
