// Fits the learned part of the unanswered-question rule (src/engine/learned/answered.ts) and writes its weights to
// src/engine/learned/answered.json. Learns from the seen thread splits only, one example per question the engine
// finds in the customer's last message, labelled by the split's per-question `answered` (a question the engine finds
// that the writer did not count must not give the hint). Settings and threshold are picked on out-of-fold
// predictions, one fold per split (writers it has never read); prints rule and learned F1 per fold and language.
// Deterministic (Newton's method, a fixed grid); run by `npm run train`. RC_DRY=1: do not write the weights;
// RC_MISSES=<lang|all>: list the out-of-fold misses; RC_WHY=1|rule: where the thread-level errors come from;
// RC_DROP=<signal,…>: leave signals out (to measure what each adds); RC_EXTRA=<split,…>: also read these splits as
// folds (a look at an unlearned train split's misses, out of fold); RC_COMPARE=1: learn from every read split and
// judge that refit against the shipped weights on the read splits they never saw, each split by a fit without it
// (writes nothing).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { learnedInputs } from '../../src/engine/core';
import { EVIDENCE } from '../../src/engine/memory/customer-questions';
import { words } from '../../src/engine/words';
import { CORPUS_LANGS, type CorpusLang } from '../corpus/metrics';
import { LEARNED_FROM, READ_THREAD_SPLITS, loadThreads, type ThreadRecord, type ThreadSplit } from './threads';

// The languages the model judges: where it beats the rule's evidence on the frozen split that judged it (2026-12-04,
// test10: en 0.73 → 0.88, de 0.77 → 0.79, fi 0.79 → 0.92, bs 0.80 → 0.86; README, Quality). Bosnian, left to the
// rule on test6 and test7 the day before, wins out-of-fold over eleven splits too (0.78 → 0.83).
const JUDGED = ['en', 'de', 'fi', 'bs'];
// Run from the repository root (npm run train).
const ROOT = pathToFileURL(`${process.cwd()}/`);
// train4 (2026-12-04) was written for it: most last messages ask two to four things.
const SEEN = process.env.RC_COMPARE
  ? [...READ_THREAD_SPLITS]
  : [...LEARNED_FROM, ...((process.env.RC_EXTRA?.split(',') ?? []) as ThreadSplit[])];

interface Question {
  x: number[];
  rule: boolean;
  y: number;
}
interface Case {
  id: string;
  lang: CorpusLang;
  split: ThreadSplit;
  expect: boolean;
  questions: Question[];
}

/** The writer's label of the question the engine found: the listed question holding most of its words. */
function labelOf(r: ThreadRecord, text: string): number {
  const ws = new Set(words(text));
  let best = 0;
  let label = 1;
  (r.questions ?? []).forEach((wq, i) => {
    const theirs = new Set(words(wq));
    const share = ws.size ? [...ws].filter((w) => theirs.has(w)).length / ws.size : 0;
    if (share > best) {
      best = share;
      label = r.answered?.[i] === false ? 0 : 1;
    }
  });
  return best >= 0.5 ? label : 1;
}

// RC_DROP: the signals left out (zeroed) of every example.
const DROP = (process.env.RC_DROP ?? '').split(',').map((n) => EVIDENCE.indexOf(n as never));
const x = (v: number[]) => v.map((e, j) => (DROP.includes(j) ? 0 : e));

function casesOf(split: ThreadSplit): Case[] {
  return CORPUS_LANGS.flatMap((lang) =>
    loadThreads(split, lang).map((r) => {
      const inputs = learnedInputs(r.text, {
        lang: r.lang,
        customerName: r.customerName,
        thread: r.thread,
        now: r.now,
      });
      const a = inputs?.answers;
      return {
        id: r.id,
        lang,
        split,
        expect: r.expect['unanswered-question'],
        questions: a
          ? a.questions.map((q, i) => ({ x: x(a.evidence[i]!.x), rule: a.evidence[i]!.rule, y: labelOf(r, q.text) }))
          : [],
      };
    }),
  );
}

interface Fit {
  w: number[];
  bias: number;
}

