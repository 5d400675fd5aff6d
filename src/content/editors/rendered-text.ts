/**
 * Reads the text an editable renders, as plain text with "\n" between lines and "\n\n" between paragraphs,
 * and keeps a map from every draft offset back to a DOM position (see positions.ts).
 *
 * Rules (they follow how Chrome and Firefox lay the DOM out, not any one editor's model):
 * - A block element starts and ends a line. If the block has a vertical margin (a paragraph: <p> with the
 *   browser's default style, Lexical/ProseMirror/CKEditor/TinyMCE paragraphs) the break is "\n\n", else "\n"
 *   (Gmail/Outlook/Draft.js <div> lines, Quill's margin-less <p> lines). Adjacent breaks collapse to the larger.
 * - <br> ends a line, except the last <br> of a block, which only keeps an empty block one line tall (the
 *   "placeholder" every editor puts in an empty paragraph).
 * - Collapsible white space collapses as CSS does; NBSP reads as a space; zero-width editor fillers
 *   (U+200B, U+FEFF, U+2060) are dropped.
 * - Quoted history goes to `quoted`: a <blockquote> (and the attribution line mail clients put before one), the
 *   site's own quote elements, and a site's reply header with everything after it (`Quotes`, from the site file).
 */
import { indexInParent, isElement, windowOf } from './dom';
import type { EditorHints } from './types';

export type PieceKind = 'text' | 'br' | 'empty';

export interface Piece {
  /** Offsets into the draft: [start, end). 'empty' pieces have start === end. */
  start: number;
  end: number;
  kind: PieceKind;
  /** The Text node ('text'), the <br> ('br'), or the element holding an empty line ('empty'). */
  node: Node;
  /**
   * 'text': the DOM offset in `node` of draft offset `start`; the piece's characters follow it one for one, so draft
   * offset `at` is DOM offset `domStart + at - start` (a piece ends where they would not). 'empty': the offset in
   * `node`. 'br': 0.
   */
  domStart: number;
}

export interface TextMap {
  draft: string;
  quoted: string;
  pieces: Piece[];
}

/** HTML mail's own quote markup, whatever site it is written on: <blockquote> and Thunderbird's attribution line. */
const MAIL_QUOTE = ['blockquote', '.moz-cite-prefix'];

/** Where quoted history is in one editor: `inside` subtrees, and everything from a `from` element to the end. */
export interface Quotes {
  inside: string;
  from: string | null;
}

/** A selector a site file got wrong must not stop the draft from being read: it is left out. */
function valid(sel: string): boolean {
  try {
    document.createDocumentFragment().querySelector(sel);
    return true;
  } catch {
    return false;
  }
}

/** The quote selectors for an editor on a page with these hints (see EditorHints). */
export function quotesFor(hints: EditorHints = {}): Quotes {
  const from = (hints.quoteStart ?? []).filter(valid);
  return {
    inside: [...MAIL_QUOTE, ...(hints.quote ?? []).filter(valid)].join(','),
    from: from.length ? from.join(',') : null,
  };
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'HEAD', 'META', 'LINK', 'svg']);
const PARAGRAPH_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL', 'PRE', 'FIGURE']);
const BLOCK_TAGS = new Set([
  ...PARAGRAPH_TAGS,
  'DIV',
  'LI',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ADDRESS',
  'ASIDE',
  'NAV',
  'MAIN',
  'HR',
  'DL',
  'DT',
  'DD',
  'FIGCAPTION',
  'DETAILS',
  'SUMMARY',
  'BODY',
  'HTML',
  'FORM',
  'FIELDSET',
  'CENTER',
]);
const ZERO_WIDTH = /[\u200b\ufeff\u2060]/;
const COLLAPSIBLE = /[ \t\n\r\f]/;
/** The characters readText handles one by one: zero-width ones, collapsible white space, the no-break space. */
const SPECIAL = /[\u200b\ufeff\u2060 \t\n\r\f\u00a0]/g;
/** The same where white space is kept as written (`pre`, `pre-wrap`, `break-spaces`). */
const SPECIAL_PRE = /[\u200b\ufeff\u2060\u00a0]/g;

interface BlockInfo {
  display: 'none' | 'block' | 'inline';
  /** Break before / after: 2 when the block has a top / bottom margin, else 1. */
  before: 1 | 2;
  after: 1 | 2;
}

class Sink {
  text = '';
  pieces: Piece[] = [];
  private pendingBreak = 0;
  private pendingBrs: HTMLBRElement[] = [];
  private pendingSpace: { node: Text; offset: number } | null = null;
  private lineStartPieces = 0;

