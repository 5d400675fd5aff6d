// A bare contenteditable <div> (Gmail's composer is one, with its own markup around it).
import type { FixtureEditor } from './types';

/**
 * A bare contenteditable has no model but its DOM, so its "API" text is what the browser lays out: the line
 * boxes of its text and <br>s, from layout (getClientRects), one line per distinct line box. (innerText is not
 * used: Chrome's innerText reads <div><br></div> as two line breaks.) `stopAt` ends the walk at quoted history.
 */
export function renderedText(el: HTMLElement, stopAt?: string): string {
  const doc = el.ownerDocument;
  const items: { top: number; bottom: number; text: string }[] = [];
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  const range = doc.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (stopAt && n instanceof doc.defaultView!.Element && n.matches(stopAt)) break;
    if (n.nodeType === Node.TEXT_NODE) {
      const text = (n as Text).data.replace(/[\u200b\ufeff\u2060]/g, '').replace(/\u00a0/g, ' ');
      if (!text.trim() && !text.includes(' ')) continue;
      range.selectNodeContents(n);
      const r = range.getClientRects()[0];
      if (r) items.push({ top: r.top, bottom: r.bottom, text });
    } else if ((n as Element).tagName === 'BR') {
      const r = (n as Element).getBoundingClientRect();
      if (r.height > 0) items.push({ top: r.top, bottom: r.bottom, text: '' });
    }
  }
  const lines: { top: number; bottom: number; text: string }[] = [];
  for (const it of items) {
    const last = lines[lines.length - 1];
    if (last && it.top < last.bottom - 2) last.text += it.text;
    else lines.push({ ...it });
  }
  return lines.map((l) => l.text.replace(/\s+/g, ' ').trim()).join('\n');
}

export function mount(container: HTMLElement, html = ''): FixtureEditor {
  const div = document.createElement('div');
  div.contentEditable = 'true';
  div.setAttribute('role', 'textbox');
  div.style.cssText = 'min-height:120px;border:1px solid #999;padding:4px';
  div.innerHTML = html;
  container.append(div);
  return { name: 'contenteditable', editable: div, getText: () => renderedText(div) };
}
