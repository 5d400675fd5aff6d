/**
 * CKEditor 5. It ignores the native insertText command (it keeps its own model selection), so the text goes in
 * as a synthetic paste through its clipboard pipeline (blank lines become paragraphs, single "\n" soft breaks)
 * in a new undo batch; a synthetic beforeinput(insertText) is the fallback.
 */
import { RichAdapter, type EditorPlace } from './rich-adapter';

export function isCkEditor5(root: HTMLElement): boolean {
  return root.classList.contains('ck-editor__editable') || 'ckeditorInstance' in root;
}

export function ckEditor5Adapter(root: HTMLElement, place: EditorPlace = {}): RichAdapter {
  return new RichAdapter({ kind: 'ckeditor5', root, ...place, paths: ['pasteParagraphs', 'beforeinput'] });
}
