// An <iframe> whose document is in designMode (old webmail composers). `variant` picks about:blank or srcdoc.
import type { FixtureEditor } from './types';
import { renderedText } from './contenteditable';

export async function mount(container: HTMLElement, variant: 'blank' | 'srcdoc' = 'blank'): Promise<FixtureEditor> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:600px;height:200px;border:1px solid #999';
  if (variant === 'srcdoc') {
    iframe.srcdoc = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';
    const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
    container.append(iframe);
    await loaded;
  } else {
    container.append(iframe);
  }
  const doc = iframe.contentDocument!;
  doc.designMode = 'on';
  return {
    name: `designmode-${variant}`,
    editable: iframe,
    getText: () => renderedText(doc.body),
  };
}

export function mountSrcdoc(container: HTMLElement): Promise<FixtureEditor> {
  return mount(container, 'srcdoc');
}
