/**
 * Tells when the seller pauses typing in a box, without running anything per keystroke: the first edit of a burst
 * takes the box's edit listeners off, a timer looks at the text every POLL_MS, and once it has stood still for
 * DEBOUNCE_MS the listeners come back and a check is asked for in the next idle moment (an edit before then
 * cancels it: the pause after the next burst checks).
 */
import { claimTyping, noteTyping } from './editors/activity';

/** Quiet time after the last keystroke before analysing (plus up to IDLE_TIMEOUT_MS waiting for an idle moment). */
export const DEBOUNCE_MS = 150;
/** While the seller types, how often the text is looked at instead of listening to every keystroke. */
export const POLL_MS = 50;
/** Events after which the draft may have changed. */
const EDIT_EVENTS = ['input', 'paste', 'cut', 'drop', 'compositionend'];
const IDLE_TIMEOUT_MS = 80;

const watchers = new Set<TypingWatcher>();

/** Is the seller typing in any watched box right now (a burst that has not paused yet)? */
export function anyoneTyping(): boolean {
  for (const w of watchers) if (w.isTyping) return true;
  return false;
}

export interface TypingHooks {
  /** The draft may have changed and typing has paused: check it. */
  check(): void;
  /** Edits right now are our own (a fix going in), not the seller's typing. */
  ownEdit(): boolean;
}

export class TypingWatcher {
  private readonly box: HTMLElement;
  private readonly hooks: TypingHooks;
  /** A <textarea> or <input>: its text is its value, and no DOM changes under it. */
  private readonly formField: boolean;
  private readonly observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** While typing goes on: the text at the last look, and since when it has not changed (performance.now()). */
  private typing: { text: string; since: number } | null = null;
  private idle: number | undefined;
  private disposed = false;
  /** An input method is composing in the box (compositionstart seen, its compositionend not yet). */
  private composition = false;

  constructor(box: HTMLElement, hooks: TypingHooks) {
    this.box = box;
    this.hooks = hooks;
    this.formField = box.tagName === 'TEXTAREA' || box.tagName === 'INPUT';
    // The box's own listeners and looks tell the editor adapters when the seller last typed (see editors/activity.ts).
    claimTyping(box.ownerDocument);
    if (!this.formField) {
      // Rich editors change their DOM from their own model too (undo, toolbar, the site's scripts).
      const MO = box.ownerDocument.defaultView?.MutationObserver ?? MutationObserver;
      this.observer = new MO(() => this.edited());
    }
    this.listenForEdits(true);
    // Once per composition, not per keystroke: these two stay on.
    box.addEventListener('compositionstart', this.onComposition);
    box.addEventListener('compositionend', this.onComposition);
    watchers.add(this);
  }

  private readonly onComposition = (e: Event) => {
    this.composition = e.type === 'compositionstart';
  };

  /** An input method is composing text in the box right now. */
  get composing(): boolean {
    return this.composition;
  }

  /** A burst of typing is going on. */
  get isTyping(): boolean {
    return this.typing !== null;
  }

  /** The first edit of a burst of typing: from here on the text is looked at every POLL_MS. */
  private readonly onEdit = (e: Event) => {
    if (e.isTrusted && !this.hooks.ownEdit()) noteTyping(this.box.ownerDocument);
    this.edited();
  };

  /** Edit listeners are on only between bursts of typing: a listener call per keystroke costs the page typing time. */
  private listenForEdits(on: boolean): void {
    const b = this.box;
    for (const type of EDIT_EVENTS) {
      if (on) b.addEventListener(type, this.onEdit);
      else b.removeEventListener(type, this.onEdit);
    }
    if (on) this.observer?.observe(b, { childList: true, characterData: true, subtree: true });
    else this.observer?.disconnect();
  }

  /** The box's text as cheaply as it can be read: only compared, to see whether typing goes on. */
  private peek(): string {
    const b = this.box;
    return this.formField ? (b as HTMLTextAreaElement).value : (b.textContent ?? '');
  }

  /** The draft may have changed: a burst of typing starts (unless one is going on). */
  private edited(): void {
    if (this.disposed) return;
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.idle = undefined;
    if (this.typing) return;
    this.listenForEdits(false);
    this.typing = { text: this.peek(), since: performance.now() };
    this.timer = setTimeout(this.look, POLL_MS);
  }

  private readonly look = (): void => {
    this.timer = undefined;
    let typing = this.typing;
    if (this.disposed || !typing) return;
    const now = performance.now();
    const text = this.peek();
    if (text !== typing.text) {
      typing = this.typing = { text, since: now };
      if (!this.hooks.ownEdit()) noteTyping(this.box.ownerDocument);
    }
    if (now - typing.since < DEBOUNCE_MS - 1) {
      this.timer = setTimeout(this.look, POLL_MS);
      return;
    }
    // A pause: listen again (an edit from now on starts the next burst and cancels this check).
    this.typing = null;
    this.listenForEdits(true);
    this.checkSoon();
  };

  /** Check the draft in the next idle moment, unless typing goes on (then the pause after it checks). */
  checkSoon(): void {
    if (this.disposed || this.typing || this.idle !== undefined) return;
    if (typeof requestIdleCallback !== 'function') return void this.hooks.check();
    this.idle = requestIdleCallback(
      () => {
        this.idle = undefined;
        this.hooks.check();
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    if (this.idle !== undefined) cancelIdleCallback(this.idle);
    this.listenForEdits(false);
    this.box.removeEventListener('compositionstart', this.onComposition);
    this.box.removeEventListener('compositionend', this.onComposition);
    watchers.delete(this);
  }
}
