/**
 * English questions typed without "?", confirmed with compromise's tagger ("is the blue one still available").
 * compromise costs about 6 ms per 500 characters, so it only ever sees one short sentence that already starts like a
 * question, and each answer is cached by sentence.
 */
import nlp from 'compromise';
import { Recent } from './memo';

const AUX_START = /^(?:do|does|did|is|was|are|were|can|could|will|would|may|might|shall|should|have|has|must|what|which|when|where|who|whom|whose|why|how)\b/i;
const cache = new Recent<string, boolean>(200);

export function englishQuestionWithoutMark(sentence: string): boolean {
  const t = sentence.trim();
  if (!AUX_START.test(t) || t.length > 300) return false;
  let hit = cache.get(t);
  if (hit === undefined) {
    hit = nlp(t).questions().found;
    cache.set(t, hit);
  }
  return hit;
}
