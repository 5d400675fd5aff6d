/**
 * Settings: schema, defaults, per-field validation, migration, storage in browser.storage.sync, import/export.
 *
 * Storage layout (browser.storage.sync, each item under the 8 KB per-item quota):
 *   "settings"   everything except the own phrases (version, switches, rules, languages, profile, sites)
 *   "custom_en", "custom_de", "custom_fi", "custom_bs"   the own phrases of one language each
 * Never any draft text.
 *
 * Reading is forgiving: every field is validated on its own and an unknown or corrupted value falls back to its
 * default without touching the others. Older versions are migrated step by step (MIGRATIONS); the background
 * writes the migrated form back once on install/update, every reader migrates in memory too.
 */
import browser from 'webextension-polyfill';
import { LANGS, RULE_IDS, type AnalyzeOptions, type CustomPhrases, type Lang, type RuleId } from '../engine/types';
import { hostMatches, isValidHostEntry, isValidOriginPattern } from './sites';

export interface Settings {
  version: number;
  /** Master switch. */
  enabled: boolean;
  rules: Record<RuleId, boolean>;
  /**
   * unanswered-question on classifieds sites (one-line chat replies), where it is right too rarely to be on by
   * default: precision 0.71 on the thread corpus's classifieds one-liners.
   */
  unansweredOnClassifieds: boolean;
  /** Languages the seller writes in; detection chooses among them. Never empty. */
  languages: Lang[];
  /** Language of hints and UI; 'auto' follows the browser. */
  uiLang: Lang | 'auto';
  profile: { name: string; signOff: string; formal: Record<Lang, boolean> };
  custom: Record<Lang, CustomPhrases>;
  /**
   * Per-site switch and added sites.
   * disabled: host entries switched off ("shop.example.com", or "*.gmx.net" for a built-in wildcard pattern).
   * added: origin patterns the user enabled through the popup ("https://shop.example.com/*"), each backed by an
   *        optional host permission and a registered content script.
   */
  sites: { disabled: string[]; added: string[] };
}

export const SETTINGS_VERSION = 2;

export const PHRASE_KINDS = ['greetings', 'signOffs', 'apologies', 'orderWords'] as const;
export type PhraseKind = (typeof PHRASE_KINDS)[number];

/** Limits that keep each storage.sync item under its quota. */
export const LIMITS = {
  name: 80,
  signOff: 200,
  phrase: 80,
  phrasesPerKind: 30,
  sites: 100,
} as const;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  rules: { greeting: true, 'closing-question': true, apology: true, 'order-recap': true, 'unanswered-question': true },
  unansweredOnClassifieds: false,
  languages: ['en', 'de', 'fi', 'bs'],
  uiLang: 'auto',
  profile: { name: '', signOff: '', formal: { en: false, de: false, fi: false, bs: false } },
  custom: { en: {}, de: {}, fi: {}, bs: {} },
  sites: { disabled: [], added: [] },
}) as Settings;

export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

/** What sanitize() dropped: dotted field paths, e.g. "rules.greeting", "custom.de.greetings". */
export type Issues = string[];

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);

function bool(v: unknown, fallback: boolean, path: string, issues: Issues): boolean {
  if (typeof v === 'boolean') return v;
  if (v !== undefined) issues.push(path);
  return fallback;
}

/** Drop control characters except tab and newlines (a pasted or hand-edited file may carry them). */
function stripControl(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) continue;
    out += ch;
  }
  return out;
}

function text(v: unknown, fallback: string, max: number, path: string, issues: Issues): string {
  if (typeof v === 'string') {
    const s = stripControl(v).trim();
    if (s.length <= max) return s;
    issues.push(path);
    return s.slice(0, max);
  }
  if (v !== undefined) issues.push(path);
  return fallback;
}

function phraseList(v: unknown, fallback: string[] | undefined, path: string, issues: Issues): string[] | undefined {
  if (v === undefined) return fallback;
  if (!Array.isArray(v)) {
    issues.push(path);
    return fallback;
  }
  const out: string[] = [];
  for (const item of v) {
    if (typeof item !== 'string') {
      issues.push(path);
      continue;
    }
    const s = item.replace(/\s+/g, ' ').trim();
    if (!s) continue;
    if (s.length > LIMITS.phrase) {
      issues.push(path);
      continue;
    }
    if (!out.some((o) => o.toLowerCase() === s.toLowerCase())) out.push(s);
  }
  if (out.length > LIMITS.phrasesPerKind) {
    issues.push(path);
    out.length = LIMITS.phrasesPerKind;
  }
  return out.length ? out : undefined;
}

function phrases(v: unknown, fallback: CustomPhrases, path: string, issues: Issues): CustomPhrases {
  if (v === undefined) return structuredClone(fallback);
  if (!isObj(v)) {
    issues.push(path);
    return structuredClone(fallback);
  }
  const out: CustomPhrases = {};
  for (const k of PHRASE_KINDS) {
    const list = phraseList(v[k], fallback[k], `${path}.${k}`, issues);
    if (list?.length) out[k] = [...list];
  }
  for (const k of Object.keys(v)) if (!(PHRASE_KINDS as readonly string[]).includes(k)) issues.push(`${path}.${k}`);
  return out;
}

