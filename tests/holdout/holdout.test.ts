// Held-out generalisation check: runs analyze() on drafts written blind to the engine (see README.md here)
// and reports precision/recall/F1 per rule and language plus language-detection accuracy.
// It asserts only generous floors: this set is a measurement, not a tuning target.
import { readFileSync } from 'node:fs';
import { describe, it, expect, beforeAll } from 'vitest';
import { analyze } from '../../src/engine/index';

type Lang = 'en' | 'de' | 'fi' | 'bs';
type Rule = 'greeting' | 'closing-question' | 'apology' | 'order-recap';

const LANGS: readonly Lang[] = ['en', 'de', 'fi', 'bs'];
const RULES: readonly Rule[] = ['greeting', 'closing-question', 'apology', 'order-recap'];
const F1_MIN = 0.8;
const LANG_ACCURACY_MIN = 0.9;

interface HoldoutRecord {
  id: string;
  lang: Lang;
  site: string;
  text: string;
  customerName?: string;
  customerMessage?: string;
  expect: Record<Rule, boolean>;
  note?: string;
}

interface Outcome {
  lang: string | null;
  fired: Set<string>;
  error?: string;
}

/** The first blind set (`<lang>.jsonl`, ids ho-…) and the second (`second-<lang>.jsonl`, ids b2-…). */
const SETS = [
  { file: (l: Lang) => `${l}.jsonl`, prefix: 'ho' },
  { file: (l: Lang) => `second-${l}.jsonl`, prefix: 'b2' },
];

function load(lang: Lang): HoldoutRecord[] {
  return SETS.flatMap((set) => loadFile(lang, set.file(lang), set.prefix));
}

