/**
 * Settings in browser.storage.sync: the only part of the settings that touches the extension API.
 *
 * Storage layout (each item under the 8 KB per-item quota):
 *   "settings"   everything except the own phrases (version, switches, rules, languages, profile, sites)
 *   "custom_en", "custom_de", "custom_fi", "custom_bs"   the own phrases of one language each
 * Never any draft text. The background writes the migrated form back once on install/update; every reader
 * migrates in memory too.
 */
import browser from 'webextension-polyfill';
import { LANGS, type Lang } from '../../engine/types';
import { defaultSettings, isObj, SETTINGS_VERSION, SettingsError, type Raw, type Settings } from './schema';
import { sanitize, type Issues } from './validation';
import { migrate } from './migrations';

export const STORAGE_KEY = 'settings';
const customKey = (l: Lang) => `custom_${l}`;
export const STORAGE_KEYS: readonly string[] = [STORAGE_KEY, ...LANGS.map(customKey)];
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM (Firefox has the same limit). */
const QUOTA_BYTES_PER_ITEM = 8192;

/** Split settings into storage items. */
export function toStorage(s: Settings): Record<string, unknown> {
  const { custom, ...core } = s;
  const items: Record<string, unknown> = { [STORAGE_KEY]: core };
  for (const l of LANGS) items[customKey(l)] = custom[l];
  return items;
}

/** Join storage items into one raw settings object (not yet validated). */
export function fromStorage(items: Record<string, unknown>): unknown {
  const core = items[STORAGE_KEY];
  if (core === undefined && LANGS.every((l) => items[customKey(l)] === undefined)) return undefined;
  const raw: Raw = isObj(core) ? { ...core } : { version: SETTINGS_VERSION };
  // Phrases of v1 objects lived inside "settings"; a separate item wins when present.
  const custom: Raw = isObj(raw.custom) ? { ...raw.custom } : {};
  for (const l of LANGS) if (items[customKey(l)] !== undefined) custom[l] = items[customKey(l)];
  if (Object.keys(custom).length) raw.custom = custom;
  return raw;
}

export async function loadSettings(): Promise<Settings> {
  const items = await browser.storage.sync.get([...STORAGE_KEYS]);
  return migrate(fromStorage(items)).settings;
}

/** Write settings; only the items that changed are written (storage.sync limits writes per minute). */
export async function saveSettings(next: Settings): Promise<Settings> {
  const { settings } = sanitize(next);
  const items = toStorage(settings);
  const current = await browser.storage.sync.get([...STORAGE_KEYS]);
  const changed: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(items)) {
    const json = JSON.stringify(v);
    if (new TextEncoder().encode(k + json).length > QUOTA_BYTES_PER_ITEM) {
      throw new SettingsError('settings_error_quota', `Settings item "${k}" is too large for browser sync storage.`);
    }
    if (JSON.stringify(current[k]) !== json) changed[k] = v;
  }
  if (Object.keys(changed).length) await browser.storage.sync.set(changed);
  return settings;
}

let queue: Promise<unknown> = Promise.resolve();
/**
 * Read, change and write settings as one step. Calls within one page (or the background) run one after another,
 * so two quick changes never overwrite each other.
 */
export function updateSettings(change: (s: Settings) => Settings | void): Promise<Settings> {
  const run = queue.then(async () => {
    const s = await loadSettings();
    const next = change(s) ?? s;
    return saveSettings(next);
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Back to defaults. Keeps the added sites (their permissions and registrations stay valid). */
export async function resetSettings(): Promise<Settings> {
  return updateSettings((s) => {
    const d = defaultSettings();
    d.sites.added = s.sites.added;
    return d;
  });
}

/** Write the migrated form back when the stored one is older or had invalid fields. Run by the background. */
export async function migrateStoredSettings(): Promise<{ from: number; issues: Issues } | null> {
  const items = await browser.storage.sync.get([...STORAGE_KEYS]);
  const raw = fromStorage(items);
  if (raw === undefined) return null;
  const { settings, issues, from } = migrate(raw);
  if (from === SETTINGS_VERSION && issues.length === 0) return null;
  await saveSettings(settings);
  // v1 kept phrases inside "settings"; toStorage() writes them to their own items and the core without them.
  return { from, issues };
}

export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && Object.keys(changes).some((k) => STORAGE_KEYS.includes(k))) void loadSettings().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
