/**
 * TipTap (help desks, SaaS composers): ProseMirror underneath, so the same input path as prosemirror.ts — a
 * synthetic paste in ProseMirror's clipboard format, one transaction, after the 500 ms in which TipTap's
 * UndoRedo extension (prosemirror-history's newGroupDelay) would join it to the last typing. Recognised by the
 * `tiptap` class TipTap 2 and 3 put on the editable next to `ProseMirror`.
 */
import type { EditorPlace, RichAdapter } from './rich-adapter';
import { proseMirrorAdapter } from './prosemirror';

export function isTipTap(root: HTMLElement): boolean {
  return root.classList.contains('tiptap') && root.classList.contains('ProseMirror');
}

export function tipTapAdapter(root: HTMLElement, place: EditorPlace = {}): RichAdapter {
  return proseMirrorAdapter(root, place, 'tiptap');
}