/** L2-regularised logistic regression by Newton's method (a few dozen features, a few thousand rows). */
function fit(rows: Question[], lambda: number): Fit {
  const d = EVIDENCE.length + 1; // the last column is the bias, not regularised
  const beta = new Array<number>(d).fill(0);
  const xs = rows.map((r) => [...r.x, 1]);
  for (let it = 0; it < 25; it++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    xs.forEach((x, k) => {
      const z = x.reduce((s, v, j) => s + v * beta[j]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const e = p - rows[k]!.y;
      const wgt = p * (1 - p);
      for (let i = 0; i < d; i++) {
        g[i]! += e * x[i]!;
        for (let j = 0; j < d; j++) h[i]![j]! += wgt * x[i]! * x[j]!;
      }
    });
    const n = rows.length;
    for (let i = 0; i < d; i++) {
      g[i] = g[i]! / n + (i < d - 1 ? lambda * beta[i]! : 0);
      for (let j = 0; j < d; j++) h[i]![j] = h[i]![j]! / n + (i === j ? (i < d - 1 ? lambda : 1e-6) : 0);
    }
    const step = solve(h, g);
    let moved = 0;
    for (let i = 0; i < d; i++) {
      beta[i]! -= step[i]!;
      moved = Math.max(moved, Math.abs(step[i]!));
    }
    if (moved < 1e-6) break;
  }
  return { w: beta.slice(0, -1), bias: beta[d - 1]! };
}

/** Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[piv]![c]!)) piv = r;
    [m[c], m[piv]] = [m[piv]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

const prob = (f: Fit, x: number[]) => 1 / (1 + Math.exp(-x.reduce((z, v, j) => z + v * f.w[j]!, f.bias)));

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = (c: Counts) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1);

function count(cases: Case[], fires: (c: Case) => boolean): Counts {
  const out = { tp: 0, fp: 0, fn: 0 };
  for (const c of cases) {
    const f = fires(c);
    if (f && c.expect) out.tp++;
    else if (f) out.fp++;
    else if (c.expect) out.fn++;
  }
  return out;
}

/** Mean over languages of the thread-level F1. */
const macro = (cases: Case[], fires: (c: Case) => boolean) =>
  CORPUS_LANGS.reduce(
    (s, l) =>
      s +
      f1(
        count(
          cases.filter((c) => c.lang === l),
          fires,
        ),
      ),
    0,
  ) / CORPUS_LANGS.length;

const firesAt = (p: Map<Question, number>, t: number) => (c: Case) => c.questions.some((q) => p.get(q)! < t);
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);

const all = SEEN.flatMap(casesOf);
const rows = (cs: Case[]) => cs.flatMap((c) => c.questions);
const rule = (c: Case) => c.questions.some((q) => !q.rule);
const LAMBDAS = [0.0003, 0.001, 0.003, 0.01, 0.03];

// Out-of-fold probabilities per lambda: each split predicted by a model that never saw it.
const oof = new Map<number, Map<Question, number>>();
for (const lambda of LAMBDAS) {
  const p = new Map<Question, number>();
  for (const split of SEEN) {
    const f = fit(rows(all.filter((c) => c.split !== split)), lambda);
    for (const q of rows(all.filter((c) => c.split === split))) p.set(q, prob(f, q.x));
  }
  oof.set(lambda, p);
}
let best = { lambda: LAMBDAS[0]!, t: 0.5, score: -1 };
for (const [lambda, p] of oof)
  for (const t of THRESHOLDS) {
    const score = macro(all, firesAt(p, t));
    if (score > best.score) best = { lambda, t, score };
  }
console.log(`rule macro F1 ${macro(all, rule).toFixed(3)}; learned out-of-fold ${best.score.toFixed(3)} at`, best);
const p = oof.get(best.lambda)!;
const cell = (cs: Case[], fires: (c: Case) => boolean) => f1(count(cs, fires)).toFixed(2);
console.log(`fold     ${CORPUS_LANGS.map((l) => `${l} rule→learned`).join('  ')}`);
for (const split of [...SEEN, 'all'] as const) {
  const cs = all.filter((c) => split === 'all' || c.split === split);
  const line = CORPUS_LANGS.map((l) => {
    const x = cs.filter((c) => c.lang === l);
    return `${cell(x, rule)} → ${cell(x, firesAt(p, best.t))}`;
  });
  console.log(`${split.padEnd(8)} ${line.join('     ')}`);
}
const final = fit(rows(all), best.lambda);
console.log(EVIDENCE.map((n, j) => `${n}: ${final.w[j]!.toFixed(2)}`).join(', '), `bias ${final.bias.toFixed(2)}`);
if (!process.env.RC_DRY && !process.env.RC_COMPARE) {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const out = {
    features: [...EVIDENCE],
    bias: round(final.bias),
    w: final.w.map(round),
    threshold: best.t,
    langs: JUDGED,
  };
  writeFileSync(new URL('src/engine/learned/answered.json', ROOT), JSON.stringify(out) + '\n');
}
if (process.env.RC_MISSES) {
  const texts = new Map<string, ThreadRecord>();
  for (const s of SEEN) for (const l of CORPUS_LANGS) for (const r of loadThreads(s, l)) texts.set(r.id, r);
  for (const c of all) {
    if (process.env.RC_MISSES !== 'all' && c.lang !== process.env.RC_MISSES) continue;
    const fired = firesAt(p, best.t)(c);
    if (fired === c.expect) continue;
    const r = texts.get(c.id)!;
    const inputs = learnedInputs(r.text, { lang: r.lang, customerName: r.customerName, thread: r.thread, now: r.now });
    console.log(`\n${c.expect ? 'FN' : 'FP'} ${c.id}\n  draft: ${r.text.replace(/\n/g, ' ⏎ ').slice(0, 260)}`);
    c.questions.forEach((q, i) =>
      console.log(
        `  q y=${q.y} p=${p.get(q)!.toFixed(2)} rule=${q.rule} ${inputs?.answers?.questions[i]?.text.slice(0, 90)}`,
      ),
    );
    console.log(`  writer: ${JSON.stringify(r.questions)} ${JSON.stringify(r.answered)}`);
  }
}
// The weights that ship (RC_COMPARE writes none), for a layout of the same signals only.
const SHIPPED = process.env.RC_COMPARE
  ? (JSON.parse(readFileSync(new URL('src/engine/learned/answered.json', ROOT), 'utf8')) as {
      features: string[];
      w: number[];
      bias: number;
      threshold: number;
    })
  : null;
