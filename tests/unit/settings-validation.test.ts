/**
 * Settings validation as a table: for every kind of field, bad input is repaired (trimmed, cut, de-duplicated,
 * filtered) or rejected (the field falls back to the base value), and exactly the fields concerned are reported.
 */
import { describe, expect, it } from 'vitest';
// Straight from the files, without the storage part: validation and migrations need no extension API.
import { MIGRATIONS, migrate } from '../../src/shared/settings/migrations';
import {
  DEFAULT_SETTINGS,
  LIMITS,
  SETTINGS_VERSION,
  defaultSettings,
  type Settings,
} from '../../src/shared/settings/schema';
import { sanitize } from '../../src/shared/settings/validation';

type Row = [name: string, raw: unknown, path: string, value: unknown, issues: string[]];

const at = (s: Settings, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], s);

const ROWS: Row[] = [
  // booleans
  ['boolean: a string is rejected', { enabled: 'yes' }, 'enabled', true, ['enabled']],
  ['boolean: false is kept', { enabled: false }, 'enabled', false, []],
  [
    'boolean: a number is rejected',
    { unansweredOnClassifieds: 1 },
    'unansweredOnClassifieds',
    false,
    ['unansweredOnClassifieds'],
  ],
  // a record of booleans
  ['rules: not an object', { rules: 'all' }, 'rules', DEFAULT_SETTINGS.rules, ['rules']],
  [
    'rules: a bad value and an unknown rule',
    { rules: { greeting: 'no', apology: false, spelling: true } },
    'rules',
    { ...DEFAULT_SETTINGS.rules, apology: false },
    ['rules.greeting', 'rules.spelling'],
  ],
  [
    'formal: not an object',
    { profile: { formal: [] } },
    'profile.formal',
    DEFAULT_SETTINGS.profile.formal,
    ['profile.formal'],
  ],
  [
    'formal: a bad value',
    { profile: { formal: { de: 'yes', fi: true } } },
    'profile.formal',
    { en: false, de: false, fi: true, bs: false },
    ['profile.formal.de'],
  ],
  // language list
  ['languages: not a list', { languages: 'en' }, 'languages', DEFAULT_SETTINGS.languages, ['languages']],
  ['languages: an unknown one is dropped', { languages: ['de', 'xx'] }, 'languages', ['de'], ['languages']],
  ['languages: empty is rejected', { languages: [] }, 'languages', DEFAULT_SETTINGS.languages, ['languages']],
  ['languages: put in the packs’ order', { languages: ['fi', 'en'] }, 'languages', ['en', 'fi'], []],
  // one of a set
  ['uiLang: unknown is rejected', { uiLang: 'fr' }, 'uiLang', 'auto', ['uiLang']],
  ['uiLang: a pack language is kept', { uiLang: 'de' }, 'uiLang', 'de', []],
  // text
  ['profile: not an object', { profile: 'me' }, 'profile', DEFAULT_SETTINGS.profile, ['profile']],
  ['text: a number is rejected', { profile: { name: 42 } }, 'profile.name', '', ['profile.name']],
  ['text: trimmed, control characters dropped', { profile: { name: ' Mia\u0007 ' } }, 'profile.name', 'Mia', []],
  [
    'text: too long is cut',
    { profile: { signOff: 'x'.repeat(LIMITS.signOff + 5) } },
    'profile.signOff',
    'x'.repeat(LIMITS.signOff),
    ['profile.signOff'],
  ],
  // own phrases
  ['custom: not an object', { custom: 'x' }, 'custom', DEFAULT_SETTINGS.custom, ['custom']],
  ['custom: a language not an object', { custom: { en: 'x' } }, 'custom.en', {}, ['custom.en']],
  ['phrases: not a list', { custom: { de: { greetings: 'Moin' } } }, 'custom.de', {}, ['custom.de.greetings']],
  [
    'phrases: duplicates, blanks and a number',
    { custom: { de: { greetings: ['Moin', ' moin ', '  ', 5] } } },
    'custom.de',
    { greetings: ['Moin'] },
    ['custom.de.greetings'],
  ],
  [
    'phrases: one too long is dropped',
    { custom: { bs: { apologies: ['Izvini', 'x'.repeat(LIMITS.phrase + 1)] } } },
    'custom.bs',
    { apologies: ['Izvini'] },
    ['custom.bs.apologies'],
  ],
  [
    'phrases: too many are cut',
    { custom: { en: { orderWords: Array.from({ length: LIMITS.phrasesPerKind + 3 }, (_, i) => `w${i}`) } } },
    'custom.en.orderWords',
    Array.from({ length: LIMITS.phrasesPerKind }, (_, i) => `w${i}`),
    ['custom.en.orderWords'],
  ],
  ['phrases: an unknown kind', { custom: { fi: { farewells: ['Moi'] } } }, 'custom.fi', {}, ['custom.fi.farewells']],
  // site lists
  ['sites: not an object', { sites: [] }, 'sites', DEFAULT_SETTINGS.sites, ['sites']],
  [
    'host list: lower-cased, de-duplicated, bad entry dropped',
    { sites: { disabled: ['WWW.Etsy.com', 'www.etsy.com', 'not a host!'] } },
    'sites.disabled',
    ['www.etsy.com'],
    ['sites.disabled'],
  ],
  [
    'origin list: a non-web pattern dropped',
    { sites: { added: ['https://shop.example.com/*', 'ftp://x/*'] } },
    'sites.added',
    ['https://shop.example.com/*'],
    ['sites.added'],
  ],
  ['origin list: not a list', { sites: { added: 'https://shop.example.com/*' } }, 'sites.added', [], ['sites.added']],
  // the object itself
  ['root: an unknown field is dropped', { colour: 'red', enabled: false }, 'enabled', false, ['colour']],
  ['root: not an object', 'settings', 'enabled', true, ['(root)']],
  ['root: null', null, 'languages', DEFAULT_SETTINGS.languages, ['(root)']],
  ['root: undefined is simply the defaults', undefined, 'uiLang', 'auto', []],
  ['version: any value is the current one, unreported', { version: 'two' }, 'version', DEFAULT_SETTINGS.version, []],
];

