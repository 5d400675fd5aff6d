// A plain <textarea> (Etsy messages, eBay, most classifieds).
import type { FixtureEditor } from './types';

export function mount(container: HTMLElement): FixtureEditor {
  const ta = document.createElement('textarea');
  ta.rows = 8;
  ta.cols = 60;
  container.append(ta);
  return { name: 'textarea', editable: ta, getText: () => ta.value };
}
