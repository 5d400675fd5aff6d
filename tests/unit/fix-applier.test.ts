// Applying a fix (src/content/fix-applier.ts) against a stand-in box: where the text goes, which fix a stale click
// means, what the seller is told, and when focus goes back to the box.
import { describe, expect, it, vi } from 'vitest';
import type { Fix, Hint } from '../../src/engine/types';
import type { ApplyOutcome } from '../../src/content/editors/types';
import { currentFix, FixApplier, insertionPoint, type FixTarget } from '../../src/content/fix-applier';

const fix = (label: string, at: Fix['at'], offset = typeof at === 'number' ? at : 0): Fix => ({
  label,
  text: ` ${label}?`,
  at,
  offset,
});
const hint = (rule: string, fixes: Fix[]): Hint =>
  ({ rule, severity: 'suggestion', message: '', explanation: '', start: 0, end: 0, fixes }) as Hint;

describe('insertionPoint', () => {
  it("takes the engine's offset, always inside the draft", () => {
    expect(insertionPoint(fix('a', 'end-of-body', 12), 40)).toBe(12);
    expect(insertionPoint(fix('a', 'end-of-body', 80), 40)).toBe(40);
    expect(insertionPoint(fix('a', 'start'), 40)).toBe(0);
    expect(insertionPoint(fix('a', 7), 40)).toBe(7);
    expect(insertionPoint(fix('a', -3), 40)).toBe(0);
  });
});

describe('currentFix', () => {
  it('the same place in the fresh list, else the same label', () => {
    const clicked = hint('closing-question', [
      fix('Any questions', 'end-of-body'),
      fix('Does that work', 'end-of-body'),
    ]);
    const fresh = hint('closing-question', [fix('Does that work', 'end-of-body')]);
    expect(currentFix(clicked, 1, fresh)?.label).toBe('Does that work');
    expect(currentFix(clicked, 0, fresh)?.label).toBe('Does that work');
    expect(currentFix(clicked, 0, undefined)).toBeUndefined();
  });
});

function target(over: Partial<FixTarget> = {}) {
  const said: string[] = [];
  const t = {
    composing: () => false,
    engineReady: vi.fn(() => Promise.resolve()),
    checkNow: vi.fn(() => 'Hello Anna, it ships Monday.\n\nBest, Kim'),
    hint: vi.fn((rule: string) =>
      rule === 'closing-question' ? hint(rule, [fix('Any questions', 'end-of-body', 28)]) : undefined,
    ),
    insert: vi.fn((_text: string, _at: number): Promise<ApplyOutcome> => Promise.resolve({ ok: true })),
    say: vi.fn((key: string) => void said.push(key)),
    returnFocus: vi.fn(),
    recheck: vi.fn(),
    ended: () => false,
    ...over,
  };
  return { t, said, applier: new FixApplier(t) };
}
const clicked = hint('closing-question', [fix('Any questions', 'end-of-body', 5)]);

describe('FixApplier', () => {
  it('inserts where the fresh check placed the fix, says so, returns focus and checks again', async () => {
    const { t, said, applier } = target();
    await applier.apply(clicked, 0);
    expect(t.checkNow).toHaveBeenCalledTimes(1);
    expect(t.insert).toHaveBeenCalledWith(' Any questions?', 28);
    expect(said).toEqual(['overlay_fix_applied']);
    expect(t.returnFocus).toHaveBeenCalledTimes(1);
    expect(t.recheck).toHaveBeenCalledTimes(1);
    expect(applier.busy).toBe(false);
  });

  it('is busy while the fix goes in, and a second click meanwhile does nothing', async () => {
    let finish: (o: ApplyOutcome) => void = () => undefined;
    const { t, applier } = target({ insert: vi.fn(() => new Promise<ApplyOutcome>((r) => (finish = r))) });
    const first = applier.apply(clicked, 0);
    await vi.waitFor(() => expect(t.insert).toHaveBeenCalled());
    expect(applier.busy).toBe(true);
    await applier.apply(clicked, 0);
    finish({ ok: true });
    await first;
    expect(t.insert).toHaveBeenCalledTimes(1);
    expect(applier.busy).toBe(false);
  });

  it('refuses while an input method composes in the box, and says so; applies once the composition ended', async () => {
    let composing = true;
    const { t, said, applier } = target({ composing: () => composing });
    await applier.apply(clicked, 0);
    expect(t.insert).not.toHaveBeenCalled();
    expect(t.checkNow).not.toHaveBeenCalled();
    expect(said).toEqual(['overlay_fix_composing']);
    expect(applier.busy).toBe(false);
    composing = false;
    await applier.apply(clicked, 0);
    expect(t.insert).toHaveBeenCalledWith(' Any questions?', 28);
    expect(said).toEqual(['overlay_fix_composing', 'overlay_fix_applied']);
  });

  it('a hint gone since the click inserts nothing but still re-checks', async () => {
    const { t, said, applier } = target({ hint: vi.fn(() => undefined) });
    await applier.apply(clicked, 0);
    expect(t.insert).not.toHaveBeenCalled();
    expect(said).toEqual([]);
    expect(t.recheck).toHaveBeenCalledTimes(1);
  });

  it('tells a copied fix from a failed one, and a thrown insert is a failure', async () => {
    const copied = target({
      insert: vi.fn(() => Promise.resolve<ApplyOutcome>({ ok: false, reason: 'restored', copied: true })),
    });
    await copied.applier.apply(clicked, 0);
    expect(copied.said).toEqual(['overlay_fix_copied']);
    const failed = target({
      insert: vi.fn(() => Promise.resolve<ApplyOutcome>({ ok: false, reason: 'refused', copied: false })),
    });
    await failed.applier.apply(clicked, 0);
    expect(failed.said).toEqual(['overlay_fix_failed']);
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const thrown = target({ insert: vi.fn(() => Promise.reject(new Error('detached'))) });
    await thrown.applier.apply(clicked, 0);
    expect(thrown.said).toEqual(['overlay_fix_failed']);
    expect(thrown.t.recheck).toHaveBeenCalledTimes(1);
    debug.mockRestore();
  });

  it('does not pull focus back when the seller moved into the panel meanwhile', async () => {
    let finish: (o: ApplyOutcome) => void = () => undefined;
    const { t, applier } = target({ insert: vi.fn(() => new Promise<ApplyOutcome>((r) => (finish = r))) });
    const going = applier.apply(clicked, 0);
    await vi.waitFor(() => expect(t.insert).toHaveBeenCalled());
    applier.focusMoved();
    finish({ ok: true });
    await going;
    expect(t.returnFocus).not.toHaveBeenCalled();
  });

  it('does nothing once the box is gone', async () => {
    const { t, applier } = target({ ended: () => true });
    await applier.apply(clicked, 0);
    expect(t.engineReady).not.toHaveBeenCalled();
    expect(t.recheck).not.toHaveBeenCalled();
  });
});
