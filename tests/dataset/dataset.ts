// The writer-batch data set (tests/dataset/README.md): loader, format check and scoring, shared by the split test
// and the training and evaluation scripts. No engine code here: labels are only compared with the engine's output.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  confusion,
  scores,
  type CorpusLang,
  type CorpusRecord,
  type Outcome,
  type RuleName,
  CORPUS_LANGS,
  RULE_NAMES,
  SITES,
} from '../corpus/metrics';

export type Split = 'train' | 'dev' | 'test';
export const SPLITS: readonly Split[] = ['train', 'dev', 'test'];
export interface Batch {
  file: string;
  prefix: string;
  /** A batch written for some languages only (a weak rule's languages); by default all four. */
  langs?: readonly CorpusLang[];
}
/**
 * Files per split, each one writer's batch per language: `<file>-<lang>.jsonl` with ids `<lang>-<prefix>-NNN`.
 * `train3` (ids `te`) was the first frozen test split: scored once (README), then training data.
 */
export const FILES: Record<Split, Batch[]> = {
  train: [
    { file: 'train', prefix: 'ta' },
    { file: 'train2', prefix: 'tb' },
    { file: 'train3', prefix: 'te' },
    { file: 'train4', prefix: 'th' },
    { file: 'train5', prefix: 'tk' },
    { file: 'train6', prefix: 'tn' },
    { file: 'train7', prefix: 'tr' },
    { file: 'train8', prefix: 'ty' },
    { file: 'train9', prefix: 'tz' },
    { file: 'train10', prefix: 'ub' },
    { file: 'train11', prefix: 'uc', langs: ['en', 'de', 'bs'] },
    { file: 'train12', prefix: 'ud', langs: ['de'] },
    { file: 'train13', prefix: 'ug' },
    { file: 'train14', prefix: 'uj' },
    { file: 'train15', prefix: 'ul' },
    { file: 'train16', prefix: 'un' },
    { file: 'train17', prefix: 'up' },
  ],
  dev: [{ file: 'dev', prefix: 'de' }],
  test: [
    { file: 'test', prefix: 'tg' },
    { file: 'test2', prefix: 'tm' },
    { file: 'test3', prefix: 'tq' },
    { file: 'test4', prefix: 'tv' },
    { file: 'test5', prefix: 'tw' },
    { file: 'test6', prefix: 'tx' },
    { file: 'test7', prefix: 'ua' },
    { file: 'test8', prefix: 'ue' },
    { file: 'test9', prefix: 'uf' },
    { file: 'test10', prefix: 'uh' },
    { file: 'test11', prefix: 'ui' },
    { file: 'test12', prefix: 'uk' },
    { file: 'test13', prefix: 'um' },
    { file: 'test14', prefix: 'uo' },
    { file: 'test15', prefix: 'uq' },
    { file: 'test16', prefix: 'ur' },
    { file: 'test17', prefix: 'ut' },
    { file: 'test18', prefix: 'uv' },
    { file: 'test19', prefix: 'uw' },
    { file: 'test20', prefix: 'ux' },
    { file: 'test21', prefix: 'uy' },
    { file: 'test22', prefix: 'uz' },
    { file: 'test23', prefix: 'va' },
    { file: 'test24', prefix: 'vc' },
    { file: 'test25', prefix: 'vd' },
    { file: 'test26', prefix: 've' },
    { file: 'test27', prefix: 'vf' },
    { file: 'test28', prefix: 'vg' },
    { file: 'test29', prefix: 'vh' },
    { file: 'test30', prefix: 'vi' },
    { file: 'test31', prefix: 'vj' },
    { file: 'test32', prefix: 'vk' },
    { file: 'test33', prefix: 'vl' },
    { file: 'test34', prefix: 'vm' },
    { file: 'test35', prefix: 'vn' },
    { file: 'test36', prefix: 'vo' },
    { file: 'test37', prefix: 'vp' },
    { file: 'test38', prefix: 'vq' },
    { file: 'test39', prefix: 'vr' },
    { file: 'test40', prefix: 'vs' },
    { file: 'test41', prefix: 'vt' },
    { file: 'test42', prefix: 'vu' },
    { file: 'test43', prefix: 'vv' },
    { file: 'test44', prefix: 'vw' },
    { file: 'test45', prefix: 'vx' },
    { file: 'test46', prefix: 'vy' },
    { file: 'test47', prefix: 'vz' },
    { file: 'test48', prefix: 'xa' },
    { file: 'test49', prefix: 'xb' },
    { file: 'test50', prefix: 'xe' },
    { file: 'test51', prefix: 'xg' },
    { file: 'test52', prefix: 'xh' },
    { file: 'test53', prefix: 'xk' },
    { file: 'test54', prefix: 'xl' },
    { file: 'test55', prefix: 'xo' },
    { file: 'test56', prefix: 'xp' },
    { file: 'test57', prefix: 'xs' },
    { file: 'test58', prefix: 'xt' },
    { file: 'test59', prefix: 'xw' },
    { file: 'test60', prefix: 'xy' },
    { file: 'test61', prefix: 'yb' },
    { file: 'test62', prefix: 'yc' },
    { file: 'test63', prefix: 'yf' },
    { file: 'test64', prefix: 'yg' },
    { file: 'test65', prefix: 'yj' },
    { file: 'test66', prefix: 'yk' },
    { file: 'test67', prefix: 'yn' },
    { file: 'test68', prefix: 'yo' },
    { file: 'test69', prefix: 'yr' },
    { file: 'test70', prefix: 'ys' },
    { file: 'test71', prefix: 'yv' },
    { file: 'test72', prefix: 'yw' },
    { file: 'test73', prefix: 'yz' },
    { file: 'test74', prefix: 'za' },
  ],
};

