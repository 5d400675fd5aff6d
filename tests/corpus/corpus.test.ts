// Measures the rule engine against the labelled corpus in tests/corpus/*.jsonl.
// Labels say whether a rule SHOULD produce a hint; see tests/corpus/README.md for the definitions.
// The draft's language is NOT passed: detection is part of what is measured.
import { describe, it, expect, beforeAll } from 'vitest';
import { analyze } from '../../src/engine/index';
import {
  CORPUS_LANGS,
  RULE_NAMES,
  confusion,
  formatReport,
  langAccuracy,
  loadCorpus,
  scores,
  type CorpusLang,
  type CorpusRecord,
  type Outcome,
  type RuleName,
} from './metrics';

const F1_MIN: Record<RuleName, number> = {
  greeting: 0.95,
  'closing-question': 0.95,
  apology: 0.9,
  'order-recap': 0.9,
};
const LANG_ACCURACY_MIN = 0.95;
const MIN_TOTAL = 240;
const MIN_PER_LANG = 55;
const MIN_POS_NEG_PER_RULE = 10;

const byLang = new Map<CorpusLang, CorpusRecord[]>(
  CORPUS_LANGS.map((lang) => [lang, loadCorpus(new URL(`./${lang}.jsonl`, import.meta.url), lang)]),
);
const other = loadCorpus(new URL('./other.jsonl', import.meta.url), null);
const all: CorpusRecord[] = [...[...byLang.values()].flat(), ...other];

function run(r: CorpusRecord): Outcome {
  try {
    const res = analyze(r.text, { customerName: r.customerName, customerMessage: r.customerMessage });
    return { lang: res.lang ?? null, fired: new Set(res.hints.map((h) => h.rule)) };
  } catch (e) {
    return { lang: null, fired: new Set(), error: e instanceof Error ? e.message : String(e) };
  }
}

const outcomes = new Map<string, Outcome>();

beforeAll(() => {
  for (const r of all) outcomes.set(r.id, run(r));
  console.log(formatReport(byLang, outcomes, other));
});

describe('corpus shape', () => {
  it('ids are unique across all files', () => {
    const ids = all.map((r) => r.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes, `duplicate ids: ${dupes.join(', ')}`).toEqual([]);
  });

  it(`has at least ${MIN_TOTAL} drafts in the four language files and ${MIN_PER_LANG} per language`, () => {
    const total = [...byLang.values()].reduce((s, rs) => s + rs.length, 0);
    expect(total).toBeGreaterThanOrEqual(MIN_TOTAL);
    for (const [lang, rs] of byLang) expect(rs.length, `${lang}.jsonl`).toBeGreaterThanOrEqual(MIN_PER_LANG);
  });

  it(`has at least ${MIN_POS_NEG_PER_RULE} positives and ${MIN_POS_NEG_PER_RULE} negatives per rule and language`, () => {
    for (const [lang, rs] of byLang) {
      for (const rule of RULE_NAMES) {
        const pos = rs.filter((r) => r.expect[rule]).length;
        expect(pos, `${lang} ${rule} positives`).toBeGreaterThanOrEqual(MIN_POS_NEG_PER_RULE);
        expect(rs.length - pos, `${lang} ${rule} negatives`).toBeGreaterThanOrEqual(MIN_POS_NEG_PER_RULE);
      }
    }
  });

  it('has drafts in other languages, all expecting no hints', () => {
    expect(other.length).toBeGreaterThanOrEqual(10);
    for (const r of other)
      expect(
        RULE_NAMES.some((rule) => r.expect[rule]),
        r.id,
      ).toBe(false);
  });
});

describe('engine on the corpus', () => {
  it('analyze() does not throw on any draft', () => {
    const errors = [...outcomes.entries()].filter(([, o]) => o.error).map(([id, o]) => `${id}: ${o.error}`);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  describe.each(CORPUS_LANGS)('%s', (lang) => {
    const records = (): CorpusRecord[] => byLang.get(lang) ?? [];

    it(`detects the language in ≥ ${LANG_ACCURACY_MIN} of drafts`, () => {
      const a = langAccuracy(records(), outcomes);
      expect(a.accuracy, `${lang}: ${a.correct}/${a.n}; wrong: ${a.wrong.join(', ')}`).toBeGreaterThanOrEqual(
        LANG_ACCURACY_MIN,
      );
    });

    it.each(RULE_NAMES)('%s reaches its F1 threshold', (rule) => {
      const c = confusion(records(), outcomes, rule);
      const s = scores(c);
      const detail =
        `${rule} ${lang}: P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)} ` +
        `(TP ${c.tp}, FP ${c.fp}, FN ${c.fn}, TN ${c.tn})\n` +
        `  FN (hint expected, missing): ${c.falseNegatives.join(' ') || '-'}\n` +
        `  FP (hint not expected): ${c.falsePositives.join(' ') || '-'}`;
      expect(s.f1, detail).toBeGreaterThanOrEqual(F1_MIN[rule]);
    });
  });

  it('gives no hints on drafts in other languages (lang null or zero hints)', () => {
    const bad = other
      .map((r) => ({ r, o: outcomes.get(r.id) }))
      .filter(({ o }) => o !== undefined && o.lang !== null && o.fired.size > 0)
      .map(({ r, o }) => `${r.id} → lang ${String(o?.lang)}, hints [${[...(o?.fired ?? [])].join(', ')}]`);
    expect(bad, bad.join('\n')).toEqual([]);
  });
});
