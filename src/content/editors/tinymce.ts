/**
 * TinyMCE, classic (iframe, body#tinymce) or inline (.mce-content-body), through the native insertText command.
 * TinyMCE's paste path is not usable for text with line breaks: its plain-text conversion makes "\n\n" an extra
 * empty paragraph and a single "\n" a <br>. A native insert, on the other hand, would join TinyMCE's current
 * "typing" undo level (Ctrl+Z would also take the last typed words), so the adapter closes the level before and
 * after, the way TinyMCE itself does on a caret-moving/modifier key-up (its UndoManager adds a level on keyup
 * with ctrlKey or a navigation key).
 */
import { RichAdapter, type EditorPlace } from './rich-adapter';
import { windowOf } from './dom';

export function isTinyMce(root: HTMLElement): boolean {
  return root.id === 'tinymce' || root.classList.contains('mce-content-body');
}

function closeUndoLevel(root: HTMLElement): void {
  const K = (windowOf(root) as unknown as { KeyboardEvent: typeof KeyboardEvent }).KeyboardEvent ?? KeyboardEvent;
  const init = {
    key: 'Control',
    code: 'ControlLeft',
    keyCode: 17,
    which: 17,
    ctrlKey: true,
    bubbles: true,
    cancelable: true,
  };
  root.dispatchEvent(new K('keyup', init));
}

export function tinyMceAdapter(root: HTMLElement, place: EditorPlace = {}): RichAdapter {
  return new RichAdapter({ kind: 'tinymce', root, ...place, paths: ['execCommand'], aroundInsert: closeUndoLevel });
}
