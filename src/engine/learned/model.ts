/**
 * The learned part of the apology and order-recap rules: for each, a logistic regression over hashed features of
 * the draft's sentences, the customer's message and the rule's own signals ("a problem phrase", "details
 * restated: 1"), trained by `npm run train` (tests/dataset/train.ts) on the labelled drafts and shipped as plain
 * data (./weights.json). It decides where phrase lists stop: a problem told only through a new date or a cause,
 * an acceptance in words no list has. The hint still names a sentence: the one whose features score highest.
 */
import { BUCKETS } from './features';
import weights from './weights.json';

export type Target = 'apology' | 'order-recap';

interface StoredModel {
  bias: number;
  /** The probability at which the hint shows: when the rule's phrase lists also say so, and when they do not. */
  threshold: { withRule: number; alone: number };
  scale: number;
  /** Bucket indices (delta-encoded) and weights (in units of `scale`) of the non-zero weights. */
  idx: number[];
  val: number[];
}

interface Model {
  bias: number;
  threshold: { withRule: number; alone: number };
  w: Float32Array;
}

const models = new Map<Target, Model | null>();

function model(target: Target): Model | null {
  let m = models.get(target);
  if (m === undefined) {
    const data = weights as unknown as { bits: number; models: Partial<Record<Target, StoredModel>> };
    const stored = data.models[target];
    m = null;
    if (stored && data.bits === Math.log2(BUCKETS)) {
      const w = new Float32Array(BUCKETS);
      let at = 0;
      stored.idx.forEach((d, i) => {
        at += d;
        w[at] = stored.val[i]! * stored.scale;
      });
      m = { bias: stored.bias, threshold: stored.threshold, w };
    }
    models.set(target, m);
  }
  return m;
}

export interface LearnedInput {
  /** Buckets of each body sentence's features (./features bucketsOf). */
  sentences: readonly (readonly number[])[];
  /** Buckets of the whole draft's features: the rule's signals, the customer's message. */
  draft: readonly number[];
}

/** What a rule asks its model about one draft: the input, and whether the phrase lists alone give the hint. */
export interface LearnedCase {
  input: LearnedInput;
  rule: boolean;
}

export interface Verdict {
  probability: number;
  fires: boolean;
  /** Index of the sentence that weighs most towards the hint. */
  top: number;
}

/** A draft's features counted once each: a stamp per bucket instead of a Set per call. */
const seenAt = new Uint32Array(BUCKETS);
let stamp = 0;

function eachDistinct(input: LearnedInput, visit: (b: number) => void): void {
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    seenAt.fill(0);
    stamp = 1;
  }
  const take = (b: number) => {
    if (seenAt[b] === stamp) return;
    seenAt[b] = stamp;
    visit(b);
  };
  for (const b of input.draft) take(b);
  for (const s of input.sentences) for (const b of s) take(b);
}

/** Every distinct feature of a draft as bucket indices (a feature counts once per draft). */
export function draftBuckets(input: LearnedInput): number[] {
  const out: number[] = [];
  eachDistinct(input, (b) => out.push(b));
  return out;
}

/** `rule`: whether the rule's phrase lists alone would give the hint (a confident model overrules them either way). */
export function judge(target: Target, input: LearnedInput, rule: boolean): Verdict | null {
  const m = model(target);
  if (!m) return null;
  let z = m.bias;
  eachDistinct(input, (b) => (z += m.w[b]!));
  const probability = 1 / (1 + Math.exp(-z));
  let top = 0;
  let best = -Infinity;
  input.sentences.forEach((bs, i) => {
    let s = 0;
    for (const b of bs) s += m.w[b]!;
    if (s > best) {
      best = s;
      top = i;
    }
  });
  return { probability, fires: probability >= (rule ? m.threshold.withRule : m.threshold.alone), top };
}
