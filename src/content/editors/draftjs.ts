/**
 * Draft.js (older Facebook/X composers, many React apps). Native insertText changes the DOM but never reaches
 * the EditorState (React later overwrites it), so the only input path is a synthetic paste, which Draft
 * turns into an 'insert-fragment' change: its own undo step, each "\n" a new block.
 */
import { RichAdapter, type EditorPlace } from './rich-adapter';

export function isDraftJs(root: HTMLElement): boolean {
  return (
    root.classList.contains('public-DraftEditor-content') ||
    (root.getAttribute('data-contents') === null && root.querySelector(':scope > [data-contents="true"]') !== null)
  );
}

export function draftJsAdapter(root: HTMLElement, place: EditorPlace = {}): RichAdapter {
  return new RichAdapter({ kind: 'draftjs', root, ...place, paths: ['paste'] });
}
