// A contenteditable inside an open shadow root (web-component composers).
import type { FixtureEditor } from './types';
import { renderedText } from './contenteditable';

export function mount(container: HTMLElement): FixtureEditor {
  const host = document.createElement('reply-box');
  container.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const div = document.createElement('div');
  div.contentEditable = 'true';
  div.style.cssText = 'min-height:120px;border:1px solid #999;padding:4px';
  shadow.append(div);
  return { name: 'shadow', editable: div, getText: () => renderedText(div) };
}
