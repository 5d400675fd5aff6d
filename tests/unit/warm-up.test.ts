// warmUpSteps (src/engine/core.ts): the first analysis's one-off work, cut into steps for idle moments. Their cost
// per step is measured in `npm run bench`; here: they run, cover every language asked for, and change no answer.
import { describe, expect, it } from 'vitest';
import { analyze, warmUpSteps, QuestionQueue, LANGS, type AnalyzeOptions } from '../../src/engine/core';
import { WARM_UP_DRAFTS, warmUpThread } from '../../src/engine/warm-up-drafts';
import { compiledPack } from '../../src/engine/compiled';
import { missedPromises } from '../../src/engine/memory/promises';
import { customerQuestions } from '../../src/engine/memory/customer-questions';
import { parseMoment } from '../../src/engine/extract/moment';
import { loadCorpus } from '../corpus/metrics';

describe('warm-up', () => {
  it('every step runs, none asks the question tagger, and analyses after it equal analyses without it', () => {
    const corpus = LANGS.flatMap((l) => loadCorpus(new URL(`../corpus/${l}.jsonl`, import.meta.url), l).slice(0, 40));
    const before = corpus.map((d) => analyze(d.text, {}));
    const port = new QuestionQueue();
    const steps = warmUpSteps({ questions: port }, 'Hallo Anna, danke für die Bestellung.');
    expect(steps.length).toBeGreaterThan(4 * 20);
    for (const step of steps) step();
    expect(port.take()).toEqual([]);
    expect(corpus.map((d) => analyze(d.text, {}))).toEqual(before);
  });

  it('prepares only the languages the seller writes in, and custom phrases too', () => {
    const one: AnalyzeOptions = { languages: ['fi'], custom: { fi: { greetings: ['moikkelis'] } } };
    const all = warmUpSteps({});
    const fi = warmUpSteps(one);
    expect(fi.length).toBeLessThan(all.length / 2);
    for (const step of fi) step();
    expect(analyze('Moikkelis Anna, sopiiko maanantai?', one).hints.map((h) => h.rule)).not.toContain('greeting');
  });

  it("each warm-up thread holds a promise past due and a question about where things stand (memory's slow path)", () => {
    for (const lang of LANGS) {
      const thread = warmUpThread(lang);
      const pack = compiledPack(lang);
      // As of the warm-up's own `now` (1 March 2025), after every message.
      expect(missedPromises(pack, thread, parseMoment('2025-03-01T12:00:00+01:00')!), lang).toHaveLength(1);
      expect(
        customerQuestions(pack, thread.at(-1)!.text).some((q) => q.status),
        lang,
      ).toBe(true);
    }
  });

  it('each warm-up draft is in its language and gets no hint (it exercises the rules without being a bad example)', () => {
    for (const lang of LANGS) {
      const r = analyze(WARM_UP_DRAFTS[lang], {});
      expect(r.lang).toBe(lang);
      expect(r.hints).toEqual([]);
    }
  });
});
