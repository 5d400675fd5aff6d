// The engine's caches answer every unchanged sentence while the seller types: a wrong or leaked answer would be a wrong hint.
import { describe, expect, it } from 'vitest';
import { memo, Recent } from '../../src/engine/memo';

describe('memo', () => {
  it('answers each (owner, kind, text) once, falsy answers included', () => {
    const owner = {};
    let calls = 0;
    const ask = (text: string, answer: unknown) => memo(owner, 'unit-falsy', text, () => (calls++, answer));
    for (const answer of [false, null, undefined, 0, '']) {
      const text = `t-${String(answer)}`;
      expect(ask(text, answer)).toBe(answer);
      expect(ask(text, 'other')).toBe(answer);
    }
    expect(calls).toBe(5);
  });

  it('never gives one owner or kind the answer of another for the same text', () => {
    const a = {};
    const b = {};
    let n = 0;
    const ask = (owner: object, tag: string, kind = 'unit-apart') =>
      memo(owner, kind, 'same text', () => `${tag}:${n++}`);
    expect(ask(a, 'a')).toMatch(/^a:/);
    expect(ask(b, 'b')).toMatch(/^b:/);
    expect(ask(a, 'a2', 'unit-apart-2')).toMatch(/^a2:/);
    expect(ask(a, 'a')).toMatch(/^a:/);
    expect(ask(b, 'b')).toMatch(/^b:/);
    expect(ask(a, 'a2', 'unit-apart-2')).toMatch(/^a2:/);
  });
});

describe('Recent', () => {
  it('keeps at most two generations and moves what is read back into the newer one', () => {
    const r = new Recent<string, number>(2);
    r.set('a', 1);
    r.set('b', 2);
    r.set('c', 3); // a, b are now the older generation
    expect(r.get('a')).toBe(1); // read back: moves to the newer generation
    r.set('d', 4); // newer {c, a} was full: it becomes the older one, b is dropped
    expect(r.has('b')).toBe(false);
    expect(r.get('a')).toBe(1);
    expect(r.get('c')).toBe(3);
  });
});
