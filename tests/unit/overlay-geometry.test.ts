// Placing the overlay without a browser: the frames between a box and the top document (src/content/anchor.ts),
// and where the badge goes around Send buttons and a textarea's scrollbar (src/content/overlay/geometry.ts).
import { describe, expect, it } from 'vitest';
import { anchorOf, framePath } from '../../src/content/anchor';
import {
  clearOf,
  frameIn,
  insetsOf,
  overlaps,
  panelSpot,
  PANEL_MIN_HEIGHT,
  rect,
} from '../../src/content/overlay/geometry';

/** A document shown by `frame` (null: a top document, or a parent we cannot see). */
function doc(frame: object | null): Document {
  const d = { defaultView: { frameElement: frame }, body: null as unknown } as { defaultView: object; body: unknown };
  d.body = { ownerDocument: d };
  return d as unknown as Document;
}
const el = (ownerDocument: Document) => ({ ownerDocument }) as unknown as HTMLElement;

describe('anchor: the frames between a box and the top document', () => {
  const top = doc(null);
  const outer = el(top);
  const middle = doc(outer);
  const inner = el(middle);
  const deepest = doc(inner);

  it('an iframe editor is shown by its iframe; any other box by itself', () => {
    expect(anchorOf(deepest.body)).toBe(inner);
    expect(anchorOf(top.body)).toBe(top.body);
    const field = el(deepest);
    expect(anchorOf(field)).toBe(field);
  });

  it('walks up frame by frame, innermost first, and stops at the top document', () => {
    expect(framePath(deepest, top).map((s) => s.frame)).toEqual([inner, outer]);
    expect(framePath(deepest, top).map((s) => s.doc)).toEqual([deepest, middle]);
    expect(framePath(top, top)).toEqual([]);
    expect(frameIn(deepest.body, top)).toBe(outer);
    expect(frameIn(top.body, top)).toBeNull();
  });

  it('a way up that breaks (a parent it cannot see) ends there and has no outermost frame', () => {
    const lost = doc(null);
    const path = framePath(lost, top);
    expect(path).toEqual([{ doc: lost, frame: null }]);
    expect(frameIn(lost.body, top)).toBeNull();
  });

  it('a page that nests frames in a loop is walked ten levels at most', () => {
    const loop = {} as { ownerDocument: Document };
    const d = doc(loop);
    loop.ownerDocument = d;
    expect(framePath(d, top)).toHaveLength(10);
  });
});

describe('geometry: where the badge goes', () => {
  it('slides left of a Send button it would cover, keeping a gap', () => {
    const send = rect(110, 95, 40, 30);
    const at = clearOf(100, 100, 20, 20, 0, [send]);
    expect(at).toEqual({ x: 84, y: 100 });
    expect(overlaps(rect(at.x, at.y, 20, 20), send)).toBe(false);
  });

  it('goes above the button when sliding left would leave the box', () => {
    expect(clearOf(100, 100, 20, 20, 90, [rect(110, 95, 40, 30)])).toEqual({ x: 100, y: 69 });
  });

  it('slides past two buttons side by side, and stays put when nothing is in the way', () => {
    const buttons = [rect(110, 95, 40, 30), rect(70, 95, 36, 30)];
    const at = clearOf(100, 100, 20, 20, 0, buttons);
    expect(at).toEqual({ x: 44, y: 100 });
    for (const b of buttons) expect(overlaps(rect(at.x, at.y, 20, 20), b)).toBe(false);
    expect(clearOf(10, 10, 20, 20, 0, buttons)).toEqual({ x: 10, y: 10 });
  });

  it("leaves room for a textarea's scrollbar and resize grip", () => {
    expect(insetsOf(null)).toEqual({ right: 6, bottom: 6 });
    const style = { borderLeftWidth: '1px', borderRightWidth: '1px', resize: 'none' };
    expect(insetsOf({ offsetWidth: 300, clientWidth: 283, style })).toEqual({ right: 21, bottom: 6 });
    expect(insetsOf({ offsetWidth: 300, clientWidth: 298, style: { ...style, resize: 'vertical' } })).toEqual({
      right: 6,
      bottom: 14,
    });
  });
});

describe('panelSpot: the open panel keeps off the text being typed', () => {
  const view = rect(0, 0, 1000, 800);
  const covers = (s: { x: number; y: number; maxHeight: number }, r: ReturnType<typeof rect>, w = 300) =>
    overlaps(rect(s.x, s.y, w, s.maxHeight), r, 0);
  const room = (box: ReturnType<typeof rect>, caret: ReturnType<typeof rect> | null = null, height = 300) => ({
    view,
    box,
    caret: () => caret,
    width: 300,
    height,
    alignRight: box.right - 6,
  });

  it('goes above a box with room above, right-aligned with the badge, whole', () => {
    const box = rect(100, 450, 600, 150);
    const s = panelSpot(room(box));
    expect(covers(s, box)).toBe(false);
    expect(s).toEqual({ x: 394, y: 142, maxHeight: 300 });
  });

  it('goes below a small frame near the top, beside it when neither above nor below has room', () => {
    const top = rect(100, 40, 600, 120);
    expect(panelSpot(room(top)).y).toBe(168);
    const tall = rect(20, 100, 600, 600);
    const s = panelSpot(room(tall));
    expect(covers(s, tall)).toBe(false);
    expect(s.x).toBe(628);
  });

  it('leaves the Send button free when another whole spot has room', () => {
    const box = rect(100, 300, 600, 150);
    const send = rect(560, 120, 140, 40);
    const s = panelSpot({ ...room(box), avoid: [send] });
    expect(covers(s, box) || covers(s, send)).toBe(false);
    expect(s.y).toBe(458);
  });

  it('with no room anywhere, covers the box but never the caret line, and asks for the caret only then', () => {
    const box = rect(0, 0, 1000, 800);
    let asked = 0;
    for (const caretY of [120, 640]) {
      const caret = rect(0, caretY, 1000, 20);
      const s = panelSpot({
        ...room(box, caret),
        caret: () => {
          asked++;
          return caret;
        },
      });
      expect(covers(s, caret)).toBe(false);
      expect(s.maxHeight).toBe(300);
    }
    expect(asked).toBe(2);
    asked = 0;
    panelSpot({ ...room(rect(100, 450, 600, 150)), caret: () => (asked++, null) });
    expect(asked).toBe(0);
  });

  it('shortens itself between the caret line and the edge rather than cover the caret', () => {
    const box = rect(0, 0, 1000, 800);
    const caret = rect(0, 380, 1000, 20);
    const s = panelSpot(room(box, caret, 700));
    expect(covers(s, caret)).toBe(false);
    expect(s.maxHeight).toBeGreaterThanOrEqual(PANEL_MIN_HEIGHT);
    expect(s.maxHeight).toBeLessThan(400);
  });
});
