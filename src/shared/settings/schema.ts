/** What the settings are: their type, version, limits and defaults. No storage, no validation. */
import type { CustomPhrases, Lang, RuleId } from '../../engine/types';

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

export class SettingsError extends Error {
  constructor(
    /** A message key (settings_error_*) for the UI; the English text is the Error message. */
    readonly key:
      'settings_error_malformed' | 'settings_error_foreign' | 'settings_error_newer' | 'settings_error_quota',
    message: string,
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}

/** A plain object as read from storage or a file, not yet validated. */
export type Raw = Record<string, unknown>;
export const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
