/**
 * Settings: schema (per-field fallback), migration, storage layout, import/export. Runs in Node with an in-memory
 * browser.storage.sync in place of webextension-polyfill.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const store = vi.hoisted(() => {
  const data = new Map<string, unknown>();
  const listeners = new Set<
    (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void
  >();
  const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
  const sync = {
    async get(keys?: string | string[] | null) {
      const list = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = clone(data.get(k));
      return out;
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: clone(data.get(k)), newValue: clone(v) };
        data.set(k, clone(v));
      }
      for (const l of listeners) l(changes, 'sync');
    },
    async clear() {
      data.clear();
    },
  };
  return { data, listeners, sync, writes: { count: 0 } };
});

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      sync: {
        get: store.sync.get,
        set: async (items: Record<string, unknown>) => {
          store.writes.count++;
          return store.sync.set(items);
        },
      },
      onChanged: {
        addListener: (l: never) => store.listeners.add(l),
        removeListener: (l: never) => store.listeners.delete(l),
      },
    },
  },
}));

import {
  DEFAULT_SETTINGS,
  EXPORT_FORMAT,
  LIMITS,
  SETTINGS_VERSION,
  SettingsError,
  analyzeOptionsFrom,
  defaultSettings,
  exportSettings,
  isSiteEnabled,
  loadSettings,
  migrate,
  migrateStoredSettings,
  onSettingsChanged,
  parseImport,
  resetSettings,
  sanitize,
  saveSettings,
  setSiteEnabled,
  updateSettings,
  type Settings,
} from '../../src/shared/settings';

beforeEach(async () => {
  await store.sync.clear();
  store.writes.count = 0;
});

describe('schema', () => {
  it('an empty store gives the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('defaults are a fresh copy each time', () => {
    const a = defaultSettings();
    a.rules.greeting = false;
    expect(defaultSettings().rules.greeting).toBe(true);
    expect(DEFAULT_SETTINGS.rules.greeting).toBe(true);
  });

  it('a valid object comes back unchanged and without issues', () => {
    const s = defaultSettings();
    s.rules.apology = false;
    s.languages = ['de', 'bs'];
    s.uiLang = 'fi';
    s.profile = { name: 'Mira', signOff: 'Lijep pozdrav', formal: { en: false, de: true, fi: false, bs: true } };
    s.custom.de = { greetings: ['Moin'], orderWords: ['Auftrag'] };
    s.sites = { disabled: ['www.etsy.com', '*.gmx.net'], added: ['https://shop.example.com/*'] };
    const r = sanitize(s);
    expect(r.issues).toEqual([]);
    expect(r.settings).toEqual(s);
  });

  it('each corrupted field falls back to its default and keeps the others', () => {
    const raw = {
      version: SETTINGS_VERSION,
      enabled: 'yes',
      rules: { greeting: false, apology: 'nope', 'closing-question': false, bogus: true },
      languages: ['de', 'xx'],
      uiLang: 'klingon',
      profile: { name: 42, signOff: 'Best, Ana', formal: { de: true, fi: 'x' } },
      custom: { en: { greetings: ['Ahoy', 7, ''], signOffs: 'Cheers' }, de: 'broken', xx: {} },
      sites: {
        disabled: ['www.etsy.com', 'not a host!', 5],
        added: ['https://ok.example/*', 'ftp://x/*', 'https://*/*'],
      },
      extra: true,
    };
    const { settings, issues } = sanitize(raw);
    expect(settings.enabled).toBe(true);
    expect(settings.rules).toEqual({
      greeting: false,
      'closing-question': false,
      apology: true,
      'order-recap': true,
      'unanswered-question': true,
    });
    expect(settings.languages).toEqual(['de']);
    expect(settings.uiLang).toBe('auto');
    expect(settings.profile.name).toBe('');
    expect(settings.profile.signOff).toBe('Best, Ana');
    expect(settings.profile.formal).toEqual({ en: false, de: true, fi: false, bs: false });
    expect(settings.custom.en).toEqual({ greetings: ['Ahoy'] });
    expect(settings.custom.de).toEqual({});
    expect(settings.sites).toEqual({ disabled: ['www.etsy.com'], added: ['https://ok.example/*'] });
    for (const f of [
      'enabled',
      'rules.apology',
      'rules.bogus',
      'languages',
      'uiLang',
      'profile.name',
      'profile.formal.fi',
      'custom.en.greetings',
      'custom.en.signOffs',
      'custom.de',
      'sites.disabled',
      'sites.added',
      'extra',
    ]) {
      expect(issues).toContain(f);
    }
  });

  it('an empty or all-unknown language list keeps the default (detection needs at least one)', () => {
    expect(sanitize({ languages: [] }).settings.languages).toEqual(DEFAULT_SETTINGS.languages);
    expect(sanitize({ languages: ['xx'] }).settings.languages).toEqual(DEFAULT_SETTINGS.languages);
    expect(sanitize({ languages: ['bs', 'en', 'bs'] }).settings.languages).toEqual(['en', 'bs']);
  });

  it('not an object at all → defaults', () => {
    for (const raw of [null, 7, 'x', [1, 2]]) {
      const r = sanitize(raw);
      expect(r.settings).toEqual(DEFAULT_SETTINGS);
      expect(r.issues).toContain('(root)');
    }
  });

  it('phrases are trimmed, de-duplicated case-insensitively and capped', () => {
    const many = Array.from({ length: LIMITS.phrasesPerKind + 5 }, (_, i) => `Hello ${i}`);
    const { settings, issues } = sanitize({
      custom: { en: { greetings: ['  Hi  there ', 'hi there', ...many], apologies: ['x'.repeat(LIMITS.phrase + 1)] } },
    });
    expect(settings.custom.en.greetings![0]).toBe('Hi there');
    expect(settings.custom.en.greetings).toHaveLength(LIMITS.phrasesPerKind);
    expect(settings.custom.en.apologies).toBeUndefined();
    expect(issues).toContain('custom.en.greetings');
    expect(issues).toContain('custom.en.apologies');
  });

  it('control characters are removed from text fields; over-long text is cut', () => {
    const { settings } = sanitize({ profile: { name: 'A\u0000na\u0007', signOff: 'x'.repeat(LIMITS.signOff + 10) } });
    expect(settings.profile.name).toBe('Ana');
    expect(settings.profile.signOff).toHaveLength(LIMITS.signOff);
  });

  it('a corrupted stored item does not lose the others', async () => {
    const s = defaultSettings();
    s.profile.name = 'Ana';
    await saveSettings(s);
    await store.sync.set({ custom_de: 'garbage', custom_fi: { greetings: ['Moi'] } });
    const loaded = await loadSettings();
    expect(loaded.profile.name).toBe('Ana');
    expect(loaded.custom.de).toEqual({});
    expect(loaded.custom.fi).toEqual({ greetings: ['Moi'] });
  });
});

