/**
 * The content script, imported by ./boot on the first focus of something one can type into. It stays small: it only
 * listens for focus — also inside open shadow roots and same-origin iframes — and, when something one can type
 * into gets focus, loads the finder (./finder: site files, is it a message box?) and then, for a message box, the
 * coach (./coach: settings, then engine + overlay + editor adapters). No site data, engine, Preact or editor code here.
 */
import { editingHost, TEXT_INPUT_TYPES } from './detect';
import { extensionAlive, whenGone } from './lifetime';
import { dispatch, extensionRuntime, type ContentType, type Handlers, type Sender } from '../shared/messages';
import type Browser from 'webextension-polyfill';
import { reportFailure } from '../shared/report';

type CoachModule = typeof import('./coach');
type FinderModule = typeof import('./finder');

/** Only what one can type text into is worth loading the finder for. */
function mayBeBox(el: Element): boolean {
  if (el.tagName === 'INPUT') return TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
  return editingHost(el) !== null;
}

function main(): void {
  // A same-origin child frame (about:blank, srcdoc, TinyMCE's iframe…) is watched by the frame above it, which
  // sees into it; only a top frame or a cross-origin frame runs on its own.
  if (window !== window.top) {
    try {
      if (window.frameElement) return;
    } catch {
      /* cross-origin parent: run here */
    }
  }

  let coach: Promise<CoachModule> | null = null;
  const loadCoach = () => (coach ??= import('./coach'));
  let finder: Promise<FinderModule> | null = null;
  const loadFinder = () => (finder ??= import('./finder'));

  const consider = (target: Element | null | undefined) => {
    if (!target || !mayBeBox(target) || !extensionAlive()) return;
    loadFinder()
      .then((f) => {
        const site = f.siteFor(location.hostname);
        const box = f.messageBoxFor(target, site);
        if (box) return loadCoach().then((c) => c.attach(box, site));
      })
      .catch((e: unknown) => reportFailure('attach-failed', e));
  };

  /** Follow focus down through open shadow roots and same-origin iframes (watching each iframe document). */
  const deepActive = (doc: Document): Element | null => {
    let a: Element | null = doc.activeElement;
    for (let depth = 0; a && depth < 12; depth++) {
      const inner: Element | null | undefined = a.shadowRoot?.activeElement;
      if (inner) {
        a = inner;
        continue;
      }
      if (a.tagName === 'IFRAME' || a.tagName === 'FRAME') {
        let d: Document | null = null;
        try {
          d = (a as HTMLIFrameElement).contentDocument;
        } catch {
          d = null;
        }
        if (!d) return null;
        watch(d);
        a = d.activeElement;
        continue;
      }
      break;
    }
    return a;
  };

  const onFocusIn = (e: Event) => {
    const t = e.composedPath()[0] as Element | undefined;
    if (!t || t.nodeType !== 1) return;
    if (t.tagName === 'IFRAME' || t.tagName === 'FRAME') {
      // Focus moved into a frame: look at what is focused inside once it settles.
      setTimeout(() => consider(deepActive(document)), 0);
      return;
    }
    consider(t);
  };

  /** A window loses focus when focus moves into one of its iframes: look inside. */
  const onBlur = () => {
    // From the top: focus may have moved from one iframe straight into another.
    setTimeout(() => consider(deepActive(document)), 0);
  };

  const watched = new Set<Document>();
  function watch(doc: Document): void {
    // addEventListener ignores a second identical registration, so re-watching (after document.open) is safe.
    doc.addEventListener('focusin', onFocusIn, true);
    doc.defaultView?.addEventListener('blur', onBlur, true);
    watched.add(doc);
  }
  // The extension went away (removed, disabled, updated): stop looking for boxes.
  whenGone(() => {
    for (const doc of watched) {
      doc.removeEventListener('focusin', onFocusIn, true);
      doc.defaultView?.removeEventListener('blur', onBlur, true);
    }
    watched.clear();
  });

  watch(document);
  consider(deepActive(document));

  // The popup asks each frame what it shows, the background's shortcut opens the panel (src/shared/messages.ts).
  const handlers: Handlers<ContentType> = {
    // Only a frame that has hooked a box has the coach loaded; the others have nothing to open.
    'rc:openPanel': () => void coach?.then((c) => c.openPanel()),
    'rc:getStatus': () =>
      loadCoach()
        .then((c) => c.status())
        .catch(() => ({ hints: 0, lang: null, enabled: false, focusedAt: 0 })),
  };
  const listener = (msg: unknown, sender: Sender, sendResponse: (r: unknown) => void): true | undefined => {
    const reply = dispatch(handlers, msg, sender);
    if (!(reply instanceof Promise)) return undefined; // another side's message, or one that gets no answer
    void reply.then(sendResponse);
    return true;
  };
  // The polyfill's types allow only `true` from a sendResponse listener; the browsers take undefined as "no answer".
  extensionRuntime()?.onMessage.addListener(listener as Browser.Runtime.OnMessageListenerCallback);
}

try {
  main();
} catch (e) {
  reportFailure('start-failed', e);
}
