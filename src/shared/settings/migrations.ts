/**
 * Older stored or exported settings, brought to the current version: a short list of steps, MIGRATIONS[n] turning a
 * version-n object into a version-(n+1) one (as refined-github's options-storage does). Steps work on raw,
 * unvalidated data and must never throw; sanitize() runs after the last step. A new version is one more step here
 * and SETTINGS_VERSION + 1 (a unit test holds the two together).
 */
import { DEFAULT_SETTINGS, SETTINGS_VERSION, isObj, type Raw, type Settings } from './schema';
import { sanitize, type Issues } from './validation';

export const MIGRATIONS: readonly ((raw: Raw) => Raw)[] = [
  // v0: objects without a version field (never shipped, but a hand-made or very old export may look like it).
  (raw) => ({ ...raw, version: 1 }),
  // v1 → v2: sites.added was [{ origin, enabled }]; now origin patterns, a switched-off one in sites.disabled.
  (raw) => {
    const sites = isObj(raw.sites) ? { ...raw.sites } : undefined;
    if (sites && Array.isArray(sites.added)) {
      const disabled = Array.isArray(sites.disabled) ? [...sites.disabled] : [];
      const added: unknown[] = [];
      for (const a of sites.added) {
        if (isObj(a) && typeof a.origin === 'string') {
          added.push(a.origin);
          const host = /^https?:\/\/([^/*:]+)/.exec(a.origin)?.[1];
          if (a.enabled === false && host && !disabled.includes(host)) disabled.push(host);
        } else added.push(a);
      }
      sites.added = added;
      sites.disabled = disabled;
    }
    return { ...raw, ...(sites ? { sites } : {}), version: 2 };
  },
];

/** Bring a stored or imported object of any known version to the current one, then validate it field by field. */
export function migrate(
  raw: unknown,
  base: Settings = DEFAULT_SETTINGS,
): { settings: Settings; issues: Issues; from: number } {
  if (!isObj(raw)) return { ...sanitize(raw, base), from: SETTINGS_VERSION };
  let obj: Raw = { ...raw };
  const v = obj.version;
  let from: number;
  if (v === undefined) from = 0;
  else if (typeof v === 'number' && Number.isInteger(v) && v >= 0) from = v;
  else from = SETTINGS_VERSION; // a corrupted version number: validate as current, field by field
  for (const step of MIGRATIONS.slice(from, SETTINGS_VERSION)) obj = step(obj);
  // A newer version's object (e.g. synced from a newer install): keep every field this version understands.
  obj.version = SETTINGS_VERSION;
  const { settings, issues } = sanitize(obj, base);
  return { settings, issues, from };
}