  atLineStart(): boolean {
    return this.pieces.length === 0 || this.pendingBreak > 0 || this.pendingBrs.length > 0 || this.text.endsWith('\n');
  }

  /** A block starts or ends here. */
  boundary(n: 1 | 2): void {
    this.resolveBrs();
    this.pendingSpace = null;
    this.pendingBreak = Math.max(this.pendingBreak, n);
    this.lineStartPieces = this.pieces.length;
  }

  br(br: HTMLBRElement): void {
    this.pendingSpace = null;
    this.pendingBrs.push(br);
  }

  space(node: Text, offset: number): void {
    if (!this.pendingSpace && !this.atLineStart()) this.pendingSpace = { node, offset };
  }

  addText(node: Text, text: string, domStart: number): void {
    if (!text) return;
    for (const br of this.pendingBrs) this.emitBr(br);
    this.pendingBrs = [];
    this.flushBreak();
    if (this.pendingSpace) {
      const { node: sNode, offset } = this.pendingSpace;
      this.pendingSpace = null;
      this.push('text', sNode, ' ', offset);
    }
    this.push('text', node, text, domStart);
  }

  finish(): void {
    this.resolveBrs();
  }

  /** Pending <br>s at a block boundary: all but the last end a line; the last is the block's placeholder. */
  private resolveBrs(): void {
    if (this.pendingBrs.length === 0) return;
    const placeholder = this.pendingBrs.pop()!;
    const lineWasEmpty = this.pieces.length === this.lineStartPieces;
    const real = this.pendingBrs;
    this.pendingBrs = [];
    for (const br of real) this.emitBr(br);
    if (lineWasEmpty && real.length === 0 && placeholder.parentNode) {
      this.flushBreak();
      this.push('empty', placeholder.parentNode, '', indexInParent(placeholder));
    }
  }

  private emitBr(br: HTMLBRElement): void {
    this.flushBreak();
    this.pendingSpace = null;
    this.push('br', br, '\n', 0);
  }

  private flushBreak(): void {
    if (this.pendingBreak > 0 && this.pieces.length > 0) this.text += '\n'.repeat(this.pendingBreak);
    this.pendingBreak = 0;
  }

  private push(kind: PieceKind, node: Node, text: string, domStart: number): void {
    const start = this.text.length;
    this.text += text;
    // Text that goes on where the last piece stopped, in the draft and in the same node, extends it: a 1 MB paste is
    // a few pieces, not two per word.
    const last = this.pieces[this.pieces.length - 1];
    if (
      kind === 'text' &&
      last?.kind === 'text' &&
      last.node === node &&
      last.end === start &&
      last.domStart + (last.end - last.start) === domStart
    ) {
      last.end = this.text.length;
      return;
    }
    this.pieces.push({ start, end: this.text.length, kind, node, domStart });
  }
}

function blockInfo(el: Element): BlockInfo {
  let display = '';
  let mt = 0;
  let mb = 0;
  try {
    const cs = windowOf(el).getComputedStyle(el);
    display = cs.display;
    mt = parseFloat(cs.marginTop) || 0;
    mb = parseFloat(cs.marginBottom) || 0;
  } catch {
    /* detached or foreign element: fall back to the tag */
  }
  const tag = el.tagName;
  if (!display) {
    if (!BLOCK_TAGS.has(tag)) return { display: 'inline', before: 1, after: 1 };
    const n = PARAGRAPH_TAGS.has(tag) ? 2 : 1;
    return { display: 'block', before: n, after: n };
  }
  if (display === 'none') return { display: 'none', before: 1, after: 1 };
  if (display.startsWith('inline') || display === 'contents' || display === 'ruby') {
    return { display: 'inline', before: 1, after: 1 };
  }
  return { display: 'block', before: mt > 0.5 ? 2 : 1, after: mb > 0.5 ? 2 : 1 };
}

function whiteSpaceOf(el: Element | null): { collapse: boolean; keepNewlines: boolean } {
  if (!el) return { collapse: true, keepNewlines: false };
  let ws = '';
  try {
    ws = windowOf(el).getComputedStyle(el).whiteSpace;
  } catch {
    /* fall through */
  }
  if (ws.startsWith('pre') && ws !== 'pre-line') return { collapse: false, keepNewlines: true };
  if (ws === 'break-spaces') return { collapse: false, keepNewlines: true };
  if (ws === 'pre-line') return { collapse: true, keepNewlines: true };
  return { collapse: true, keepNewlines: false };
}

