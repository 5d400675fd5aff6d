// The writer-batch data set (README.md here): format, and the engine's F1 per rule and language on the dev split
// and on the frozen test split, with and without the learned part of the apology and order-recap rules.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index';
import { CORPUS_LANGS, RULE_NAMES, type Outcome } from '../corpus/metrics';
import { cell, loadAll, SPLITS, table, type DatasetRecord, type Split } from './dataset';

const splits = new Map(SPLITS.map((s) => [s, loadAll(s)]));

function run(split: Split, learned: boolean): Map<string, Outcome> {
  const out = new Map<string, Outcome>();
  for (const r of [...splits.get(split)!.values()].flat()) {
    const res = analyze(r.text, { customerName: r.customerName, customerMessage: r.customerMessage, learned });
    out.set(r.id, { lang: res.lang, fired: new Set(res.hints.map((h) => h.rule)) });
  }
  return out;
}

const meanF1 = (split: Split, outcomes: Map<string, Outcome>, rule: (typeof RULE_NAMES)[number]) =>
  CORPUS_LANGS.reduce((sum, l) => sum + cell(splits.get(split)!.get(l) as DatasetRecord[], outcomes, rule).f1, 0) / CORPUS_LANGS.length;

describe('writer-batch data set', () => {
  it('has at least 500 drafts per language, split by writer into train, dev and test', () => {
    for (const lang of CORPUS_LANGS) {
      const n = SPLITS.reduce((sum, s) => sum + (splits.get(s)!.get(lang)?.length ?? 0), 0);
      expect(n, lang).toBeGreaterThanOrEqual(500);
    }
    const ids = SPLITS.flatMap((s) => [...splits.get(s)!.values()].flat().map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const split of ['dev', 'test'] as const) {
    it(`${split} split: F1 per rule and language, with and without the learned part`, () => {
      const withModel = run(split, true);
      const without = run(split, false);
      const byLang = splits.get(split)!;
      console.info(`${table(`${split} split (with the learned part)`, byLang, withModel)}\n\n${table(`${split} split (phrase lists alone)`, byLang, without)}`);
      // The learned part is kept only while it wins: on average over the languages, for both rules it decides.
      for (const rule of ['apology', 'order-recap'] as const) {
        expect(meanF1(split, withModel, rule), `${split}: ${rule} with the learned part`).toBeGreaterThan(meanF1(split, without, rule));
      }
    }, 120_000);
  }
});
