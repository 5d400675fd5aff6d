// TipTap 3 (StarterKit): ProseMirror's clipboard-format paste, after TipTap's 500 ms history group window.
import { editorSpec } from './more';

editorSpec([
  { name: 'tiptap', kind: 'tiptap', path: 'pasteSlice', inner: 'p', editable: '.tiptap', langs: ['en', 'de'] },
]);
