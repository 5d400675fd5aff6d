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

/** mutations.html's churn: how many DOM changes it made by when, frames counted over a window. */
export interface LoadStats {
  records: number;
  at: number;
}
export interface FrameCount {
  frames: number;
  ms: number;
  records: number;
}
interface LoadApi {
  start(): void;
  stop(): void;
  stats(): LoadStats;
  frames(ms: number): Promise<FrameCount>;
}

/** In the page: mutations.html's counts so far. */
export function loadStats(): LoadStats {
  return (window as unknown as { __load: LoadApi }).__load.stats();
}
/** In the page: mutations.html's churn on or off. */
export function switchLoad(on: boolean): void {
  const load = (window as unknown as { __load: LoadApi }).__load;
  if (on) load.start();
  else load.stop();
}
/** In the page: frames rendered (and changes made) over `ms`. */
export function framesOver(ms: number): Promise<FrameCount> {
  return (window as unknown as { __load: LoadApi }).__load.frames(ms);
}

export interface Timeline {
  /** performance.now() of every input event in the box. */
  inputs: number[];
  /** Every state the badge went through: when it changed, and the animation frame that showed it. */
  badge: { t: number; shown: number; text: string; hidden: boolean }[];
}

/** In the page (its own listeners, main world): record each input event in the box and each state of the badge in
 * window.__timeline. */
export function installTimeline() {
  const tl: Timeline = { inputs: [], badge: [] };
  (window as unknown as { __timeline: Timeline }).__timeline = tl;
  document.querySelector('textarea')!.addEventListener('input', () => tl.inputs.push(performance.now()));
  const look = () => {
    const el = document
      .querySelector('reply-coach-overlay')
      ?.shadowRoot?.querySelector<HTMLElement>('[data-part="badge"]');
    const text = (el?.textContent ?? '').trim();
    const hidden = !el || el.hidden;
    const last = tl.badge[tl.badge.length - 1];
    if (last && last.text === text && last.hidden === hidden) return;
    const state = { t: performance.now(), shown: 0, text, hidden };
    tl.badge.push(state);
    requestAnimationFrame(() => (state.shown = performance.now()));
  };
  const inShadow = new MutationObserver(look);
  const watch = () => {
    const root = document.querySelector('reply-coach-overlay')?.shadowRoot;
    if (root) inShadow.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    look();
  };
  // The overlay's host goes into <html> (or <body>).
  new MutationObserver(watch).observe(document.documentElement, { childList: true, subtree: false });
  new MutationObserver(watch).observe(document.body, { childList: true, subtree: false });
  watch();
}

export const perSecond = (records: number, ms: number): number => (records * 1000) / ms;
export const median = (xs: number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Exactly 1 MiB of ASCII: a reply without a greeting (so there is a hint) and 1 MB of order notes. */
export function megabyteDraft(): string {
  const head = 'thanks for your order of the wallet.\n\n';
  const tail = '\n\nI start on it tomorrow.';
  const size = 1 << 20;
  const rows: string[] = [];
  let len = head.length + tail.length;
  for (let i = 0; len < size; i++) {
    const row = `Row ${i}: the wallet in soft brown leather, stitched by hand and packed with tissue paper.`;
    rows.push(row);
    len += row.length + 1;
  }
  const body = rows.join('\n').slice(0, size - head.length - tail.length);
  return head + body + tail;
}

/** In the page: the length and SHA-256 of what a box holds (a textarea's value, an editable's text). */
export async function boxDigest(selector: string): Promise<{ length: number; sha256: string }> {
  const el = document.querySelector<HTMLElement>(selector)!;
  const text = el instanceof HTMLTextAreaElement ? el.value : el.innerText;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = [...new Uint8Array(digest)].map((x) => x.toString(16).padStart(2, '0')).join('');
  return { length: text.length, sha256: hex };
}
