/**
 * What the hostile fixture pages record about themselves, read the same way by the Chromium (Playwright) and the
 * Firefox (puppeteer) suites: each function runs in the page, passed whole to `evaluate`.
 */

/** closed-shadow.html: every DOM change, and the attributes of its box and host now and at load. */
export function closedShadowState() {
  type Closed = {
    box: Element;
    host: Element;
    attributes: { box: string[]; host: string[] };
    snapshot(el: Element): string[];
    mutations(): string[];
  };
  const c = (window as unknown as { __closed: Closed }).__closed;
  return {
    mutations: c.mutations(),
    box: c.snapshot(c.box),
    host: c.snapshot(c.host),
    attributesAtLoad: c.attributes,
    overlaysInClosedRoot:
      c.box.getRootNode() instanceof ShadowRoot
        ? (c.box.getRootNode() as ShadowRoot).querySelectorAll('reply-coach-overlay').length
        : -1,
  };
}

/** remount.html's DOM changes that are not the overlay element's own coming, going and popover attribute. */
export const notTheOverlay = (m: string): boolean =>
  !/^(added|removed) <reply-coach-overlay> (to|from) <html>$/.test(m) &&
  m !== 'attribute popover on <reply-coach-overlay>';
