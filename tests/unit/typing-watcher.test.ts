// The typing watcher (src/content/typing-watcher.ts) on a stand-in textarea with fake timers: nothing of ours per
// keystroke, one check after a pause, and a fix's own edits not taken for the seller's typing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anyoneTyping, DEBOUNCE_MS, POLL_MS, TypingWatcher } from '../../src/content/typing-watcher';
import { quietFor } from '../../src/content/editors/activity';

function textarea() {
  const listeners = new Map<string, Set<(e: Event) => void>>();
  const box = {
    tagName: 'TEXTAREA',
    value: '',
    ownerDocument: {} as Document,
    addEventListener(type: string, fn: (e: Event) => void) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(fn);
    },
    removeEventListener(type: string, fn: (e: Event) => void) {
      listeners.get(type)?.delete(fn);
    },
  };
  const listening = (type: string) => listeners.get(type)?.size ?? 0;
  /** The seller (or our fix) changes the text; the first change of a burst fires `input` if anyone listens. */
  const edit = (text: string, isTrusted = true) => {
    box.value = text;
    for (const fn of [...(listeners.get('input') ?? [])]) fn({ isTrusted } as Event);
  };
  /** An input method starts or ends composing (compositionstart / compositionend). */
  const compose = (type: 'compositionstart' | 'compositionend') => {
    for (const fn of [...(listeners.get(type) ?? [])]) fn({ type, isTrusted: true } as Event);
  };
  return { box: box as unknown as HTMLElement & { value: string }, listening, edit, compose };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('typing watcher', () => {
  it('unhooks at the first edit, checks once when the text has stood still, then listens again', () => {
    const { box, listening, edit } = textarea();
    const check = vi.fn();
    const w = new TypingWatcher(box, { check, ownEdit: () => false });
    expect(listening('input')).toBe(1);
    edit('H');
    expect(listening('input')).toBe(0);
    expect(w.isTyping && anyoneTyping()).toBe(true);
    // Keys keep coming every 30 ms for 600 ms: no check meanwhile.
    for (let i = 0; i < 20; i++) {
      box.value += 'i';
      vi.advanceTimersByTime(30);
    }
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(DEBOUNCE_MS - POLL_MS);
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2 * POLL_MS);
    expect(check).toHaveBeenCalledTimes(1);
    expect(w.isTyping || anyoneTyping()).toBe(false);
    expect(listening('input')).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(check).toHaveBeenCalledTimes(1);
    w.dispose();
  });

  it('asks for a check on request only between bursts', () => {
    const { box, edit } = textarea();
    const check = vi.fn();
    const w = new TypingWatcher(box, { check, ownEdit: () => false });
    edit('Hi');
    w.checkSoon();
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(DEBOUNCE_MS + POLL_MS);
    expect(check).toHaveBeenCalledTimes(1);
    w.checkSoon();
    expect(check).toHaveBeenCalledTimes(2);
    w.dispose();
  });

  it("a fix's own edits are not the seller's typing (the editors' undo windows do not wait for them)", async () => {
    const own = textarea();
    const ours = new TypingWatcher(own.box, { check: () => undefined, ownEdit: () => true });
    // An insert through the editor's input path fires trusted events and may change the text over several looks.
    own.edit('Thanks');
    own.box.value += ' for your order!';
    await vi.advanceTimersByTimeAsync(POLL_MS);
    let quiet = false;
    void quietFor(own.box.ownerDocument, 1000).then(() => (quiet = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(quiet).toBe(true);
    ours.dispose();

    const seller = textarea();
    const theirs = new TypingWatcher(seller.box, { check: () => undefined, ownEdit: () => false });
    seller.edit('Thanks');
    quiet = false;
    void quietFor(seller.box.ownerDocument, 1000).then(() => (quiet = true));
    await vi.advanceTimersByTimeAsync(500);
    expect(quiet).toBe(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(quiet).toBe(true);
    theirs.dispose();
  });

  it('after dispose: no check, no listeners, not typing', () => {
    const { box, listening, edit } = textarea();
    const check = vi.fn();
    const w = new TypingWatcher(box, { check, ownEdit: () => false });
    edit('Hel');
    w.dispose();
    vi.advanceTimersByTime(1000);
    w.checkSoon();
    expect(check).not.toHaveBeenCalled();
    expect(listening('input')).toBe(0);
    expect(listening('compositionstart')).toBe(0);
    expect(anyoneTyping()).toBe(false);
  });

  it('knows while an input method composes in the box, from its start to its end', () => {
    const { box, compose } = textarea();
    const w = new TypingWatcher(box, { check: vi.fn(), ownEdit: () => false });
    expect(w.composing).toBe(false);
    compose('compositionstart');
    expect(w.composing).toBe(true);
    compose('compositionend');
    expect(w.composing).toBe(false);
    w.dispose();
  });
});
