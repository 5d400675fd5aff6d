/**
 * The only code every matched page runs at load (the build puts it in place of crxjs' loader; see vite.config.ts).
 * Even importing a tiny module costs a page 1–2 ms (chrome.runtime.getURL, a module fetch and evaluation), so this
 * classic script only listens for focus; the content script (./index) is imported on the first focus of something
 * one can type into, including a focus inside an iframe or a shadow root. A page where nobody types pays ~0.5 ms.
 */
declare const chrome: { runtime: { getURL(path: string): string } };

/** The content script's module, filled in by the build from crxjs' loader. */
const CONTENT_MODULE = '__REPLY_COACH_CONTENT_MODULE__';

(() => {
  // One copy per world: the background injects this into tabs open since before an install or update
  // (src/background/reinject.ts), and asks `__replyCoachLive` first; a copy whose extension went is not live.
  const g = globalThis as { __replyCoachLive?: () => boolean };
  const alive = () => {
    try {
      return !!(chrome.runtime as { id?: string }).id;
    } catch {
      return false;
    }
  };
  if (g.__replyCoachLive?.()) return;
  g.__replyCoachLive = alive;
  // A same-origin child frame is watched by the frame above it (see ./index).
  try {
    if (window !== window.top && window.frameElement) return;
  } catch {
    /* cross-origin parent: run here */
  }
  let started = false;
  const typable = (el: Element | null | undefined): boolean => {
    if (!el || el.nodeType !== 1) return false;
    const tag = el.tagName;
    return (
      tag === 'TEXTAREA' ||
      tag === 'INPUT' ||
      tag === 'IFRAME' ||
      tag === 'FRAME' ||
      (el as HTMLElement).isContentEditable ||
      !!el.shadowRoot
    );
  };
  const start = () => {
    if (started) return;
    started = true;
    document.removeEventListener('focusin', onFocusIn, true);
    window.removeEventListener('blur', onBlur, true);
    // After an update or removal this copy's extension is gone: nothing to load (a new copy may be injected).
    if (!alive()) return;
    try {
      import(/* @vite-ignore */ chrome.runtime.getURL(CONTENT_MODULE)).catch((e: unknown) =>
        console.debug('[Reply Coach]', e),
      );
    } catch {
      /* the extension went between the check and the call */
    }
  };
  const onFocusIn = (e: Event) => {
    if (typable(e.composedPath()[0] as Element | undefined)) start();
  };
  // Focus moving into an iframe blurs this window without a focusin here.
  const onBlur = () => setTimeout(() => typable(document.activeElement) && start(), 0);
  document.addEventListener('focusin', onFocusIn, true);
  window.addEventListener('blur', onBlur, true);
  if (typable(document.activeElement)) start();
})();
