/**
 * The one insertion procedure every adapter runs: place the caret, hand the text to the editor through its
 * input paths in order, read the text back, and keep the result only if it is exactly the old draft with the
 * fix at `at`. Otherwise undo through the editor and copy the fix to the clipboard. Never throws.
 */
import type { ApplyOutcome } from './types';
import { copyText } from './clipboard';
import { nextRender, sleep, waitUntil } from './dom';

export interface InsertPlan {
  doc: Document;
  /** The current draft, as the adapter's read() reports it. */
  read(): string;
  /** Wait for the editor to be ready for a new undo step, focus it and put the caret at draft offset `at` (for `text`). */
  place(at: number, text: string): Promise<boolean>;
  /** Put the caret at `at` without waiting (after a successful insert). */
  caretTo(at: number): Promise<void>;
  /** The caret's draft offset, if the caret is in the editor. */
  caret(): number | null;
  /** Input paths, in order. Each returns true if the editor took the input (it then is not offered the next). */
  paths: Array<(text: string) => boolean>;
  /** Undo one step through the editor. */
  undo(): void;
  /** How long an editor may take to show an input it took (ms). */
  settleMs: number;
}

/** Line-break runs are layout (a <p> margin reads "\n\n", a <br> "\n"), so they compare as one break. */
export function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  const norm = (s: string) =>
    s
      .replace(/\n+/g, '\n')
      .replace(/[ \u00a0]+\n/g, '\n')
      .trim();
  return norm(a) === norm(b);
}

async function fail(plan: InsertPlan, text: string, reason: 'refused' | 'restored'): Promise<ApplyOutcome> {
  let copied = false;
  try {
    copied = await copyText(text, plan.doc);
  } catch {
    copied = false;
  }
  return { ok: false, reason, copied };
}

/** One insert at a time per document: a second click waits for the first to be verified (or undone). */
const queues = new WeakMap<Document, Promise<unknown>>();

export function insertVerified(plan: InsertPlan, text: string, at: number): Promise<ApplyOutcome> {
  const previous = queues.get(plan.doc) ?? Promise.resolve();
  const next = previous.then(
    () => insertNow(plan, text, at),
    () => insertNow(plan, text, at),
  );
  queues.set(plan.doc, next);
  return next;
}

async function insertNow(plan: InsertPlan, text: string, at: number): Promise<ApplyOutcome> {
  try {
    const start = plan.read();
    if (!Number.isInteger(at) || at < 0 || at > start.length) return await fail(plan, text, 'refused');
    if (text === '') return { ok: true };
    if (!(await plan.place(at, text))) return await fail(plan, text, 'refused');
    const before = plan.read();
    // The seller typed while we waited for the editor's undo window: offsets no longer hold.
    if (before !== start) return await fail(plan, text, 'refused');
    const expected = before.slice(0, at) + text + before.slice(at);

    let current = before;
    for (const path of plan.paths) {
      let handled = false;
      try {
        handled = path(text);
      } catch {
        handled = false;
      }
      await waitUntil(() => (current = plan.read()) !== before, handled ? plan.settleMs : 50);
      if (current !== before || handled) break;
    }
    if (current !== before) {
      // Judge after the editor's next render (React commits, post-fixers, a framework re-rendering its own model):
      // two animation frames, and never less than 30 ms.
      await Promise.all([sleep(30), nextRender(plan.doc)]);
      current = plan.read();
    }
    if (current === before) return await fail(plan, text, 'refused');
    if (sameText(current, expected)) {
      if (current === expected && plan.caret() !== at + text.length) await plan.caretTo(at + text.length);
      return { ok: true };
    }
    // The editor mangled it: take it back through its own undo, then offer the text on the clipboard.
    const wrong = current;
    plan.undo();
    await waitUntil(() => plan.read() !== wrong, plan.settleMs);
    return await fail(plan, text, 'restored');
  } catch {
    return await fail(plan, text, 'refused');
  }
}
