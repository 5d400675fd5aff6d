/**
 * Lazy stage 1, loaded on the first focus of a message box: settings only. The engine, Preact overlay and editor
 * adapters (./session) load after the settings say this site is on, so a switched-off site never pays for them.
 */
import { DEFAULT_SETTINGS, isSiteEnabled, loadSettings, onSettingsChanged, type Settings } from '../shared/settings';
import type { StatusResponse } from '../shared/messages';
import type { SiteFile } from './sites/types';
import { idle } from './idle';

type SessionModule = typeof import('./session');

let settings: Promise<Settings> | null = null;
let sessionModule: Promise<SessionModule> | null = null;
let current: Settings | null = null;
/** The box focused last, so switching the coach on hooks it without another click. */
let lastBox: { box: HTMLElement; site: SiteFile | null } | null = null;

function getSettings(): Promise<Settings> {
  if (!settings) {
    settings = loadSettings().catch(() => structuredClone(DEFAULT_SETTINGS));
    settings.then((s) => (current = s));
    try {
      onSettingsChanged((s) => {
        current = s;
        settings = Promise.resolve(s);
        void sessionModule?.then((m) => m.settingsChanged(s, enabledHere(s)));
        if (enabledHere(s) && lastBox?.box.isConnected) void attach(lastBox.box, lastBox.site).catch(() => undefined);
      });
    } catch {
      /* no storage events (should not happen in an extension) */
    }
  }
  return settings;
}

function enabledHere(s: Settings): boolean {
  return isSiteEnabled(s, location.hostname);
}

/** Hook a message box (called by the loader for every focus of one; repeated calls are cheap). */
export async function attach(box: HTMLElement, site: SiteFile | null): Promise<void> {
  lastBox = { box, site };
  const s = await getSettings();
  if (!enabledHere(s)) return;
  const first = !sessionModule;
  const m = await (sessionModule ??= import('./session'));
  // Evaluating the overlay's chunk and drawing the overlay are two tasks, not one long one on a busy page.
  if (first) await new Promise<void>((r) => idle(r, 200));
  m.attachSession(box, site, s);
}

/** The open-suggestions command (rc:openPanel): the box with focus in this frame, if it is coached, opens its list. */
export async function openPanel(): Promise<void> {
  if (!sessionModule) return;
  (await sessionModule).openPanelOfFocusedBox();
}

/** For the popup (rc:getStatus). */
export async function status(): Promise<StatusResponse> {
  const s = current ?? (await getSettings());
  const enabled = enabledHere(s);
  if (!sessionModule) return { hints: 0, lang: null, enabled, focusedAt: 0 };
  const m = await sessionModule;
  return { ...m.sessionStatus(), enabled };
}
