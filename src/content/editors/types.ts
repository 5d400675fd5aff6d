/** The contract between the content script and the per-editor code in src/content/editors/. */

export interface DraftText {
  /** What the seller wrote, as plain text with "\n" between lines and "\n\n" between paragraphs. */
  draft: string;
  /** Quoted history kept by the editor (Gmail .gmail_quote, blockquote, Outlook reply header…), or "". */
  quoted: string;
}

/**
 * What a page tells the adapters about its editors, as CSS selectors (the site files hold them: editors know
 * editors, sites know sites). Every field is optional; without hints only HTML's own quote element counts.
 */
export interface EditorHints {
  /** Elements whose subtree is quoted history (Gmail's .gmail_quote): read apart from the draft, never checked. */
  quote?: string[];
  /** Elements that start quoted history running to the end of the editor (Outlook's reply header). */
  quoteStart?: string[];
  /** Editing hosts that are roosterjs although roosterjs has not marked them yet (Outlook's, Proton's ids). */
  roosterjs?: string[];
}

export type ApplyOutcome =
  | { ok: true }
  /** The editor refused or corrupted the insert; the draft was restored and the text copied to the clipboard. */
  | { ok: false; reason: 'refused' | 'restored'; copied: boolean };

export interface EditorAdapter {
  /** Which path this adapter takes: 'textarea', 'contenteditable', 'lexical', 'draftjs', 'prosemirror', 'quill', 'ckeditor5', 'tinymce', 'roosterjs', 'slate', 'squire', 'tiptap'… */
  readonly kind: string;
  /** The element the seller types into (for an iframe editor, the iframe's body). */
  readonly element: HTMLElement;
  read(): DraftText;
  /** Insert `text` at UTF-16 offset `at` of read().draft, through the editor's own input path, as one undo step. */
  insert(text: string, at: number): Promise<ApplyOutcome>;
  /** A DOM Range over read().draft's [start, end) where the editor renders text as DOM (not in a textarea). */
  rangeFor?(start: number, end: number): Range | null;
  /** The caret's offset into read().draft where the editor renders text as DOM, null outside the draft. */
  caretOffset?(): number | null;
}
