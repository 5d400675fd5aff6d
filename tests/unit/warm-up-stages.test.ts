// warmUpStages (src/engine/core.ts), in a module state of its own (a file of its own): the content script counts the
// engine as loaded after the first stage, so that stage must build the draft's own language and no other.
import { expect, it } from 'vitest';
import { analyze, warmUpStages, LANGS } from '../../src/engine/core';
import { isCompiled } from '../../src/engine/compiled';

it('the first stage builds the detector and the draft’s language; the later ones one language each', () => {
  const draft = 'Hallo Anna, danke für die Bestellung.';
  const stages = warmUpStages({}, draft);
  expect(stages).toHaveLength(LANGS.length);
  expect(LANGS.filter(isCompiled)).toEqual([]);
  for (const step of stages[0]!) step();
  expect(LANGS.filter(isCompiled)).toEqual(['de']);
  // A check of that draft now builds no other pack.
  expect(analyze(draft, {}).lang).toBe('de');
  expect(LANGS.filter(isCompiled)).toEqual(['de']);
  for (const stage of stages.slice(1)) for (const step of stage) step();
  expect(LANGS.filter(isCompiled).sort()).toEqual([...LANGS].sort());
});