describe('storage', () => {
  it('phrases live in one item per language, the rest in "settings"; no draft text anywhere', async () => {
    const s = defaultSettings();
    s.custom.bs = { greetings: ['Poštovani'] };
    await saveSettings(s);
    expect([...store.data.keys()].sort()).toEqual(['custom_bs', 'custom_de', 'custom_en', 'custom_fi', 'settings']);
    expect(store.data.get('custom_bs')).toEqual({ greetings: ['Poštovani'] });
    expect(store.data.get('settings')).not.toHaveProperty('custom');
  });

  it('only changed items are written', async () => {
    await saveSettings(defaultSettings());
    const before = store.writes.count;
    await saveSettings(defaultSettings());
    expect(store.writes.count).toBe(before);
    const s = defaultSettings();
    s.custom.fi = { greetings: ['Hei'] };
    const changed: string[] = [];
    const off = onSettingsChanged(() => undefined);
    store.listeners.add((c) => changed.push(...Object.keys(c)));
    await saveSettings(s);
    off();
    expect(changed).toEqual(['custom_fi']);
  });

  it('refuses to write an item over the sync quota, and writes nothing', async () => {
    const s = defaultSettings();
    s.sites.disabled = Array.from(
      { length: LIMITS.sites },
      (_, i) => `a-very-long-subdomain-name-number-${i}.some-shop-platform.example.com`,
    );
    s.sites.added = s.sites.disabled.map((h) => `https://${h}/*`);
    await expect(saveSettings(s)).rejects.toBeInstanceOf(SettingsError);
    expect(store.data.size).toBe(0);
  });

  it('updateSettings runs changes one after another', async () => {
    await Promise.all([
      updateSettings((s) => void (s.rules.greeting = false)),
      updateSettings((s) => void (s.rules.apology = false)),
      updateSettings((s) => setSiteEnabled(s, 'www.etsy.com', false)),
    ]);
    const s = await loadSettings();
    expect(s.rules.greeting).toBe(false);
    expect(s.rules.apology).toBe(false);
    expect(s.sites.disabled).toEqual(['www.etsy.com']);
  });

  it('onSettingsChanged reports the new settings', async () => {
    const seen = new Promise<Settings>((resolve) => {
      const off = onSettingsChanged((s) => {
        off();
        resolve(s);
      });
    });
    await updateSettings((s) => void (s.uiLang = 'de'));
    expect((await seen).uiLang).toBe('de');
  });

  it('reset keeps the added sites', async () => {
    await updateSettings((s) => {
      s.rules.greeting = false;
      s.sites.added = ['https://shop.example.com/*'];
    });
    const s = await resetSettings();
    expect(s.rules.greeting).toBe(true);
    expect(s.sites.added).toEqual(['https://shop.example.com/*']);
  });
});

