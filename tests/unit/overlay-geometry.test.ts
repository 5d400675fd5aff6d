// Placing the overlay without a browser: the frames between a box and the top document (src/content/anchor.ts),
// and where the badge goes around Send buttons and a textarea's scrollbar (src/content/overlay/geometry.ts).
import { describe, expect, it } from 'vitest';
import { anchorOf, framePath } from '../../src/content/anchor';
import { clearOf, frameIn, insetsOf, overlaps, rect } from '../../src/content/overlay/geometry';

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
