// The writer-batch data set (README.md here): format, the second annotator's agreement on the frozen test split, and
// the engine's F1 per rule and language on that split, with and without the learned part of the apology and
// order-recap rules. Train, dev and the test batches in LEARNED_TESTS are learned from (npm run train prints their
// out-of-fold numbers); whether the learned part wins is judged on the frozen test batches only.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index';
import { CORPUS_LANGS, RULE_NAMES, type CorpusLang, type Outcome, type RuleName } from '../corpus/metrics';
import {
  cell,
  FILES,
  loadAll,
  loadSecondLabels,
  LEARNED_TESTS,
  SEEN_TEST_BATCHES,
  SPLITS,
  table,
  type DatasetRecord,
  type Keep,
} from './dataset';

const splits = new Map(SPLITS.map((s) => [s, loadAll(s)]));
const test = splits.get('test')!;
const second = new Map(CORPUS_LANGS.map((l) => [l, loadSecondLabels(l)]));
/** Only the labels both annotators gave alike are scored. */
const agreed: Keep = (r, rule) => second.get(r.lang)?.get(r.id)?.[rule] === r.expect[rule];

function run(learned: boolean): Map<string, Outcome> {
  const out = new Map<string, Outcome>();
  for (const r of [...test.values()].flat()) {
    const res = analyze(r.text, { customerName: r.customerName, customerMessage: r.customerMessage, learned });
    out.set(r.id, { lang: res.lang, fired: new Set(res.hints.map((h) => h.rule)) });
  }
  return out;
}

/**
 * The floors of issue 10 (F1 ≥ 0.95 greeting and closing-question, ≥ 0.90 apology and order-recap) where the first run
 * of a frozen test batch reached them (README, Quality): none of these may fall below again.
 */