describe('migration', () => {
  const v1 = {
    version: 1,
    enabled: true,
    rules: { greeting: true, 'closing-question': false, apology: true, 'order-recap': true },
    languages: ['en', 'de'],
    uiLang: 'de',
    profile: { name: 'Jonas', signOff: 'Viele Grüße', formal: { en: false, de: true, fi: false, bs: false } },
    custom: { en: {}, de: { greetings: ['Moin'] }, fi: {}, bs: {} },
    sites: {
      disabled: ['www.ebay.de'],
      added: [
        { origin: 'https://shop.example.com/*', enabled: true },
        { origin: 'https://old.example.org/*', enabled: false },
      ],
    },
  };

  it('v1 → current: added sites become origin patterns, switched-off ones go to disabled', () => {
    const { settings, issues, from } = migrate(v1);
    expect(from).toBe(1);
    expect(issues).toEqual([]);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.sites).toEqual({
      disabled: ['www.ebay.de', 'old.example.org'],
      added: ['https://shop.example.com/*', 'https://old.example.org/*'],
    });
    expect(settings.custom.de).toEqual({ greetings: ['Moin'] });
    expect(settings.rules['closing-question']).toBe(false);
    expect(isSiteEnabled(settings, 'old.example.org')).toBe(false);
    expect(isSiteEnabled(settings, 'shop.example.com')).toBe(true);
  });

  it('an object without a version is treated as the oldest one', () => {
    const { version: _v, ...v0 } = v1;
    const r = migrate(v0);
    expect(r.from).toBe(0);
    expect(r.settings.sites.added).toEqual(['https://shop.example.com/*', 'https://old.example.org/*']);
  });

  it('a broken v1 site entry is dropped, the rest migrates', () => {
    const r = migrate({
      ...v1,
      sites: { disabled: [], added: [{ origin: 5 }, { origin: 'https://a.example/*', enabled: true }] },
    });
    expect(r.settings.sites.added).toEqual(['https://a.example/*']);
    expect(r.issues).toContain('sites.added');
  });

  it('a stored v1 object (phrases inside "settings") is read and written back in the new layout', async () => {
    await store.sync.set({ settings: v1 });
    expect((await loadSettings()).sites.added).toHaveLength(2);
    const result = await migrateStoredSettings();
    expect(result?.from).toBe(1);
    expect(store.data.get('settings')).toMatchObject({
      version: SETTINGS_VERSION,
      sites: { added: ['https://shop.example.com/*', 'https://old.example.org/*'] },
    });
    expect(store.data.get('settings')).not.toHaveProperty('custom');
    expect(store.data.get('custom_de')).toEqual({ greetings: ['Moin'] });
    expect(await migrateStoredSettings()).toBeNull();
  });

  it('nothing stored → nothing written', async () => {
    expect(await migrateStoredSettings()).toBeNull();
    expect(store.writes.count).toBe(0);
  });

  it('settings synced from a newer version keep every field this version understands', () => {
    const r = migrate({
      ...defaultSettings(),
      version: SETTINGS_VERSION + 3,
      rules: { ...DEFAULT_SETTINGS.rules, greeting: false },
      futureField: 1,
    });
    expect(r.settings.rules.greeting).toBe(false);
    expect(r.settings.version).toBe(SETTINGS_VERSION);
  });
});