if (SHIPPED && SHIPPED.features.join() === EVIDENCE.join()) {
  // The read splits the shipped weights never learned from: there both are out of sample, the refit by leaving each
  // split out of its own fit. The twenty-eighth session's refit won here (0.883 → 0.888) and lost held floors.
  const unseen = all.filter((c) => !LEARNED_FROM.includes(c.split));
  const shipped = new Map<Question, number>();
  for (const q of rows(unseen)) shipped.set(q, prob(SHIPPED, q.x));
  const perLang = (fires: (c: Case) => boolean) =>
    CORPUS_LANGS.map((l) =>
      cell(
        unseen.filter((c) => c.lang === l),
        fires,
      ),
    ).join(' / ');
  const [a, b] = [firesAt(shipped, SHIPPED.threshold), firesAt(p, best.t)];
  console.log(`unlearned read splits (${unseen.length} threads), en / de / fi / bs thread-level F1:`);
  console.log(`  shipped ${perLang(a)} (macro ${macro(unseen, a).toFixed(3)})`);
  console.log(`  refit   ${perLang(b)} (macro ${macro(unseen, b).toFixed(3)})`);
  let won = 0;
  let lost = 0;
  for (const split of new Set(unseen.map((c) => c.split))) {
    const cs = unseen.filter((c) => c.split === split);
    const d = macro(cs, b) - macro(cs, a);
    if (d > 1e-9) won++;
    else if (d < -1e-9) lost++;
  }
  console.log(`  refit better on ${won} splits, worse on ${lost}`);
}
if (process.env.RC_WHY) {
  // Where thread-level errors come from: a question the engine does not find, or a judgement on one it finds.
  const texts = new Map<string, ThreadRecord>();
  for (const s of SEEN) for (const l of CORPUS_LANGS) for (const r of loadThreads(s, l)) texts.set(r.id, r);
  const why: Record<string, number> = {};
  const add = (k: string) => (why[k] = (why[k] ?? 0) + 1);
  const useRule = process.env.RC_WHY === 'rule';
  for (const c of all) {
    const fired = useRule ? rule(c) : firesAt(p, best.t)(c);
    if (fired === c.expect) continue;
    const r = texts.get(c.id)!;
    const inputs = learnedInputs(r.text, { lang: r.lang, customerName: r.customerName, thread: r.thread, now: r.now });
    const found = inputs?.answers?.questions.map((q) => new Set(words(q.text))) ?? [];
    const isFound = (wq: string) => {
      const ws = new Set(words(wq));
      return found.some((f) => [...f].filter((w) => ws.has(w)).length / Math.max(1, Math.min(f.size, ws.size)) >= 0.5);
    };
    if (c.expect) {
      const open = (r.questions ?? []).filter((_, i) => r.answered?.[i] === false);
      add(open.some(isFound) ? 'FN judged answered' : 'FN open question not found');
    } else {
      const culprit = c.questions.filter((q) => (useRule ? !q.rule : p.get(q)! < best.t));
      add(
        culprit.some((q) => q.y === 1 && c.questions.length && (r.questions ?? []).length)
          ? 'FP judged open'
          : 'FP found a non-question',
      );
    }
  }
  console.log(why);
}
