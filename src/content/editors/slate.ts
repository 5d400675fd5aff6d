/**
 * Slate (slate-react: Discord, many React apps). Slate's model (`editor.children`) lives in the page's world and
 * changes only through Slate's own event handlers; React then renders it. A native insertText writes the DOM
 * but never the model (the site would send the draft without the fix, and the next Ctrl+Z empties the box).
 * So the text goes in through an input Slate handles itself, both ending in Slate's `insertData` →
 * `insertTextData` (a block split at every "\n", one history batch):
 * - a synthetic plain-text `paste` (Slate's onPaste takes a paste whose only type is text/plain); in Firefox it
 *   goes through the page-world clipboard bridge, so its data arrives;
 * - else a synthetic `beforeinput` of type insertFromPaste carrying a DataTransfer (Slate's main input path; in
 *   Firefox a DataTransfer made in a content script arrives empty, so it comes second).
 * Never execCommand: a DOM-only write is the failure this adapter exists to prevent. Slate takes up a moved DOM
 * selection through a selectionchange handler throttled to 100 ms, so the adapter waits that long after placing
 * the caret (else the paste would land at the caret's previous place).
 *
 * The model is not readable from a content script; what it renders is. A synthetic event has no default action,
 * so any change read back after it is Slate's own render of its model, read after that render has landed.
 * slate-history merges an insert that continues the text typed last (same text node, right at its end) into
 * that typing's batch, with no time limit; the fixes that go there start with a line break (a split), which
 * always begins a batch of its own.
 */
import { RichAdapter } from './rich-adapter';
import { windowOf } from './dom';
import { readRendered, type TextMap } from './rendered-text';

export function isSlate(root: HTMLElement): boolean {
  return root.hasAttribute('data-slate-editor');
}

/** A synthetic beforeinput(insertFromPaste) with `text` as text/plain. True if the editor took it. */
export function dispatchPasteInput(target: HTMLElement, text: string): boolean {
  const w = windowOf(target) as unknown as { DataTransfer: typeof DataTransfer; InputEvent: typeof InputEvent };
  const data = new w.DataTransfer();
  data.setData('text/plain', text);
  const event = new w.InputEvent('beforeinput', {
    inputType: 'insertFromPaste',
    dataTransfer: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  // An engine without dataTransfer in InputEventInit would hand the editor an empty paste: do not send it.
  if (!event.dataTransfer || event.dataTransfer.getData('text/plain') !== text) return false;
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Slate draws its placeholder ("Message #general") as text inside the editable, in a contenteditable=false span
 * marked data-slate-placeholder, and only while the document is empty: then the draft is "" (the placeholder's
 * own pieces are dropped; what is left is the empty line's caret position).
 */
export function readSlate(root: HTMLElement): TextMap {
  const map = readRendered(root);
  const placeholder = root.querySelector('[data-slate-placeholder]');
  if (!placeholder) return map;
  const pieces = map.pieces.filter((p) => !placeholder.contains(p.node));
  if (pieces.some((p) => p.end > p.start)) return map;
  return { draft: '', quoted: map.quoted, pieces: pieces.map((p) => ({ ...p, start: 0, end: 0 })) };
}

export function slateAdapter(root: HTMLElement): RichAdapter {
  return new RichAdapter({
    kind: 'slate',
    root,
    readMap: readSlate,
    paths: ['paste', { name: 'beforeinputPaste', run: (target, shaped) => dispatchPasteInput(target, shaped) }],
    caretSyncMs: 120,
  });
}
