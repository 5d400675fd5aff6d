// The labelled thread corpus (README.md here): format, and on the frozen test split the F1 of the apology hint
// for a missed promise and of unanswered-question, with the thread and with the draft and the customer's last
// message alone (as before conversation memory), and of unanswered-question without its learned part.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index';
import { CORPUS_LANGS, type CorpusLang } from '../corpus/metrics';
import {
  loadAllThreads,
  SEEN_THREAD_SPLITS,
  threadTable,
  THREAD_SPLITS,
  type ThreadLabel,
  type ThreadRecord,
  type ThreadSplit,
} from './threads';

// Each split read once, when a test first asks for it.
const loaded = new Map<ThreadSplit, ReturnType<typeof loadAllThreads>>();
const split = (name: ThreadSplit) => loaded.get(name) ?? loaded.set(name, loadAllThreads(name)).get(name)!;

/** Issue 11's floor (F1 ≥ 0.85) where the first run of a frozen split reached it (README): held from then on. */
const REACHED = {
  test2: [
    ['apology', ['en', 'de', 'bs']],
    ['unanswered-question', ['fi']],
  ],
  test3: [
    ['apology', ['de']],
    ['unanswered-question', ['en']],
  ],
  // Second run, still unread, at c51a164 (README): the apology hint reached the floor in every language.
  test4: [['apology', ['en', 'de', 'fi', 'bs']]],
  test5: [['apology', ['en', 'de']]],
  test6: [
    ['apology', ['en', 'de', 'bs']],
    ['unanswered-question', ['en', 'fi']],
  ],
  test9: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['de']],
  ],
  test10: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'fi']],
  ],
  // First run at the end of 2026-12-05's work, the same as that session's start build (README).
  test16: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'bs']],
  ],
  // First run at the end of the second session of 2026-12-05 (README), the same as that session's start build.
  test17: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['bs']],
  ],
  // First run at the very end of that session, its last changes made without it (README).
  test18: [
    ['apology', ['en', 'de', 'fi']],
    ['unanswered-question', ['en', 'de', 'bs']],
  ],
  // First run at the end of the third session of 2026-12-05 (README).
  test19: [
    ['apology', ['en', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi', 'bs']],
  ],
  // First run at the start of the fourth session of 2026-12-05 (README).
  test20: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['fi']],
  ],
  // First run at the end of the fourth session of 2026-12-05 (README).
  test21: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'fi', 'bs']],
  ],
  // First run at the start of the fifth session of 2026-12-05 (README).
  test22: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['fi']],
  ],
  // First run at the end of the fifth session of 2026-12-05 (README).
  test23: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'fi', 'bs']],
  ],
  // First run at the start of the sixth session of 2026-12-05 (README).
  test24: [
    ['apology', ['en', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi']],
  ],
  // First run at the end of the sixth session of 2026-12-05 (README).
  test25: [
    ['apology', ['en', 'fi', 'bs']],
    ['unanswered-question', ['fi', 'bs']],
  ],
  // First run at the start of the seventh session of 2026-12-05 (README).
  test26: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['de']],
  ],
  // First run at the end of the seventh session of 2026-12-05 (README).
  test27: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['de', 'bs']],
  ],
  // First run at the end of the ninth session of 2026-12-05, beside its start build (README).
  test31: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['fi']],
  ],
  // First run at the start of the eighth session of 2026-12-05 (README).
  test28: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['de', 'fi']],
  ],
  // First run at the end of the eighth session of 2026-12-05 (README).
  test29: [['apology', ['en', 'de', 'fi', 'bs']]],
  // First run at the start of the ninth session of 2026-12-05, before any change (README).
  test30: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['de', 'bs']],
  ],
  // First run at the start of the tenth session, 2026-12-06, before any change (README).
  test32: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['de', 'fi', 'bs']],
  ],
  // First run at the end of the tenth session, 2026-12-06, beside its start build (README).
  test33: [['apology', ['en', 'de', 'fi', 'bs']]],
  // First run at the start of the eleventh session, 2026-12-06, before any change (README).
  test34: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['fi', 'bs']],
  ],
  // First run at the end of the eleventh session, 2026-12-06, beside its start build (README).
  test35: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['de', 'fi']],
  ],
  // First run at the start of the twelfth session, 2026-12-06, before any change (README).
  test36: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'bs']],
  ],
  // First run at the end of the twelfth session, 2026-12-06, beside its start build (README).
  test37: [['apology', ['en', 'de', 'fi', 'bs']]],
  // First run at the start of the thirteenth session, 2026-12-06, before any change (README).
  test38: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'bs']],
  ],
  // First run at the end of the thirteenth session, 2026-12-06, beside its start build (README).
  test39: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['de', 'fi', 'bs']],
  ],
  // First run at the start of the fourteenth session, 2026-12-06, before any change (README).
  test40: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'bs']],
  ],
  // First run at the end of the fourteenth session, 2026-12-06, beside its start build (README).
  test41: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['bs']],
  ],
  // First run at the start of the fifteenth session, 2026-12-06, before any change (README).
  test42: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi', 'bs']],
  ],
  // First run at the end of the fifteenth session, 2026-12-06, beside its start build (README).
  test43: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['fi', 'bs']],
  ],
  // First run at the start of the sixteenth session, 2026-12-06, before any change (README).
  test44: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['fi', 'bs']],
  ],
  // First run at the end of the sixteenth session, 2026-12-06, beside its start build (README).
  test45: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de']],
  ],
  // First run at the start of the seventeenth session, 2026-12-06, before any change (README).
  test46: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'fi']],
  ],
  // First run at the end of the seventeenth session, 2026-12-06, beside its start build (README).
  test47: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'bs']],
  ],
  // First run at the start of the eighteenth session, 2026-12-06, before any change (README).
  test48: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'bs']],
  ],
  // First run at the end of the eighteenth session, 2026-12-06, beside its start build (README).
  test49: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['de', 'bs']],
  ],
  // First run at the start of the nineteenth session, 2026-12-06, before any change (README).
  test50: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['bs']],
  ],
  // First run at the end of the nineteenth session, 2026-12-06, beside its start build (README).
  test51: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'fi', 'bs']],
  ],
  // First run at the start of the twentieth session, 2026-12-07, before any change (README).
  test52: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi']],
  ],
  // Written in the nineteenth session; first run at the end of the twentieth, 2026-12-07, beside its start build (README).
  test53: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['de', 'fi', 'bs']],
  ],
  // Written in the nineteenth session while its changes were made; first run at its end, beside its start build.
  test54: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'fi', 'bs']],
  ],
  // First run at the start of the twenty-first session, 2026-12-07, before any change (README).
  test55: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'fi', 'bs']],
  ],
  // Written in the twentieth session; first run at the end of the twenty-first, 2026-12-07, beside its start build (README).
  test56: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi']],
  ],
  // First run at the start of the twenty-second session, 2026-12-07, before any change (README).
  test57: [['apology', ['en', 'de', 'fi', 'bs']]],
  // Written in the twenty-first session; first run at the end of the twenty-second, 2026-12-07, beside its start build (README).
  test58: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi', 'bs']],
  ],
  // First run at the start of the twenty-third session, 2026-12-07, before any change (README).
  test59: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'fi']],
  ],
  // Written in the twenty-second session; first run at the end of the twenty-third, 2026-12-07, beside its start build (README).
  test60: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi']],
  ],
  // First run at the start of the twenty-fourth session, 2026-12-07, before any change (README).
  test61: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi']],
  ],
  // Written in the twenty-third session; first run at the end of the twenty-fourth, 2026-12-07, beside its start build (README).
  test62: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['de', 'fi', 'bs']],
  ],
  // First run at the start of the twenty-fifth session, 2026-12-07, before any change (README).
  test63: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'fi']],
  ],
  // Written in the twenty-fourth session; first run at the end of the twenty-fifth, 2026-12-07, beside its start build (README).
  test64: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en']],
  ],
  // First run at the start of the twenty-sixth session, 2026-12-07, before any change (README).
  test65: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi', 'bs']],
  ],
  // Written in the twenty-fifth session; first run at the end of the twenty-sixth, 2026-12-07, beside its start build (README).
  test66: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi', 'bs']],
  ],
  // First run at the start of the twenty-seventh session, 2026-12-07, before any change (README).
  test67: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi', 'bs']],
  ],
  // Frozen end judge of the twenty-seventh session, 2026-12-07: first run at bb91cb6 beside 2d2e146 (README).
  test68: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi', 'bs']],
  ],
  // First run at the start of the twenty-eighth session, 2026-12-07, before any change (README).
  test69: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'bs']],
  ],
  // Frozen end judge of the twenty-eighth session, 2026-12-07: first run at 18b5a54, the code of its start (README).
  test70: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['de', 'bs']],
  ],
  // First run at the start of the twenty-ninth session, 2026-12-07, before any change (README).
  test71: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi', 'bs']],
  ],
  // Frozen end judge of the twenty-ninth session, 2026-12-07: first run at e94425f, its final engine (README).
  test72: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi', 'bs']],
  ],
  // First run at the start of the thirtieth session, 2026-12-07, before any change (README).
  test73: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de', 'fi']],
  ],
  // Frozen end judge of the thirtieth session, 2026-12-07: first run at 1083441, its final engine (README).
  test74: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'de']],
  ],
  // First run at the start of the thirty-first session, 2026-12-07, before any change (README).
  test75: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['de', 'fi', 'bs']],
  ],
  // Frozen end judge of the thirty-first session, 2026-12-07: first run at e1a8743, its final engine (README).
  test76: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['en', 'fi', 'bs']],
  ],
  // First run at the start of the thirty-second session, 2026-12-08, before any change (README).
  test77: [
    ['apology', ['en', 'de', 'bs']],
    ['unanswered-question', ['en', 'de']],
  ],
  // Frozen end judge of the thirty-second session, 2026-12-08: first run at 8c5ff93, its final engine (README).
  test78: [
    ['apology', ['en', 'de', 'fi', 'bs']],
    ['unanswered-question', ['de', 'bs']],
  ],
  // Keyed by split names the type knows (a name it does not list fails the type check, not only a test run).
} satisfies Partial<Record<ThreadSplit, [ThreadLabel, CorpusLang[]][]>>;

