/**
 * English sentences that start like a question but have no "?": the engine asks about them through a queue, and the
 * extension's own background answers with its tagger (see engine/questions.ts). Nothing leaves the browser.
 */
import browser from 'webextension-polyfill';
import { QuestionQueue } from '../engine/questions';
import { MAX_QUESTIONS, type QuestionsMessage } from '../shared/messages';

/** The sentences asked about and the answers known, for every check in this frame. */
export const questions = new QuestionQueue();

/** Ask the extension's background whether these English sentences are questions. */
function askBackground(sentences: string[]): Promise<boolean[]> {
  const batch = sentences.slice(0, MAX_QUESTIONS);
  return browser.runtime.sendMessage({ type: 'rc:questions', sentences: batch } satisfies QuestionsMessage).then(
    (r: unknown) => batch.map((_, i) => Array.isArray(r) && r[i] === true),
    // No background answer (extension reloading): the regex answer stands.
    () => batch.map(() => false),
  );
}

/** Send the sentences the last analysis asked about, if any; `learned` runs once the answers are known. */
export function tagAskedQuestions(learned: () => void): void {
  const wanted = questions.take();
  if (!wanted.length) return;
  void askBackground(wanted).then((answers) => {
    questions.learn(wanted.slice(0, answers.length), answers);
    learned();
  });
}
