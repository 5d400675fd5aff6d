/**
 * UI strings. One source: public/_locales/<lang>/messages.json.
 *
 * t(key, lang?, substitutions?) uses browser.i18n.getMessage when `lang` is the browser's own UI language (or not
 * given), and otherwise reads the same _locales JSON, imported at build time, with the same placeholder rules as
 * browser.i18n — because browser.i18n cannot switch language at run time, and the user may choose the hint language.
 *
 * No webextension-polyfill here on purpose: i18n.getMessage/getUILanguage are synchronous in Chrome and Firefox,
 * and without the polyfill this module also runs in Node (unit tests, tools).
 */
import { LANGS, type Lang } from '../engine/types';
import { CATALOGS, message, type MessageKey } from '../engine/messages';

export { format, type MessageKey } from '../engine/messages';

/** Names of the languages in their own language, for pickers. */
export const LANG_NATIVE_NAMES: Record<Lang, string> = {
  en: 'English',
  de: 'Deutsch',
  fi: 'Suomi',
  bs: 'Bosanski / Hrvatski / Srpski',
};

/**
 * The UI language a locale tag stands for. Bosnian, Croatian, Serbian (Latin and Cyrillic UIs), Montenegrin and
 * the old Serbo-Croatian tag all read the "bs" strings; the build also emits them as _locales/hr and _locales/sr.
 */
export function langFromLocale(tag: string | undefined | null): Lang | null {
  if (!tag) return null;
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  if ((LANGS as readonly string[]).includes(base)) return base as Lang;
  if (['hr', 'sr', 'sh', 'cnr'].includes(base)) return 'bs';
  return null;
}

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The browser's UI language as a locale tag ("de", "en-US"); navigator.language outside an extension. */
export function browserLocale(): string {
  try {
    const l = api()?.getUILanguage();
    if (l) return l;
  } catch {
    /* not in an extension */
  }
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : 'en';
}

/** Which of our four languages browser.i18n serves now (it falls back to the default locale, en). */
export function browserLang(): Lang {
  return langFromLocale(browserLocale()) ?? 'en';
}

/** A settings value ('auto' or a language) → the language to show. */
export function resolveUiLang(pref: Lang | 'auto' | undefined): Lang {
  return !pref || pref === 'auto' ? browserLang() : pref;
}

/** The message in `lang` from the bundled catalogs, falling back to English, then to the key itself. */
export function messageFromCatalog(key: string, lang: Lang, substitutions: string[] = []): string {
  return message(lang, key, substitutions);
}

/**
 * A UI string. Without `lang`, or with the browser's own language, browser.i18n answers (what the store listing and
 * the manifest use too); with another language, the bundled catalog does.
 */
export function t(key: MessageKey | (string & {}), lang?: Lang, substitutions?: string | (string | number)[]): string {
  const subs =
    substitutions === undefined ? [] : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  const target = lang ?? browserLang();
  if (target === browserLang()) {
    try {
      const m = api()?.getMessage(key, subs);
      if (m) return m;
    } catch {
      /* not in an extension, or a bad key: use the catalog */
    }
  }
  return messageFromCatalog(key, target, subs);
}

/** Every key of a catalog (tests and the options page use it). */
export function catalogKeys(lang: Lang): string[] {
  return Object.keys(CATALOGS[lang]);
}
