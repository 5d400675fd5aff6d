// The question tagger slot (src/engine/questions.ts): the page-side engine has no tagger and asks for answers;
// until they come, a sentence that may be a question gets the benefit of the doubt.
import { describe, expect, it } from 'vitest';
import { analyze, QuestionQueue, taggerPort, MAX_QUESTION_CHARS, type QuestionPort } from '../../src/engine/core';
import { isQuestion } from '../../src/engine/compromise-questions';
import { isQuestionsMessage, MAX_QUESTIONS } from '../../src/shared/messages';

const draft = (last: string) => `Hi Anna,\n\nthe scarf is ready. ${last}\n\nBest, Tom`;
const rules = (t: string, questions?: QuestionPort) => analyze(t, { lang: 'en', questions }).hints.map((h) => h.rule);

describe('question port', () => {
  it('a queue for a tagger elsewhere: no closing-question hint while it waits, then the answer decides', () => {
    const port = new QuestionQueue();
    const q = 'Whose address should I put on the label';
    expect(rules(draft(q), port)).not.toContain('closing-question');
    expect(port.take()).toEqual([q]);
    expect(port.take()).toEqual([]);
    port.learn([q], [false]);
    expect(rules(draft(q), port)).toContain('closing-question');
    expect(port.take()).toEqual([]);
  });

  it('a run-on tail goes to the tagger only when a subject follows its auxiliary', () => {
    const port = new QuestionQueue();
    // "…and will start…": a verb after the auxiliary, a statement; the page asks the background nothing.
    rules('thank you, i have your payment and will start the invitations tomorrow', port);
    expect(port.take()).toEqual([]);
    rules('thanks for the payment is tues ok for pickup', port);
    expect(port.take()).toEqual(['is tues ok for pickup']);
  });

  it('a positive answer keeps the sentence a closing question (the regex work is cached, the answer is not)', () => {
    const port = new QuestionQueue();
    const q = 'Whom should I address the card to';
    expect(rules(draft(q), port)).not.toContain('closing-question');
    port.learn(port.take(), [true]);
    expect(rules(draft(q), port)).not.toContain('closing-question');
    expect(port.take()).toEqual([]);
  });

  it('never asks about sentences with "?", statements, or over-long sentences', () => {
    const port = new QuestionQueue();
    rules(draft('Whose address should I use?'), port);
    rules(draft('The parcel leaves on Monday.'), port);
    rules(draft('Which ' + 'very '.repeat(Math.ceil(MAX_QUESTION_CHARS / 5)) + 'long sentence'), port);
    expect(port.take()).toEqual([]);
  });

  it('a tagger in the process answers at once; the engine keeps nothing between calls', () => {
    const asked: string[] = [];
    const port = taggerPort((s) => (asked.push(s), isQuestion(s)));
    expect(rules(draft('Whose name goes on the gift card'), port)).not.toContain('closing-question');
    expect(asked).toEqual(['Whose name goes on the gift card']);
    // Another caller's port is its own: the first port's answers do not leak into it.
    const other = new QuestionQueue();
    rules(draft('Whose name goes on the gift card'), other);
    expect(other.take()).toEqual(['Whose name goes on the gift card']);
  });
});

describe('rc:questions message', () => {
  it('accepts a short list of short strings only', () => {
    expect(isQuestionsMessage({ type: 'rc:questions', sentences: ['Is it blue'] }, 300)).toBe(true);
    expect(isQuestionsMessage({ type: 'rc:questions', sentences: [] }, 300)).toBe(true);
    for (const bad of [
      null,
      'rc:questions',
      { type: 'rc:questions' },
      { type: 'rc:questions', sentences: 'Is it blue' },
      { type: 'rc:questions', sentences: [1] },
      { type: 'rc:questions', sentences: ['x'.repeat(301)] },
      { type: 'rc:questions', sentences: Array(MAX_QUESTIONS + 1).fill('Is it') },
      { type: 'rc:addSite', sentences: [] },
    ]) {
      expect(isQuestionsMessage(bad, 300)).toBe(false);
    }
  });
});
