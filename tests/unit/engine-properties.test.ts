import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, bodyEnd, type AnalyzeResult } from '../../src/engine/index';

/** Every offset a hint or fix carries lies within the text. */
function checkOffsets(text: string, r: AnalyzeResult) {
  for (const h of r.hints) {
    expect(h.start).toBeGreaterThanOrEqual(0);
    expect(h.end).toBeGreaterThanOrEqual(h.start);
    expect(h.end).toBeLessThanOrEqual(text.length);
    for (const f of h.fixes) {
      if (typeof f.at === 'number') {
        expect(f.at).toBeGreaterThanOrEqual(0);
        expect(f.at).toBeLessThanOrEqual(text.length);
      } else expect(['start', 'end-of-body']).toContain(f.at);
      expect(typeof f.text).toBe('string');
      expect(f.text.length).toBeGreaterThan(0);
    }
  }
  const end = bodyEnd(text);
  expect(end).toBeGreaterThanOrEqual(0);
  expect(end).toBeLessThanOrEqual(text.length);
}

// Pieces sellers' drafts are made of, so random drafts exercise the rules and not only the "no language" path.
const piece = fc.constantFrom(
  'Hi Anna,', 'Hallo Jana,', 'Hei Maija,', 'Zdravo Amra,', '\n', '\n\n', ' ', 'thanks for your order!', 'leider verspätet sich das Paket.',
  'aloitan työn huomenna', 'počinjem s izradom', 'Would you like it in blue?', 'Best,\nMaria', 'LG', '> quoted line', 'On Mon, Anna wrote:',
  '20 €', '45 cm', 'sorry', '🙂', '👩‍👩‍👧', 'مرحبا', '\u202e', '\ud800', '\udfff', '\r\n', '?', '.', 'Šalje: x\nPoslano: y', 'İ', 'ß',
);
const draft = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.array(piece, { maxLength: 40 }).map((a) => a.join(' ')));

describe('analyze on any input', () => {
  it('never throws, keeps every offset within the text, and gives the same output for the same input', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const a = analyze(text);
        checkOffsets(text, a);
        expect(analyze(text)).toEqual(a);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\n '],
    ['lone surrogates', '\ud800\udc00\ud800 hi \udfff'],
    ['RTL text', 'مرحبا، هل لا يزال متاحا؟ \u202eHi Anna'],
    ['emoji sequences', '👩‍👩‍👧‍👦🏳️‍🌈 Hi! 👍🏽 want it? 🇫🇮'],
    ['binary junk', Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['a megabyte', 'Hi Anna, the parcel is late. '.repeat(40_000).slice(0, 1_048_576)],
    ['a long single line', 'x'.repeat(100_000)],
  ])('handles %s', (_name, text) => {
    const r = analyze(text);
    checkOffsets(text, r);
    expect(analyze(text)).toEqual(r);
  });

  it('accepts non-string input from untyped callers without throwing', () => {
    expect(analyze(undefined as unknown as string)).toEqual({ lang: null, hints: [] });
    expect(analyze(42 as unknown as string).hints).toEqual([]);
  });
});
