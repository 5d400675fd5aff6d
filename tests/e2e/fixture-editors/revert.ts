// A framework-driven box the adapters cannot observe: its model is a string it keeps itself, changed only by the
// keys it handles; any other change to its DOM (a paste, execCommand) shows for a moment and is wiped when the
// framework renders its model again, two animation frames later (about 33 ms). A fix must not be called added.
import type { FixtureEditor } from './types';
import { renderedText } from './contenteditable';

export function mount(container: HTMLElement): FixtureEditor {
  const div = document.createElement('div');
  div.contentEditable = 'true';
  div.style.cssText = 'min-height:120px;border:1px solid #999;padding:4px';
  let model = ['Thanks for your order.', 'It ships tomorrow.'];
  const render = () => {
    div.replaceChildren(...model.map((l) => Object.assign(document.createElement('div'), { textContent: l })));
  };
  render();
  container.append(div);
  let scheduled = false;
  new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        scheduled = false;
        if (renderedText(div) !== model.join('\n')) render();
      }),
    );
  }).observe(div, { childList: true, characterData: true, subtree: true });
  div.addEventListener('keydown', (e) => {
    if (e.key.length !== 1 || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    model = [...model.slice(0, -1), model.at(-1)! + e.key];
    render();
  });
  return { name: 'revert', editable: div, getText: () => renderedText(div) };
}
