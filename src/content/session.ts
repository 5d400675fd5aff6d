/**
 * Lazy stage 2 (engine, overlay and editor adapters load with it): the coached boxes of this frame, one BoxSession
 * each (./box-session.ts), and which of them the popup and the open-suggestions command mean.
 */
import type { Settings } from '../shared/settings';
import { BoxSession, type BoxStatus } from './box-session';
import { adapterFor } from './editors';
import type { EditorAdapter } from './editors/types';
import type { SiteFile } from './sites/types';
import { reportFailure } from '../shared/report';

const sessions = new Map<HTMLElement, BoxSession>();
/** The session whose box had focus last (the popup shows its hints). */
let lastFocused: BoxSession | null = null;

const noteFocus = (s: BoxSession): void => {
  lastFocused = s;
};
const forget = (s: BoxSession): void => {
  sessions.delete(s.box);
  if (lastFocused === s) lastFocused = null;
};

/** Hook a box (again focused: just note the focus). */
export function attachSession(box: HTMLElement, site: SiteFile | null, settings: Settings): void {
  const existing = sessions.get(box);
  if (existing && !existing.isDisposed) {
    existing.focusedAt = Date.now();
    lastFocused = existing;
    return;
  }
  // A box the page has re-mounted: the old one's overlay goes in the same step the new one's comes, never both.
  for (const old of Array.from(sessions.values())) if (!old.box.isConnected) old.dispose();
  let adapter: EditorAdapter | null = null;
  try {
    adapter = adapterFor(box, site?.editorHints);
  } catch (e) {
    reportFailure('no-editor-adapter', e);
  }
  if (!adapter) return;
  const s = new BoxSession(box, site, settings, adapter, noteFocus, forget);
  sessions.set(box, s);
  lastFocused = s;
}

export function settingsChanged(s: Settings, enabled: boolean): void {
  for (const session of Array.from(sessions.values())) {
    if (!enabled) session.dispose();
    else session.updateSettings(s);
  }
}

/** rc:openPanel: the coached box that has focus in this frame opens its suggestions. */
export function openPanelOfFocusedBox(): void {
  for (const s of sessions.values()) {
    if (!s.isDisposed && s.hasFocus()) return s.openPanel();
  }
}

export function sessionStatus(): BoxStatus {
  const s = lastFocused && !lastFocused.isDisposed ? lastFocused : null;
  return s ? s.status() : { hints: 0, lang: null, focusedAt: 0 };
}
