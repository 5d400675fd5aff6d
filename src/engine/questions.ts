/**
 * English questions typed without "?" ("is the blue one still available"), answered by a part-of-speech tagger.
 * The tagger (compromise, ./compromise-questions) costs 100+ ms to start, so the engine does not own it: the caller
 * passes a QuestionPort in the options (AnalyzeOptions.questions). The full engine (./index: CLI, tests) passes one
 * that asks compromise in-process; the extension's page passes a QuestionQueue that remembers what it has not been
 * told yet and learns the answers from the extension's background, so that start never blocks a page. Only short
 * sentences that already start like a question ever reach a port.
 */
import { Recent } from './memo';

/** The answer for a sentence, or undefined while nobody has answered yet (it then gets the benefit of the doubt). */
export interface QuestionPort {
  isQuestion(sentence: string): boolean | undefined;
}

const AUX_START =
  /^(?:do|does|did|is|was|are|were|can|could|will|would|may|might|shall|should|have|has|must|what|which|when|where|who|whom|whose|why|how)\b/i;
/** Longer sentences are not typed without "?" by accident, and the tagger's time grows with length. */
export const MAX_QUESTION_CHARS = 300;

const RUN_ON_START =
  /(?<=\s)(?:do|does|did|is|are|was|were|can|could|will|would|shall|should|what|whats|what's|which|how|when|where)\s/giu;
/**
 * An auxiliary asks only when its subject follows it ("is it", "would a L do", "is tues ok", "would 15 work"); a verb
 * after it ("…and will start tomorrow", "it is sold") goes on a statement.
 */
const SUBJECT_STARTS = new Set(
  (
    'you u ya ye i we they he she it this that these those there a an the my your ur his her our their any some ' +
    'someone anyone anything one today tonight tomorrow tmrw tmr mon tue tues wed thu thur thurs fri sat sun monday ' +
    'tuesday wednesday thursday friday saturday sunday next'
  ).split(' '),
);
const asksWithSubject = (tail: string) => {
  const [first = '', next = ''] = tail.toLowerCase().split(/\s+/, 2);
  // "when were you thinking", "where do I collect" ask; "when u send the offer", "when its ready" say when.
  if (/^(?:when|where)$/.test(first)) return AUX_NEXT.test(next);
  return /^(?:what|whats|what's|which|how)$/.test(first) || SUBJECT_STARTS.has(next) || /^[\p{N}£$€]/u.test(next);
};
/** An auxiliary that asks when its subject follows it. */
export const AUX_NEXT = /^(?:do|does|did|is|are|was|were|can|could|will|would|shall|should)$/;
/** A subject or a negation right before the auxiliary keeps it in the statement: "i dont do swaps", "we can post". */
const STATEMENT_BEFORE =
  /(?:^|\s)(?:i|we|they|he|she|you|u|ill|id|im|dont|don't|not|never|cant|can't|wont|won't)\s+$/iu;

/**
 * Chat typed without punctuation runs a statement into a question that opens mid-line: "thats sold out in XL would
 * a L do u", "just seen this now is it still the blue one". The clause's tails from an auxiliary or a question word
 * after its first two words, for the tagger to judge (the last three).
 */
export function runOnTails(clause: string): string[] {
  const words = [...clause.matchAll(/\S+/gu)];
  // A clause that starts like a question goes to the tagger whole.
  if (words.length < 5 || AUX_START.test(clause.trim())) return [];
  const from = words[2]!.index;
  const starts = [...clause.matchAll(RUN_ON_START)].filter(
    (m) => m.index >= from && !STATEMENT_BEFORE.test(clause.slice(Math.max(0, m.index - 12), m.index)),
  );
  return starts
    .slice(-3)
    .map((m) => clause.slice(m.index))
    .filter((t) => t.split(/\s+/).length >= 3 && asksWithSubject(t));
}

/** false for what cannot be a question without "?"; else the port's answer (undefined without one). */
export function englishQuestionWithoutMark(sentence: string, port: QuestionPort | undefined): boolean | undefined {
  const t = sentence.trim();
  if (!AUX_START.test(t) || t.length > MAX_QUESTION_CHARS) return false;
  return port?.isQuestion(t);
}

/** A port over a tagger in this process, its answers remembered. */
export function taggerPort(tagger: (sentence: string) => boolean): QuestionPort {
  const answers = new Recent<string, boolean>(128);
  return {
    isQuestion(sentence) {
      let hit = answers.get(sentence);
      if (hit === undefined) answers.set(sentence, (hit = tagger(sentence)));
      return hit;
    },
  };
}

/** A port for a tagger elsewhere: it queues what it does not know yet and learns the answers when they come. */
export class QuestionQueue implements QuestionPort {
  private readonly answers = new Recent<string, boolean>(128);
  private readonly wanted = new Set<string>();

  isQuestion(sentence: string): boolean | undefined {
    const hit = this.answers.get(sentence);
    if (hit === undefined) this.wanted.add(sentence);
    return hit;
  }

  /** The sentences asked about since the last call and not answered yet (the queue is emptied). */
  take(): string[] {
    const out = [...this.wanted];
    this.wanted.clear();
    return out;
  }

  learn(sentences: readonly string[], isQuestion: readonly boolean[]): void {
    sentences.forEach((s, i) => this.answers.set(s.trim(), isQuestion[i] === true));
  }
}
