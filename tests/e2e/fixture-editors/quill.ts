// Quill 2 (snow theme), used by many help-desk and marketplace message boxes.
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import type { FixtureEditor } from './types';

export function mount(container: HTMLElement): FixtureEditor {
  const host = document.createElement('div');
  host.style.cssText = 'height:160px';
  container.append(host);
  const quill = new Quill(host, { theme: 'snow' });
  return {
    name: 'quill',
    editable: quill.root,
    getText: () => quill.getText(),
  };
}
