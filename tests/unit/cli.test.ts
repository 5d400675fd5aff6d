import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const built = join(process.cwd(), 'dist/cli/reply-coach.mjs');
let dir = '';
let cli = '';

// The CLI contract is about the built file, copied away from node_modules to prove it is self-contained.
beforeAll(() => {
  if (!existsSync(built)) throw new Error('dist/cli/reply-coach.mjs is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'reply-coach-cli-'));
  cli = join(dir, 'reply-coach.mjs');
  copyFileSync(built, cli);
  copyFileSync(join(process.cwd(), 'dist/cli/engine.mjs'), join(dir, 'engine.mjs'));
  writeFileSync(join(dir, 'good.txt'), 'Hi Anna,\n\nthe blue one is available. Would you like it?\n\nBest,\nMaria\n');
  writeFileSync(join(dir, 'bad.txt'), 'the parcel is late\n');
});

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: dir, input, encoding: 'utf8' });

describe('reply-coach check', () => {
  it('exits 0 with no hints, 1 with hints, and prints them readably', () => {
    const ok = run(['check', 'good.txt']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('good.txt: no hints (en)');
    const bad = run(['check', 'good.txt', 'bad.txt']);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/bad\.txt \(en\): 3 hints/);
    expect(bad.stdout).toMatch(/1:1\s+greeting\s+Start with a greeting/);
    expect(bad.stdout).toContain('why: ');
  });

  it('reads stdin when no file is given, and writes messages in --ui-lang', () => {
    const r = run(['check', '--ui-lang', 'de'], 'the parcel is late');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('<stdin> (en)');
    expect(r.stdout).toContain('Mit einer Begrüßung beginnen');
  });

  it('forces the draft language with --lang', () => {
    const r = run(['check', '--lang', 'de'], 'ok');
    expect(r.stdout).toContain('(de)');
  });

  it('exits 2 with a clear message on bad usage or an unreadable file', () => {
    for (const args of [
      [],
      ['frob'],
      ['check', '--lang', 'fr'],
      ['check', '--nope'],
      ['check', '--jsonl', 'good.txt'],
    ]) {
      const r = run(args, '');
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^reply-coach: /);
    }
    const missing = run(['check', 'missing.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read missing.txt: ENOENT');
  });

  it('says when a long reply was checked on its opening and closing parts only', () => {
    const middle = Array.from({ length: 400 }, (_, i) => `Row ${i} of the pattern is knit in wool.`).join('\n');
    writeFileSync(join(dir, 'long.txt'), `Hi Anna,\n\n${middle}\n\nWould you like it in blue?\n`);
    const long = run(['check', 'long.txt']);
    expect(long.stdout).toContain('long.txt: no hints (en)');
    expect(long.stdout).toMatch(/long draft: only its opening \(to 1\d\d:\d+\) and closing \(from \d+:1 to line 404\)/);
    expect(long.stdout).toMatch(/checked, \d{4} of its 15\d{3} characters/);
    expect(run(['check', 'good.txt']).stdout).not.toContain('long draft');
    const jsonl = run(['check', '--jsonl'], JSON.stringify({ id: 'l', text: `the parcel is late.\n${middle}` }) + '\n');
    const res = JSON.parse(jsonl.stdout);
    expect(res.partial.totalChars).toBeGreaterThan(10_000);
    expect(res.partial.checkedChars).toBeLessThanOrEqual(10_000);
    expect(res.hints.find((h: { rule: string }) => h.rule === 'greeting').fixes[0].offset).toBe(0);
  });

  it('--help prints the usage and exits 0', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: reply-coach check');
  });
});

describe('reply-coach check --jsonl', () => {
  it('answers each line with one line, in order, with the documented fields', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Hallo Jana, ich fange morgen mit der Kette an.' }),
      JSON.stringify({ id: 2, text: 'Hi Anna, would you like it in blue?', customer: 'Anna' }),
      JSON.stringify({ id: 'c', text: 'ok', lang: 'fi' }),
    ].join('\n');
    const r = run(['check', '--jsonl'], input + '\n');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 2, 'c']);
    expect(lines[0].lang).toBe('de');
    expect(lines[0].hints.map((h: { rule: string }) => h.rule)).toEqual(['closing-question', 'order-recap']);
    for (const h of lines[0].hints) expect(Object.keys(h).sort()).toEqual(['end', 'fixes', 'message', 'rule', 'start']);
    expect(lines[1]).toEqual({ id: 2, lang: 'en', hints: [] });
    expect(lines[2].lang).toBe('fi');
  });

  it('answers a malformed line with an error on its line and goes on', () => {
    const input = [
      '{"id":1,"text":"Hi, want it?"}',
      'not json',
      '{"id":3}',
      '[1,2]',
      '{"id":5,"text":"x","lang":"xx"}',
      '{"id":6,"text":"Hi, want it?"}',
    ].join('\n');
    const r = run(['check', '--jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[1]).toEqual({ error: 'not valid JSON' });
    expect(lines[2]).toEqual({ id: 3, error: 'missing "text" (a string)' });
    expect(lines[3].error).toBeDefined();
    expect(lines[4]).toEqual({ id: 5, error: '"lang" must be one of en, de, fi, bs' });
    expect(lines[5].id).toBe(6);
    expect(lines[5].hints).toEqual([]);
  });

  it('takes the thread and the moment to check as of, and refuses malformed ones', () => {
    const thread = [
      { author: 'seller', at: '2025-03-03T12:00:00+01:00', text: 'I will send you the photos tomorrow.' },
      { author: 'customer', at: '2025-03-06T09:00:00+01:00', text: 'Any news on the photos? Do you ship to Austria?' },
    ];
    const text = 'Hi Anna, it is still available. Want it?';
    const input = [
      JSON.stringify({ id: 'late', text, thread, now: '2025-03-06T10:00:00+01:00' }),
      JSON.stringify({ id: 'early', text, thread: thread.slice(0, 1), now: '2025-03-03T13:00:00+01:00' }),
      JSON.stringify({ id: 'bad', text, thread: [{ author: 'bot', text: 'x' }] }),
      JSON.stringify({ id: 'when', text, now: 'someday' }),
    ].join('\n');
    const lines = run(['check', '--jsonl'], input)
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].hints.map((h: { rule: string }) => h.rule).sort()).toEqual(['apology', 'unanswered-question']);
    expect(lines[1].hints.map((h: { rule: string }) => h.rule)).not.toContain('apology');
    expect(lines[2].error).toMatch(/"thread" must be/);
    expect(lines[3].error).toMatch(/"now" must be/);
  });
});
