// Slate (slate-react on React 18, as Discord): the fix must reach Slate's model (editor.children), not only the DOM.
import { editorSpec } from './more';

editorSpec([
  {
    name: 'slate',
    kind: 'slate',
    path: (fix) => (fix.includes('\n') ? 'paste' : 'insertText'),
    inner: '[data-slate-string]',
    editable: '[data-slate-editor]',
    langs: ['en', 'de'],
  },
]);
