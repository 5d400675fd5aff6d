// npm run train: fits the learned part of the apology and order-recap rules (src/engine/learned/) and writes its
// weights to src/engine/learned/weights.json. Deterministic (seeded shuffles, fixed grid). Learns from the seen data
// only: the train and dev splits, tests/corpus and tests/holdout, and (apology) the seen thread splits' drafts; picks
// its settings and thresholds on out-of-fold predictions, one fold per writer batch; of the test split only the
// batches whose first run was reported (LEARNED_TESTS in dataset.ts), never a frozen one.
// Prints the out-of-fold F1 per language and batch. RC_DRY=1: do not write the weights; RC_MISSES=<path>: write the
// out-of-fold misses there (to read); RC_ONLY=apology|order-recap: fit one model, keep the other's weights.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { learnedInputs } from '../../src/engine/core';
import type { LearnedCase } from '../../src/engine/learned/model';
import { BUCKETS, BUCKET_BITS } from '../../src/engine/learned/features';
import { draftBuckets } from '../../src/engine/learned/model';
import { CORPUS_LANGS, scores, type CorpusLang } from '../corpus/metrics';
import { FILES, LEARNED_TESTS, loadBatches, NOT_LEARNED } from './dataset';
import { LEARNED_FROM, loadThreads } from '../threads/threads';

type Target = 'apology' | 'order-recap';
// RC_ONLY=<target>: fit that model only and keep the other's shipped weights.
const TARGETS: Target[] = (['apology', 'order-recap'] as Target[]).filter(
  (t) => !process.env.RC_ONLY || t === process.env.RC_ONLY,
);
// Run from the repository root (npm run train).
const ROOT = pathToFileURL(`${process.cwd()}/`);

interface Labelled {
  id: string;
  lang: CorpusLang;
  text: string;
  customerName?: string;
  customerMessage?: string;
  expect: Record<string, boolean>;
}
interface Example {
  lang: CorpusLang;
  id: string;
  /** null: the rule does not ask its model on this draft. */
  x: number[] | null;
  rule: boolean;
  y: number;
}

