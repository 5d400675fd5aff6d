/**
 * When did the user last type in a document? Some editors merge changes that come within a short window into
 * one undo step (Quill: 1 s; ProseMirror: 500 ms for adjacent changes). A fix inserted right after typing would
 * then be undone together with the last typed words. The adapters wait until that window has passed.
 */
const lastInput = new WeakMap<Document, number>();
const watched = new WeakSet<Document>();

export function watchTyping(doc: Document): void {
  if (watched.has(doc)) return;
  watched.add(doc);
  const note = (e: Event) => {
    if (e.isTrusted) lastInput.set(doc, Date.now());
  };
  // One listener call per keystroke: every edit the user makes (typing, IME, paste, cut, drop, even one the editor
  // cancels to apply itself) fires beforeinput.
  doc.addEventListener('beforeinput', note, true);
}

/** Resolve once `ms` have passed since the last trusted input in `doc` (immediately if that is long ago). */
export async function quietFor(doc: Document, ms: number): Promise<void> {
  if (ms <= 0) return;
  const t = lastInput.get(doc);
  if (t === undefined) return;
  const wait = t + ms - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}
