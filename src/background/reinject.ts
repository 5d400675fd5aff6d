/**
 * After an install or update, tabs that were already open on coached sites have no working content script (Chrome
 * injects manifest scripts only into pages loaded afterwards; an updated extension's old script stopped itself, see
 * src/content/lifetime.ts). This puts the coach's script — the file the built manifest names, found at run time —
 * into those tabs' frames, as a reload would: only where the manifest or a registered added site matches, and only
 * where no live copy runs (src/content/boot.ts marks its world with `__replyCoachLive`).
 */
import browser from 'webextension-polyfill';
import { patternMatches } from '../shared/sites';
import { manifestContentScripts, REGISTRATION_PREFIX } from './sites';

/** Where the coach runs on a fresh load: the manifest's matches and those of the added sites' registrations. */
async function coachedPatterns(): Promise<string[]> {
  const fromManifest = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  const added = (await browser.scripting.getRegisteredContentScripts())
    .filter((r) => r.id.startsWith(REGISTRATION_PREFIX))
    .flatMap((r) => r.matches ?? []);
  return [...new Set([...fromManifest, ...added])].filter((p) => /^(https?|\*):\/\//.test(p));
}

/** Runs in each frame (in our isolated world): its address, and whether a live copy of the coach is there. */
function probe(): { href: string; live: boolean } {
  const g = globalThis as { __replyCoachLive?: () => boolean };
  let live = false;
  try {
    live = typeof g.__replyCoachLive === 'function' && g.__replyCoachLive();
  } catch {
    live = false;
  }
  return { href: location.href, live };
}

export interface Injected {
  tabId: number;
  frameIds: number[];
}

/** Inject the coach into the open tabs' matching frames that lack a live one; returns where it went. */
export async function injectIntoOpenTabs(): Promise<Injected[]> {
  const patterns = await coachedPatterns();
  if (!patterns.length) return [];
  // The page-world scripts (Firefox's clipboard bridge) outlive the extension and must never run twice: the coach only.
  const coach = manifestContentScripts().find((s) => !s.world || s.world === 'ISOLATED');
  if (!coach?.js?.length) return [];
  const tabs = await browser.tabs.query({ url: patterns });
  const out: Injected[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded || !tab.url || !patterns.some((p) => patternMatches(p, tab.url!)))
      continue;
    try {
      const frames = await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, func: probe });
      const frameIds = frames
        .filter((f) => {
          const r = f.result as ReturnType<typeof probe> | undefined;
          // A same-origin child frame (about:blank, srcdoc) is watched by its parent's script.
          return !!r && !r.live && patterns.some((p) => patternMatches(p, r.href));
        })
        .map((f) => f.frameId);
      if (!frameIds.length) continue;
      await browser.scripting.executeScript({ target: { tabId: tab.id, frameIds }, files: coach.js });
      out.push({ tabId: tab.id, frameIds });
    } catch {
      /* a tab that closed, navigated or cannot be scripted: it gets the script at its next load */
    }
  }
  return out;
}
