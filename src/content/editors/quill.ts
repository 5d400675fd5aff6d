/**
 * Quill. A synthetic paste goes through Quill's clipboard module ("\n" becomes a new line) as one delta.
 * Quill's history merges every change within 1 s of the previous one (`delay`), whatever it is, so the
 * adapter waits until a second has passed since the last keystroke.
 */
import { RichAdapter, type EditorPlace } from './rich-adapter';

export function isQuill(root: HTMLElement): boolean {
  return (
    root.classList.contains('ql-editor') &&
    (!!root.parentElement?.classList.contains('ql-container') || '__quill' in (root.parentElement ?? {}))
  );
}

export function quillAdapter(root: HTMLElement, place: EditorPlace = {}): RichAdapter {
  return new RichAdapter({ kind: 'quill', root, ...place, paths: ['paste', 'execCommand'], quietMs: 1100 });
}