/**
 * Test batches the models learn from: each one once its first run was scored and reported (README, Quality);
 * from then on it is training data and its floors guard against regressions only. A batch written after the shipped
 * weights (not listed) stays frozen and judges them. Third session of 2026-12-05 (the recap model): with train–train16,
 * dev and test–test14 as folds, out of fold on the batches the shipped recap model never read 0.917 / 0.895 / 0.900 /
 * 0.892 → 0.929 / 0.911 / 0.905 / 0.904 (en / de / fi / bs); fitted so without train17, on train17 written blind 0.89
 * / 0.81 / 0.77 / 0.84 → 0.91 / 0.81 / 0.83 / 0.84; on the frozen test15's first run 0.87 / 0.85 / 0.81 / 0.90 → 0.87
 * / 0.85 / 0.88 / 0.95. Fourth session: test15 joins the apology model, which now learns from every batch
 * (NOT_LEARNED says why), not the recap model (NOT_LEARNED too).
 */
export const LEARNED_TESTS: readonly string[] = [
  'test',
  'test2',
  'test3',
  'test4',
  'test5',
  'test6',
  'test7',
  'test8',
  'test9',
  'test10',
  'test11',
  'test12',
  'test13',
  'test14',
  'test15',
];

/**
 * Batches a model does not learn from: the apology model learns from all since the fourth session of 2026-12-05; it
 * learned from train–train7 and dev only until then. Refitted with every batch (train–train17, dev, test–test15), on
 * test16, which it never read (written blind, first run reported before): 0.86 / 0.96 / 0.91 / 0.96 → 0.92 / 1.00 /
 * 1.00 / 0.96 (en / de / fi / bs); out of fold 0.95 / 0.96 / 0.95 / 0.95; every floor and unit case held; the thread
 * apology over every thread split 12 fixed, 17 lost (en +, de +, fi −, bs + on the test thread splits). Kept. Before:
 * the same refit without test15 (third session) scored worse on train17 written blind after it (0.96 / 0.93 / 0.77 /
 * 0.95 against 1.00 / 0.90 / 0.79 / 1.00) and vetoed the hint on "Zdravo, tvoja narudžba kasni sedmicu dana. Može?",
 * which this refit does not; retrained with train8–10 it fell below `test`'s fi floor (0.93 → 0.88); with train8–15
 * it did worse on train16 written blind after it (0.89 / 0.86 / 0.85 / 0.93 against 0.91 / 0.84 / 0.90 / 0.95).
 * train11 and train12 (order-recap weight) made the recap model worse out of fold (337 → 347 errors) and on test7. The
 * recap model has learned from every batch but test15 since the third session of 2026-12-05: refitted with test15 it
 * scored no better on test16, which it never read (0.93 / 1.00 / 0.92 / 0.86 → 0.93 / 0.95 / 0.96 / 0.86), and took
 * "Thanks, sounds good! When can you come?" to "Can you change my address to 200 Market St?" for an accepted deal.
 */
export const NOT_LEARNED: Record<'apology' | 'order-recap', readonly string[]> = {
  apology: [],
  'order-recap': ['test15'],
};

