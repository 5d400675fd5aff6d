/**
 * Validation as a table (FIELDS): one check per settings field. Reading is forgiving: every field is checked on its
 * own, and an unknown or corrupted value falls back to the base value (the default, or the current settings for an
 * import) without touching the others. What was dropped or repaired is reported as a dotted path.
 */
import { LANGS, RULE_IDS, type CustomPhrases, type Lang } from '../../engine/types';
import { isValidHostEntry, isValidOriginPattern } from '../sites';
import { DEFAULT_SETTINGS, LIMITS, PHRASE_KINDS, SETTINGS_VERSION, isObj, type Settings } from './schema';

/** What sanitize() dropped or repaired: dotted field paths, e.g. "rules.greeting", "custom.de.greetings". */
export type Issues = string[];

/** One field's check: its value when valid (or repaired), else `base`; anything wrong is reported under `path`. */
type Check<T> = (v: unknown, base: T, path: string, issues: Issues) => T;

const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);

const bool: Check<boolean> = (v, base, path, issues) => {
  if (typeof v === 'boolean') return v;
  if (v !== undefined) issues.push(path);
  return base;
};

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

/** A trimmed string; one over `max` is cut to it (and reported). */
const text =
  (max: number): Check<string> =>
  (v, base, path, issues) => {
    if (typeof v === 'string') {
      const s = stripControl(v).trim();
      if (s.length <= max) return s;
      issues.push(path);
      return s.slice(0, max);
    }
    if (v !== undefined) issues.push(path);
    return base;
  };

const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (v, base, path, issues) => {
    if (v === undefined) return base;
    if ((values as readonly unknown[]).includes(v)) return v as T;
    issues.push(path);
    return base;
  };

/** The known languages of the list, in the packs' order; none at all keeps `base` (never empty). */
const languages: Check<Lang[]> = (v, base, path, issues) => {
  if (v === undefined) return [...base];
  const list = Array.isArray(v) ? LANGS.filter((l) => v.includes(l)) : [];
  const bad = !Array.isArray(v) || v.some((l) => !isLang(l));
  if (bad) issues.push(path);
  if (list.length) return list;
  if (!bad) issues.push(path);
  return [...base];
};

/** Own phrases of one kind: single-spaced, case-insensitively unique, each and all within the limits. */
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

/** One language's own phrases: a list per known kind, empty kinds left out, unknown kinds reported. */
const phrases: Check<CustomPhrases> = (v, base, path, issues) => {
  if (v === undefined) return structuredClone(base);
  if (!isObj(v)) {
    issues.push(path);
    return structuredClone(base);
  }
  const out: CustomPhrases = {};
  for (const k of PHRASE_KINDS) {
    const list = phraseList(v[k], base[k], `${path}.${k}`, issues);
    if (list?.length) out[k] = [...list];
  }
  for (const k of Object.keys(v)) if (!(PHRASE_KINDS as readonly string[]).includes(k)) issues.push(`${path}.${k}`);
  return out;
};

/** Lower-cased unique entries that pass `valid`, at most LIMITS.sites. */
const siteList =
  (valid: (s: string) => boolean): Check<string[]> =>
  (v, base, path, issues) => {
    if (v === undefined) return [...base];
    if (!Array.isArray(v)) {
      issues.push(path);
      return [...base];
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
  };

/** An object with one entry per key, each checked alike; `strict` also reports keys it does not know. */
const record =
  <K extends string, T>(keys: readonly K[], check: Check<T>, strict = false): Check<Record<K, T>> =>
  (v, base, path, issues) => {
    if (v !== undefined && !isObj(v)) issues.push(path);
    const r = isObj(v) ? v : {};
    const out = {} as Record<K, T>;
    for (const k of keys) out[k] = check(r[k], base[k], `${path}.${k}`, issues);
    if (strict)
      for (const k of Object.keys(r)) if (!(keys as readonly string[]).includes(k)) issues.push(`${path}.${k}`);
    return out;
  };

type Checks<T> = { [K in keyof T]: Check<T[K]> };

/** Apply a table of checks to the fields of `r` ("" path: the root); unknown fields are dropped. */
function checkFields<T extends object>(
  checks: Checks<T>,
  r: Record<string, unknown>,
  base: T,
  path: string,
  issues: Issues,
): T {
  const out = {} as T;
  for (const k of Object.keys(checks) as (keyof T & string)[])
    out[k] = checks[k](r[k], base[k], path ? `${path}.${k}` : k, issues);
  return out;
}

/** An object with its own check per field. */
const shape =
  <T extends object>(checks: Checks<T>): Check<T> =>
  (v, base, path, issues) => {
    if (v !== undefined && !isObj(v)) issues.push(path);
    return checkFields(checks, isObj(v) ? v : {}, base, path, issues);
  };

/** Every field of the settings and its check (version is not checked: sanitize writes the current one). */
export const FIELDS: Checks<Omit<Settings, 'version'>> = {
  enabled: bool,
  rules: record(RULE_IDS, bool, true),
  unansweredOnClassifieds: bool,
  languages,
  uiLang: oneOf<Lang | 'auto'>(['auto', ...LANGS]),
  profile: shape({ name: text(LIMITS.name), signOff: text(LIMITS.signOff), formal: record(LANGS, bool) }),
  custom: record(LANGS, phrases),
  sites: shape({ disabled: siteList(isValidHostEntry), added: siteList(isValidOriginPattern) }),
};

/**
 * Validate a settings object of the current version field by field. Every field that is missing takes its value
 * from `base`; every field that is present but invalid is reported in `issues` and also takes `base`'s value.
 * Unknown fields are dropped (and reported).
 */
export function sanitize(raw: unknown, base: Settings = DEFAULT_SETTINGS): { settings: Settings; issues: Issues } {
  const issues: Issues = [];
  if (!isObj(raw) && raw !== undefined) issues.push('(root)');
  const r = isObj(raw) ? raw : {};
  const settings: Settings = { version: SETTINGS_VERSION, ...checkFields(FIELDS, r, base, '', issues) };
  for (const k of Object.keys(r)) if (k !== 'version' && !Object.hasOwn(FIELDS, k)) issues.push(k);
  return { settings, issues };
}
