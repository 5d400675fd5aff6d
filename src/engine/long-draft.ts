/**
 * Long drafts: when the seller's own text is longer than OPENING_CHARS + CLOSING_CHARS, the engine checks its opening
 * part (greeting, first paragraphs) and its closing part (last paragraphs, sign-off), with the newest QUOTED_CHARS of
 * the quoted history below it as context. A check then reads at most about 30,000 characters whatever was pasted, and
 * finding those parts parses no more than a window at each end. `checkedView` builds the text the engine
 * reads and the way back to offsets in the full text.
 */
import { isQuoteHeader, splitLines, splitQuoted, type Line } from './draft';
import type { PartialCheck } from './types';

/** Characters of the seller's own text checked from its start. */
export const OPENING_CHARS = 5_000;
/** Characters of the seller's own text checked up to its end (before the quoted history). */
export const CLOSING_CHARS = 5_000;
/** Characters of quoted history read as context: its top, where mail clients put the newest message. */
export const QUOTED_CHARS = 10_000;
/** How far from the top of a long text a reply header is looked for (an own text within the limit ends there). */
const TOP_CHARS = 15_000;
/** How far from the bottom of a long text the end of its own text is looked for (and above a ">" run). */
const BOTTOM_CHARS = 30_000;
/** Between the opening and the closing part: a paragraph break, so no sentence or paragraph spans the gap. */
const GAP = '\n\n';

export interface CheckedView {
  /** The text the engine reads. */
  text: string;
  /** An offset into `text` as an offset into the full text. */
  back(i: number): number;
  /** Set when only the opening and closing parts of the own text are in `text`. */
  partial?: PartialCheck;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isQuoteText = (t: string) => /^\s*>/.test(t);

/**
 * The part of `text` the engine reads, or null when that is all of it. Pure: the same text gives the same view.
 */
export function checkedView(text: string): CheckedView | null {
  if (text.length <= OPENING_CHARS + CLOSING_CHARS) return null;
  const ownEnd = ownTextEnd(text);
  const quotedEnd = cutBefore(text, ownEnd + QUOTED_CHARS, ownEnd);
  if (ownEnd <= OPENING_CHARS + CLOSING_CHARS)
    return quotedEnd >= text.length ? null : { text: text.slice(0, quotedEnd), back: (i) => i };
  const headEnd = openingEnd(text);
  const tailStart = closingStart(text, ownEnd);
  const shift = tailStart - headEnd - GAP.length;
  return {
    text: text.slice(0, headEnd) + GAP + text.slice(tailStart, quotedEnd),
    // An offset in the gap means the start of the closing part.
    back: (i) => (i <= headEnd ? i : i < headEnd + GAP.length ? tailStart : Math.min(text.length, i + shift)),
    partial: {
      openingEnd: headEnd,
      closingStart: tailStart,
      closingEnd: ownEnd,
      checkedChars: headEnd + (ownEnd - tailStart),
      totalChars: ownEnd,
    },
  };
}

/** Quoted history the page keeps outside the draft, read as far as the draft's own is (its newest part). */
export function boundedQuote(quoted: string): string {
  return quoted.length <= QUOTED_CHARS ? quoted : quoted.slice(0, cutBefore(quoted, QUOTED_CHARS, 0));
}

/** An end offset at most `max` (and more than `min`): after a whole line when one ends there, never inside a pair. */
function cutBefore(text: string, max: number, min: number): number {
  if (max >= text.length) return text.length;
  const nl = text.lastIndexOf('\n', max - 1);
  if (nl > min) return nl;
  return isHigh(text.charCodeAt(max - 1)) ? max - 1 : max;
}

/** The lines of text[from, to) with offsets into the full text, split into own and quoted as the parser does. */
function parseWindow(text: string, from: number, to: number): { own: Line[]; cut: boolean } {
  const lines = splitLines(text.slice(from, to));
  const { own, cut } = splitQuoted(lines);
  // A window that starts inside a line: that line is quoted when its real start is.
  const lineStart = from > 0 ? text.lastIndexOf('\n', from - 1) + 1 : 0;
  const quotedFirst = lineStart < from && isQuoteText(text.slice(lineStart, lineStart + 100));
  const shifted = own
    .filter((l) => l.text.trim() !== '' && !(quotedFirst && l.index === 0))
    .map((l) => ({ ...l, start: l.start + from, end: l.end + from }));
  return { own: shifted, cut: cut < lines.length };
}

/** Where the seller's own text ends: after its last line above the trailing quoted history. */
function ownTextEnd(text: string): number {
  // A reply header near the top: the own text ends above it.
  const topEnd = text.length <= TOP_CHARS ? text.length : cutBefore(text, TOP_CHARS, TOP_CHARS / 2);
  const top = parseWindow(text, 0, topEnd);
  if (top.cut || topEnd === text.length) return top.own.at(-1)?.end ?? 0;
  // Otherwise the own text runs past the top window: its end is in the last one, or above a long ">" run.
  const start = Math.max(topEnd, text.length - BOTTOM_CHARS);
  const nl = text.indexOf('\n', start);
  const from = nl !== -1 && nl < start + BOTTOM_CHARS / 2 ? nl + 1 : start;
  const bottom = parseWindow(text, from, text.length);
  const last = bottom.own.at(-1);
  if (last) return last.end;
  // The last window is all quoted: walk up over ">", reply header and blank lines to the last line of the seller's.
  let end = from > 0 && text[from - 1] === '\n' ? from - 1 : from;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() && !isQuoteText(line) && !isQuoteHeader(line)) return start + line.length;
    end = start > 0 ? start - 1 : 0;
  }
  return 0;
}

/** End of the opening part: after a whole line near OPENING_CHARS (not a reply header), else at a space. */
function openingEnd(text: string): number {
  let nl = text.lastIndexOf('\n', OPENING_CHARS);
  while (nl >= OPENING_CHARS / 2) {
    const prev = text.lastIndexOf('\n', nl - 1);
    // A header whose quote lines fell into the gap would make the closing part quoted history.
    if (!isQuoteHeader(text.slice(prev + 1, nl).replace(/\r$/, ''))) return nl;
    nl = prev;
  }
  for (let i = OPENING_CHARS; i > OPENING_CHARS - 1000; i--) if (/\s/.test(text[i - 1]!)) return i;
  return isHigh(text.charCodeAt(OPENING_CHARS - 1)) ? OPENING_CHARS - 1 : OPENING_CHARS;
}

/** Start of the closing part: a whole line near CLOSING_CHARS before the own text's end, else after a space. */
function closingStart(text: string, ownEnd: number): number {
  const target = ownEnd - CLOSING_CHARS;
  const nl = text.indexOf('\n', target - 1);
  if (nl !== -1 && nl + 1 <= ownEnd - CLOSING_CHARS / 2) return nl + 1;
  for (let i = target; i < target + 1000; i++) if (/\s/.test(text[i]!)) return i + 1;
  return isHigh(text.charCodeAt(target - 1)) ? target + 1 : target;
}
