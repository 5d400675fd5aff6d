/**
 * Sites the user added: each one is an origin pattern in settings.sites.added, an optional host permission, and a
 * registered content script (scripting.registerContentScripts) with the same files as the manifest's content script.
 *
 * syncRegistrations() makes the registrations match "added in settings ∩ granted", so it is safe to call any time:
 * on install/update, on browser start, when settings or permissions change. Registrations persist across sessions
 * where the browser supports it; the start-up sync re-creates them everywhere else (and after an update, when the
 * hashed file names of the content script changed).
 */
import browser from 'webextension-polyfill';
import { isValidOriginPattern, isBuiltInHost } from '../shared/sites';
import { loadSettings, setSiteEnabled, updateSettings } from '../shared/settings';
import type { SiteResult } from '../shared/messages';

export const REGISTRATION_PREFIX = 'rc-added:';

type Registered = browser.Scripting.RegisteredContentScript;

/** Manifest paths are relative in Chrome and may be full moz-extension:// URLs in Firefox; registration wants relative. */
function relativePath(file: string): string {
  try {
    return new URL(file, 'ext://x/').pathname.replace(/^\//, '');
  } catch {
    return file.replace(/^\//, '');
  }
}

type Spec = Pick<Registered, 'js' | 'css' | 'allFrames' | 'runAt' | 'world'>;

/**
 * The content scripts as the built manifest declares them (file names carry a build hash): the coach, and in
 * Firefox the page-world clipboard bridge (`world: "MAIN"`). An added site gets each of them, under the ids
 * `rc-added:<origin>` (the coach) and `rc-added:<origin>#<n>` (the n-th further script).
 */
export function manifestContentScripts(): Spec[] {
  const all = browser.runtime.getManifest().content_scripts ?? [];
  if (!all[0]?.js?.length) throw new Error('The manifest declares no content script.');
  return all.map((cs) => {
    const extra = cs as { world?: Registered['world'] };
    return {
      js: (cs.js ?? []).map(relativePath),
      ...(cs.css?.length ? { css: cs.css.map(relativePath) } : {}),
      allFrames: cs.all_frames ?? false,
      runAt: (cs.run_at as Registered['runAt']) ?? 'document_idle',
      ...(extra.world && extra.world !== 'ISOLATED' ? { world: extra.world } : {}),
    };
  });
}

const registrationId = (origin: string, n: number) => REGISTRATION_PREFIX + origin + (n ? `#${n}` : '');

const hostOf = (origin: string) => /^https?:\/\/([^/*:]+)/.exec(origin)?.[1] ?? '';

async function granted(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [origin] });
  } catch {
    return false;
  }
}

async function register(scripts: Registered[]): Promise<void> {
  if (!scripts.length) return;
  try {
    await browser.scripting.registerContentScripts(scripts);
  } catch (e) {
    // A browser that does not know persistAcrossSessions: register for this session; start-up sync covers the rest.
    if (/persistAcrossSessions/i.test(String(e))) {
      await browser.scripting.registerContentScripts(scripts.map(({ persistAcrossSessions: _p, ...s }) => s));
    } else throw e;
  }
}

let queue: Promise<unknown> = Promise.resolve();
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn);
  queue = run.catch(() => undefined);
  return run;
}

export function syncRegistrations(): Promise<{ registered: string[]; unregistered: string[] }> {
  return serial(async () => {
    const settings = await loadSettings();
    const specs = manifestContentScripts();
    const wanted = new Map<string, Registered>();
    for (const origin of settings.sites.added) {
      if (!(await granted(origin))) continue;
      specs.forEach((spec, n) => {
        const id = registrationId(origin, n);
        wanted.set(id, { id, matches: [origin], ...spec, persistAcrossSessions: true });
      });
    }
    const existing = (await browser.scripting.getRegisteredContentScripts()).filter((r) =>
      r.id.startsWith(REGISTRATION_PREFIX),
    );
    const sameFiles = (r: Registered) => {
      const w = wanted.get(r.id);
      return (
        !!w &&
        JSON.stringify(r.js ?? []) === JSON.stringify(w.js ?? []) &&
        JSON.stringify(r.css ?? []) === JSON.stringify(w.css ?? [])
      );
    };
    const stale = existing.filter((r) => !sameFiles(r));
    if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale.map((r) => r.id) });
    const keep = new Set(existing.filter((r) => !stale.includes(r)).map((r) => r.id));
    const toAdd = [...wanted.values()].filter((r) => !keep.has(r.id));
    await register(toAdd);
    return { registered: toAdd.map((r) => r.id), unregistered: stale.map((r) => r.id) };
  });
}

/** Record a granted origin as an added site (switched on) and register the content script for it. */
export async function addSite(origin: string): Promise<SiteResult> {
  if (!isValidOriginPattern(origin)) return { ok: false, error: 'popup_not_web' };
  if (isBuiltInHost(hostOf(origin))) {
    await updateSettings((s) => setSiteEnabled(s, hostOf(origin), true));
    return { ok: true };
  }
  if (!(await granted(origin))) return { ok: false, error: 'popup_error_denied' };
  await updateSettings((s) => {
    const next = setSiteEnabled(s, hostOf(origin), true);
    if (!next.sites.added.includes(origin)) next.sites.added.push(origin);
    return next;
  });
  await syncRegistrations();
  return { ok: true };
}

/** Forget an added site: unregister its content script and release its host permission. */
export async function removeSite(origin: string): Promise<SiteResult> {
  await updateSettings((s) => {
    s.sites.added = s.sites.added.filter((o) => o !== origin);
    const host = hostOf(origin);
    s.sites.disabled = s.sites.disabled.filter((d) => d !== host);
    return s;
  });
  await syncRegistrations();
  try {
    await browser.permissions.remove({ origins: [origin] });
  } catch {
    // Chrome refuses to remove a permission the manifest requires (only in test builds); the site is gone anyway.
  }
  return { ok: true };
}

/** Permissions granted outside our popup (e.g. Chrome's site-access menu) become added sites too. */
export async function onPermissionsAdded(origins: string[] | undefined): Promise<void> {
  for (const o of origins ?? []) {
    if (isValidOriginPattern(o) && !isBuiltInHost(hostOf(o))) await addSite(o);
  }
}