describe('import / export', () => {
  const mine = (): Settings => {
    const s = defaultSettings();
    s.rules['order-recap'] = false;
    s.languages = ['en', 'fi'];
    s.profile.name = 'Aino';
    s.custom.fi = { greetings: ['Moikka'], apologies: ['Pahoittelut'] };
    s.sites.added = ['https://kauppa.example.fi/*'];
    return s;
  };

  it('round-trips', () => {
    const text = exportSettings(mine(), new Date('2026-01-02T03:04:05Z'));
    const file = JSON.parse(text);
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.version).toBe(SETTINGS_VERSION);
    expect(file.exportedAt).toBe('2026-01-02T03:04:05.000Z');
    const { settings, issues } = parseImport(text, defaultSettings());
    expect(issues).toEqual([]);
    expect(settings).toEqual(mine());
  });

  it.each([
    ['not JSON', '{"format": "reply-coach-settings", ', 'settings_error_malformed'],
    ['empty', '', 'settings_error_malformed'],
    ['a JSON array', '[1,2,3]', 'settings_error_foreign'],
    ['another extension', JSON.stringify({ format: 'other-ext', version: 1, settings: {} }), 'settings_error_foreign'],
    ['a package.json', JSON.stringify({ name: 'x', version: '1.0.0' }), 'settings_error_foreign'],
    [
      'no settings object',
      JSON.stringify({ format: EXPORT_FORMAT, version: 2, settings: 'x' }),
      'settings_error_foreign',
    ],
    ['bad version', JSON.stringify({ format: EXPORT_FORMAT, version: 'two', settings: {} }), 'settings_error_foreign'],
    [
      'a newer version',
      JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION + 1, settings: {} }),
      'settings_error_newer',
    ],
  ])('%s → a clear error and nothing changes', async (_name, text, key) => {
    const current = mine();
    await saveSettings(current);
    const writes = store.writes.count;
    let err: unknown;
    try {
      parseImport(text, current);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SettingsError);
    expect((err as SettingsError).key).toBe(key);
    expect(store.writes.count).toBe(writes);
    expect(await loadSettings()).toEqual(current);
  });

  it('a valid file with some bad values: those keep their current value and are listed', () => {
    const current = mine();
    const text = JSON.stringify({
      format: EXPORT_FORMAT,
      version: SETTINGS_VERSION,
      settings: { rules: { greeting: 'maybe', apology: false }, profile: { name: ['x'] }, uiLang: 'de' },
    });
    const { settings, issues } = parseImport(text, current);
    expect(settings.rules.greeting).toBe(current.rules.greeting);
    expect(settings.rules.apology).toBe(false);
    expect(settings.profile.name).toBe('Aino');
    expect(settings.uiLang).toBe('de');
    expect(issues).toEqual(expect.arrayContaining(['rules.greeting', 'profile.name']));
  });

  it('imports a v1 export through the migration', () => {
    const text = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      settings: { sites: { disabled: [], added: [{ origin: 'https://a.example/*', enabled: false }] } },
    });
    const { settings } = parseImport(text, defaultSettings());
    expect(settings.sites).toEqual({ disabled: ['a.example'], added: ['https://a.example/*'] });
  });

  it('accepts a UTF-8 BOM', () => {
    const text = '\uFEFF' + exportSettings(mine());
    expect(parseImport(text, defaultSettings()).settings.profile.name).toBe('Aino');
  });
});

describe('sites and engine options', () => {
  it('per-site switch by hostname, wildcard entries cover subdomains', () => {
    let s = defaultSettings();
    expect(isSiteEnabled(s, 'www.etsy.com')).toBe(true);
    s = setSiteEnabled(s, '*.gmx.net', false);
    expect(isSiteEnabled(s, 'mail.gmx.net')).toBe(false);
    expect(isSiteEnabled(s, 'gmx.net')).toBe(false);
    expect(isSiteEnabled(s, 'gmx.com')).toBe(true);
    // Switching one host on again removes the wildcard that covered it.
    s = setSiteEnabled(s, 'mail.gmx.net', true);
    expect(isSiteEnabled(s, 'mail.gmx.net')).toBe(true);
    s = setSiteEnabled(s, 'www.etsy.com', false);
    s = setSiteEnabled(s, 'www.etsy.com', false);
    expect(s.sites.disabled).toEqual(['www.etsy.com']);
    expect(isSiteEnabled({ ...s, enabled: false }, 'www.ebay.de')).toBe(false);
  });

  it('analyzeOptionsFrom passes rules, languages, register, phrases, name and sign-off to the engine', () => {
    const s = defaultSettings();
    s.rules.apology = false;
    s.languages = ['de'];
    s.profile = { name: 'Ana', signOff: 'Lijep pozdrav', formal: { en: false, de: true, fi: false, bs: true } };
    s.custom.bs = { greetings: ['Ćao'], signOffs: ['Hvala'] };
    const o = analyzeOptionsFrom(s, 'bs');
    expect(o.rules).toEqual(['greeting', 'closing-question', 'order-recap', 'unanswered-question']);
    // On a classifieds chat unanswered-question stays off unless the seller switches it on there too.
    expect(analyzeOptionsFrom(s, undefined, true).rules).toEqual(['greeting', 'closing-question', 'order-recap']);
    expect(analyzeOptionsFrom({ ...s, unansweredOnClassifieds: true }, undefined, true).rules).toContain(
      'unanswered-question',
    );
    expect(o.languages).toEqual(['de']);
    expect(o.formal).toEqual({ en: false, de: true, fi: false, bs: true });
    expect(o.sellerName).toBe('Ana');
    expect(o.uiLang).toBe('bs');
    expect(o.custom?.bs).toEqual({ greetings: ['Ćao'], signOffs: ['Lijep pozdrav', 'Hvala'] });
    expect(o.custom?.en).toEqual({ signOffs: ['Lijep pozdrav'] });
    expect(analyzeOptionsFrom(defaultSettings()).sellerName).toBeUndefined();
    expect(analyzeOptionsFrom(defaultSettings()).custom).toEqual({});
  });
});
