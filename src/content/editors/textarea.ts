/**
 * <textarea> (and single-line text <input>): the browser's own editing command is the one input path that is
 * on the native undo stack (setRangeText is not); setRangeText + `input` is the last resort.
 */
import type { ApplyOutcome, DraftText, EditorAdapter } from './types';
import { watchTyping } from './activity';
import { afterSelectionSettles } from './dom';
import { execInsertText, undoOnce } from './synthetic-input';
import { insertVerified } from './verified-insert';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Inputs the adapter can write into (which of them count as message boxes is detect.ts's TEXT_INPUT_TYPES). */
const WRITABLE_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', '']);

export function isTextField(el: Element): el is TextField {
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && WRITABLE_INPUT_TYPES.has((el as HTMLInputElement).type);
}

export class TextareaAdapter implements EditorAdapter {
  readonly kind = 'textarea';
  readonly element: TextField;
  /** The input path the last successful insert went through (diagnostics and tests). */
  lastPath: string | null = null;

  constructor(el: TextField) {
    this.element = el;
    watchTyping(el.ownerDocument);
  }

  read(): DraftText {
    return { draft: this.element.value, quoted: '' };
  }

  async insert(text: string, at: number): Promise<ApplyOutcome> {
    const el = this.element;
    let used = '';
    this.lastPath = null;
    const doc = el.ownerDocument;
    const caretTo = async (pos: number) => {
      el.focus({ preventScroll: true });
      el.setSelectionRange(pos, pos);
      await afterSelectionSettles(doc);
    };
    const outcome = await insertVerified(
      {
        doc,
        read: () => el.value,
        place: async (pos) => {
          if (el.disabled || el.readOnly) return false;
          await caretTo(pos);
          return el.selectionStart === pos && el.selectionEnd === pos;
        },
        caretTo,
        caret: () => (doc.activeElement === el && el.selectionStart === el.selectionEnd ? el.selectionEnd : null),
        paths: [
          (t) => {
            used = 'execCommand';
            return execInsertText(doc, t);
          },
          (t) => {
            used = 'setRangeText';
            const pos = el.selectionStart ?? at;
            el.setRangeText(t, pos, el.selectionEnd ?? pos, 'end');
            el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: t }));
            return true;
          },
        ],
        undo: () => {
          el.focus({ preventScroll: true });
          undoOnce(el);
        },
        settleMs: 200,
      },
      text,
      at,
    );
    if (outcome.ok) this.lastPath = used;
    return outcome;
  }
}
