/**
 * Squire (Fastmail, Tuta and other webmail composers). Squire keeps undo snapshots of its own (taken on Space,
 * Enter, paste…), not the browser's: after a native insertText, Ctrl+Z goes back to the snapshot before the last
 * typed word, taking that word with the fix. A synthetic paste goes through Squire's paste handler, which takes
 * a snapshot first (insertHTML → saveUndoState) and inserts each "\n" as a new line: one Ctrl+Z, exactly the fix.
 *
 * Squire leaves no class or attribute on its editable. What it does leave, each time it takes a snapshot while
 * the seller types (Space, Enter, paste), is a bookmark: two hidden <input id="squire-selection-start|end">
 * inserted around the selection and removed at once. A contenteditable no other adapter claims is therefore
 * watched (one MutationObserver on its own subtree, childList only, until the bookmark shows) and is taken as
 * Squire from then on. Before that, a fix is offered to Squire's paste first all the same: a bare contenteditable
 * ignores it (a synthetic event has no default action) and gets native insertText; Squire takes it with a snapshot
 * first, so even a fix before the first typed space undoes alone, and its bookmark makes it known from then on.
 */
import type { ApplyOutcome, DraftText, EditorAdapter } from './types';
import { contentEditableAdapter } from './contenteditable';
import { RichAdapter, type CustomPath, type EditorPlace } from './rich-adapter';
import { dispatchPaste } from './synthetic-input';

const BOOKMARK_IDS = new Set(['squire-selection-start', 'squire-selection-end']);
const squires = new WeakSet<HTMLElement>();
const watched = new WeakSet<HTMLElement>();

/** Watch an editable nobody recognised for Squire's bookmark (idempotent; the observer goes once it is seen). */
export function watchForSquire(root: HTMLElement): void {
  if (watched.has(root) || squires.has(root) || typeof MutationObserver !== 'function') return;
  watched.add(root);
  // (This world's MutationObserver: a page that replaced its own cannot reach it. It observes any same-origin frame.)
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeName === 'INPUT' && BOOKMARK_IDS.has((node as Element).id)) {
          squires.add(root);
          observer.disconnect();
          return;
        }
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
}

/** True once `root` has shown Squire's bookmark (see the file comment). */
export function isSquire(root: HTMLElement): boolean {
  return squires.has(root);
}

/**
 * Squire pastes plain text line by line (insertPlainText): the first line joins the block at the caret, every
 * further line becomes a <div>. An empty first line is merged into the caret's block as an invisible trailing
 * <br>, so the first blank line of "\n\nDoes everything look right?" would vanish; one more leading "\n" gives
 * Squire that line to merge, as for roosterjs. And Squire's HTML clean-up drops a leading space of the pasted
 * text (" out" became "shipsout"), so that one goes in as a no-break space, as Squire itself writes a space
 * before a space or at a line end.
 */
function forSquire(text: string): string {
  if (text.startsWith('\n')) return `\n${text}`;
  return text.startsWith(' ') ? `\u00a0${text.slice(1)}` : text;
}

/** Squire's paste, offered to an editable not yet known as Squire (see the file comment). */
const SQUIRE_PASTE: CustomPath = { name: 'paste', run: (target, shaped) => dispatchPaste(target, forSquire(shaped)) };

export function squireAdapter(root: HTMLElement, place: EditorPlace = {}): RichAdapter {
  return new RichAdapter({ kind: 'squire', root, ...place, paths: ['paste', 'execCommand'], reshape: forSquire });
}

/**
 * The adapter for a contenteditable no other adapter claims: a bare contenteditable, or Squire once it has shown
 * itself. Which one is decided at each call, since a session keeps its adapter from the first focus on.
 */
export class UnlistedEditableAdapter implements EditorAdapter {
  readonly element: HTMLElement;
  private readonly place: EditorPlace;
  private readonly plain: RichAdapter;
  private squire: RichAdapter | null = null;
  /** The adapter the last insert went through: a first fix may show Squire and change `current`. */
  private inserter: RichAdapter | null = null;

  constructor(root: HTMLElement, place: EditorPlace = {}) {
    this.element = root;
    this.place = place;
    this.plain = contentEditableAdapter(root, place, [SQUIRE_PASTE]);
    watchForSquire(root);
  }

  private get current(): RichAdapter {
    if (!isSquire(this.element)) return this.plain;
    return (this.squire ??= squireAdapter(this.element, this.place));
  }

  /** The caret's draft offset, null outside the draft. */
  caretOffset(): number | null {
    return this.current.caretOffset();
  }

  get kind(): string {
    return this.current.kind;
  }

  /** The input path the last successful insert went through (diagnostics and tests). */
  get lastPath(): string | null {
    return (this.inserter ?? this.current).lastPath;
  }

  read(): DraftText {
    return this.current.read();
  }

  insert(text: string, at: number): Promise<ApplyOutcome> {
    this.inserter = this.current;
    return this.inserter.insert(text, at);
  }

  rangeFor(start: number, end: number): Range | null {
    return this.current.rangeFor(start, end);
  }
}

export function unlistedEditableAdapter(root: HTMLElement, place: EditorPlace = {}): EditorAdapter {
  return new UnlistedEditableAdapter(root, place);
}
