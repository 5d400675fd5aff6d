// The question tagger slot (src/engine/questions.ts): the page-side engine has no tagger and asks for answers;
// until they come, a sentence that may be a question gets the benefit of the doubt.
import { describe, expect, it } from 'vitest';
import { analyze, learnQuestions, setQuestionTagger, wantedQuestions, MAX_QUESTION_CHARS } from '../../src/engine/core';
import { isQuestion } from '../../src/engine/compromise-questions';
import { isQuestionsMessage, MAX_QUESTIONS } from '../../src/shared/messages';

const draft = (last: string) => `Hi Anna,\n\nthe scarf is ready. ${last}\n\nBest, Tom`;
const rules = (t: string) => analyze(t, { lang: 'en' }).hints.map((h) => h.rule);

describe('question tagger slot', () => {
  it('without a tagger, queues the sentence, shows no closing-question hint meanwhile, and follows the answer', () => {
    setQuestionTagger(null);
    const q = 'Whose address should I put on the label';
    expect(rules(draft(q))).not.toContain('closing-question');
    expect(wantedQuestions()).toEqual([q]);
    expect(wantedQuestions()).toEqual([]);
    learnQuestions([q], [false]);
    expect(rules(draft(q))).toContain('closing-question');
    expect(wantedQuestions()).toEqual([]);
  });

  it('a positive answer keeps the sentence a closing question (the regex work is cached, the answer is not)', () => {
    setQuestionTagger(null);
    const q = 'Whom should I address the card to';
    expect(rules(draft(q))).not.toContain('closing-question');
    learnQuestions(wantedQuestions(), [true]);
    expect(rules(draft(q))).not.toContain('closing-question');
    expect(wantedQuestions()).toEqual([]);
  });

  it('never queues sentences with "?", statements, or over-long sentences', () => {
    setQuestionTagger(null);
    rules(draft('Whose address should I use?'));
    rules(draft('The parcel leaves on Monday.'));
    rules(draft('Which ' + 'very '.repeat(Math.ceil(MAX_QUESTION_CHARS / 5)) + 'long sentence'));
    expect(wantedQuestions()).toEqual([]);
  });

  it('with compromise plugged in, answers at once and asks for nothing', () => {
    setQuestionTagger(isQuestion);
    expect(rules(draft('Whose name goes on the gift card'))).not.toContain('closing-question');
    expect(wantedQuestions()).toEqual([]);
    setQuestionTagger(null);
  });
});

describe('rc:questions message', () => {
  it('accepts a short list of short strings only', () => {
    expect(isQuestionsMessage({ type: 'rc:questions', sentences: ['Is it blue'] }, 300)).toBe(true);
    expect(isQuestionsMessage({ type: 'rc:questions', sentences: [] }, 300)).toBe(true);
    for (const bad of [null, 'rc:questions', { type: 'rc:questions' }, { type: 'rc:questions', sentences: 'Is it blue' }, { type: 'rc:questions', sentences: [1] }, { type: 'rc:questions', sentences: ['x'.repeat(301)] }, { type: 'rc:questions', sentences: Array(MAX_QUESTIONS + 1).fill('Is it') }, { type: 'rc:addSite', sentences: [] }]) {
      expect(isQuestionsMessage(bad, 300)).toBe(false);
    }
  });
});