describe('settings validation, field by field', () => {
  for (const [name, raw, path, value, issues] of ROWS) {
    it(name, () => {
      const r = sanitize(raw);
      expect(at(r.settings, path), path).toEqual(value);
      expect([...r.issues].sort()).toEqual([...issues].sort());
      // Every other field keeps its default: one bad field never costs another.
      const others = sanitize({ ...defaultSettings(), ...(typeof raw === 'object' && raw ? raw : {}) });
      expect(others.issues.sort()).toEqual([...issues].filter((i) => i !== '(root)').sort());
    });
  }

  it('a rejected field takes the base value (an import keeps the current one), not the default', () => {
    const base = defaultSettings();
    base.enabled = false;
    base.profile.name = 'Mia';
    base.custom.de = { signOffs: ['LG'] };
    const r = sanitize({ enabled: 'off', profile: { name: 7 }, custom: { de: 'LG' } }, base);
    expect(r.settings.enabled).toBe(false);
    expect(r.settings.profile.name).toBe('Mia');
    expect(r.settings.custom.de).toEqual({ signOffs: ['LG'] });
    expect(r.issues.sort()).toEqual(['custom.de', 'enabled', 'profile.name']);
  });

  it('a valid object comes back equal, every field of it', () => {
    const s = defaultSettings();
    s.rules.apology = false;
    s.languages = ['de', 'bs'];
    s.uiLang = 'fi';
    s.profile = { name: 'Mia', signOff: 'LG Mia', formal: { en: true, de: false, fi: false, bs: true } };
    s.custom.de = { greetings: ['Moin'], signOffs: ['LG'] };
    s.sites = { disabled: ['*.gmx.net'], added: ['https://shop.example.com/*'] };
    expect(sanitize(structuredClone(s))).toEqual({ settings: { ...s, languages: ['de', 'bs'] }, issues: [] });
  });
});

describe('migrations', () => {
  it('one step per version: the list is as long as the current version', () => {
    expect(MIGRATIONS).toHaveLength(SETTINGS_VERSION);
  });

  it('each version comes up to the current one, from wherever it starts', () => {
    const v1 = {
      version: 1,
      enabled: false,
      sites: { disabled: [], added: [{ origin: 'https://shop.example.com/*', enabled: false }] },
    };
    const v0 = { enabled: false, sites: v1.sites };
    for (const raw of [v0, v1]) {
      const { settings, issues, from } = migrate(raw);
      expect(from).toBe(raw === v0 ? 0 : 1);
      expect(issues).toEqual([]);
      expect(settings).toEqual({
        ...defaultSettings(),
        enabled: false,
        sites: { disabled: ['shop.example.com'], added: ['https://shop.example.com/*'] },
      });
    }
    expect(migrate({ version: SETTINGS_VERSION, uiLang: 'de' }).settings.uiLang).toBe('de');
  });
});
