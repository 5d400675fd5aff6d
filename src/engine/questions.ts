/**
 * English questions typed without "?" ("is the blue one still available"), answered by a part-of-speech tagger.
 * The tagger (compromise, ./compromise-questions) costs 100+ ms to start, so it is plugged in from outside: the
 * full engine (./index: CLI, tests) installs it in-process; the extension's page-side engine (./core) has none and
 * asks the extension's background for the sentences it wants (wantedQuestions → learnQuestions), so that start
 * never blocks a page. Only short sentences that already start like a question ever reach the tagger.
 */
import { Recent } from './memo';

export type QuestionTagger = (sentence: string) => boolean;

const AUX_START = /^(?:do|does|did|is|was|are|were|can|could|will|would|may|might|shall|should|have|has|must|what|which|when|where|who|whom|whose|why|how)\b/i;
/** Longer sentences are not typed without "?" by accident, and the tagger's time grows with length. */
export const MAX_QUESTION_CHARS = 300;

let tagger: QuestionTagger | null = null;
const answers = new Recent<string, boolean>(128);
const wanted = new Set<string>();

/** Install (or remove, with null) the in-process tagger. Answers learnt so far are kept. */
export function setQuestionTagger(t: QuestionTagger | null): void {
  tagger = t;
}

/** true / false, or undefined while nobody has answered yet (the sentence is then queued in wantedQuestions()). */
export function englishQuestionWithoutMark(sentence: string): boolean | undefined {
  const t = sentence.trim();
  if (!AUX_START.test(t) || t.length > MAX_QUESTION_CHARS) return false;
  let hit = answers.get(t);
  if (hit === undefined) {
    if (!tagger) {
      wanted.add(t);
      return undefined;
    }
    hit = tagger(t);
    answers.set(t, hit);
  }
  return hit;
}

/** The sentences analyses since the last call needed and nobody has answered (the queue is emptied). */
export function wantedQuestions(): string[] {
  const out = [...wanted];
  wanted.clear();
  return out;
}

/** Answers from a tagger elsewhere, for sentences from wantedQuestions(). */
export function learnQuestions(sentences: readonly string[], isQuestion: readonly boolean[]): void {
  sentences.forEach((s, i) => answers.set(s.trim(), isQuestion[i] === true));
}
