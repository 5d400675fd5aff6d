/**
 * The input paths an adapter can use to hand text to an editor. Each returns whether the editor took the
 * event (called preventDefault), which is how an editor that handles input itself says "mine".
 */
import { windowOf } from './dom';

type Ctors = {
  DataTransfer: typeof DataTransfer;
  ClipboardEvent: typeof ClipboardEvent;
  InputEvent: typeof InputEvent;
  KeyboardEvent: typeof KeyboardEvent;
  CustomEvent: typeof CustomEvent;
};

function ctors(target: Node): Ctors {
  // Use the constructors of the editor's own window (an iframe editor checks `instanceof` against its realm).
  const w = windowOf(target) as unknown as Partial<Ctors>;
  return {
    DataTransfer: w.DataTransfer ?? DataTransfer,
    ClipboardEvent: w.ClipboardEvent ?? ClipboardEvent,
    InputEvent: w.InputEvent ?? InputEvent,
    KeyboardEvent: w.KeyboardEvent ?? KeyboardEvent,
    CustomEvent: w.CustomEvent ?? CustomEvent,
  };
}

/**
 * Asks the page-world clipboard bridge (Firefox; src/content/page-world/clipboard-bridge.ts) to paste: its answer
 * comes synchronously. null: no bridge answered (Chrome, where a paste made here carries its data).
 */
function pasteFromPageWorld(target: HTMLElement, C: Ctors, text: string, html?: string): boolean | null {
  let answer: boolean | null = null;
  const onAnswer = (e: Event) => {
    answer = (e as CustomEvent).detail === 'taken';
  };
  target.addEventListener('reply-coach:pasted', onAnswer);
  try {
    const detail = JSON.stringify(html ? { text, html } : { text });
    target.dispatchEvent(
      new C.CustomEvent('reply-coach:paste', { detail, bubbles: true, composed: true, cancelable: true }),
    );
  } finally {
    target.removeEventListener('reply-coach:pasted', onAnswer);
  }
  return answer;
}

/** A synthetic `paste` carrying `text` (and optionally HTML). Returns true if the editor handled it. */
export function dispatchPaste(target: HTMLElement, text: string, html?: string): boolean {
  const C = ctors(target);
  const viaPage = pasteFromPageWorld(target, C, text, html);
  if (viaPage !== null) return viaPage;
  const data = new C.DataTransfer();
  data.setData('text/plain', text);
  if (html) data.setData('text/html', html);
  const event = new C.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** A synthetic `beforeinput` (insertText). Returns true if the editor handled it (a browser never acts on it). */
export function dispatchBeforeInput(target: HTMLElement, text: string): boolean {
  const C = ctors(target);
  const event = new C.InputEvent('beforeinput', {
    inputType: 'insertText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** The browser's own editing command: undoable, and seen by editors that observe DOM mutations. */
export function execInsertText(doc: Document, text: string): boolean {
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function isMac(target: Node): boolean {
  const nav = windowOf(target).navigator;
  return /Mac|iPhone|iPad/.test(nav.platform || nav.userAgent);
}

/**
 * Undo one step the way the user would: a Ctrl/Cmd+Z keydown the editor's keymap handles; if nobody handles
 * it, a `historyUndo` beforeinput; if nobody handles that either, the browser's own undo command.
 */
export function undoOnce(target: HTMLElement): 'keydown' | 'beforeinput' | 'execCommand' | 'none' {
  const C = ctors(target);
  const mac = isMac(target);
  // keyCode/which in the init dictionary (not defineProperty: a property defined from a content script's world
  // is invisible to the page): CKEditor's and TinyMCE's keystroke handlers and Draft.js key bindings read them.
  const init: KeyboardEventInit = {
    key: 'z',
    code: 'KeyZ',
    keyCode: 90,
    which: 90,
    ctrlKey: !mac,
    metaKey: mac,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  const down = new C.KeyboardEvent('keydown', init);
  target.dispatchEvent(down);
  const up = new C.KeyboardEvent('keyup', init);
  if (down.defaultPrevented) {
    target.dispatchEvent(up);
    return 'keydown';
  }
  const before = new C.InputEvent('beforeinput', {
    inputType: 'historyUndo',
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(before);
  target.dispatchEvent(up);
  if (before.defaultPrevented) return 'beforeinput';
  try {
    return target.ownerDocument.execCommand('undo') ? 'execCommand' : 'none';
  } catch {
    return 'none';
  }
}