function readText(node: Text, sink: Sink, wsCache: Map<Element | null, ReturnType<typeof whiteSpaceOf>>): void {
  const data = node.data;
  if (!data) return;
  const parent = node.parentElement;
  let ws = wsCache.get(parent);
  if (!ws) {
    ws = whiteSpaceOf(parent);
    wsCache.set(parent, ws);
  }
  // The current run: characters that follow one another in the DOM, from DOM offset runStart.
  let run = '';
  let runStart = 0;
  const flush = () => {
    if (run) sink.addText(node, run, runStart);
    run = '';
  };
  const take = (text: string, at: number) => {
    if (!run) runStart = at;
    run += text;
  };
  // Runs of ordinary characters are taken whole; only the characters SPECIAL finds are looked at one by one (a
  // 1 MB paste is read in one pass, not a regex test per character).
  const special = ws.collapse ? SPECIAL : SPECIAL_PRE;
  let i = 0;
  while (i < data.length) {
    special.lastIndex = i;
    const m = special.exec(data);
    const j = m ? m.index : data.length;
    if (j > i) take(data.slice(i, j), i);
    if (!m) break;
    const ch = data[j]!;
    i = j + 1;
    // A zero-width character is no character of the draft: the next one is not next in the DOM.
    if (ZERO_WIDTH.test(ch)) {
      flush();
      continue;
    }
    if (ws.collapse && COLLAPSIBLE.test(ch) && !(ws.keepNewlines && ch === '\n')) {
      flush();
      sink.space(node, j);
      continue;
    }
    take(ch === '\u00a0' ? ' ' : ch, j);
  }
  flush();
}

/** Read `root` (an editing host, or the body of an editable document). */
export function readRendered(root: HTMLElement, quotes: Quotes = quotesFor()): TextMap {
  const draft = new Sink();
  const quoted = new Sink();
  let sink = draft;
  const wsCache = new Map<Element | null, ReturnType<typeof whiteSpaceOf>>();

  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      readText(node as Text, sink, wsCache);
      return;
    }
    if (!isElement(node)) return;
    const el = node;
    if (SKIP_TAGS.has(el.tagName) || el.getAttribute('data-mce-bogus') === 'all') return;
    if (el.tagName === 'BR') {
      sink.br(el as HTMLBRElement);
      return;
    }
    if (sink === draft && quotes.from && el.matches(quotes.from)) {
      draft.boundary(1);
      sink = quoted;
    }
    if (sink === draft && el.matches(quotes.inside)) {
      draft.boundary(1);
      sink = quoted;
      visitElement(el);
      sink = draft;
      draft.boundary(1);
      return;
    }
    visitElement(el);
  };

  const visitElement = (el: HTMLElement): void => {
    const info = blockInfo(el);
    if (info.display === 'none') return;
    if (info.display === 'block') sink.boundary(info.before);
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (info.display === 'block') sink.boundary(info.after);
  };

  draft.boundary(1);
  for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
  draft.boundary(1);
  draft.finish();
  quoted.finish();
  return { draft: draft.text, quoted: quoted.text, pieces: draft.pieces };
}

/**
 * The break one line/paragraph split makes at `node` (2 if its block has a vertical margin, else 1). With no
 * block at all yet (an empty Lexical root has no paragraph until the first input), a hidden copy of the root
 * with one `probeTag` element in it, placed next to the root for a moment, tells how the editor's paragraphs
 * will lay out.
 */
export function blockBreakAt(root: HTMLElement, node: Node, probeTag?: string): 1 | 2 {
  const weight = (info: BlockInfo): 1 | 2 => (info.before === 2 || info.after === 2 ? 2 : 1);
  for (let el: Node | null = node; el && el !== root; el = el.parentNode) {
    if (!isElement(el)) continue;
    const info = blockInfo(el);
    if (info.display === 'block') return weight(info);
  }
  // Directly in the root: as the root's first block child lays out.
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    const info = blockInfo(child);
    if (info.display === 'block') return weight(info);
  }
  if (!probeTag || !root.parentNode) return 1;
  const probe = root.cloneNode(false) as HTMLElement;
  probe.removeAttribute('id');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText += ';position:absolute!important;visibility:hidden!important;left:-99999px!important';
  const block = root.ownerDocument.createElement(probeTag);
  block.textContent = 'x';
  probe.append(block);
  root.parentNode.insertBefore(probe, root.nextSibling);
  try {
    const info = blockInfo(block);
    return info.display === 'block' ? weight(info) : 1;
  } finally {
    probe.remove();
  }
}
