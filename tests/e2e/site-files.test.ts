/**
 * Site files vs. manifest, fixtures, e2e cases and README: every site the manifest matches has a site file and
 * vice versa, each has a fixture page and an end-to-end case, and the README lists it. No browser needed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { SITES, siteFor } from '../../src/content/sites';
import { hostMatches, hostOfPattern } from '../../src/shared/sites';
import { FIXTURES, ROOT } from './harness';
import { SITE_CASES } from './sites';

const MATCHES: string[] = manifest.content_scripts.flatMap((c) => c.matches);

describe('site files', () => {
  it('cover exactly the manifest’s content_scripts matches, each pattern in one site file', () => {
    const fromSites = SITES.flatMap((s) => s.matches);
    expect([...fromSites].sort()).toEqual([...MATCHES].sort());
    expect(new Set(fromSites).size).toBe(fromSites.length);
  });

  it('are all registered: one file per site in src/content/sites/', () => {
    const files = readdirSync(join(ROOT, 'src', 'content', 'sites'))
      .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(files).toEqual(SITES.map((s) => s.id).sort());
  });

  it('are data: selectors and picks only, with the fields the content script reads', () => {
    for (const s of SITES) {
      expect(s.boxes.length, s.id).toBeGreaterThan(0);
      expect(s.editors.length, s.id).toBeGreaterThan(0);
      for (const v of Object.values(s)) expect(typeof v, s.id).not.toBe('function');
      for (const p of [...(s.customerName ?? []), ...(s.customerMessage ?? [])]) {
        expect(typeof p.sel, s.id).toBe('string');
        if (p.re) expect(() => new RegExp(p.re!, 'i'), s.id).not.toThrow();
      }
    }
  });

  it('list each selector once, trimmed, with the picks in order and no list empty (darkreader-style format check)', () => {
    for (const s of SITES) {
      const lists: [string, readonly string[] | undefined][] = [
        ['boxes', s.boxes],
        ['ignore', s.ignore],
        ['send', s.send],
        ['customerName', s.customerName?.map((p) => p.sel)],
        ['customerMessage', s.customerMessage?.map((p) => p.sel)],
        ['editorHints.quote', s.editorHints?.quote],
        ['editorHints.quoteStart', s.editorHints?.quoteStart],
        ['editorHints.roosterjs', s.editorHints?.roosterjs],
      ];
      for (const [field, list] of lists) {
        if (list === undefined) continue;
        expect(list.length, `${s.id}.${field} is empty: leave it out instead`).toBeGreaterThan(0);
        expect(new Set(list).size, `${s.id}.${field} has a duplicate`).toBe(list.length);
        for (const sel of list) expect(sel, `${s.id}.${field}`).toBe(sel.trim());
      }
    }
  });

  it('hold the site knowledge the editor adapters use: no site selector is written in src/content/editors/', () => {
    const dir = join(ROOT, 'src', 'content', 'editors');
    const code = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\s*(\/\*|\*|\/\/).*$/gm, '')) // comments may name the sites they are about
      .join('\n');
    for (const s of SITES) {
      const own = [
        ...(s.editorHints?.quote ?? []),
        ...(s.editorHints?.quoteStart ?? []),
        ...(s.editorHints?.roosterjs ?? []),
      ];
      for (const sel of own) expect(code, `${s.id}: ${sel} belongs in the site file only`).not.toContain(sel);
    }
  });

  it('each have a fixture page under a host their patterns match, and an end-to-end case', () => {
    for (const s of SITES) {
      expect(
        existsSync(join(FIXTURES, s.fixture, 'index.html')),
        `${s.id}: tests/e2e/fixtures/${s.fixture}/index.html`,
      ).toBe(true);
      expect(
        s.matches.some((p) => hostMatches(s.fixture, hostOfPattern(p) ?? '')),
        `${s.id}: ${s.fixture} matches its patterns`,
      ).toBe(true);
      expect(siteFor(s.fixture)?.id, `${s.id}: siteFor(${s.fixture})`).toBe(s.id);
      expect(
        SITE_CASES.some((c) => c.id === s.id && c.host === s.fixture),
        `${s.id}: a case in tests/e2e/sites.ts`,
      ).toBe(true);
    }
  });

  it('maps real host names to their site (wildcards included) and others to none', () => {
    expect(siteFor('www.etsy.com')?.id).toBe('etsy');
    expect(siteFor('navigator.gmx.net')?.id).toBe('gmx');
    expect(siteFor('3c.web.de')?.id).toBe('webde');
    expect(siteFor('www.messenger.com')?.id).toBe('facebook');
    expect(siteFor('olx.ba')?.id).toBe('olx');
    expect(siteFor('etsy.com.evil.example')).toBeNull();
    expect(siteFor('example.com')).toBeNull();
  });

  it('are listed, each with its editors, in the README', () => {
    const readmes = [join(ROOT, 'src', 'content', 'README.md')];
    // Once the README author merged the sites section into the top-level README, it must list them too.
    const top = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = /<!-- section:sites -->([\s\S]*?)<!-- \/section:sites -->/.exec(top)?.[1] ?? '';
    if (!/\(written with the content script\)/.test(section) && section.trim()) readmes.push(join(ROOT, 'README.md'));
    for (const file of readmes) {
      const text = readFileSync(file, 'utf8');
      for (const s of SITES) {
        expect(text, `${file}: ${s.name}`).toContain(s.name);
        for (const p of s.matches)
          expect(text, `${file}: ${p}`).toContain(p.replace(/^https:\/\//, '').replace(/\/\*$/, ''));
      }
    }
  });
});
