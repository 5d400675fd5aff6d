/** compromise's answer to "is this sentence a question?": the QuestionTagger of ./questions, in whatever process runs it. */
import nlp from 'compromise';

export function isQuestion(sentence: string): boolean {
  try {
    return nlp(sentence).questions().found;
  } catch {
    return false;
  }
}
