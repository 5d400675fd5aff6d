// A contenteditable that corrupts what it is given: every input gets " [sic]" appended at the end of the text
// (the way a buggy editor might duplicate or rewrite an insert). It keeps its own undo: the content as it was
// when the caret last moved without a pending change; Ctrl+Z puts that back.
import type { FixtureEditor } from './types';
import { renderedText } from './contenteditable';

export function mount(container: HTMLElement): FixtureEditor {
  const div = document.createElement('div');
  div.contentEditable = 'true';
  div.style.cssText = 'min-height:120px;border:1px solid #999;padding:4px';
  div.innerHTML = '<div>Thanks for your order.</div><div>It ships tomorrow.</div>';
  container.append(div);
  let snapshot = div.innerHTML;
  let dirty = false;
  document.addEventListener('selectionchange', () => {
    if (!dirty) snapshot = div.innerHTML;
  });
  div.addEventListener('input', () => {
    dirty = true;
    div.lastElementChild?.append(' [sic]');
  });
  div.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      div.innerHTML = snapshot;
      dirty = false;
    }
  });
  return { name: 'mangle', editable: div, getText: () => renderedText(div) };
}
