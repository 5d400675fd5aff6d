// warmUpStages (src/engine/core.ts), in a module state of its own (a file of its own): the content script counts the
// engine as loaded after the first stage, so that stage must build the likely language and no other.
import { expect, it } from 'vitest';
import { analyze, likelyLanguage, warmUpStages, LANGS } from '../../src/engine/core';
import { isCompiled } from '../../src/engine/compiled';

it('the first stage builds the detector and the draft’s language; the later ones one language each', () => {
  const draft = 'Hallo Anna, danke für die Bestellung.';
  const stages = warmUpStages({}, draft);
  expect(stages.map((s) => s.lang)).toEqual(['de', 'en', 'fi', 'bs']);
  expect(LANGS.filter(isCompiled)).toEqual([]);
  for (const step of stages[0]!.steps) step();
  expect(LANGS.filter(isCompiled)).toEqual(['de']);
  // A check of that draft now builds no other pack.
  expect(analyze(draft, {}).lang).toBe('de');
  expect(LANGS.filter(isCompiled)).toEqual(['de']);
  for (const stage of stages.slice(1)) for (const step of stage.steps) step();
  expect(LANGS.filter(isCompiled).sort()).toEqual([...LANGS].sort());
});

it('with an empty box the likely language is the customer’s, else the UI’s among the seller’s languages', () => {
  expect(likelyLanguage({ customerMessage: 'Hei! Onko tämä vielä myynnissä?' }, '')).toBe('fi');
  expect(likelyLanguage({ uiLang: 'bs' }, '')).toBe('bs');
  expect(likelyLanguage({ uiLang: 'bs', languages: ['de', 'en'] }, '')).toBe(null);
  expect(likelyLanguage({ languages: ['de'] }, '')).toBe('de');
  expect(warmUpStages({ customerMessage: 'Zdravo, je li sto još dostupan?' }, '')[0]!.lang).toBe('bs');
});
