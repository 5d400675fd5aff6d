// Squire 2 (Fastmail, Tuta and other webmail composers): a contenteditable <div> whose model is its own HTML, with
// undo snapshots of its own (taken on paste, Space, Enter…), not the browser's undo stack.
import DOMPurify from 'dompurify';
import Squire from 'squire-rte';
import type { FixtureEditor } from './types';

/** Squire's HTML as text: one line per block (<div>), <br> inside a block a line break, an empty block an empty line. */
export function squireHtmlToText(html: string): string {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  const lines: string[] = [];
  for (const block of Array.from(tpl.content.childNodes)) {
    let line = '';
    const walk = (node: ChildNode) => {
      for (const c of Array.from(node.childNodes)) {
        if (c.nodeType === 3) line += (c as Text).data;
        else if (c.nodeName === 'BR') {
          // The last <br> of a block only keeps it one line tall.
          if (c.nextSibling || (c.parentNode as Node | null) !== block) {
            lines.push(line);
            line = '';
          }
        } else walk(c);
      }
    };
    if (block.nodeType === 3) line = (block as Text).data;
    else walk(block);
    lines.push(line);
  }
  return lines
    .join('\n')
    .replace(/\u00a0/g, ' ')
    .replace(/\u200b/g, '');
}

export function mount(container: HTMLElement): FixtureEditor {
  const root = document.createElement('div');
  root.className = 'fixture-squire';
  root.style.cssText = 'min-height:120px;border:1px solid #999;padding:4px';
  container.append(root);
  // Squire sanitises pasted HTML with a global DOMPurify, which the page must provide (as Squire's README says).
  (window as unknown as { DOMPurify: typeof DOMPurify }).DOMPurify = DOMPurify;
  const editor = new Squire(root);
  return {
    name: 'squire',
    editable: root,
    getText: () => squireHtmlToText(editor.getHTML()),
  };
}
