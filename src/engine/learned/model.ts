/**
 * The learned part of the apology and order-recap rules: for each, a logistic regression over hashed features of
 * the draft's sentences, the customer's message and the rule's own signals ("a problem phrase", "details
 * restated: 1"), trained by `npm run train` (tests/dataset/train.ts) on the labelled drafts and shipped as plain
 * data (./weights.json). It decides where phrase lists stop: a problem told only through a new date or a cause,
 * an acceptance in words no list has. The hint still names a sentence: the one whose features score highest.
 */
import { BUCKETS, bucket } from './features';
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
  /** Feature names per body sentence (./features textFeatures). */
  sentences: string[][];
  /** Features of the whole draft: the rule's signals, the customer's message. */
  draft: string[];
}

export interface Verdict {
  probability: number;
  fires: boolean;
  /** Index of the sentence that weighs most towards the hint. */
  top: number;
}

/** Every distinct feature of a draft as bucket indices (a feature counts once per draft). */
export function draftBuckets(input: LearnedInput): number[] {
  const set = new Set<number>();
  for (const f of input.draft) set.add(bucket(f));
  for (const s of input.sentences) for (const f of s) set.add(bucket(f));
  return [...set];
}

/** `rule`: whether the rule's phrase lists alone would give the hint (a confident model overrules them either way). */
export function judge(target: Target, input: LearnedInput, rule: boolean): Verdict | null {
  const m = model(target);
  if (!m) return null;
  let z = m.bias;
  for (const b of draftBuckets(input)) z += m.w[b]!;
  const probability = 1 / (1 + Math.exp(-z));
  let top = 0;
  let best = -Infinity;
  input.sentences.forEach((fs, i) => {
    let s = 0;
    for (const b of new Set(fs.map(bucket))) s += m.w[b]!;
    if (s > best) {
      best = s;
      top = i;
    }
  });
  return { probability, fires: probability >= (rule ? m.threshold.withRule : m.threshold.alone), top };
}
