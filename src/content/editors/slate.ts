/**
 * Slate (slate-react: Discord, many React apps). Slate's model (`editor.children`) lives in the page's world and
 * changes only through Slate's own event handlers; React then renders it. A native insertText writes the DOM
 * but never the model (the site would send the draft without the fix, and the next Ctrl+Z empties the box).
 * So the text goes in through an input Slate handles itself:
 * - one line: a synthetic `beforeinput` insertText (Slate syncs its selection from the DOM, then insertText);
 * - lines: a synthetic plain-text `paste` (Slate's onPaste takes a paste whose only type is text/plain; in
 *   Firefox it goes through the page-world clipboard bridge, so its data arrives), ending in `insertData` →
 *   `insertTextData`, a block split at every "\n", one history batch;
 * - else a synthetic `beforeinput` insertFromPaste carrying a DataTransfer (the same insertData; in Firefox a
 *   DataTransfer made in a content script arrives empty, so it comes last).
 * Never execCommand: a DOM-only write is the failure this adapter exists to prevent. Slate takes up a moved DOM
 * selection through a selectionchange handler throttled to 100 ms, and after a focus it puts the DOM selection
 * back to its own in the next animation frame; so the adapter waits 120 ms after placing the caret and places
 * it again until it stays (else the text would land at the caret's previous place).
 *
 * The model is not readable from a content script; what it renders is. A synthetic event has no default action,
 * so any change read back after it is Slate's own render of its model, read after that render has landed.
 * slate-history merges an insert that continues the text typed last (same text node, right at its end) into
 * that typing's batch, with no time limit: ". Does everything look right?" clicked right after typing "…tomorrow"
 * would be undone with all of it. A replacement starts a batch of its own (its first operation removes text), so
 * the character before the caret is selected and typed again ahead of the fix: "w" → "w. Does everything…"
 * (not needed, and not done, for a fix that starts with a line break).
 */
import { RichAdapter, type EditorPlace } from './rich-adapter';
import { windowOf, type DomPos } from './dom';
import { readRendered, type TextMap } from './rendered-text';
import { dispatchBeforeInput } from './synthetic-input';

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

/**
 * The character before the caret in the same Slate string (both halves of a surrogate pair), or null: also for
 * a text that starts with a line break, whose first operation (a split) starts a batch anyway.
 */
export function slateCharBefore(root: HTMLElement, caret: DomPos, text: string): DomPos | null {
  if (/^[\r\n]/.test(text)) return null;
  const node = caret.node;
  if (node.nodeType !== Node.TEXT_NODE || caret.offset <= 0) return null;
  if (!node.parentElement?.closest('[data-slate-string]') || !root.contains(node)) return null;
  const data = (node as Text).data;
  const low = data.charCodeAt(caret.offset - 1);
  const back = low >= 0xdc00 && low <= 0xdfff && caret.offset >= 2 ? 2 : 1;
  return { node, offset: caret.offset - back };
}

export function slateAdapter(root: HTMLElement, place: EditorPlace = {}): RichAdapter {
  return new RichAdapter({
    kind: 'slate',
    root,
    ...place,
    readMap: readSlate,
    paths: [
      // One line: Slate's beforeinput handler first syncs the selection from the DOM (so a selected run to type
      // again is replaced, see retypeFrom) and inserts the string; a string crosses from a content script intact.
      { name: 'insertText', run: (target, shaped) => !/[\r\n]/.test(shaped) && dispatchBeforeInput(target, shaped) },
      'paste',
      { name: 'beforeinputPaste', run: (target, shaped) => dispatchPasteInput(target, shaped) },
    ],
    caretSyncMs: 120,
    retypeFrom: slateCharBefore,
  });
}
