/** Every overlay string is an overlay_* key in all four public/_locales/<lang>/messages.json, translated. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './harness';

const LANGS = ['en', 'de', 'fi', 'bs'] as const;
type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogs = Object.fromEntries(
  LANGS.map((l) => [
    l,
    JSON.parse(readFileSync(join(ROOT, 'public', '_locales', l, 'messages.json'), 'utf8')) as Catalog,
  ]),
) as Record<(typeof LANGS)[number], Catalog>;

function usedKeys(): string[] {
  // Every content-script module: the overlay, and whoever says something through it (fixes, notices).
  const dir = join(ROOT, 'src', 'content');
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f));
  const keys = new Set<string>();
  for (const f of files)
    for (const m of readFileSync(f, 'utf8').matchAll(/['"`](overlay_[a-z_]+)['"`]/g)) keys.add(m[1]!);
  // Plural forms are looked up as overlay_hints_<Intl.PluralRules category>.
  for (const form of ['one', 'few', 'other']) keys.add(`overlay_hints_${form}`);
  return [...keys].sort();
}

it('every overlay string the code uses exists in en, de, fi and bs, with the same placeholders', () => {
  const keys = usedKeys();
  expect(keys.length).toBeGreaterThan(15);
  for (const key of keys) {
    for (const l of LANGS) {
      const e = catalogs[l][key];
      expect(e?.message, `${l}: ${key}`).toBeTruthy();
      const names = (m: string) => [...m.matchAll(/\$([A-Za-z_]+)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
      expect(names(e!.message), `${l}: ${key} placeholders`).toEqual(names(catalogs.en[key]!.message));
      for (const n of names(e!.message))
        expect(
          Object.keys(e!.placeholders ?? {}).map((k) => k.toLowerCase()),
          `${l}: ${key}`,
        ).toContain(n);
    }
  }
});

it('the overlay strings are translated, not copied from English', () => {
  const keys = usedKeys().filter((k) => k !== 'overlay_name');
  for (const l of ['de', 'fi', 'bs'] as const) {
    const same = keys.filter((k) => catalogs[l][k]!.message === catalogs.en[k]!.message);
    expect(same, `${l}: untranslated`).toEqual([]);
  }
});