/** Test batches whose misses were read after their first run (README): still scored and held, no longer blind
 * (test13 and test14 in the third session of 2026-12-05, test16 in the fourth, test18 in the fifth, test20 in the sixth, test22 in the seventh, test24 in the eighth,
 * test26 in the ninth, test28 in the tenth, test30 in the eleventh, test32 in the twelfth, test34 in the thirteenth, test36 in the fourteenth, test38 in the fifteenth, test40 in the sixteenth, test42 in the seventeenth,
 * test44 in the eighteenth, test46 in the nineteenth, test48 in the twentieth, test51 in the twenty-first, test53 in the twenty-second,
 * test55 in the twenty-third, test57 in the twenty-fourth, test59 in the twenty-fifth, test61 in the twenty-sixth,
 * test63 in the twenty-seventh, test65 in the twenty-eighth, test67 in the twenty-ninth, test69 in the thirtieth, test71 in the thirty-first, test73 in the thirty-second). */
export const SEEN_TEST_BATCHES: readonly string[] = [
  'test4',
  'test13',
  'test14',
  'test16',
  'test18',
  'test20',
  'test22',
  'test24',
  'test26',
  'test28',
  'test30',
  'test32',
  'test34',
  'test36',
  'test38',
  'test40',
  'test42',
  'test44',
  'test46',
  'test48',
  'test51',
  'test53',
  'test55',
  'test57',
  'test59',
  'test61',
  'test63',
  'test65',
  'test67',
  'test69',
  'test71',
  'test73',
];

export const SITUATIONS = [
  'enquiry',
  'availability',
  'haggling',
  'reservation',
  'custom-order',
  'order-start',
  'order-confirmation',
  'payment-received',
  'shipping-choice',
  'pickup',
  'delay',
  'moved-date',
  'damage',
  'loss',
  'wrong-item',
  'out-of-stock',
  'late-reply',
  'forgotten-task',
  'refund',
  'exchange',
  'complaint',
  'thank-you',
  'review-request',
  'declining',
] as const;
const REGISTER_BASE = new Set(['formal', 'informal', 'chat']);
const REGISTER_TAGS = new Set(['typos', 'emoji', 'no-punct', 'no-diacritics', 'regional', 'cyrillic']);

export interface DatasetRecord extends CorpusRecord {
  lang: CorpusLang;
  situation: (typeof SITUATIONS)[number];
  register: string;
}

/** Every problem of a record, as a table of checks (field → what must hold). */
const CHECKS: [string, (r: Record<string, unknown>, prefix: string, lang: CorpusLang) => boolean][] = [
  ['id', (r, prefix, lang) => typeof r.id === 'string' && new RegExp(`^${lang}-${prefix}-\\d{3}$`).test(r.id)],
  ['lang', (r, _s, lang) => r.lang === lang],
  ['site', (r) => typeof r.site === 'string' && SITES.includes(r.site)],
  ['situation', (r) => (SITUATIONS as readonly unknown[]).includes(r.situation)],
  [
    'register',
    (r) => {
      const [base, ...tags] = String(r.register ?? '').split(' ');
      return REGISTER_BASE.has(base ?? '') && tags.every((t) => REGISTER_TAGS.has(t));
    },
  ],
  ['text', (r) => typeof r.text === 'string' && r.text.trim() !== ''],
  ['customerName', (r) => r.customerName === undefined || typeof r.customerName === 'string'],
  ['customerMessage', (r) => r.customerMessage === undefined || typeof r.customerMessage === 'string'],
  ['note', (r) => r.note === undefined || typeof r.note === 'string'],
  [
    'expect',
    (r) => {
      const e = r.expect as Record<string, unknown> | undefined;
      return !!e && RULE_NAMES.every((k) => typeof e[k] === 'boolean') && Object.keys(e).length === RULE_NAMES.length;
    },
  ],
];
const KNOWN = new Set([
  'id',
  'lang',
  'site',
  'situation',
  'register',
  'text',
  'customerName',
  'customerMessage',
  'expect',
  'note',
]);

/** This folder, also when the module runs bundled elsewhere (the evaluation script). */
const HERE = process.env.RC_DATASET_DIR
  ? pathToFileURL(`${resolve(process.env.RC_DATASET_DIR)}/`)
  : new URL('.', import.meta.url);

export function loadSplit(split: Split, lang: CorpusLang): DatasetRecord[] {
  return loadBatches(FILES[split], lang, split);
}

