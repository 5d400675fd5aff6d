/**
 * The hints one box shows: the last check's, minus the rules the seller dismissed, and none while the seller has
 * silenced the coach for this message. An empty box starts a new message: dismissals and silence are forgotten.
 * Whether the last check read the whole draft or only its opening and closing parts goes with them.
 */
import type { Hint, Lang } from '../engine/types';

export class HintList {
  private hints: Hint[] = [];
  private readonly dismissed = new Set<string>();
  /** The seller asked for no hints on this message. */
  silenced = false;
  /** The language of the last checked draft (null for an empty box). */
  lang: Lang | null = null;
  /** The last check read only the draft's opening and closing parts (a long draft). */
  partial = false;

  /** A check's hints (and language, unless the check failed; whether it read the draft only in part). */
  show(hints: readonly Hint[], lang?: Lang | null, partial = false): void {
    if (lang !== undefined) this.lang = lang;
    this.partial = partial;
    this.hints = hints.filter((h) => !this.dismissed.has(h.rule));
  }

  /** Hide this hint's rule until the box is empty again. */
  dismiss(rule: string): void {
    this.dismissed.add(rule);
    this.hints = this.hints.filter((h) => h.rule !== rule);
  }

  /** The box is empty: a new message. */
  clear(): void {
    this.dismissed.clear();
    this.silenced = false;
    this.hints = [];
    this.lang = null;
    this.partial = false;
  }

  /** The current hint for a rule (silenced or not: a fix may still be applied from a hint on screen). */
  find(rule: string): Hint | undefined {
    return this.hints.find((h) => h.rule === rule);
  }

  /** What the overlay shows. */
  get visible(): Hint[] {
    return this.silenced ? [] : this.hints;
  }
}
