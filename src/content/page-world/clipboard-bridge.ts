/**
 * Firefox only, in the page's own world (manifest `world: "MAIN"`): hands a fix to an editor as a paste.
 * A paste made in a Firefox content script reaches the page with empty clipboard data (its data carries the
 * extension's principal, and Gecko's ClipboardEventInit has no clipboardData), so Lexical, Draft.js, Quill,
 * CKEditor 5 and roosterjs saw nothing. Here the DataTransfer and the event are the page's own.
 *
 * Protocol (src/content/editors/synthetic-input.ts): the content script dispatches `reply-coach:paste` on the
 * editable with detail = JSON {text, html?}; this answers synchronously with `reply-coach:pasted` on the same
 * element, detail "taken" (the editor called preventDefault) or "ignored". No answer: no bridge (Chrome).
 * A page can send the request too, but only to paste text of its own into its own editor.
 */
export {};

const REQUEST = 'reply-coach:paste';
const ANSWER = 'reply-coach:pasted';

function pasteEvent(win: typeof window, text: string, html: unknown): ClipboardEvent {
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  if (typeof html === 'string' && html) data.setData('text/html', html);
  const event = new win.ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  // Gecko ignores clipboardData in the init dictionary: give the event the data it was meant to carry.
  if (event.clipboardData !== data) Object.defineProperty(event, 'clipboardData', { value: data, configurable: true });
  return event;
}

window.addEventListener(
  REQUEST,
  (request) => {
    const target = request.composedPath()[0] as Element | undefined;
    // (nodeType, not instanceof: the editable may live in a same-origin iframe's realm)
    if (!target || target.nodeType !== 1) return;
    let detail: { text?: unknown; html?: unknown };
    try {
      detail = JSON.parse(String((request as CustomEvent).detail)) as typeof detail;
    } catch {
      return;
    }
    if (typeof detail.text !== 'string') return;
    request.stopImmediatePropagation();
    const win = (target.ownerDocument.defaultView ?? window) as typeof window;
    const paste = pasteEvent(win, detail.text, detail.html);
    target.dispatchEvent(paste);
    target.dispatchEvent(new win.CustomEvent(ANSWER, { detail: paste.defaultPrevented ? 'taken' : 'ignored' }));
  },
  true,
);
