/** Draft offset <-> DOM position, over the map built by rendered-text.ts. */
import { indexInParent, type DomPos } from './dom';
import type { Piece, TextMap } from './rendered-text';

function piecePosition(p: Piece, at: number): DomPos | null {
  switch (p.kind) {
    case 'text':
      return at < p.start || at > p.end ? null : { node: p.node, offset: p.domStart + (at - p.start) };
    case 'empty':
      return { node: p.node, offset: p.domStart };
    case 'br': {
      const parent = p.node.parentNode;
      if (!parent) return null;
      const i = indexInParent(p.node);
      return { node: parent, offset: at === p.start ? i : i + 1 };
    }
  }
}

/**
 * The DOM position for draft offset `at`. Inside a line it is exact; at the end of a line it is the end of that
 * line's text (so an insert takes the preceding text's formatting, as typing would); at the start of a line,
 * the start of that line. An offset inside a paragraph break ("\n\n" between two blocks) has no DOM position.
 */
export function positionForOffset(map: TextMap, at: number, root: HTMLElement): DomPos | null {
  if (at < 0 || at > map.draft.length) return null;
  if (map.pieces.length === 0) return at === 0 ? { node: root, offset: 0 } : null;
  let before: Piece | undefined;
  let after: Piece | undefined;
  for (const p of map.pieces) {
    if (p.start < at && at < p.end) return piecePosition(p, at);
    if (p.end === at) before = p;
    if (p.start === at && !after) after = p;
    if (p.start > at) break;
  }
  if (at === 0) return after ? piecePosition(after, 0) : null;
  if (before && (before.kind !== 'br' || !after)) return piecePosition(before, at);
  if (after) return piecePosition(after, at);
  return null;
}

/** Compare DOM positions: -1 if a is before b, 0 if equal, 1 if after. */
function comparePositions(a: DomPos, b: DomPos): number {
  if (a.node === b.node) return Math.sign(a.offset - b.offset);
  const doc = a.node.ownerDocument ?? (a.node as Document);
  const range = doc.createRange();
  range.setStart(b.node, b.offset);
  range.collapse(true);
  try {
    return range.comparePoint(a.node, a.offset);
  } catch {
    return 0;
  }
}

/** The draft offset of a DOM position (e.g. the caret), or null when it is outside the draft. */
export function offsetForPosition(map: TextMap, pos: DomPos): number | null {
  let best: number | null = null;
  for (const p of map.pieces) {
    if (p.kind === 'text' && p.node === pos.node) {
      // A text node can hold several pieces (collapsed white space splits it): find the one holding the offset.
      const last = p.domStart + (p.end - p.start);
      if (pos.offset > last) {
        best = p.end;
        continue;
      }
      return p.start + Math.max(0, pos.offset - p.domStart);
    }
    const start = piecePosition(p, p.start);
    const end = piecePosition(p, p.end);
    if (!start || !end) continue;
    if (comparePositions(pos, start) < 0) break;
    best = comparePositions(pos, end) >= 0 ? p.end : p.start;
  }
  return best ?? (map.pieces.length === 0 ? 0 : null);
}
