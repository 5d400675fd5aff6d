// The phrase packs keep their layout (pack-layout.mjs): one phrase per line, sorted within a group where order does
// not matter, no line over 120 characters. `npm run format` lays them out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript, run by node for `npm run format` too
import { layout, PACK_FILES } from './pack-layout.mjs';

describe('phrase pack layout', () => {
  it.each(PACK_FILES as string[])('%s: one phrase per line, sorted, no line over 120 characters', (file) => {
    const src = readFileSync(file, 'utf8');
    const long = src.split('\n').flatMap((l, i) => ([...l].length > 120 ? [`${file}:${i + 1}`] : []));
    expect(long).toEqual([]);
    // Compared line by line, so a failure names the first list out of place.
    expect((layout(src) as string).split('\n'), 'run npm run format').toEqual(src.split('\n'));
  });

  it.each(['src/engine/lang/pack.ts', 'src/engine/lang/common.ts'])('%s: no line over 120 characters', (file) => {
    const long = readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((l, i) => ([...l].length > 120 ? [`${file}:${i + 1}`] : []));
    expect(long).toEqual([]);
  });

  it('sorts a group, keeps comments as group heads and ordered lists in their order', () => {
    const src = "const p = {\n  a: ['b', 'a', // later\n 'd', 'c'],\n  numberWords: ['two', 'one'],\n};\n";
    expect(layout(src)).toBe(
      "const p = {\n  a: [\n    'a',\n    'b',\n    // later\n    'c',\n    'd',\n  ],\n" +
        "  numberWords: [\n    'two',\n    'one',\n  ],\n};\n",
    );
  });
});
