/**
 * Which editor does an element belong to? `adapterFor` takes a textarea, an editing host, an element inside
 * one, or an iframe (designMode document, TinyMCE's contenteditable body, Proton's composer) and returns the
 * adapter for that editor's input path, or null when the element is not editable.
 *
 * Detection uses the markers each framework leaves on the DOM (Squire leaves none until the seller types: see
 * squire.ts). The expando properties (__lexicalEditor,
 * pmViewDesc, __quill, ckeditorInstance, __roosterjsContentModel) are only visible from the page's own world,
 * so every editor is also recognised by attributes and classes, which a content script can see.
 */
import { editingHost } from '../detect';
import type { EditorAdapter, EditorHints } from './types';
import { watchTyping } from './activity';
import type { EditorPlace } from './rich-adapter';
import { quotesFor } from './rendered-text';
import { contentEditableAdapter } from './contenteditable';
import { ckEditor5Adapter, isCkEditor5 } from './ckeditor5';
import { draftJsAdapter, isDraftJs } from './draftjs';
import { isLexical, lexicalAdapter } from './lexical';
import { isProseMirror, proseMirrorAdapter } from './prosemirror';
import { isQuill, quillAdapter } from './quill';
import { isRoosterJs, roosterJsAdapter } from './roosterjs';
import { isSlate, slateAdapter } from './slate';
import { unlistedEditableAdapter } from './squire';
import { isTextField, TextareaAdapter } from './textarea';
import { isTinyMce, tinyMceAdapter } from './tinymce';
import { isTipTap, tipTapAdapter } from './tiptap';

export type { ApplyOutcome, DraftText, EditorAdapter, EditorHints } from './types';

const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false"])';

/** The outermost element of the contenteditable region `el` is in (stops at a shadow root); null outside one. */
const editableHost = (el: HTMLElement): HTMLElement | null => (el.isContentEditable ? editingHost(el) : null);

function frameOf(doc: Document): HTMLIFrameElement | null {
  try {
    const frame = doc.defaultView?.frameElement;
    return frame && frame.tagName === 'IFRAME' ? (frame as HTMLIFrameElement) : null;
  } catch {
    return null;
  }
}

function classify(host: HTMLElement, frame: HTMLIFrameElement | null, hints: EditorHints): EditorAdapter {
  const place: EditorPlace = { frame, quotes: quotesFor(hints) };
  if (isTinyMce(host)) return tinyMceAdapter(host, place);
  if (isLexical(host)) return lexicalAdapter(host, place);
  if (isDraftJs(host)) return draftJsAdapter(host, place);
  if (isSlate(host)) return slateAdapter(host, place);
  if (isTipTap(host)) return tipTapAdapter(host, place);
  if (isProseMirror(host)) return proseMirrorAdapter(host, place);
  if (isQuill(host)) return quillAdapter(host, place);
  if (isCkEditor5(host)) return ckEditor5Adapter(host, place);
  if (isRoosterJs(host, hints.roosterjs)) return roosterJsAdapter(host, place);
  // A bare contenteditable, or Squire, which shows itself only while the seller types (squire.ts).
  return unlistedEditableAdapter(host, place);
}

function fromDocument(doc: Document, frame: HTMLIFrameElement | null, hints: EditorHints): EditorAdapter | null {
  const body = doc.body;
  if (!body) return null;
  watchTyping(doc);
  if (doc.designMode === 'on') {
    const place: EditorPlace = { frame, quotes: quotesFor(hints) };
    return isTinyMce(body) ? tinyMceAdapter(body, place) : contentEditableAdapter(body, place);
  }
  if (body.isContentEditable) return classify(body, frame, hints);
  const inner = body.querySelector<HTMLElement>(EDITABLE_SELECTOR);
  const host = inner ? editableHost(inner) : null;
  if (host) return classify(host, frame, hints);
  const field = body.querySelector<HTMLElement>('textarea');
  return field && isTextField(field) ? new TextareaAdapter(field) : null;
}

function detect(el: HTMLElement, hints: EditorHints): EditorAdapter | null {
  if (el.tagName === 'IFRAME') {
    let doc: Document | null = null;
    try {
      doc = (el as HTMLIFrameElement).contentDocument;
    } catch {
      return null;
    }
    return doc ? fromDocument(doc, el as HTMLIFrameElement, hints) : null;
  }
  if (isTextField(el)) return new TextareaAdapter(el);
  const doc = el.ownerDocument;
  const frame = frameOf(doc);
  if (doc.designMode === 'on') return fromDocument(doc, frame, hints);
  let host = editableHost(el);
  if (!host) {
    const inner = el.querySelector<HTMLElement>(EDITABLE_SELECTOR);
    host = inner ? editableHost(inner) : null;
  }
  return host ? classify(host, frame, hints) : null;
}

/** The adapter for the editor `el` belongs to, or null; `hints`: what the site file says about its editors. Never throws. */
export function adapterFor(el: HTMLElement, hints: EditorHints = {}): EditorAdapter | null {
  try {
    return detect(el, hints);
  } catch {
    return null;
  }
}

/** Where the caret is, as an offset into `adapter.read().draft` (null when the caret is not in the editor). */
export function caretOffset(adapter: EditorAdapter): number | null {
  try {
    const el = adapter.element;
    if (isTextField(el)) {
      const field = el as HTMLTextAreaElement;
      return el.ownerDocument.activeElement === el ? field.selectionEnd : null;
    }
    return adapter.caretOffset?.() ?? null;
  } catch {
    return null;
  }
}

if (typeof document !== 'undefined') watchTyping(document);
