// ProseMirror (schema-basic, history, base keymap), the engine under TipTap and many help-desk composers.
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, chainCommands, exitCode } from 'prosemirror-commands';
import 'prosemirror-view/style/prosemirror.css';
import type { FixtureEditor } from './types';

export function mount(container: HTMLElement, compact = false): FixtureEditor {
  const hardBreak = schema.nodes.hard_break!;
  const insertBreak = chainCommands(exitCode, (state, dispatch) => {
    dispatch?.(state.tr.replaceSelectionWith(hardBreak.create()).scrollIntoView());
    return true;
  });
  const view = new EditorView(container, {
    state: EditorState.create({
      schema,
      plugins: [
        history(),
        keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo, 'Shift-Enter': insertBreak }),
        keymap(baseKeymap),
      ],
    }),
  });
  view.dom.style.cssText = 'min-height:120px;border:1px solid #999;padding:4px';
  if (compact) {
    // Many TipTap-based composers: paragraphs without margins, a blank line is an empty paragraph.
    const style = document.createElement('style');
    style.textContent = '.ProseMirror p { margin: 0 }';
    container.append(style);
  }
  return {
    name: 'prosemirror',
    editable: view.dom as HTMLElement,
    // Paragraphs with margins read as "\n\n" apart; margin-less ones (compact) as lines, "\n".
    getText: () => view.state.doc.textBetween(0, view.state.doc.content.size, compact ? '\n' : '\n\n', '\n'),
  };
}

/** The same editor with margin-less paragraphs, as many TipTap-based composers style it. */
export function mountCompact(container: HTMLElement): FixtureEditor {
  return { ...mount(container, true), name: 'prosemirror-compact' };
}
