/**
 * Drafts over the size limit: checked on their opening and closing parts, with offsets into the full text, fixes that
 * land right in it, and the result saying so — only then.
 */
import { describe, expect, it } from 'vitest';
import { analyze, bodyEnd, type AnalyzeResult, type Hint } from '../../src/engine/index';
import { CLOSING_CHARS, OPENING_CHARS, QUOTED_CHARS } from '../../src/engine/long-draft';

const LIMIT = OPENING_CHARS + CLOSING_CHARS;

/** Plain paragraphs that ask, admit and confirm nothing, each line different (no cache helps). */
function filler(chars: number, seed = 0): string {
  const out: string[] = [];
  let n = 0;
  for (let i = seed; n < chars; i++) {
    const p = `The pattern has ${i} rows in section ${i * 7 + seed} and the yarn is wool from a farm near lake ${i % 13}. It is soft and warm.`;
    out.push(p);
    n += p.length + 2;
  }
  return out.join('\n\n');
}

const hint = (r: AnalyzeResult, rule: Hint['rule']) => r.hints.find((h) => h.rule === rule);
const apply = (text: string, h: Hint) =>
  text.slice(0, h.fixes[0]!.offset) + h.fixes[0]!.text + text.slice(h.fixes[0]!.offset);

function inside(text: string, r: AnalyzeResult) {
  for (const h of r.hints) {
    expect(h.start).toBeGreaterThanOrEqual(0);
    expect(h.end).toBeGreaterThanOrEqual(h.start);
    expect(h.end).toBeLessThanOrEqual(text.length);
    for (const f of h.fixes) {
      expect(f.offset).toBeGreaterThanOrEqual(0);
      expect(f.offset).toBeLessThanOrEqual(text.length);
    }
  }
}

