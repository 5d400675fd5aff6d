// Draft.js 0.11 with React 18 (Draft.js uses findDOMNode, removed in React 19), as X/Twitter-era composers use it.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';

/** @param {HTMLElement} container @returns {import('./types').FixtureEditor} */
export function mount(container) {
  const host = document.createElement('div');
  host.className = 'fixture-draftjs';
  host.style.cssText = 'min-height:120px;border:1px solid #999;padding:4px';
  container.append(host);
  let current = EditorState.createEmpty();
  function App() {
    const [state, setState] = React.useState(current);
    current = state;
    return React.createElement(Editor, {
      editorState: state,
      onChange: (s) => {
        current = s;
        setState(s);
      },
      placeholder: 'Write a reply…',
    });
  }
  const root = createRoot(host);
  flushSync(() => root.render(React.createElement(App)));
  const editable = /** @type {HTMLElement} */ (host.querySelector('.public-DraftEditor-content'));
  return {
    name: 'draftjs',
    editable,
    getText: () => current.getCurrentContent().getPlainText(),
  };
}
