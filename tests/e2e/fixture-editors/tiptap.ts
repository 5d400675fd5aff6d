// TipTap 3 (@tiptap/core + StarterKit: paragraphs, hard break, undo/redo history…), the ProseMirror-based editor of
// many help-desk and SaaS composers. Its root carries the classes "tiptap ProseMirror".
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { FixtureEditor } from './types';

export function mount(container: HTMLElement): FixtureEditor {
  const host = document.createElement('div');
  container.append(host);
  const editor = new Editor({ element: host, extensions: [StarterKit], content: '' });
  const editable = editor.view.dom as HTMLElement;
  editable.style.cssText = 'min-height:120px;border:1px solid #999;padding:4px';
  return {
    name: 'tiptap',
    editable,
    // Paragraphs keep the browser's margins here, so they read "\n\n" apart (TipTap's default block separator).
    getText: () => editor.getText(),
  };
}