describe('drafts over the size limit', () => {
  const opening = 'thanks for your order of the blue scarf.\n\n';
  const closing = '\n\nI start on it tomorrow.\n\nBest,\nMaria';

  it('checks the opening and closing parts: the greeting fix goes at the very start, the closing question above the sign-off', () => {
    const text = opening + filler(60_000) + closing;
    const r = analyze(text, { lang: 'en' });
    inside(text, r);
    expect(r.partial).toBeDefined();
    expect(r.partial!.totalChars).toBe(text.length);
    expect(r.partial!.openingEnd).toBeLessThanOrEqual(OPENING_CHARS);
    expect(r.partial!.closingEnd - r.partial!.closingStart).toBeLessThanOrEqual(CLOSING_CHARS);
    expect(r.partial!.checkedChars).toBe(r.partial!.openingEnd + r.partial!.closingEnd - r.partial!.closingStart);

    const greeting = hint(r, 'greeting')!;
    expect(greeting.fixes[0]!.offset).toBe(0);
    expect(apply(text, greeting).startsWith(greeting.fixes[0]!.text + 'thanks for your order')).toBe(true);

    const question = hint(r, 'closing-question')!;
    const off = question.fixes[0]!.offset!;
    expect(text.slice(0, off).endsWith('I start on it tomorrow.')).toBe(true);
    expect(text.slice(off)).toBe('\n\nBest,\nMaria');
    expect(bodyEnd(text, { lang: 'en' })).toBe(off);
    expect(apply(text, question).endsWith(question.fixes[0]!.text + '\n\nBest,\nMaria')).toBe(true);
  });

  it('quotes and places an apology from the closing part in the full text, and one from the opening part', () => {
    for (const [before, after] of [
      [
        'Hi Anna,\n\n',
        filler(50_000, 3) + '\n\nYour parcel is delayed by a week.\n\nWould you like it sent by express?',
      ],
      [
        'Hi Anna,\n\nYour parcel is delayed by a week.\n\n',
        filler(50_000, 5) + '\n\nWould you like it sent by express?',
      ],
    ] as const) {
      const text = before + after;
      const r = analyze(text, { lang: 'en' });
      inside(text, r);
      expect(r.partial).toBeDefined();
      const apology = hint(r, 'apology')!;
      expect(text.slice(apology.start, apology.end)).toContain('delayed by a week');
      expect(apology.quote).toContain('delayed by a week');
      const at = apology.fixes[0]!.offset!;
      expect(text.slice(at).startsWith('Your parcel is delayed')).toBe(true);
      expect(hint(r, 'greeting')).toBeUndefined();
      expect(hint(r, 'closing-question')).toBeUndefined();
    }
  });

  it('reads nothing of the middle: an apology there neither hides nor makes a hint', () => {
    const text =
      'Hi Anna,\n\n' + filler(30_000) + '\n\nSorry, your parcel is delayed.\n\n' + filler(30_000, 9) + '\n\nWant it?';
    const r = analyze(text, { lang: 'en' });
    expect(r.partial).toBeDefined();
    expect(r.partial!.openingEnd).toBeLessThan(text.indexOf('Sorry'));
    expect(r.partial!.closingStart).toBeGreaterThan(text.indexOf('Sorry'));
    expect(hint(r, 'apology')).toBeUndefined();
  });

  it('keeps quoted history apart: the closing part ends above the reply header, the quote is context', () => {
    const quote = `On Mon, 3 Mar 2025 at 14:05, Anna <anna@example.com> wrote:\n> ${'Can you make it longer? '.repeat(3_000)}`;
    const text = 'Hi Anna,\n\n' + filler(40_000) + '\n\nI start on it tomorrow.\n\nBest,\nMaria\n\n' + quote;
    const r = analyze(text, { lang: 'en', now: '2025-03-04T10:00:00+01:00' });
    inside(text, r);
    expect(r.partial!.closingEnd).toBe(text.indexOf('\n\nOn Mon'));
    expect(r.partial!.totalChars).toBe(r.partial!.closingEnd);
    const question = hint(r, 'closing-question')!;
    expect(text.slice(question.fixes[0]!.offset!).startsWith('\n\nBest,\nMaria\n\nOn Mon')).toBe(true);
  });

  it('a 1 MB paste gives hints from its opening and closing parts within the property tests’ 50 ms', () => {
    for (const w of ['Hi Anna, warm up. Want it?', 'Hallo Anna, passt das?', 'Hei Anna, käykö?', 'Zdravo Anna, može?'])
      analyze(w);
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const text = 'thanks for your order.\n\n' + filler(1_048_576, k * 101) + '\n\nI start tomorrow.';
      const t0 = performance.now();
      const r = analyze(text);
      best = Math.min(best, performance.now() - t0);
      inside(text, r);
      expect(r.lang).toBe('en');
      expect(r.partial!.totalChars).toBe(text.length);
      expect(hint(r, 'greeting')!.fixes[0]!.offset).toBe(0);
      expect(hint(r, 'closing-question')!.fixes[0]!.offset).toBe(text.length);
    }
    expect(best).toBeLessThan(50);
  });

  it('a 1 MB single line and 1 MB of short lines are cut safely', () => {
    for (const text of ['Hi Anna, the parcel is late. '.repeat(40_000), 'a:\n'.repeat(350_000), '😀'.repeat(300_000)]) {
      const r = analyze(text);
      inside(text, r);
      expect(analyze(text)).toEqual(r);
      if (r.partial) expect(r.partial.checkedChars).toBeLessThanOrEqual(LIMIT);
    }
  });

  it('sets the flag only over the limit', () => {
    const at = (n: number) => {
      const body = 'Hi Anna,\n\n' + filler(n);
      const end = '\n\nWant it?';
      return (
        body
          .slice(0, n - end.length)
          .trimEnd()
          .padEnd(n - end.length, '.') + end
      );
    };
    expect(at(LIMIT).length).toBe(LIMIT);
    expect(analyze(at(LIMIT)).partial).toBeUndefined();
    expect(analyze(at(LIMIT + 1)).partial).toBeDefined();
    expect(analyze('Hi Anna, want it?').partial).toBeUndefined();
    // A short reply over a long quoted history is checked whole: only the history is read in part.
    const reply = 'Hi Anna,\n\nsure, I can do that.\n\n';
    const long =
      reply + `On Mon, Anna <a@b.c> wrote:\n${'> Can you make it blue? It would be great.\n'.repeat(20_000)}`;
    const r = analyze(long, { lang: 'en' });
    expect(r.partial).toBeUndefined();
    expect(hint(r, 'closing-question')!.fixes[0]!.offset).toBe(reply.trimEnd().length);
    const t0 = performance.now();
    analyze(reply, { lang: 'en', quotedContext: long.slice(reply.length) });
    expect(performance.now() - t0).toBeLessThan(500);
    expect(QUOTED_CHARS).toBeLessThan(long.length);
  });
});
