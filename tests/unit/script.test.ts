import { describe, expect, it } from 'vitest';
import { analyze, bodyEnd } from '../../src/engine/index';
import { isSerbianCyrillic, toCyrillic, toLatin } from '../../src/engine/script';

describe('Serbian Cyrillic', () => {
  it('transliterates letter for letter, digraphs included, with a map back to the original offsets', () => {
    const t = toLatin('Љубица, њен џемпер ЉУТ');
    expect(t.text).toBe('Ljubica, njen džemper LJUT');
    expect(t.toOriginal).toHaveLength(t.text.length + 1);
    expect(t.toOriginal[t.text.indexOf('džemper')]).toBe('Љубица, њен '.length);
    expect(toCyrillic('Zdravo Ljubice, džemper je spreman. Njegova cijena?')).toBe(
      'Здраво Љубице, џемпер је спреман. Његова цијена?',
    );
  });

  it('a Cyrillic draft gets the language bs, hints at its own offsets and fixes in Cyrillic', () => {
    const text = 'пакет је стигао оштећен. шаљем нови сутра.';
    const res = analyze(text);
    expect(res.lang).toBe('bs');
    const rules = res.hints.map((h) => h.rule);
    expect(rules).toEqual(expect.arrayContaining(['greeting', 'apology']));
    for (const h of res.hints) {
      expect(h.start).toBeGreaterThanOrEqual(0);
      expect(h.end).toBeLessThanOrEqual(text.length);
      for (const f of h.fixes) {
        expect(f.text).not.toMatch(/[a-zčćšžđ]{3}/i);
        expect(f.offset).toBeGreaterThanOrEqual(0);
        expect(f.offset).toBeLessThanOrEqual(text.length);
      }
    }
    const apology = res.hints.find((h) => h.rule === 'apology')!;
    expect(text.slice(apology.start, apology.end)).toContain('оштећен');
  });

  it('the same draft in Latin and in Cyrillic gets the same rules', () => {
    const latin = 'Poštovana, paket je stigao oštećen. Šaljem novi sutra.\n\nPozdrav,\nMilan';
    const cyr = toCyrillic(latin);
    expect(analyze(cyr).hints.map((h) => h.rule)).toEqual(analyze(latin).hints.map((h) => h.rule));
    expect(bodyEnd(cyr)).toBe(cyr.indexOf('\n\nПоздрав'));
    expect(bodyEnd(latin)).toBe(latin.indexOf('\n\nPozdrav'));
  });

  it('a conversation in Cyrillic is read in either script of the draft; its quotes stay in Cyrillic', () => {
    const thread = [
      {
        author: 'customer' as const,
        at: '2025-03-03T10:00:00+01:00',
        text: 'Здраво, колико кошта слање у Ниш? И да ли је још доступна?',
      },
    ];
    const now = '2025-03-03T12:00:00+01:00';
    for (const draft of ['Здраво, још је доступна. Поздрав', 'Zdravo, još je dostupna. Pozdrav']) {
      const open = analyze(draft, { thread, now }).hints.find((h) => h.rule === 'unanswered-question');
      expect(open?.quote, draft).toBe('колико кошта слање у Ниш?');
    }
    // Answered in Latin letters: nothing left open.
    const answered = analyze('Zdravo, još je dostupna, slanje u Niš je 5 €. Pozdrav', { thread, now });
    expect(answered.hints.map((h) => h.rule)).not.toContain('unanswered-question');
  });
  it('Russian or Macedonian Cyrillic is not Serbian: no language, no hints', () => {
    expect(isSerbianCyrillic('Здравствуйте, ваш заказ готов.')).toBe(false);
    expect(analyze('Здравствуйте, ваш заказ задерживается на неделю.')).toEqual({ lang: null, hints: [] });
  });
});

describe('fix offsets resolved by the engine', () => {
  it("an end-of-body fix goes above the seller's own sign-off", () => {
    const text = 'ich schicke dir die Kette morgen.\n\nLiebe Grüße aus der Werkstatt\nMia';
    const options = { custom: { de: { signOffs: ['Liebe Grüße aus der Werkstatt'] } } };
    const q = analyze(text, options).hints.find((h) => h.rule === 'closing-question')!;
    expect(q.fixes[0]!.at).toBe('end-of-body');
    expect(q.fixes[0]!.offset).toBe(text.indexOf('\n\nLiebe'));
  });

  it("a sign-off only the seller's list knows places the fix above it; without the list it cannot", () => {
    const text = 'ich schicke dir die Kette morgen.\n\nAus der kleinen Werkstatt am Fluss\nMia';
    const options = { custom: { de: { signOffs: ['Aus der kleinen Werkstatt am Fluss'] } } };
    const q = analyze(text, options).hints.find((h) => h.rule === 'closing-question')!;
    expect(q.fixes[0]!.offset).toBe(text.indexOf('\n\nAus'));
    const plain = analyze(text).hints.find((h) => h.rule === 'closing-question');
    expect(plain?.fixes[0]!.offset).not.toBe(text.indexOf('\n\nAus'));
  });
});
