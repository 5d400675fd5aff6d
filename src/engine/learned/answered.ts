/**
 * The learned part of the unanswered-question rule: a logistic regression over the signals each question gets from
 * the draft (../memory/customer-questions.ts EVIDENCE: subject named, words shared, yes opening, the rule's own
 * verdict…), trained by tests/threads/train-answered.ts on the seen thread splits' per-question labels and shipped
 * as plain data (./answered.json). It weighs signals the rule only ORs together: words shared by one sentence or
 * scattered, a question among three answered or alone.
 */
import { EVIDENCE } from '../memory/customer-questions';
import type { Lang } from '../types';
import stored from './answered.json';

interface AnsweredModel {
  /** The signal names the weights were trained on, in order: a model for another layout is not used. */
  features: string[];
  bias: number;
  w: number[];
  /** The probability of "answered" below which a question counts as open. */
  threshold: number;
  /** The languages it judges: where it beat the rule's evidence on the frozen thread splits (README, Quality). */
  langs: string[];
}

const model = stored as AnsweredModel;
const usable = model.features.length === EVIDENCE.length && model.features.every((f, i) => f === EVIDENCE[i]);

/** The probability that the draft answers each question, from its evidence; null when no usable model ships. */
export function answeredProbability(x: readonly number[]): number | null {
  if (!usable) return null;
  let z = model.bias;
  x.forEach((v, i) => (z += v * model.w[i]!));
  return 1 / (1 + Math.exp(-z));
}

/** Whether a usable model judges the language (else the rule's verdict decides, and no signals are needed). */
export const judges = (lang: Lang): boolean => usable && model.langs.includes(lang);

/** For each question's evidence, whether the draft answers it; null when no usable model judges the language (the
 * rule decides). */
export function answered(lang: Lang, xs: readonly (readonly number[])[]): boolean[] | null {
  if (!judges(lang)) return null;
  return xs.map((x) => answeredProbability(x)! >= model.threshold);
}