export function loadBatches(
  batches: readonly Batch[],
  lang: CorpusLang,
  name = batches.map((b) => b.file).join('+'),
): DatasetRecord[] {
  const problems: string[] = [];
  const records: DatasetRecord[] = [];
  for (const { file, prefix, langs } of batches) {
    if (langs && !langs.includes(lang)) continue;
    const fileName = `${file}-${lang}.jsonl`;
    readFileSync(new URL(fileName, HERE), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        let r: Record<string, unknown>;
        try {
          r = JSON.parse(line) as Record<string, unknown>;
        } catch (e) {
          problems.push(`${fileName}:${i + 1}: invalid JSON (${(e as Error).message})`);
          return;
        }
        const bad = CHECKS.filter(([, ok]) => !ok(r, prefix, lang)).map(([field]) => field);
        bad.push(
          ...Object.keys(r)
            .filter((k) => !KNOWN.has(k))
            .map((k) => `unknown field ${k}`),
        );
        if (bad.length) problems.push(`${fileName}:${i + 1}: ${bad.join(', ')}`);
        else records.push(r as unknown as DatasetRecord);
      });
  }
  const ids = new Set<string>();
  for (const r of records) {
    if (ids.has(r.id)) problems.push(`${name}-${lang}: duplicate id ${r.id}`);
    ids.add(r.id);
  }
  if (problems.length) throw new Error(`Data set format errors:\n${problems.join('\n')}`);
  return records;
}

export function loadAll(split: Split): Map<CorpusLang, DatasetRecord[]> {
  return new Map(CORPUS_LANGS.map((l) => [l, loadSplit(split, l)]));
}

/**
 * The test split's second labels: each draft labelled again by a second annotator who saw only the text, the
 * customer's message and LABELS.md (`second-<test batch>-<lang>.jsonl`: id, expect, note). Scored are only the
 * labels both agree on.
 */
export function loadSecondLabels(lang: CorpusLang): Map<string, Record<RuleName, boolean>> {
  const out = new Map<string, Record<RuleName, boolean>>();
  for (const { file } of FILES.test) {
    const name = `second-${file}-${lang}.jsonl`;
    readFileSync(new URL(name, HERE), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .forEach((line, i) => {
        const r = JSON.parse(line) as { id?: unknown; expect?: Record<string, unknown> };
        const e = r.expect;
        if (typeof r.id !== 'string' || !e || !RULE_NAMES.every((k) => typeof e[k] === 'boolean')) {
          throw new Error(`${name}:${i + 1}: needs an id and a boolean per rule`);
        }
        out.set(r.id, e as Record<RuleName, boolean>);
      });
  }
  return out;
}

/** Whether to score a record for a rule (all of them, unless only the agreed labels count). */
export type Keep = (r: DatasetRecord, rule: RuleName) => boolean;

export interface Cell {
  n: number;
  pos: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function cell(
  records: readonly DatasetRecord[],
  outcomes: ReadonlyMap<string, Outcome>,
  rule: RuleName,
  keep?: Keep,
): Cell {
  const c = confusion(keep ? records.filter((r) => keep(r, rule)) : records, outcomes, rule);
  return { n: c.n, pos: c.tp + c.fn, tp: c.tp, fp: c.fp, fn: c.fn, ...scores(c) };
}

/** rule × language: "F1 (P / R)" per cell, and language accuracy; aggregate numbers only, never ids. */
export function table(
  title: string,
  byLang: ReadonlyMap<CorpusLang, readonly DatasetRecord[]>,
  outcomes: ReadonlyMap<string, Outcome>,
  keep?: Keep,
): string {
  const f = (x: number) => x.toFixed(2);
  const rows = RULE_NAMES.map((rule) => [
    rule,
    ...CORPUS_LANGS.map((l) => {
      const c = cell(byLang.get(l) ?? [], outcomes, rule, keep);
      return `${f(c.f1)} (${f(c.precision)} / ${f(c.recall)})`;
    }),
  ]);
  rows.push([
    'language',
    ...CORPUS_LANGS.map((l) => {
      const rs = byLang.get(l) ?? [];
      const ok = rs.filter((r) => outcomes.get(r.id)?.lang === r.lang).length;
      return `${f(ok / Math.max(1, rs.length))} of ${rs.length}`;
    }),
  ]);
  const head = ['rule: F1 (P / R)', ...CORPUS_LANGS];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(w[i] ?? 0)).join('  ');
  return [title, fmt(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(fmt)].join('\n');
}
