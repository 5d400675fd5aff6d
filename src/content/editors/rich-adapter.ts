/** The adapter for every contenteditable-based editor; each editor file only picks its input paths. */
import type { ApplyOutcome, DraftText, EditorAdapter } from './types';
import { noteTyping, quietFor, watchTyping } from './activity';
import { afterSelectionSettles, caretIn, focusEditable, selectionFor, setCaret, sleep, type DomPos } from './dom';
import { offsetForPosition, positionForOffset } from './positions';
import { blockBreakAt, quotesFor, readRendered, type Quotes, type TextMap } from './rendered-text';
import { dispatchBeforeInput, dispatchPaste, execInsertText, undoOnce } from './synthetic-input';
import { insertVerified, type InsertPlan } from './verified-insert';

/**
 * How the text is handed over. Before any of them, the text is shaped for the block at the caret (see
 * shapeForBlocks): afterwards each "\n" in it stands for one line/paragraph split.
 * - paste: a synthetic paste of text/plain (the editor splits at every "\n": Lexical, Draft.js, Quill, roosterjs)
 * - pasteParagraphs: text/plain with every split written as a blank line (CKEditor 5: "\n\n" splits, "\n" is a
 *   soft break)
 * - beforeinput: a synthetic beforeinput(insertText)
 * - execCommand: the browser's insertText command (each "\n" is a paragraph split, as Enter is)
 * - or an editor's own: { name, run(target, shaped, text) } returning whether the editor took it.
 */
export type BuiltinPath = 'paste' | 'pasteParagraphs' | 'beforeinput' | 'execCommand';
export interface CustomPath {
  name: string;
  run(target: HTMLElement, shaped: string, text: string): boolean;
}
export type InputPath = BuiltinPath | CustomPath;

export interface RichConfig {
  kind: string;
  /** The editing host (or the body of an editable iframe document). */
  root: HTMLElement;
  /** The iframe holding `root`, for iframe editors. */
  frame?: HTMLIFrameElement | null;
  /** Input paths to try, in order; the next is tried only if the editor did not take the previous one. */
  paths: InputPath[];
  /** The editor merges changes this close to the last keystroke into one undo step: wait this long first. */
  quietMs?: number;
  /** How long the editor may take to render an input it took (ms). */
  settleMs?: number;
  /** The element the editor makes paragraphs of, to learn their layout while the editor has none yet. */
  paragraphTag?: string;
  /** A last editor-specific touch to the shaped text. */
  reshape?: (text: string) => string;
  /** Called right before and right after the text is handed over (e.g. to make the editor close an undo level). */
  aroundInsert?: (root: HTMLElement) => void;
  /** Where this page's editor keeps quoted history (from the site file's hints); default: <blockquote> only. */
  quotes?: Quotes;
  /** How to read the editor's text (default readRendered), e.g. to leave out a placeholder drawn inside it. */
  readMap?: (root: HTMLElement) => TextMap;
  /** The editor takes up a moved caret this long after the selection changed (a throttled selectionchange). */
  caretSyncMs?: number;
  /**
   * Where a run of text before the caret starts that the insert should type again (select it, insert it before
   * the text), or null. For editors whose history joins an insert that continues the last typed text into that
   * typing's undo step (slate-history): replacing a selection starts a step of its own.
   */
  retypeFrom?: (root: HTMLElement, caret: DomPos, text: string) => DomPos | null;
}

/** Where an editor sits on its page: its iframe (if any) and how the page marks quoted history in it. */
export type EditorPlace = Pick<RichConfig, 'frame' | 'quotes'>;

/**
 * In an editor whose paragraphs have margins, one paragraph split reads as "\n\n"; in a margin-less one (Quill
 * lines, Gmail/Outlook/Draft.js divs, Facebook's Lexical) as "\n". Turn each run of n newlines into the number
 * of splits that reads back as n newlines (at least one).
 */
export function shapeForBlocks(text: string, breakWeight: 1 | 2): string {
  if (breakWeight === 1) return text;
  return text.replace(/\n+/g, (run) => '\n'.repeat(Math.max(1, Math.round(run.length / breakWeight))));
}

const BUILTIN: Record<BuiltinPath, (target: HTMLElement, shaped: string) => boolean> = {
  paste: (target, shaped) => dispatchPaste(target, shaped),
  pasteParagraphs: (target, shaped) => dispatchPaste(target, shaped.replace(/\n/g, '\n\n')),
  beforeinput: (target, shaped) => dispatchBeforeInput(target, shaped),
  execCommand: (target, shaped) => execInsertText(target.ownerDocument, shaped),
};

export class RichAdapter implements EditorAdapter {
  readonly kind: string;
  readonly element: HTMLElement;
  /** The input path the last successful insert went through (diagnostics and tests). */
  lastPath: string | null = null;
  private readonly cfg: RichConfig;
  private caretPos: DomPos | null = null;
  /** Text before the caret that is selected and goes in again ahead of the fix (see RichConfig.retypeFrom). */
  private prefix = '';
  private readonly quotes: Quotes;

