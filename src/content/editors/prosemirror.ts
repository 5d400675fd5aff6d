/**
 * ProseMirror and TipTap (help desks, Notion-likes). The text goes in as a synthetic paste in ProseMirror's own
 * clipboard format: HTML whose first element carries `data-pm-slice="1 1 []"`, one <p> per line. ProseMirror
 * then takes it as an open slice (the first and last line join the paragraph at the caret, the lines between
 * become paragraphs, spaces are kept) in one transaction. Its plain-text paste would collapse every run of
 * newlines into a single split, so a blank line could not be made in an editor whose paragraphs have no margin.
 * ProseMirror's history merges a change adjacent to the previous one within 500 ms (newGroupDelay), so the
 * adapter waits that long after the last keystroke.
 */
import { RichAdapter, type EditorPlace } from './rich-adapter';
import { dispatchPaste } from './synthetic-input';

export function isProseMirror(root: HTMLElement): boolean {
  return root.classList.contains('ProseMirror') || 'pmViewDesc' in root;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `shaped`: one "\n" per paragraph split. */
export function proseMirrorSliceHtml(shaped: string): string {
  return shaped
    .split('\n')
    .map((line, i) => `<p${i === 0 ? ' data-pm-slice="1 1 []"' : ''}>${esc(line)}</p>`)
    .join('');
}

/** `kind`: 'tiptap' for TipTap's editable (tiptap.ts), which takes the same path. */
export function proseMirrorAdapter(root: HTMLElement, place: EditorPlace = {}, kind = 'prosemirror'): RichAdapter {
  return new RichAdapter({
    kind,
    root,
    ...place,
    paths: [
      { name: 'pasteSlice', run: (target, shaped, text) => dispatchPaste(target, text, proseMirrorSliceHtml(shaped)) },
      'execCommand',
    ],
    quietMs: 600,
  });
}