function jsonl(path: string): Labelled[] {
  return readFileSync(new URL(path, ROOT), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

// Seen before this data set: always learned from, never scored here.
const fixed: Labelled[] = [
  ...threadDrafts(),
  ...CORPUS_LANGS.flatMap((l) => jsonl(`tests/corpus/${l}.jsonl`)),
  ...CORPUS_LANGS.flatMap((l) => [...jsonl(`tests/holdout/${l}.jsonl`), ...jsonl(`tests/holdout/second-${l}.jsonl`)]),
];
// Each writer batch of train, dev and the learned test batches is one fold: settings and thresholds are picked on
// predictions for batches the model did not learn from (writers it has never read), and the shipped model then
// learns from all of them.
const FOLD_BATCHES = [...FILES.train, ...FILES.dev, ...FILES.test.filter((b) => LEARNED_TESTS.includes(b.file))];
const folds: Labelled[][] = FOLD_BATCHES.map((b) => CORPUS_LANGS.flatMap((l) => loadBatches([b], l)));
const FOLD_NAMES = FOLD_BATCHES.map((b) => b.file);

/**
 * The drafts of the seen thread splits whose apology label is the draft's own — no promise of the thread is past due
 * (the writer's `promise`), or the draft apologises (no hint at all) — with the customer's last message. They teach
 * what thread replies are full of and the draft batches lack: news that all is on track ("it goes out Tuesday as
 * agreed"), which is no delay. Apology only: threads have no recap label.
 */
function threadDrafts(): Labelled[] {
  const out: Labelled[] = [];
  for (const split of LEARNED_FROM)
    for (const lang of CORPUS_LANGS)
      for (const r of loadThreads(split, lang)) {
        const p = r.promise;
        const missed = !!p && !p.kept && Date.parse(p.due) < Date.parse(r.now);
        if (missed && r.expect.apology) continue;
        const last = [...r.thread].reverse().find((m) => m.author === 'customer')?.text;
        out.push({
          id: r.id,
          lang,
          text: r.text,
          customerName: r.customerName,
          customerMessage: last,
          expect: { apology: r.expect.apology },
        });
      }
  return out;
}

function examples(records: Labelled[], target: Target): Example[] {
  return records
    .filter((r) => r.expect[target] !== undefined)
    .map((r) => {
      const inputs = learnedInputs(r.text, { customerName: r.customerName, customerMessage: r.customerMessage });
      const c: LearnedCase | null = !inputs ? null : target === 'apology' ? inputs.apology : inputs.recap;
      return {
        id: r.id,
        lang: r.lang,
        x: c ? draftBuckets(c.input) : null,
        rule: c?.rule ?? false,
        y: r.expect[target] ? 1 : 0,
      };
    });
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Fit {
  w: Float64Array;
  bias: number;
}

function fit(data: Example[], epochs: number, l2: number, seed = 1): Fit {
  const rows = data.filter((e): e is Example & { x: number[] } => e.x !== null);
  const w = new Float64Array(BUCKETS);
  let bias = 0;
  const rand = mulberry32(seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = 0.2 / (1 + epoch * 0.1);
    for (const k of order) {
      const { x, y } = rows[k]!;
      let z = bias;
      for (const j of x) z += w[j]!;
      const g = 1 / (1 + Math.exp(-z)) - y;
      bias -= lr * g;
      for (const j of x) w[j] = w[j]! - lr * (g + l2 * w[j]!);
    }
  }
  return { w, bias };
}

const prob = (f: Fit, x: number[]) => {
  let z = f.bias;
  for (const j of x) z += f.w[j]!;
  return 1 / (1 + Math.exp(-z));
};

interface Thresholds {
  withRule: number;
  alone: number;
}

interface Scored {
  id: string;
  lang: CorpusLang;
  /** The model's probability; null when the rule does not ask its model. */
  p: number | null;
  rule: boolean;
  y: number;
}

/** F1 per language of the rule's decision (fires when the model's probability reaches the threshold). */
function f1s(data: Scored[], t: Thresholds): Record<CorpusLang, number> {
  const out = {} as Record<CorpusLang, number>;
  for (const lang of CORPUS_LANGS) {
    const c = { tp: 0, fp: 0, fn: 0 };
    for (const e of data) {
      if (e.lang !== lang) continue;
      const fires = e.p !== null && e.p >= (e.rule ? t.withRule : t.alone);
      if (fires && e.y) c.tp++;
      else if (fires) c.fp++;
      else if (e.y) c.fn++;
    }
    out[lang] = scores(c).f1;
  }
  return out;
}

const mean = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0) / Object.values(r).length;
const worst = (r: Record<string, number>) => Math.min(...Object.values(r));
const fmt = (r: Record<string, number>) => CORPUS_LANGS.map((l) => `${l} ${r[l]!.toFixed(2)}`).join('  ');

const models: Record<string, unknown> = {};
for (const target of TARGETS) {
  const fixedEx = examples(fixed, target);
  // A batch the model does not learn from (NOT_LEARNED in dataset.ts) is no fold of it either.
  const names = FOLD_NAMES.filter((n) => !NOT_LEARNED[target].includes(n));
  const foldEx = names.map((n) => examples(folds[FOLD_NAMES.indexOf(n)]!, target));
  let best: {
    score: number;
    epochs: number;
    l2: number;
    threshold: Thresholds;
    f1: Record<CorpusLang, number>;
    perFold: Record<CorpusLang, number>[];
    oof: Scored[];
  } | null = null;
  const grid = Array.from({ length: 17 }, (_, i) => Math.round((0.1 + i * 0.05) * 100) / 100);
  for (const epochs of [20, 40, 80, 160]) {
    for (const l2 of [1e-3, 3e-3, 1e-2, 3e-2]) {
      // Out-of-fold: each batch scored by a model that learned from everything but that batch.
      const oof = foldEx.map((held, k) => {
        const f = fit([...fixedEx, ...foldEx.filter((_, j) => j !== k).flat()], epochs, l2);
        return held.map((e): Scored => ({ id: e.id, lang: e.lang, p: e.x && prob(f, e.x), rule: e.rule, y: e.y }));
      });
      const all = oof.flat();
      for (const withRule of grid) {
        // Without the rule's phrases the model needs at least as much as with them.
        for (const alone of grid.filter((a) => a >= withRule)) {
          const r = f1s(all, { withRule, alone });
          // The worst language counts as much as the mean: the floors are per language.
          const score = (mean(r) + worst(r)) / 2;
          if (!best || score > best.score + 1e-9)
            best = {
              score,
              epochs,
              l2,
              threshold: { withRule, alone },
              f1: r,
              perFold: oof.map((o) => f1s(o, { withRule, alone })),
              oof: all,
            };
        }
      }
    }
  }
  const b = best!;
  // Development aid: the out-of-fold misses, to read (never for a frozen test batch, which is not a fold).
  if (process.env.RC_MISSES) {
    const t = b.threshold;
    const misses = b.oof.filter((e) => (e.p !== null && e.p >= (e.rule ? t.withRule : t.alone)) !== (e.y === 1));
    writeFileSync(
      `${process.env.RC_MISSES}-${target}.json`,
      JSON.stringify(misses.map((e) => ({ ...e, gate: e.p === null }))),
    );
  }
  const final = fit([...fixedEx, ...foldEx.flat()], b.epochs, b.l2);
  const scale = final.w.reduce((m, x) => Math.max(m, Math.abs(x)), 0) / 127;
  const idx: number[] = [];
  const val: number[] = [];
  let last = 0;
  final.w.forEach((x, i) => {
    const q = Math.round(x / scale);
    if (q === 0) return;
    idx.push(i - last);
    val.push(q);
    last = i;
  });
  models[target] = {
    bias: Math.round(final.bias * 1e4) / 1e4,
    threshold: b.threshold,
    scale: Number(scale.toPrecision(6)),
    epochs: b.epochs,
    l2: b.l2,
    idx,
    val,
  };
  const n = fixedEx.length + foldEx.flat().length;
  console.log(
    `${target}: ${n} seen drafts, epochs ${b.epochs}, l2 ${b.l2}, thresholds ${b.threshold.withRule} (with the rule) / ${b.threshold.alone} (alone), ${idx.length} weights`,
  );
  console.log(`  out-of-fold F1 (each writer batch scored by a model that never read it): ${fmt(b.f1)}`);
  names.forEach((name, k) => console.log(`    ${name.padEnd(7)} ${fmt(b.perFold[k]!)}`));
}

if (process.env.RC_DRY) process.exit(0);
const out = new URL('src/engine/learned/weights.json', ROOT);
const kept = (JSON.parse(readFileSync(out, 'utf8')) as { models: Record<string, unknown> }).models;
writeFileSync(out, JSON.stringify({ bits: BUCKET_BITS, models: { ...kept, ...models } }) + '\n');
console.log(`wrote ${out.pathname} (${(readFileSync(out).length / 1024).toFixed(1)} KB)`);
