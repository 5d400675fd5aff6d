// Lexical (rich text + history), as Facebook / Messenger / Instagram web use it.
import { $getRoot, createEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import type { FixtureEditor } from './types';

export function mount(container: HTMLElement, compact = false): FixtureEditor {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.setAttribute('role', 'textbox');
  root.className = 'fixture-lexical';
  root.style.cssText = 'min-height:120px;border:1px solid #999;padding:4px;white-space:pre-wrap';
  if (compact) {
    // Facebook's composers: paragraphs without margins, a blank line is an empty paragraph.
    const style = document.createElement('style');
    style.textContent = '.fixture-lexical p { margin: 0 }';
    container.append(style);
  }
  container.append(root);
  const editor = createEditor({
    namespace: 'fixture',
    nodes: [HeadingNode, QuoteNode],
    onError: (e: Error) => {
      throw e;
    },
  });
  editor.setRootElement(root);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 1000);
  return {
    name: 'lexical',
    editable: root,
    // Lexical joins paragraphs with "\n\n"; margin-less paragraphs are lines, so compact joins them with "\n".
    getText: () =>
      editor.getEditorState().read(() =>
        compact
          ? $getRoot()
              .getChildren()
              .map((p) => p.getTextContent())
              .join('\n')
          : $getRoot().getTextContent(),
      ),
  };
}

/** The same editor with margin-less paragraphs, as Facebook styles it. */
export function mountCompact(container: HTMLElement): FixtureEditor {
  return { ...mount(container, true), name: 'lexical-compact' };
}
