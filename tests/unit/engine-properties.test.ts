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
      // Where the engine placed the fix, with the options the hints came from.
      expect(Number.isInteger(f.offset)).toBe(true);
      expect(f.offset).toBeGreaterThanOrEqual(0);
      expect(f.offset).toBeLessThanOrEqual(text.length);
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
  'Hi Anna,',
  'Hallo Jana,',
  'Hei Maija,',
  'Zdravo Amra,',
  '\n',
  '\n\n',
  ' ',
  'thanks for your order!',
  'leider verspätet sich das Paket.',
  'aloitan työn huomenna',
  'počinjem s izradom',
  'Would you like it in blue?',
  'Best,\nMaria',
  'LG',
  '> quoted line',
  'On Mon, Anna wrote:',
  '20 €',
  '45 cm',
  'sorry',
  '🙂',
  '👩‍👩‍👧',
  'مرحبا',
  '\u202e',
  '\ud800',
  '\udfff',
  '\r\n',
  '?',
  '.',
  'Šalje: x\nPoslano: y',
  'İ',
  'ß',
  '\u0000',
  'e\u0301',
  'Z\u0324\u0354\u0367\u0311\u0313',
  '<div class="msg">Hi <b>Anna</b>,<br>thanks!</div>',
  '## Order\n- **vase**: 40 €\n[photos](https://example.com/a.jpg)',
  'Item\tQty\tPrice\nVase\t2\t40 €\nBowl\t1\t25 €',
  'Здраво Марко,',
  'шаљем сутра',
);
const draft = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(piece, { maxLength: 40 }).map((a) => a.join(' ')),
);

describe('analyze on any input', () => {
  it('never throws, keeps every offset within the text, and gives the same output for the same input', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const a = analyze(text);
        checkOffsets(text, a);
        expect(analyze(text)).toEqual(a);
      }),
      { numRuns: 3000 },
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
    ['NUL characters', 'Hi Anna,\u0000 your order\u0000 ships Friday.\u0000'],
    ['combining marks', 'Hi Ana\u0301,\u0300\u0301 thanks Z\u0324\u0354\u0367 for\u0308 your order? \u0301'],
    ['ten thousand lines', Array.from({ length: 10_000 }, (_, i) => `line ${i}: the vase ships soon`).join('\n')],
    [
      'HTML source',
      '<html><body><p>Hi Anna,</p><p>Sorry, the <b>vase</b> is late.</p><script>x<1</script></body></html>',
    ],
    ['markdown source', '# Order\n\n| item | price |\n|---|---|\n| vase | 40 € |\n\n> quoted\n\n```\ncode?\n```'],
    [
      'a pasted spreadsheet',
      Array.from({ length: 500 }, (_, i) => `Vase ${i}\t${i % 7}\t${i * 3},50 €\t2025-03-0${i % 9}`).join('\n'),
    ],
    ['mixed scripts', 'Hi Анна, die Vase je spremna 🙂 kiitos! مرحبا Здраво, šaljem sutra?'],
  ])('handles %s', (_name, text) => {
    const r = analyze(text);
    checkOffsets(text, r);
    expect(analyze(text)).toEqual(r);
  });

  it('accepts non-string input from untyped callers without throwing', () => {
    expect(analyze(undefined as unknown as string)).toEqual({ lang: null, hints: [] });
    expect(analyze(42 as unknown as string).hints).toEqual([]);
  });

  // Conversation memory: any thread a page or a CLI line can hand over, with times well-formed or not.
  const at = fc.oneof(
    fc.constant(null),
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    fc.string({ maxLength: 30 }),
    fc.constantFrom('2025-03-03T10:00:00+01:00', '2025-02-30T25:61:00+14:00', 'vor 3 Tagen', 'Mon 14:05', ''),
  );
  const message = fc.record({ author: fc.constantFrom('seller' as const, 'customer' as const), at, text: draft });
  it('never throws on any thread and keeps offsets within the draft', () => {
    fc.assert(
      fc.property(
        draft,
        fc.array(message, { maxLength: 12 }),
        fc.option(at, { nil: undefined }),
        (text, thread, now) => {
          const r = analyze(text, { thread, now: now ?? undefined });
          checkOffsets(text, r);
          expect(analyze(text, { thread, now: now ?? undefined })).toEqual(r);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads a quoted history of 200 messages and a thread of 500 without trouble', () => {
    const quoted = Array.from(
      { length: 200 },
      (_, i) =>
        `${'> '.repeat(i % 5)}On Mon, 3 Mar 2025 at 10:${String(i % 60).padStart(2, '0')}, Anna <a@b.c> wrote:\n${'> '.repeat((i % 5) + 1)}I'll send it tomorrow, ok?`,
    ).join('\n');
    const r = analyze(`Hi Anna,\nwant it?\n\n${quoted}`, { now: '2025-03-10T10:00:00+01:00' });
    checkOffsets(`Hi Anna,\nwant it?\n\n${quoted}`, r);
    const thread = Array.from({ length: 500 }, (_, i) => ({
      author: (i % 2 ? 'seller' : 'customer') as 'seller' | 'customer',
      at: new Date(Date.UTC(2025, 2, 1, i)).toISOString(),
      text: i % 2 ? 'I will send the photos tomorrow.' : 'Any news? Can you ship?',
    }));
    expect(() => analyze('Hi, want it?', { thread, now: '2025-04-01T00:00:00Z' })).not.toThrow();
  });
});
