import { describe, expect, it } from 'vitest';
import { clauseAfter, clauseAndNext, clauseBefore, clausesOf } from '../../src/engine/clauses';
import { compiledPack, negated } from '../../src/engine/compiled';

// [text, its clauses]
const CLAUSES: [string, string[]][] = [
  ['Here are the photos, no scratches', ['Here are the photos', ' no scratches']],
  ['Pick-up at 14:30; pay 12,50 € in cash', ['Pick-up at 14:30', ' pay 12,50 € in cash']],
  ['Ich bin spät dran – Nachricht erst jetzt gesehen', ['Ich bin spät dran ', ' Nachricht erst jetzt gesehen']],
  ['Sorry - only saw it now (was away)', ['Sorry', 'only saw it now ', 'was away)']],
  ['Note: 1,5 kg', ['Note', ' 1,5 kg']],
  ['one clause only', ['one clause only']],
];

describe('clauses: one definition of where a clause ends', () => {
  it.each(CLAUSES)('%s', (text, clauses) => {
    expect(clausesOf(text)).toEqual(clauses);
  });

  it('reads the clause around a word: its part before and its part after', () => {
    const t = 'Passt, reservier ich leider nicht, sorry';
    const at = t.indexOf('reservier');
    expect(clauseBefore(t, at)).toBe(' ');
    expect(clauseAfter(t, at)).toBe('reservier ich leider nicht');
    expect(clauseBefore(t, t.indexOf('nicht'))).toBe(' reservier ich leider ');
    expect(clauseAfter(t, t.indexOf('sorry'))).toBe('sorry');
    expect(clauseBefore('the price is 12,50 € if ok', 22)).toBe('the price is 12,50 € i');
  });

  it('reads a clause with the afterthought right after it ("…, as you asked"), not the one after that', () => {
    const t = 'It goes out on the 3rd, as you asked, and the rest stays';
    expect(clauseAndNext(t, t.indexOf('goes'))).toBe('It goes out on the 3rd  as you asked');
    expect(clauseAndNext(t, t.indexOf('rest'))).toBe(' and the rest stays');
  });

  it('reads a clause as negated by a contracted "n\'t" in either apostrophe, not by a reassurance', () => {
    const en = compiledPack('en');
    for (const t of ["we can't hold items", 'I won’t post it', 'we cannot hold it', "I haven't sent it"])
      expect(negated(en, t), t).toBe(true);
    for (const t of ["I'll hold it for you", 'no worries, it is yours']) expect(negated(en, t), t).toBe(false);
  });
});
