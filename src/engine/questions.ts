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

/** Does the sentence start like an English question (an auxiliary or a question word)? */
export const startsLikeQuestion = (sentence: string): boolean => AUX_START.test(sentence.trim());

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
