/** Settings schema. First version; the options issue adds validation, migration, import/export. */
import browser from 'webextension-polyfill';
import type { AnalyzeOptions, CustomPhrases, Lang, RuleId } from '../engine/types';

export interface Settings {
  version: number;
  /** Master switch. */
  enabled: boolean;
  rules: Record<RuleId, boolean>;
  /** Languages the seller writes in; detection chooses among them. */
  languages: Lang[];
  /** Language of hints and UI; 'auto' follows the browser. */
  uiLang: Lang | 'auto';
  profile: { name: string; signOff: string; formal: Record<Lang, boolean> };
  custom: Record<Lang, CustomPhrases>;
  /** Per-site switch by hostname (built-in sites default on) and sites the user added by origin pattern. */
  sites: { disabled: string[]; added: { origin: string; enabled: boolean }[] };
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  rules: { greeting: true, 'closing-question': true, apology: true, 'order-recap': true },
  languages: ['en', 'de', 'fi', 'bs'],
  uiLang: 'auto',
  profile: { name: '', signOff: '', formal: { en: false, de: false, fi: false, bs: false } },
  custom: { en: {}, de: {}, fi: {}, bs: {} },
  sites: { disabled: [], added: [] },
};

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get('settings');
  return { ...DEFAULT_SETTINGS, ...(stored.settings as Partial<Settings> | undefined) };
}

export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes.settings) void loadSettings().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function isSiteEnabled(s: Settings, hostname: string): boolean {
  return s.enabled && !s.sites.disabled.includes(hostname);
}

/** The engine options these settings imply (the page adds customerName, customerMessage, uiLang). */
export function analyzeOptionsFrom(s: Settings): Partial<AnalyzeOptions> {
  return {
    languages: s.languages,
    rules: (Object.keys(s.rules) as RuleId[]).filter((r) => s.rules[r]),
    formal: s.profile.formal,
    custom: s.custom,
    sellerName: s.profile.name || undefined,
  };
}
