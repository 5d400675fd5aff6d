/**
 * The short line the panel and its live region show after a fix ("Added to your reply", or why it could not be
 * applied). Good news goes by itself after a few seconds; an error stays until the panel closes or the box empties.
 */
import type { OverlayState } from './overlay/Overlay';

/** How long an info notice stays. */
export const NOTICE_MS = 4000;

export class Notice {
  current: OverlayState['notice'] = null;
  private seq = 0;
  /** Called when an info notice has gone by itself (the overlay shows it no more). */
  private readonly expired: () => void;

  constructor(expired: () => void) {
    this.expired = expired;
  }

  say(text: string, kind: 'info' | 'error'): void {
    const seq = ++this.seq;
    this.current = { text, kind, seq };
    setTimeout(() => {
      if (this.current?.seq === seq && kind === 'info') {
        this.current = null;
        this.expired();
      }
    }, NOTICE_MS);
  }

  clear(): void {
    this.current = null;
  }
}
