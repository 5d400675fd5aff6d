/**
 * The conversation the page shows next to the box, read with the site file's thread picks (sites/types.ts): the
 * last MAX_MESSAGES messages, each with its side, text and time. Read when the box is hooked and again when the
 * thread changes (ThreadWatch), never per keystroke; kept in this tab's memory only.
 */
import type { ThreadMessage } from '../engine/types';
import type { Moment } from '../engine/extract/dates';
import type { SiteFile } from './sites/types';

/** The engine's reading of shown times (passed in: the engine chunk loads lazily, this module with the session). */
export interface TimeReader {
  shownMoment(shown: string, now: Moment): Moment | null;
  formatMoment(t: Moment): string;
}

const MAX_MESSAGES = 50;
const TEXT_MAX = 4000;

/** Now, in the browser's offset: how the page's shown times ("14:05", "gestern") are meant. */
export function pageNow(): Moment {
  const d = new Date();
  return { ms: d.getTime(), offset: -d.getTimezoneOffset() };
}

function textOf(el: Element): string {
  const t = ((el as HTMLElement).innerText ?? el.textContent ?? '').replace(/\u00a0/g, ' ');
  return t
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, TEXT_MAX);
}

export function readThread(doc: Document, site: SiteFile | null, box: HTMLElement, time: TimeReader): ThreadMessage[] {
  const picks = site?.thread;
  if (!picks) return [];
  let nodes: Element[];
  try {
    nodes = Array.from(doc.querySelectorAll(picks.message));
  } catch {
    return [];
  }
  const now = pageNow();
  const out: ThreadMessage[] = [];
  for (const n of nodes.slice(-MAX_MESSAGES)) {
    if (n === box || n.contains(box)) continue;
    let seller = false;
    let textEl: Element | null = n;
    let timeEl: Element | null = null;
    try {
      seller = n.matches(picks.seller);
      if (picks.text) textEl = n.querySelector(picks.text);
      if (picks.time) timeEl = n.querySelector(picks.time.sel);
    } catch {
      return [];
    }
    const text = textEl ? textOf(textEl) : '';
    if (!text) continue;
    const shown = timeEl ? (picks.time?.attr ? (timeEl.getAttribute(picks.time.attr) ?? '') : textOf(timeEl)) : '';
    const at = shown ? time.shownMoment(shown, now) : null;
    out.push({ author: seller ? 'seller' : 'customer', at: at ? time.formatMoment(at) : null, text });
  }
  return out;
}

/**
 * The thread of a box, read once and again only after the page changed the conversation (a new message arrived):
 * a MutationObserver on the messages' container marks it stale.
 */
export class ThreadWatch {
  private cached: ThreadMessage[] | null = null;
  private observer: MutationObserver | null = null;

  constructor(
    private readonly box: HTMLElement,
    private readonly site: SiteFile | null,
  ) {}

  get(time: TimeReader): ThreadMessage[] {
    if (this.cached) return this.cached;
    const doc = this.box.ownerDocument;
    this.cached = readThread(doc, this.site, this.box, time);
    this.watch(doc);
    return this.cached;
  }

  private watch(doc: Document): void {
    if (this.observer || !this.site?.thread) return;
    let first: Element | null = null;
    try {
      first = doc.querySelector(this.site.thread.message);
    } catch {
      return;
    }
    const container = first?.parentElement;
    if (!container) return;
    this.observer = new MutationObserver(() => {
      this.cached = null;
    });
    this.observer.observe(container, { childList: true, subtree: true, characterData: true });
  }

  dispose(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.cached = null;
  }
}