  constructor(cfg: RichConfig) {
    this.cfg = cfg;
    this.kind = cfg.kind;
    this.element = cfg.root;
    this.quotes = cfg.quotes ?? quotesFor();
    watchTyping(cfg.root.ownerDocument);
  }

  read(): DraftText {
    try {
      const { draft, quoted } = this.map();
      return { draft, quoted };
    } catch {
      return { draft: '', quoted: '' };
    }
  }

  async insert(text: string, at: number): Promise<ApplyOutcome> {
    this.lastPath = null;
    let used: string | null = null;
    const outcome = await insertVerified(
      this.plan((name) => (used = name)),
      text,
      at,
    );
    if (outcome.ok) this.lastPath = used;
    return outcome;
  }

  rangeFor(start: number, end: number): Range | null {
    const root = this.element;
    const map = this.map();
    const a = positionForOffset(map, start, root);
    const b = positionForOffset(map, end, root);
    if (!a || !b) return null;
    try {
      const range = root.ownerDocument.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range.collapsed ? null : range;
    } catch {
      return null;
    }
  }

  /** The rendered text and its offset map, quoted history set apart as this page's editor marks it. */
  private map(): TextMap {
    return this.cfg.readMap ? this.cfg.readMap(this.element) : readRendered(this.element, this.quotes);
  }

  /** The caret's draft offset (for callers that want to know where the seller is typing), null outside the draft. */
  caretOffset(): number | null {
    const pos = caretIn(this.element);
    return pos ? offsetForPosition(this.map(), pos) : null;
  }

  private async caretTo(at: number): Promise<boolean> {
    const root = this.element;
    focusEditable(root, this.cfg.frame);
    const pos = positionForOffset(this.map(), at, root);
    this.caretPos = pos;
    if (!pos || !setCaret(root, pos)) return false;
    await afterSelectionSettles(root.ownerDocument);
    return true;
  }

  private selectionNow(): [Node | null, number, Node | null, number] | null {
    const sel = selectionFor(this.element);
    return sel && sel.rangeCount ? [sel.anchorNode, sel.anchorOffset, sel.focusNode, sel.focusOffset] : null;
  }

  /** Select from cfg.retypeFrom's start to the caret; returns the selected text ("" when nothing was selected). */
  private selectBack(caret: DomPos, text: string): string {
    const root = this.element;
    const from = this.cfg.retypeFrom?.(root, caret, text);
    const sel = selectionFor(root);
    if (!from || !sel) return '';
    try {
      const range = root.ownerDocument.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(caret.node, caret.offset);
      const prefix = range.toString();
      if (!prefix) return '';
      sel.setBaseAndExtent(from.node, from.offset, caret.node, caret.offset);
      return prefix;
    } catch {
      setCaret(root, caret);
      return '';
    }
  }

  private shape(text: string): string {
    const weight = this.caretPos ? blockBreakAt(this.element, this.caretPos.node, this.cfg.paragraphTag) : 1;
    const shaped = shapeForBlocks(text, weight);
    return this.cfg.reshape ? this.cfg.reshape(shaped) : shaped;
  }

  private plan(onUse: (name: string) => void): InsertPlan {
    const root = this.element;
    const doc = root.ownerDocument;
    return {
      doc,
      read: () => this.map().draft,
      place: async (at, text) => {
        await quietFor(doc, this.cfg.quietMs ?? 0);
        // An editor that keeps its own selection may put the DOM selection back to it once more after a focus (Slate
        // does in the next animation frame): then place it again, until it stays.
        for (let attempt = 0; ; attempt++) {
          this.prefix = '';
          const placed = await this.caretTo(at);
          if (placed && this.caretPos && this.cfg.retypeFrom) this.prefix = this.selectBack(this.caretPos, text);
          if (!placed || !this.cfg.caretSyncMs) return placed;
          const wanted = this.selectionNow();
          await sleep(this.cfg.caretSyncMs);
          if (sameSelection(wanted, this.selectionNow())) return true;
          if (attempt === 2) return false;
        }
      },
      caretTo: async (at) => {
        await this.caretTo(at);
      },
      caret: () => this.caretOffset(),
      paths: this.cfg.paths.map((p) => (text: string) => {
        const name = typeof p === 'string' ? p : p.name;
        onUse(name);
        this.cfg.aroundInsert?.(root);
        const shaped = this.prefix + this.shape(text);
        const handled = typeof p === 'string' ? BUILTIN[p](root, shaped) : p.run(root, shaped, text);
        this.cfg.aroundInsert?.(root);
        // A history that merges every change within its window merges a second fix into this one too: the next
        // insert waits out the window after this change as after a keystroke.
        if (this.cfg.quietMs) noteTyping(doc);
        return handled;
      }),
      undo: () => {
        focusEditable(root, this.cfg.frame);
        undoOnce(root);
      },
      settleMs: this.cfg.settleMs ?? 1000,
    };
  }
}

function sameSelection(a: unknown[] | null, b: unknown[] | null): boolean {
  return !!a && !!b && a.every((v, i) => v === b[i]);
}
