// A contenteditable that refuses every edit: beforeinput/paste/keydown are cancelled, and any change that gets
// through anyway (e.g. document.execCommand, which fires no beforeinput) is reverted on `input`, the way a
// framework that re-renders from its own state would.
import type { FixtureEditor } from './types';
import { renderedText } from './contenteditable';

export function mount(container: HTMLElement): FixtureEditor {
  const div = document.createElement('div');
  div.contentEditable = 'true';
  div.style.cssText = 'min-height:120px;border:1px solid #999;padding:4px';
  div.innerHTML = '<div>Thanks for your order.</div>';
  container.append(div);
  let accepted = div.innerHTML;
  const cancel = (e: Event) => e.preventDefault();
  div.addEventListener('beforeinput', cancel);
  div.addEventListener('paste', cancel);
  div.addEventListener('drop', cancel);
  div.addEventListener('input', () => {
    div.innerHTML = accepted;
  });
  return {
    name: 'swallow',
    editable: div,
    getText: () => renderedText(div),
    // Lets the test change the accepted text on purpose.
    ...{ setAccepted: (html: string) => (accepted = div.innerHTML = html) },
  };
}