function stringList(
  v: unknown,
  fallback: string[],
  valid: (s: string) => boolean,
  path: string,
  issues: Issues,
): string[] {
  if (v === undefined) return [...fallback];
  if (!Array.isArray(v)) {
    issues.push(path);
    return [...fallback];
  }
  const out: string[] = [];
  for (const item of v) {
    const s = typeof item === 'string' ? item.trim().toLowerCase() : null;
    if (s === null || !valid(s)) {
      issues.push(path);
      continue;
    }
    if (!out.includes(s)) out.push(s);
  }
  if (out.length > LIMITS.sites) {
    issues.push(path);
    out.length = LIMITS.sites;
  }
  return out;
}

/**
 * Validate a settings object of the current version field by field. Every field that is missing takes its value
 * from `base`; every field that is present but invalid is reported in `issues` and also takes `base`'s value.
 * Unknown fields are dropped (and reported).
 */
export function sanitize(raw: unknown, base: Settings = DEFAULT_SETTINGS): { settings: Settings; issues: Issues } {
  const issues: Issues = [];
  const r: Raw = isObj(raw) ? raw : {};
  if (!isObj(raw) && raw !== undefined) issues.push('(root)');

  const rules = {} as Record<RuleId, boolean>;
  const rawRules = r.rules;
  if (rawRules !== undefined && !isObj(rawRules)) issues.push('rules');
  for (const id of RULE_IDS) rules[id] = bool(isObj(rawRules) ? rawRules[id] : undefined, base.rules[id], `rules.${id}`, issues);
  if (isObj(rawRules)) for (const k of Object.keys(rawRules)) if (!(RULE_IDS as readonly string[]).includes(k)) issues.push(`rules.${k}`);

  let languages = [...base.languages];
  if (r.languages !== undefined) {
    const list = Array.isArray(r.languages) ? LANGS.filter((l) => (r.languages as unknown[]).includes(l)) : [];
    const bad = !Array.isArray(r.languages) || r.languages.some((l) => !isLang(l));
    if (bad) issues.push('languages');
    if (list.length) languages = list;
    else if (!bad) issues.push('languages');
  }

  let uiLang = base.uiLang;
  if (r.uiLang !== undefined) {
    if (r.uiLang === 'auto' || isLang(r.uiLang)) uiLang = r.uiLang;
    else issues.push('uiLang');
  }

  const rp: Raw = isObj(r.profile) ? r.profile : {};
  if (r.profile !== undefined && !isObj(r.profile)) issues.push('profile');
  const formal = {} as Record<Lang, boolean>;
  const rf = rp.formal;
  if (rf !== undefined && !isObj(rf)) issues.push('profile.formal');
  for (const l of LANGS) formal[l] = bool(isObj(rf) ? rf[l] : undefined, base.profile.formal[l], `profile.formal.${l}`, issues);
  const profile = {
    name: text(rp.name, base.profile.name, LIMITS.name, 'profile.name', issues),
    signOff: text(rp.signOff, base.profile.signOff, LIMITS.signOff, 'profile.signOff', issues),
    formal,
  };

  const custom = {} as Record<Lang, CustomPhrases>;
  const rc = r.custom;
  if (rc !== undefined && !isObj(rc)) issues.push('custom');
  for (const l of LANGS) custom[l] = phrases(isObj(rc) ? rc[l] : undefined, base.custom[l], `custom.${l}`, issues);

  const rs: Raw = isObj(r.sites) ? r.sites : {};
  if (r.sites !== undefined && !isObj(r.sites)) issues.push('sites');
  const sites = {
    disabled: stringList(rs.disabled, base.sites.disabled, isValidHostEntry, 'sites.disabled', issues),
    added: stringList(rs.added, base.sites.added, isValidOriginPattern, 'sites.added', issues),
  };

  const known = ['version', 'enabled', 'rules', 'unansweredOnClassifieds', 'languages', 'uiLang', 'profile', 'custom', 'sites'];
  for (const k of Object.keys(r)) if (!known.includes(k)) issues.push(k);

  return {
    settings: {
      version: SETTINGS_VERSION,
      enabled: bool(r.enabled, base.enabled, 'enabled', issues),
      rules,
      unansweredOnClassifieds: bool(r.unansweredOnClassifieds, base.unansweredOnClassifieds, 'unansweredOnClassifieds', issues),
      languages,
      uiLang,
      profile,
      custom,
      sites,
    },
    issues,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Migration

/**
 * One step per version: MIGRATIONS[n] turns a version-n object into a version-(n+1) object. Steps work on raw,
 * unvalidated data and must never throw; sanitize() runs after the last step.
 */
export const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  /**
   * v0: objects without a version field (never shipped, but a hand-made or very old export may look like it).
   * Same shape as v1.
   */
  0: (raw) => ({ ...raw, version: 1 }),
  /**
   * v1 → v2: sites.added was [{ origin, enabled }]; it is now a list of origin patterns, and a switched-off added
   * site goes to sites.disabled like any other site.
   */
  1: (raw) => {
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
};

export class SettingsError extends Error {
  constructor(
    /** A message key (settings_error_*) for the UI; the English text is the Error message. */
    readonly key: 'settings_error_malformed' | 'settings_error_foreign' | 'settings_error_newer' | 'settings_error_quota',
    message: string,
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** Bring a stored or imported object of any known version to the current one, then validate it field by field. */
export function migrate(raw: unknown, base: Settings = DEFAULT_SETTINGS): { settings: Settings; issues: Issues; from: number } {
  if (!isObj(raw)) return { ...sanitize(raw, base), from: SETTINGS_VERSION };
  let obj: Raw = { ...raw };
  const v = obj.version;
  let from: number;
  if (v === undefined) from = 0;
  else if (typeof v === 'number' && Number.isInteger(v) && v >= 0) from = v;
  else from = SETTINGS_VERSION; // a corrupted version number: validate as current, field by field
  for (let n = from; n < SETTINGS_VERSION; n++) {
    const step = MIGRATIONS[n];
    if (step) obj = step(obj);
  }
  // A newer version's object (e.g. synced from a newer install): keep every field this version understands.
  obj.version = SETTINGS_VERSION;
  const { settings, issues } = sanitize(obj, base);
  return { settings, issues, from };
}

// ---------------------------------------------------------------------------------------------------------------
// Storage

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

// ---------------------------------------------------------------------------------------------------------------
// Sites

export function isSiteEnabled(s: Settings, hostname: string): boolean {
  return s.enabled && !s.sites.disabled.some((d) => hostMatches(hostname, d));
}

/** Switch a site on or off by hostname (the popup) or host entry (the options list). Returns a new object. */
export function setSiteEnabled(s: Settings, host: string, on: boolean): Settings {
  const h = host.toLowerCase();
  const next = structuredClone(s);
  if (on) {
    // Remove every entry that switches this host off: the exact one and a wildcard covering it.
    next.sites.disabled = next.sites.disabled.filter((d) => !(d === h || (!h.startsWith('*.') && hostMatches(h, d))));
  } else if (!next.sites.disabled.includes(h)) {
    next.sites.disabled.push(h);
  }
  return next;
}

// ---------------------------------------------------------------------------------------------------------------
// Engine options

/**
 * The engine options these settings imply (the page adds customerName, customerMessage, thread, and may override
 * uiLang). `classifieds`: the page is a classifieds chat, where unanswered-question is off unless switched on.
 */
export function analyzeOptionsFrom(s: Settings, uiLang?: Lang, classifieds = false): Partial<AnalyzeOptions> {
  const custom: Partial<Record<Lang, CustomPhrases>> = {};
  const signOff = s.profile.signOff.trim();
  for (const l of LANGS) {
    const c: CustomPhrases = structuredClone(s.custom[l]);
    // The default sign-off counts as a sign-off in every language and is the one a fix suggests first.
    if (signOff) c.signOffs = [signOff, ...(c.signOffs ?? []).filter((x) => x !== signOff)];
    if (Object.keys(c).length) custom[l] = c;
  }
  const opts: Partial<AnalyzeOptions> = {
    languages: [...s.languages],
    rules: RULE_IDS.filter((r) => s.rules[r] && !(r === 'unanswered-question' && classifieds && !s.unansweredOnClassifieds)),
    formal: { ...s.profile.formal },
    custom,
    sellerName: s.profile.name || undefined,
  };
  if (uiLang) opts.uiLang = uiLang;
  return opts;
}

// ---------------------------------------------------------------------------------------------------------------
// Import / export

export const EXPORT_FORMAT = 'reply-coach-settings';

export interface SettingsExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Omit<Settings, 'version'>;
}

export function exportSettings(s: Settings, now = new Date()): string {
  const { version: _v, ...rest } = s;
  const file: SettingsExport = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings: rest };
  return JSON.stringify(file, null, 2) + '\n';
}

/** 1 MB is far more than any settings file; anything bigger is not one. */
const MAX_IMPORT_CHARS = 1_000_000;

/**
 * Parse an exported settings file. Throws a SettingsError (and changes nothing) when the text is not JSON, is not
 * a Reply Coach settings file, or was written by a newer version. Fields of a valid file that fail validation keep
 * their current value and are listed in `issues`.
 */
export function parseImport(text: string, current: Settings): { settings: Settings; issues: Issues } {
  if (text.length > MAX_IMPORT_CHARS) throw new SettingsError('settings_error_foreign', 'This file is not a Reply Coach settings file.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new SettingsError('settings_error_malformed', 'This file is not valid JSON.');
  }
  if (!isObj(data) || data.format !== EXPORT_FORMAT || !isObj(data.settings)) {
    throw new SettingsError('settings_error_foreign', 'This file is not a Reply Coach settings file.');
  }
  const v = data.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new SettingsError('settings_error_foreign', 'This file is not a Reply Coach settings file.');
  }
  if (v > SETTINGS_VERSION) {
    throw new SettingsError('settings_error_newer', 'This file was written by a newer version of Reply Coach.');
  }
  const { settings, issues } = migrate({ ...data.settings, version: v }, current);
  return { settings, issues };
}
