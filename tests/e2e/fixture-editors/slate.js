// Slate (slate + slate-react + slate-history) on React 18, as Discord and many React apps use it: the model is
// `editor.children`, rendered by React; input reaches it only through Slate's beforeinput / paste / key handlers.
// (JavaScript, like draftjs.js: the project has no React type packages.)
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createEditor, Node } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';

/** @param {HTMLElement} container @returns {import('./types').FixtureEditor} */
export function mount(container) {
  const host = document.createElement('div');
  host.className = 'fixture-slate';
  container.append(host);
  const editor = withHistory(withReact(createEditor()));
  const initialValue = [{ type: 'paragraph', children: [{ text: '' }] }];
  const root = createRoot(host);
  flushSync(() =>
    root.render(
      h(
        Slate,
        { editor, initialValue },
        h(Editable, {
          // Discord's box shows a placeholder inside the editable while it is empty.
          placeholder: 'Message #orders',
          style: { minHeight: '120px', border: '1px solid #999', padding: '4px' },
        }),
      ),
    ),
  );
  const editable = /** @type {HTMLElement} */ (host.querySelector('[data-slate-editor]'));
  return {
    name: 'slate',
    editable,
    // Slate's model: one string per block; blocks are margin-less <div> lines, so "\n" between them.
    getText: () => editor.children.map((n) => Node.string(n)).join('\n'),
  };
}
