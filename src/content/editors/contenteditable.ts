/**
 * A bare contenteditable element, a designMode document's body, or an editable inside a shadow root: the
 * browser's own `insertText` command, which is undoable in one step and turns "\n" into line breaks the way
 * pressing Enter does.
 */
import { RichAdapter, type EditorPlace, type InputPath } from './rich-adapter';

/** `first`: paths to offer before insertText (see squire.ts: Squire's paste, before Squire has shown itself). */
export function contentEditableAdapter(
  root: HTMLElement,
  place: EditorPlace = {},
  first: InputPath[] = [],
): RichAdapter {
  const designMode = root.ownerDocument.designMode === 'on';
  return new RichAdapter({
    kind: designMode ? 'designmode' : 'contenteditable',
    root,
    ...place,
    paths: [...first, 'execCommand'],
  });
}