function loadFile(lang: Lang, name: string, prefix: string): HoldoutRecord[] {
  const file = new URL(`./${name}`, import.meta.url);
  const problems: string[] = [];
  const records: HoldoutRecord[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${name}:${i + 1}`;
      let r: HoldoutRecord;
      try {
        r = JSON.parse(line) as HoldoutRecord;
      } catch (e) {
        problems.push(`${where}: invalid JSON (${(e as Error).message})`);
        return;
      }
      if (!new RegExp(`^${prefix}-${lang}-\\d{3}$`).test(String(r.id)))
        problems.push(`${where}: bad id ${String(r.id)}`);
      if (r.lang !== lang) problems.push(`${where}: lang ${String(r.lang)}`);
      if (typeof r.text !== 'string' || r.text.trim() === '') problems.push(`${where}: empty text`);
      for (const rule of RULES) {
        if (typeof r.expect?.[rule] !== 'boolean') problems.push(`${where}: expect.${rule} missing`);
      }
      records.push(r);
    });
  if (problems.length) throw new Error(`Holdout format errors:\n${problems.join('\n')}`);
  return records;
}

const byLang = new Map<Lang, HoldoutRecord[]>(LANGS.map((l) => [l, load(l)]));
const all = [...byLang.values()].flat();
const outcomes = new Map<string, Outcome>();

function run(r: HoldoutRecord): Outcome {
  try {
    const res = analyze(r.text, { customerName: r.customerName, customerMessage: r.customerMessage });
    return { lang: res.lang ?? null, fired: new Set(res.hints.map((h) => h.rule)) };
  } catch (e) {
    return { lang: null, fired: new Set(), error: e instanceof Error ? e.message : String(e) };
  }
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  fnIds: string[];
  fpIds: string[];
}

function count(records: readonly HoldoutRecord[], rule: Rule): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0, fnIds: [], fpIds: [] };
  for (const r of records) {
    const got = outcomes.get(r.id)?.fired.has(rule) ?? false;
    const want = r.expect[rule];
    if (want && got) c.tp++;
    else if (!want && got) {
      c.fp++;
      c.fpIds.push(r.id);
    } else if (want && !got) {
      c.fn++;
      c.fnIds.push(r.id);
    } else c.tn++;
  }
  return c;
}

function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const d = 2 * c.tp + c.fp + c.fn;
  return { p, r, f1: d === 0 ? 1 : (2 * c.tp) / d };
}

function langAccuracy(records: readonly HoldoutRecord[]): { acc: number; wrong: string[] } {
  const wrong = records
    .filter((r) => outcomes.get(r.id)?.lang !== r.lang)
    .map((r) => `${r.id}→${String(outcomes.get(r.id)?.lang ?? null)}`);
  return { acc: records.length ? (records.length - wrong.length) / records.length : 1, wrong };
}

function report(): string {
  const head = ['rule', 'lang', 'n', 'pos', 'TP', 'FP', 'FN', 'TN', 'P', 'R', 'F1'];
  const rows: string[][] = [];
  for (const rule of RULES) {
    for (const lang of LANGS) {
      const rs = byLang.get(lang) ?? [];
      const c = count(rs, rule);
      const s = prf(c);
      rows.push([
        rule,
        lang,
        String(rs.length),
        String(c.tp + c.fn),
        String(c.tp),
        String(c.fp),
        String(c.fn),
        String(c.tn),
        s.p.toFixed(3),
        s.r.toFixed(3),
        s.f1.toFixed(3),
      ]);
    }
  }
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (cells: string[]): string =>
    cells.map((c, i) => (i < 2 ? c.padEnd(w[i] ?? 0) : c.padStart(w[i] ?? 0))).join('  ');
  const out = [
    'Reply Coach HOLDOUT: rule × language',
    fmt(head),
    w.map((n) => '-'.repeat(n)).join('  '),
    ...rows.map(fmt),
    '',
    'Language detection:',
  ];
  for (const lang of LANGS) {
    const a = langAccuracy(byLang.get(lang) ?? []);
    out.push(`  ${lang}: ${a.acc.toFixed(3)}${a.wrong.length ? `  wrong: ${a.wrong.join(', ')}` : ''}`);
  }
  out.push('', 'Misclassified (FN = hint expected but missing, FP = hint given but not expected):');
  for (const rule of RULES) {
    for (const lang of LANGS) {
      const c = count(byLang.get(lang) ?? [], rule);
      if (c.fn || c.fp) out.push(`  ${rule} ${lang}: FN [${c.fnIds.join(' ')}]  FP [${c.fpIds.join(' ')}]`);
    }
  }
  const errors = [...outcomes.entries()].filter(([, o]) => o.error);
  if (errors.length) out.push('', 'analyze() threw:', ...errors.map(([id, o]) => `  ${id}: ${o.error}`));
  return out.join('\n');
}

beforeAll(() => {
  for (const r of all) outcomes.set(r.id, run(r));
  console.log(report());
});

describe('holdout shape', () => {
  it('has unique ids and 70 drafts per language (30 in the first set, 40 in the second)', () => {
    const ids = all.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const lang of LANGS) expect(byLang.get(lang)?.length, lang).toBe(70);
  });
});

describe('engine on the holdout (generous floors)', () => {
  it('analyze() does not throw', () => {
    const errors = [...outcomes.entries()].filter(([, o]) => o.error).map(([id, o]) => `${id}: ${o.error}`);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  describe.each(LANGS)('%s', (lang) => {
    it(`detects the language in ≥ ${LANG_ACCURACY_MIN} of drafts`, () => {
      const a = langAccuracy(byLang.get(lang) ?? []);
      expect(a.acc, `${lang}: wrong ${a.wrong.join(', ')}`).toBeGreaterThanOrEqual(LANG_ACCURACY_MIN);
    });

    it.each(RULES)(`%s F1 ≥ ${F1_MIN}`, (rule) => {
      const c = count(byLang.get(lang) ?? [], rule);
      const s = prf(c);
      const detail = `${rule} ${lang}: P=${s.p.toFixed(3)} R=${s.r.toFixed(3)} F1=${s.f1.toFixed(3)} FN [${c.fnIds.join(' ')}] FP [${c.fpIds.join(' ')}]`;
      expect(s.f1, detail).toBeGreaterThanOrEqual(F1_MIN);
    });
  });
});
