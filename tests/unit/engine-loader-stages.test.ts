// The content script's engine loading (src/content/engine-loader.ts), in a module state of its own: the engine
// counts as loaded after the likely language, and a draft in another language waits until its stage has run.
import { expect, it } from 'vitest';
import { everyLanguageWarm, loadEngine, loadedEngine, warmedFor, whenAllWarm } from '../../src/content/engine-loader';

it('is loaded after the draft’s language; the others are warm only after their own stages', async () => {
  expect(loadedEngine()).toBe(null);
  const engine = await loadEngine({ customerMessage: 'Hallo, ist der Tisch noch da?' }, '');
  expect(loadedEngine()).toBe(engine);
  expect(warmedFor('de')).toBe(true);
  expect(warmedFor('fi')).toBe(false);
  expect(everyLanguageWarm()).toBe(false);
  // A draft in no language of the seller's has nothing to wait for.
  expect(warmedFor(null)).toBe(true);
  await whenAllWarm();
  expect(everyLanguageWarm()).toBe(true);
  expect(['en', 'de', 'fi', 'bs'].every((l) => warmedFor(l as 'en'))).toBe(true);
}, 30_000);
