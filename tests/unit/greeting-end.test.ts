import { describe, expect, it } from 'vitest';
import { compiledPack } from '../../src/engine/compiled';
import { greetingEnd } from '../../src/engine/greeting-end';
import type { Lang } from '../../src/engine/types';

// [language, sentence, what follows the greeting and its name]
const CASES: [Lang, string, string][] = [
  ['en', 'Hi Anna, yes it is still available', 'yes it is still available'],
  ['en', 'Dear Mr. Brown, thank you for your order', 'thank you for your order'],
  ['en', 'Hi Anna! The parcel left today', 'The parcel left today'],
  ['en', 'Hi is the cot still available, or is it sold?', 'is the cot still available, or is it sold?'],
  ['en', 'hiya the tshirts wont b ready til tues', 'the tshirts wont b ready til tues'],
  ['en', 'Thanks, sounds good', 'Thanks, sounds good'],
  ['de', 'Hallo liebe Olivia, passt', 'passt'],
  ['de', 'Hallo nochmal, mir ist noch was eingefallen', 'mir ist noch was eingefallen'],
  ['fi', 'Moi, on vielä!', 'on vielä!'],
  ['fi', 'moi on viel!', 'on viel!'],
  ['bs', 'Poštovani gospodine Juriću, kada mogu očekivati stol?', 'kada mogu očekivati stol?'],
  [
    'bs',
    'Hej Sanja 😊 poslala sam ti 4 od 6 šoljica, ostale dvije',
    'Sanja 😊 poslala sam ti 4 od 6 šoljica, ostale dvije',
  ],
];

describe('greetingEnd: where a sentence says its own words after the greeting and the name', () => {
  it.each(CASES)('%s: %s', (lang, sentence, rest) => {
    expect(sentence.slice(greetingEnd(compiledPack(lang), sentence))).toBe(rest);
  });
});
