/**
 * public/_locales: every key in every locale, the same placeholders everywhere, and t()'s loader filling them the
 * way browser.i18n does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { format, langFromLocale, messageFromCatalog, resolveUiLang, t } from '../../src/shared/i18n';

type Entry = {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
};
const dir = new URL('../../public/_locales/', import.meta.url);
const LOCALES = ['en', 'de', 'fi', 'bs'];
const load = (l: string): Record<string, Entry> => JSON.parse(readFileSync(new URL(`${l}/messages.json`, dir), 'utf8'));
const catalogs = Object.fromEntries(LOCALES.map((l) => [l, load(l)]));
const allKeys = [...new Set(LOCALES.flatMap((l) => Object.keys(catalogs[l]!)))].sort();

/** Placeholder names used in a message ($NAME$), lower-cased, sorted. */
const used = (m: string) => [...m.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();

describe('locales', () => {
  it('exactly en, de, fi and bs are shipped as sources', () => {
    expect(readdirSync(dir).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('%s has every key', (l) => {
    const missing = allKeys.filter((k) => !(k in catalogs[l]!));
    expect(missing, `missing in ${l}`).toEqual([]);
  });

  it.each(LOCALES)('%s: messages are non-empty and key names are valid', (l) => {
    for (const [k, e] of Object.entries(catalogs[l]!)) {
      expect(k, k).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(typeof e.message, k).toBe('string');
      expect(e.message.trim().length, `${l}.${k} is empty`).toBeGreaterThan(0);
    }
  });

  it('placeholders are the same in every locale, and every one used is defined', () => {
    const problems: string[] = [];
    for (const k of allKeys) {
      const ref = catalogs.en![k];
      if (!ref) continue;
      const refDefined = Object.keys(ref.placeholders ?? {})
        .map((x) => x.toLowerCase())
        .sort();
      const refContent = Object.values(ref.placeholders ?? {})
        .map((p) => p.content)
        .sort();
      for (const l of LOCALES) {
        const e = catalogs[l]![k];
        if (!e) continue;
        const defined = Object.keys(e.placeholders ?? {})
          .map((x) => x.toLowerCase())
          .sort();
        const content = Object.values(e.placeholders ?? {})
          .map((p) => p.content)
          .sort();
        if (JSON.stringify(defined) !== JSON.stringify(refDefined))
          problems.push(`${l}.${k}: placeholders ${defined} vs en ${refDefined}`);
        if (JSON.stringify(content) !== JSON.stringify(refContent))
          problems.push(`${l}.${k}: placeholder contents differ from en`);
        const u = [...new Set(used(e.message))];
        for (const name of u) if (!defined.includes(name)) problems.push(`${l}.${k}: $${name}$ used but not defined`);
        for (const name of defined) if (!u.includes(name)) problems.push(`${l}.${k}: $${name}$ defined but not used`);
        const numbered = (m: string) =>
          [...m.matchAll(/\$([1-9])(?![0-9]*\$)/g)]
            .map((x) => x[1])
            .sort()
            .join();
        if (numbered(e.message) !== numbered(ref.message)) problems.push(`${l}.${k}: $1…$9 differ from en`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the manifest strings fit the store limits', () => {
    for (const l of LOCALES) {
      expect(catalogs[l]!.extName!.message.length).toBeLessThanOrEqual(75);
      expect(catalogs[l]!.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});

describe('t() and its loader', () => {
  it('fills named placeholders, $1…$9 and $$ like browser.i18n', () => {
    const e = {
      message: 'Hi $WHO$, $1 costs $$5 ($COUNT$)',
      placeholders: { who: { content: '$1' }, count: { content: '$2' } },
    };
    expect(format(e, ['Ana', '3'])).toBe('Hi Ana, Ana costs $5 (3)');
    expect(format({ message: 'No subs' }, [])).toBe('No subs');
    // A substitution is inserted as it is, never read as a placeholder again.
    expect(format({ message: '$X$', placeholders: { x: { content: '$1' } } }, ['$2'])).toBe('$2');
    // "$0" is no substitution: it stays as written.
    expect(format({ message: 'from $0 to $1' }, ['5'])).toBe('from $0 to 5');
  });

  it('answers in the chosen language, whatever the browser says', () => {
    expect(t('popup_not_enabled', 'de', 'shop.example')).toBe('Reply Coach läuft noch nicht auf shop.example.');
    expect(t('popup_not_enabled', 'bs', ['shop.example'])).toBe('Reply Coach još ne radi na shop.example.');
    expect(t('options_saved', 'fi')).toBe('Tallennettu');
  });

  it('falls back to English, then to the key', () => {
    expect(messageFromCatalog('no_such_key_anywhere', 'de')).toBe('no_such_key_anywhere');
  });

  it('maps browser locales to the four languages (hr and sr read bs)', () => {
    expect(langFromLocale('de-AT')).toBe('de');
    expect(langFromLocale('en_GB')).toBe('en');
    expect(langFromLocale('fi')).toBe('fi');
    expect(langFromLocale('hr')).toBe('bs');
    expect(langFromLocale('sr-Latn-RS')).toBe('bs');
    expect(langFromLocale('bs')).toBe('bs');
    expect(langFromLocale('sv')).toBeNull();
    expect(resolveUiLang('fi')).toBe('fi');
    expect(['en', 'de', 'fi', 'bs']).toContain(resolveUiLang('auto'));
  });
});
