/**
 * Applies one fix, only ever after a click (or Enter on the fix button): re-checks the draft as it is now, finds the
 * clicked fix in the fresh hints, inserts its text through the editor adapter where the engine placed it, says how
 * it went, and puts the caret back in the box — unless the seller has moved on meanwhile.
 */
import type { Fix, Hint } from '../engine/types';
import type { ApplyOutcome } from './editors/types';
import { reportFailure } from '../shared/report';

/** Where a fix goes in a draft of `length`: the engine's offset, kept inside the draft (it may have shrunk since). */
export function insertionPoint(fix: Fix, length: number): number {
  return Math.max(0, Math.min(length, fix.offset));
}

/** The clicked fix among the current hint's fixes: the same place in the list, else the same label. */
export function currentFix(clicked: Hint, fixIndex: number, current: Hint | undefined): Fix | undefined {
  return current?.fixes[fixIndex] ?? current?.fixes.find((f) => f.label === clicked.fixes[fixIndex]?.label);
}

/** The notice keys a fix can end with (overlay_* strings in public/_locales). */
export type FixNotice = 'overlay_fix_applied' | 'overlay_fix_copied' | 'overlay_fix_failed' | 'overlay_fix_composing';

export interface FixTarget {
  /** An input method is composing text in the box (its text is not final until the composition ends). */
  composing(): boolean;
  /** Wait until the engine is ready (a fix needs fresh hints). */
  engineReady(): Promise<unknown>;
  /** Check the draft as it is now (the seller may have typed since the hints were computed); returns it. */
  checkNow(): string;
  /** The current hint for a rule after that check. */
  hint(rule: string): Hint | undefined;
  insert(text: string, at: number): Promise<ApplyOutcome>;
  say(key: FixNotice, kind: 'info' | 'error'): void;
  /** Put focus and caret back in the box, if focus is still with the box or the overlay. */
  returnFocus(): void;
  /** Check again after the fix, whatever happened. */
  recheck(): void;
  ended(): boolean;
}

export class FixApplier {
  private readonly target: FixTarget;
  private applying = false;
  /** Bumped whenever the seller moves focus into the panel, so a fix finishing later does not pull it back. */
  private focusMoves = 0;

  constructor(target: FixTarget) {
    this.target = target;
  }

  /** A fix is going in: the edits it makes are ours, not the seller's typing. */
  get busy(): boolean {
    return this.applying;
  }

  /** The seller moved focus into the panel (with the shortcut). */
  focusMoved(): void {
    this.focusMoves++;
  }

  async apply(clicked: Hint, fixIndex: number): Promise<void> {
    const target = this.target;
    if (this.applying || target.ended()) return;
    // Text inserted during an IME composition lands inside it or is dropped when it commits: refused until it ends.
    if (target.composing()) return target.say('overlay_fix_composing', 'info');
    this.applying = true;
    const moves = this.focusMoves;
    try {
      await target.engineReady();
      const before = target.checkNow();
      const hint = target.hint(clicked.rule);
      const fix = currentFix(clicked, fixIndex, hint);
      if (!hint || !fix) return;
      // The engine placed the fix with the options the hints came from (the seller's own sign-off included).
      const outcome = await target.insert(fix.text, insertionPoint(fix, before.length));
      if (outcome.ok) target.say('overlay_fix_applied', 'info');
      else target.say(outcome.copied ? 'overlay_fix_copied' : 'overlay_fix_failed', 'error');
      // Back to the editor, after the inserted text — unless the seller has moved on meanwhile (into the panel
      // with the shortcut, or somewhere else on the page).
      if (moves === this.focusMoves) target.returnFocus();
    } catch (e) {
      reportFailure('fix-failed', e);
      target.say('overlay_fix_failed', 'error');
    } finally {
      this.applying = false;
      target.recheck();
    }
  }
}
