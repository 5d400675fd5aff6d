// A one-line reply still gets its language: from the customer's message, the seller's only language, the UI's.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index';

const lang = (text: string, o: Parameters<typeof analyze>[1] = {}) => analyze(text, o).lang;

describe('language of a short draft', () => {
  it("takes the customer's language when the draft alone cannot tell", () => {
    expect(lang('Geht klar', { customerMessage: 'Nimmst du 40 für die Lampe?' })).toBe('de');
    expect(lang('ok 👍', { customerMessage: 'Može 40 KM?' })).toBe('bs');
    // Faint signs of both add up: a Finnish double consonant and a Finnish ä.
    expect(lang('Sovittu', { customerMessage: 'Käykö 40 euroa?' })).toBe('fi');
  });
  it('a short Finnish draft is Finnish by its forms: participles, the question clitic, signs that add up to 0.9', () => {
    // 0.3 + 0.6 is 0.8999… in floating point: enough.
    expect(lang('Maksu näkyy, postitan maanantaina!')).toBe('fi');
    expect(lang('Paketti lähti, seuranta JJFI64251000087654321')).toBe('fi');
    expect(lang('Varattu sulle 👍', { customerMessage: 'Voisitko varata mulle huomiseen?' })).toBe('fi');
  });
  it("a short draft is told by the frequent words of each language's chat, not only of its letters", () => {
    expect(lang('Payment received 👍 collection or post?')).toBe('en');
    expect(lang('unter 45 geht nix')).toBe('de');
    expect(lang('Dogovoreno 🤝')).toBe('bs');
    expect(lang('Okei, sopii, haen huomenna')).toBe('fi');
    // Chat spellings of three letters or more count as the words they spell; "u" and "im" (German "im") do not.
    expect(lang('accepted 🙌 posting tmrw', { customerMessage: 'would u do 8?' })).toBe('en');
    expect(lang('Hey! Dein Paket hängt seit 3 Tagen im Verteilzentrum 😩 DHL sagt, kommt bald')).toBe('de');
  });
  it('a frequent word typed without its dots still counts ("kay", "etta", "fuer"), unless another language spells it so', () => {
    expect(lang('ok 35e kay', { customerMessage: 'annatko 35 eurolla' })).toBe('fi');
    expect(lang('ja etta lahetan huomenna')).toBe('fi');
  });
  it('Swiss German is German ("isch", "nöd", "hoi"; "am" is a German word as much as a Romanian one)', () => {
    expect(lang('Hoi Nadine, d Torte isch erscht am Samschtig parat, nöd am Friitig 😊')).toBe('de');
  });
  it('a Finnish offer names its language by its verb ("Annan 60 molemmista", "otatko 40?")', () => {
    expect(lang('Diili! 🤝', { customerMessage: 'Annan 60 molemmista' })).toBe('fi');
    expect(lang('ok 👍', { customerMessage: 'otatko 40?' })).toBe('fi');
  });
  it("reads a short reply that leans a little elsewhere with the customer's clear message", () => {
    const de = { customerMessage: 'Würdest du die Lego-Kiste für 45 abgeben?' };
    expect(lang('Jo, 45 passt 😄', de)).toBe('de');
    expect(
      lang('jo passt, dann bis morgn', { customerMessage: 'Ich nehm den Sessel für 40 und hol ihn morgen, ok?' }),
    ).toBe('de');
    // A reply clearly in its own language keeps it: a Finnish seller answering an English question in Finnish.
    expect(
      lang('Hei, en valitettavasti lähetä ulkomaille. Onnea etsintään!', {
        customerMessage: 'Hi, can you ship to Sweden?',
      }),
    ).toBe('fi');
    // Close between two languages ("no" is English too), the customer's faint signs tip it before the UI language.
    expect(lang('no olkoon 70 sit, millon pääset hakee?', { customerMessage: 'entä 70?', uiLang: 'en' })).toBe('fi');
  });
  it("one word of another language does not outweigh the customer's clear message; two do", () => {
    const bs = { customerMessage: 'Hajde daj za 50 KM, iz Tuzle sam' };
    // "bude" is Czech too.
    expect(lang('Selam, hajd neka bude 50, haman džaba', bs)).toBe('bs');
    expect(lang('Selam, hajd neka bude 50, haman džaba')).toBeNull();
    expect(lang('Dobrý den, bude to zítra', bs)).toBeNull();
  });
  it("then the seller's only language", () => {
    expect(lang('Geht klar', { languages: ['de'] })).toBe('de');
    expect(lang('ok', { languages: ['fi'] })).toBe('fi');
  });
  it('then, for a reply of one or two words, the UI language, unless the draft points elsewhere', () => {
    expect(lang('Sure, deal', { uiLang: 'en' })).toBe('en');
    expect(lang('Sovittu', { uiLang: 'en' })).toBeNull();
    expect(lang('Moin! Passt Montag?', { uiLang: 'en' })).not.toBe('en');
  });
  it('never for another language or a draft without words', () => {
    expect(lang('ok affare fatto 👍', { uiLang: 'en' })).toBeNull();
    expect(lang('👍', { uiLang: 'en' })).toBeNull();
  });
  it('a one-word acceptance of an offer gets the recap hint', () => {
    const hints = analyze('Sovittu', { customerMessage: 'Käykö 40 euroa?' }).hints.map((h) => h.rule);
    expect(hints).toContain('order-recap');
  });
});

describe('the sentence a hint is about', () => {
  it('is quoted, shortened, for the panel; a missing greeting quotes nothing', () => {
    const text =
      'your parcel is delayed by a week because the courier lost the first label and I only noticed it today when I checked the tracking.\n\nBest,\nMia';
    const res = analyze(text);
    const apology = res.hints.find((h) => h.rule === 'apology')!;
    expect(apology.quote!.startsWith('your parcel is delayed by a week')).toBe(true);
    expect(apology.quote!.length).toBeLessThanOrEqual(81);
    expect(apology.quote!.endsWith('…')).toBe(true);
    expect(res.hints.find((h) => h.rule === 'greeting')?.quote).toBeUndefined();
  });
});

describe('learned features', () => {
  it('hashes each feature as its name would hash, without building the names', async () => {
    const { bucket, bucketsOf, textFeatures } = await import('../../src/engine/learned/features');
    for (const t of [
      'Hi Anna, the parcel goes out on the 14th, not the 7th.',
      'Poštovana, šaljem novi sutra 👍',
      'Geht klar, Abholung Samstag 10 Uhr',
    ]) {
      expect([...bucketsOf('s', t)].sort((a, b) => a - b)).toEqual(
        [...new Set(textFeatures('s', t).map(bucket))].sort((a, b) => a - b),
      );
    }
  });
});
