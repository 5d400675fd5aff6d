/**
 * Lexical (Facebook, Messenger, Instagram web…). Lexical drops a native insertText whose data has a newline,
 * so the text goes in as a synthetic paste: Lexical's own paste command inserts it as one history entry
 * (pastes never merge with typing), "\n" becoming line breaks.
 */
import { RichAdapter, type EditorPlace } from './rich-adapter';

export function isLexical(root: HTMLElement): boolean {
  return root.getAttribute('data-lexical-editor') === 'true' || '__lexicalEditor' in root;
}

export function lexicalAdapter(root: HTMLElement, place: EditorPlace = {}): RichAdapter {
  return new RichAdapter({ kind: 'lexical', root, ...place, paths: ['paste'], paragraphTag: 'p' });
}
