// roosterjs 9 (content-model packages), the editor of Outlook on the web and Proton Mail.
import { Editor } from 'roosterjs-content-model-core';
import { contentModelToText } from 'roosterjs-content-model-dom';
import { PastePlugin, ShortcutPlugin } from 'roosterjs-content-model-plugins';
import type { FixtureEditor } from './types';

export function mount(container: HTMLElement): FixtureEditor {
  const div = document.createElement('div');
  div.className = 'fixture-roosterjs';
  div.style.cssText = 'min-height:120px;border:1px solid #999;padding:4px';
  container.append(div);
  const editor = new Editor(div, { plugins: [new ShortcutPlugin(), new PastePlugin()] });
  return {
    name: 'roosterjs',
    editable: div,
    // roosterjs's own plain-text export of its content model, one line per paragraph / <br>.
    getText: () => contentModelToText(editor.getContentModelCopy('clean'), '\n'),
  };
}
