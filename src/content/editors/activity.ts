/**
 * When did the user last type in a document? Some editors merge changes that come within a short window into
 * one undo step (Quill: 1 s; ProseMirror: 500 ms for adjacent changes). A fix inserted right after typing would
 * then be undone together with the last typed words. The adapters wait until that window has passed.
 */
const lastInput = new WeakMap<Document, number>();
const listeners = new WeakMap<Document, (e: Event) => void>();
/** Documents whose typing a coach session reports through noteTyping (it listens to the box anyway). */
const claimed = new WeakSet<Document>();

/** Watch a document for typing, unless a session already reports it (one listener call fewer per keystroke). */
export function watchTyping(doc: Document): void {
  if (claimed.has(doc) || listeners.has(doc)) return;
  const note = (e: Event) => {
    if (e.isTrusted) noteTyping(doc);
  };
  listeners.set(doc, note);
  // Every edit the user makes (typing, IME, paste, cut, drop, even one the editor cancels to apply itself) fires
  // beforeinput.
  doc.addEventListener('beforeinput', note, true);
}

/** From now on the caller reports typing in `doc` with noteTyping; the document listener goes. */
export function claimTyping(doc: Document): void {
  claimed.add(doc);
  const note = listeners.get(doc);
  if (note) doc.removeEventListener('beforeinput', note, true);
  listeners.delete(doc);
}

export function noteTyping(doc: Document): void {
  lastInput.set(doc, Date.now());
}

/** Resolve once `ms` have passed since the last trusted input in `doc` (immediately if that is long ago). */
export async function quietFor(doc: Document, ms: number): Promise<void> {
  if (ms <= 0) return;
  const t = lastInput.get(doc);
  if (t === undefined) return;
  const wait = t + ms - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