function firing(withThread: boolean, learned = true) {
  const cache = new Map<string, Set<string>>();
  return (r: ThreadRecord, label: ThreadLabel) => {
    let got = cache.get(r.id);
    if (!got) {
      const last = [...r.thread].reverse().find((m) => m.author === 'customer')?.text;
      const context = withThread ? { thread: r.thread, now: r.now } : { customerMessage: last };
      got = new Set(
        analyze(r.text, { lang: r.lang, customerName: r.customerName, learned, ...context }).hints.map((h) => h.rule),
      );
      cache.set(r.id, got);
    }
    return got.has(label);
  };
}

describe('thread corpus', () => {
  it('has at least 30 threads per language in each split, every promise pointing at a seller message', () => {
    for (const name of THREAD_SPLITS)
      for (const lang of CORPUS_LANGS)
        expect(split(name).get(lang)!.length, `${name} ${lang}`).toBeGreaterThanOrEqual(30);
  });

  // Memory is kept only while it wins: the apology hint, on average over the languages, is better with the thread.
  const scored: [ThreadSplit, string, [ThreadLabel, CorpusLang[]][]][] = [
    ['test78', 'frozen, never read', REACHED.test78],
    ['test77', 'frozen until its first run at edcc35f, read since', REACHED.test77],
    ['test76', 'frozen, never read', REACHED.test76],
    ['test75', 'frozen until its first run at aed304e, read since', REACHED.test75],
    ['test74', 'frozen, never read', REACHED.test74],
    ['test73', 'frozen until its first run at 967da09, read since', REACHED.test73],
    ['test72', 'frozen, never read', REACHED.test72],
    ['test71', 'frozen until its first run at 0e2a4e0, read since', REACHED.test71],
    ['test70', 'frozen, never read', REACHED.test70],
    ['test69', 'frozen until its first run at 81e4457, read since', REACHED.test69],
    ['test68', 'frozen, never read', REACHED.test68],
    ['test67', 'frozen until its first run at 5092fd6, read since', REACHED.test67],
    ['test66', 'frozen, never read', REACHED.test66],
    ['test65', 'frozen until its first run at 4978ce3, read since', REACHED.test65],
    ['test64', 'frozen, never read', REACHED.test64],
    ['test63', 'frozen until its first run at 8af7012, read since', REACHED.test63],
    ['test62', 'frozen, never read', REACHED.test62],
    ['test61', 'frozen until its first run at e011992, read since', REACHED.test61],
    ['test60', 'frozen, never read', REACHED.test60],
    ['test59', 'frozen until its first run at 3283fb6, read since', REACHED.test59],
    ['test58', 'frozen, never read', REACHED.test58],
    ['test57', 'frozen until its first run at 7a855f7, read since', REACHED.test57],
    ['test56', 'frozen, never read', REACHED.test56],
    ['test55', 'frozen until its first run at 07a12d6, read since', REACHED.test55],
    ['test54', 'frozen, never read', REACHED.test54],
    ['test53', 'frozen, never read', REACHED.test53],
    ['test52', 'frozen until its first run at 07dd5f0, read since', REACHED.test52],
    ['test51', 'frozen, never read', REACHED.test51],
    ['test50', 'frozen until its first run at a2fd552, read since', REACHED.test50],
    ['test49', 'frozen, never read', REACHED.test49],
    ['test48', 'frozen until its first run at 7528907, read since', REACHED.test48],
    ['test47', 'frozen, never read', REACHED.test47],
    ['test46', 'frozen until its first run at 8031741, read since', REACHED.test46],
    ['test45', 'frozen, never read', REACHED.test45],
    ['test44', 'frozen until its first run at 12f7034, read since', REACHED.test44],
    ['test43', 'frozen, never read', REACHED.test43],
    ['test42', 'frozen until its first run at 14fd500, read since', REACHED.test42],
    ['test41', 'frozen, never read', REACHED.test41],
    ['test40', 'frozen until its first run at 6df0073, read since', REACHED.test40],
    ['test39', 'frozen, never read', REACHED.test39],
    ['test38', 'frozen until its first run at e1feab1, read since', REACHED.test38],
    ['test37', 'frozen, never read', REACHED.test37],
    ['test36', 'frozen until its first run at 66b2565, read since', REACHED.test36],
    ['test35', 'frozen, never read', REACHED.test35],
    ['test34', 'frozen until its first run at bd03dec, read since', REACHED.test34],
    ['test33', 'frozen, never read', REACHED.test33],
    ['test32', 'frozen until its first run at 7195592, read since', REACHED.test32],
    ['test31', 'frozen, never read', REACHED.test31],
    ['test30', 'frozen until its first run at 726f905, read since', REACHED.test30],
    ['test29', 'frozen, never read', REACHED.test29],
    ['test28', 'frozen until its first run at 1325a7e, read since', REACHED.test28],
    ['test27', 'frozen, never read', REACHED.test27],
    ['test26', 'frozen until its first run at 08806e7, read since', REACHED.test26],
    ['test25', 'frozen, never read', REACHED.test25],
    ['test24', 'frozen until its first run at 0c45e06, read since', REACHED.test24],
    ['test23', 'frozen, never read', REACHED.test23],
    ['test22', 'frozen until its first run at eafd30a, read since', REACHED.test22],
    ['test21', 'frozen, never read', REACHED.test21],
    ['test20', 'frozen until its first run at 28afd98, read since', REACHED.test20],
    ['test19', 'frozen until its first run at 4f94508, read since', REACHED.test19],
    ['test18', 'frozen until its first run at b3c7c82, read since', REACHED.test18],
    ['test17', 'frozen until its first run at 1547cab, read since', REACHED.test17],
    ['test16', 'frozen, never read', REACHED.test16],
    ['test15', 'frozen, never read', []],
    ['test14', 'frozen, never read', []],
    ['test13', 'frozen, never read', []],
    ['test12', 'frozen, never read', []],
    ['test11', 'frozen, two threads read', []],
    ['test10', 'frozen', REACHED.test10],
    ['test9', 'frozen', REACHED.test9],
    ['test8', 'frozen', []],
    ['test7', 'frozen', []],
    ['test6', 'frozen', REACHED.test6],
    ['test4', 'frozen', REACHED.test4],
    ['test5', 'frozen until its first run at 3f1021f, seen since', REACHED.test5],
    ['test3', 'frozen until its first run at 1a5f984, seen since', REACHED.test3],
    ['test2', 'frozen until 1a5f984, seen since', REACHED.test2],
    ['test', 'the first frozen split, seen since', []],
  ];
  it('lets development scripts read exactly the test splits this table calls read', () => {
    for (const [name, state] of scored) {
      if (/never read/.test(state)) expect(SEEN_THREAD_SPLITS, name).not.toContain(name);
      if (/read since/.test(state)) expect(SEEN_THREAD_SPLITS, name).toContain(name);
    }
  });
  it('scores every test split', () => {
    expect(scored.map(([name]) => name).sort()).toEqual(THREAD_SPLITS.filter((n) => n.startsWith('test')).sort());
  });
  for (const [name, state, floors] of scored)
    it(`${name} split (${state}): F1 of the missed-promise apology and of unanswered-question, with and without the thread`, () => {
      const records = split(name);
      const withThread = threadTable(`thread ${name} split (${state}), with the thread`, records, firing(true));
      const alone = threadTable(
        `thread ${name} split (${state}), draft and last customer message alone`,
        records,
        firing(false),
      );
      // The learned answer judgement (src/engine/learned/answered.ts) against the rule's evidence alone.
      const rule = threadTable(
        `thread ${name} split (${state}), without the learned parts`,
        records,
        firing(true, false),
      );
      const ruleLine = rule.text.split('\n').find((l) => l.startsWith('unanswered-question'));
      console.info(`${withThread.text}\n\n${alone.text}\n\nwithout the learned parts: ${ruleLine}`);
      const mean = (r: Record<string, number>) => Object.values(r).reduce((x, y) => x + y, 0) / Object.values(r).length;
      expect(mean(withThread.f1.apology)).toBeGreaterThan(mean(alone.f1.apology));
      // Learned only where it wins on the splits it never learned from.
      if (state === 'frozen')
        expect(mean(withThread.f1['unanswered-question'])).toBeGreaterThanOrEqual(mean(rule.f1['unanswered-question']));
      for (const [label, langs] of floors)
        for (const lang of langs) expect(withThread.f1[label][lang], `${label} ${lang}`).toBeGreaterThanOrEqual(0.85);
    }, 60_000);
});