const REACHED: [batch: string, RuleName, number, CorpusLang[]][] = [
  ['test', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test', 'apology', 0.9, ['en', 'fi', 'bs']],
  ['test', 'order-recap', 0.9, ['en']],
  ['test3', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test3', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test3', 'apology', 0.9, ['en', 'de', 'fi']],
  ['test3', 'order-recap', 0.9, ['en', 'de']],
  ['test4', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test4', 'closing-question', 0.95, ['fi']],
  ['test4', 'apology', 0.9, ['fi', 'bs']],
  ['test4', 'order-recap', 0.9, ['en']],
  ['test5', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  // Reached on its second run (ce3d5a7, still unread; README), held from then on.
  ['test5', 'closing-question', 0.95, ['en']],
  ['test5', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test5', 'order-recap', 0.9, ['en', 'bs']],
  ['test6', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test6', 'closing-question', 0.95, ['de', 'fi']],
  ['test6', 'apology', 0.9, ['de', 'bs']],
  ['test6', 'order-recap', 0.9, ['en']],
  ['test7', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test7', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test7', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test7', 'order-recap', 0.9, ['en', 'fi']],
  ['test8', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test8', 'closing-question', 0.95, ['en', 'de', 'fi']],
  ['test8', 'apology', 0.9, ['en', 'de', 'bs']],
  ['test8', 'order-recap', 0.9, ['en', 'de', 'fi']],
  ['test9', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test9', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test9', 'apology', 0.9, ['en', 'fi', 'bs']],
  ['test9', 'order-recap', 0.9, ['de', 'fi']],
  ['test10', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test10', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test10', 'apology', 0.9, ['en', 'fi']],
  ['test10', 'order-recap', 0.9, ['en', 'de', 'bs']],
  ['test11', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test11', 'closing-question', 0.95, ['en', 'de', 'bs']],
  ['test11', 'apology', 0.9, ['en', 'de', 'fi']],
  ['test11', 'order-recap', 0.9, ['bs']],
  ['test12', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test12', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test12', 'apology', 0.9, ['en', 'de', 'fi']],
  ['test12', 'order-recap', 0.9, ['de', 'fi', 'bs']],
  ['test13', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test13', 'closing-question', 0.95, ['en', 'de', 'fi']],
  ['test13', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test13', 'order-recap', 0.9, ['de', 'fi']],
  ['test14', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test14', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test14', 'apology', 0.9, ['de', 'fi', 'bs']],
  ['test14', 'order-recap', 0.9, ['fi', 'bs']],
  ['test15', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test15', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test15', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test15', 'order-recap', 0.9, ['bs']],
  ['test16', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test16', 'closing-question', 0.95, ['de', 'fi', 'bs']],
  ['test16', 'apology', 0.9, ['de', 'bs']],
  ['test16', 'order-recap', 0.9, ['en', 'de', 'fi']],
  ['test17', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test17', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test17', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test17', 'order-recap', 0.9, ['en', 'de']],
  ['test18', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test18', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test18', 'apology', 0.9, ['en', 'fi', 'bs']],
  ['test18', 'order-recap', 0.9, ['fi', 'bs']],
  ['test19', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test19', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test19', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test19', 'order-recap', 0.9, ['de', 'bs']],
  ['test20', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test20', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test20', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test20', 'order-recap', 0.9, ['en', 'fi', 'bs']],
  ['test21', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test21', 'closing-question', 0.95, ['en', 'de', 'bs']],
  ['test21', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test21', 'order-recap', 0.9, ['en', 'fi', 'bs']],
  ['test22', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test22', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test22', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test22', 'order-recap', 0.9, ['en', 'de']],
  ['test23', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test23', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test23', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test23', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test24', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test24', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test24', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test24', 'order-recap', 0.9, ['de', 'fi']],
  ['test25', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test25', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test25', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test25', 'order-recap', 0.9, ['de']],
  ['test26', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test26', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test26', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test26', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test27', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test27', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test27', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test27', 'order-recap', 0.9, ['de', 'fi', 'bs']],
  ['test28', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test28', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test28', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test28', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test29', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test29', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test29', 'apology', 0.9, ['en', 'fi', 'bs']],
  ['test29', 'order-recap', 0.9, ['de', 'fi']],
  ['test30', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test30', 'closing-question', 0.95, ['en', 'de', 'bs']],
  ['test30', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test30', 'order-recap', 0.9, ['en', 'fi', 'bs']],
  ['test31', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test31', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test31', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test31', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test32', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test32', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test32', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test32', 'order-recap', 0.9, ['en', 'de']],
  ['test33', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test33', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test33', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test33', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test34', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test34', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test34', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test34', 'order-recap', 0.9, ['en', 'de', 'fi']],
  ['test35', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test35', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test35', 'apology', 0.9, ['de', 'fi', 'bs']],
  ['test35', 'order-recap', 0.9, ['de', 'fi', 'bs']],
  ['test36', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test36', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test36', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test36', 'order-recap', 0.9, ['de', 'fi', 'bs']],
  ['test37', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test37', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test37', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test37', 'order-recap', 0.9, ['en', 'de', 'fi']],
  ['test38', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test38', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test38', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test38', 'order-recap', 0.9, ['en', 'de']],
  ['test39', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test39', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test39', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test39', 'order-recap', 0.9, ['de', 'fi', 'bs']],
  ['test40', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test40', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test40', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test40', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test41', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test41', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test41', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test41', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test42', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test42', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test42', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test42', 'order-recap', 0.9, ['fi', 'bs']],
  ['test43', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test43', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test43', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test43', 'order-recap', 0.9, ['en', 'fi', 'bs']],
  ['test44', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test44', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test44', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test44', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test45', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test45', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test45', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test45', 'order-recap', 0.9, ['en', 'bs']],
  ['test46', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test46', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test46', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test46', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test47', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test47', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test47', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test47', 'order-recap', 0.9, ['en', 'bs']],
  ['test50', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test50', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test50', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test50', 'order-recap', 0.9, ['en', 'de', 'bs']],
  ['test48', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test48', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test48', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test48', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test49', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test49', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test49', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test49', 'order-recap', 0.9, ['de', 'fi', 'bs']],
  ['test51', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test51', 'closing-question', 0.95, ['de', 'fi', 'bs']],
  ['test51', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test51', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test52', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test52', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test52', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test52', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test53', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test53', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test53', 'apology', 0.9, ['en', 'de', 'fi']],
  ['test53', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test54', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test54', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test54', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test54', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test55', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test55', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test55', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test55', 'order-recap', 0.9, ['de', 'fi', 'bs']],
  ['test56', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test56', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test56', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test56', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test57', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test57', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test57', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test57', 'order-recap', 0.9, ['fi', 'bs']],
  ['test58', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test58', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test58', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test58', 'order-recap', 0.9, ['de', 'fi', 'bs']],
  ['test59', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test59', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test59', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test59', 'order-recap', 0.9, ['en', 'bs']],
  ['test60', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test60', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test60', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test60', 'order-recap', 0.9, ['de', 'fi', 'bs']],
  ['test61', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test61', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test61', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test61', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test62', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test62', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test62', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test62', 'order-recap', 0.9, ['en', 'de', 'bs']],
  ['test63', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test63', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test63', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test63', 'order-recap', 0.9, ['en', 'de', 'bs']],
  ['test64', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test64', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test64', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test64', 'order-recap', 0.9, ['en', 'de', 'bs']],
  ['test65', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test65', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test65', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test65', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test66', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test66', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test66', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test66', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test67', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test67', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test67', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test67', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test68', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test68', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test68', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test68', 'order-recap', 0.9, ['en', 'fi']],
  ['test69', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test69', 'closing-question', 0.95, ['en', 'de', 'fi']],
  ['test69', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test69', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test70', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test70', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test70', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test70', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test71', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test71', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test71', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test71', 'order-recap', 0.9, ['en', 'bs']],
  ['test72', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test72', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test72', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test72', 'order-recap', 0.9, ['de', 'fi', 'bs']],
  ['test73', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test73', 'closing-question', 0.95, ['en', 'de', 'bs']],
  ['test73', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test73', 'order-recap', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test74', 'greeting', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test74', 'closing-question', 0.95, ['en', 'de', 'fi', 'bs']],
  ['test74', 'apology', 0.9, ['en', 'de', 'fi', 'bs']],
  ['test74', 'order-recap', 0.9, ['de', 'bs']],
];

const state = (file: string) =>
  LEARNED_TESTS.includes(file)
    ? 'learned from since its first run'
    : SEEN_TEST_BATCHES.includes(file)
      ? 'seen since its first run'
      : 'frozen';

/** The test batches the shipped models never learned from: only these can tell whether the learned part wins. */
const frozen = new Map(
  [...test].map(([l, rs]) => [
    l,
    rs.filter((r) => FILES.test.some((b) => !LEARNED_TESTS.includes(b.file) && r.id.startsWith(`${l}-${b.prefix}-`))),
  ]),
);

/** One writer batch of the test split, per language. */
const byBatch = (prefix: string) =>
  new Map([...test].map(([l, rs]) => [l, rs.filter((r) => r.id.startsWith(`${l}-${prefix}-`))]));

const meanF1 = (outcomes: Map<string, Outcome>, rule: RuleName) =>
  CORPUS_LANGS.reduce((sum, l) => sum + cell(frozen.get(l) as DatasetRecord[], outcomes, rule, agreed).f1, 0) /
  CORPUS_LANGS.length;

describe('writer-batch data set', () => {
  it('has at least 500 drafts per language, split by writer into train, dev and test', () => {
    for (const lang of CORPUS_LANGS) {
      const n = SPLITS.reduce((sum, s) => sum + (splits.get(s)!.get(lang)?.length ?? 0), 0);
      expect(n, lang).toBeGreaterThanOrEqual(500);
    }
    const ids = SPLITS.flatMap((s) => [...splits.get(s)!.values()].flat().map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('test split: a second annotator labelled every draft; agreement per rule and language', () => {
    const rows: string[] = [];
    for (const lang of CORPUS_LANGS) {
      const records = test.get(lang)!;
      expect([...second.get(lang)!.keys()].sort(), lang).toEqual(records.map((r) => r.id).sort());
      rows.push(
        `${lang}: ${RULE_NAMES.map((rule) => `${rule} ${(records.filter((r) => agreed(r, rule)).length / records.length).toFixed(2)}`).join(', ')}`,
      );
    }
    console.info(`test split, labels both annotators agree on:\n${rows.join('\n')}`);
  });

  it('test split (frozen): F1 per rule and language, with and without the learned part', () => {
    const withModel = run(true);
    const without = run(false);
    const tables = FILES.test.flatMap(({ file, prefix }) => {
      const batch = byBatch(prefix);
      return [
        table(`${file} (${state(file)}), agreed labels (with the learned part)`, batch, withModel, agreed),
        table(`${file} (${state(file)}), agreed labels (phrase lists alone)`, batch, without, agreed),
      ];
    });
    console.info(
      [...tables, table("both test batches, the writers' labels (with the learned part)", test, withModel)].join(
        '\n\n',
      ),
    );
    // The learned part is kept only while it wins: on average over the languages, for both rules it decides, on the
    // frozen batches (the others it learned from).
    expect([...frozen.values()].flat().length, 'a frozen test batch').toBeGreaterThan(0);
    for (const rule of ['apology', 'order-recap'] as const) {
      expect(meanF1(withModel, rule), `${rule} with the learned part`).toBeGreaterThan(meanF1(without, rule));
    }
    // Issue 10's floors where the first run of a test batch reached them (README): none may fall below again.
    for (const [file, rule, floor, langs] of REACHED) {
      const batch = byBatch(FILES.test.find((b) => b.file === file)!.prefix);
      for (const lang of langs)
        expect(cell(batch.get(lang)!, withModel, rule, agreed).f1, `${file} ${rule} ${lang}`).toBeGreaterThanOrEqual(
          floor,
        );
    }
  }, 120_000);
});
