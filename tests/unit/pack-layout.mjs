// The layout of the phrase packs (src/engine/lang/<lang>.ts): every list of phrases one phrase per line, sorted
// within each group (a comment line starts a group), except lists whose order is their meaning. Prettier leaves
// the pack objects alone (`// prettier-ignore`); this owns them.
//   node tests/unit/pack-layout.mjs --write   lays the packs out (npm run format does it)
//   pack-layout.test.ts                       fails when a pack is not laid out so
import { readFileSync, writeFileSync } from 'node:fs';

export const PACK_FILES = ['en', 'de', 'fi', 'bs'].map((l) => `src/engine/lang/${l}.ts`);

/** Lists read in their order: counting words ("one, two, three…"). */
export const ORDERED = new Set(['numberWords']);

const collator = new Intl.Collator('en');
const byPhrase = (a, b) => collator.compare(a.value, b.value) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/** A string literal at `i` ('…' or "…"): its end and value, or null. */
function literal(src, i) {
  const q = src[i];
  if (q !== "'" && q !== '"') return null;
  let value = '';
  for (let j = i + 1; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') {
      value += src[j + 1];
      j++;
    } else if (c === q) return { end: j + 1, value };
    else if (c === '\n') return null;
    else value += c;
  }
  return null;
}

/** An array at `i` that holds only string literals and line comments: its end and items, or null. */
function stringArray(src, i) {
  const items = [];
  let j = i + 1;
  let comma = true;
  for (;;) {
    while (/\s/.test(src[j] ?? '')) j++;
    if (src[j] === ']') return items.some((x) => x.kind === 'phrase') ? { end: j + 1, items } : null;
    if (src.startsWith('//', j)) {
      const eol = src.indexOf('\n', j);
      items.push({ kind: 'comment', raw: src.slice(j, eol) });
      j = eol;
      continue;
    }
    if (src[j] === ',' && !comma) {
      comma = true;
      j++;
      continue;
    }
    const l = comma ? literal(src, j) : null;
    if (!l) return null;
    items.push({ kind: 'phrase', raw: src.slice(j, l.end), value: l.value });
    comma = false;
    j = l.end;
  }
}

/** The source laid out: each list of phrases one per line, groups sorted. */
export function layout(src) {
  let out = '';
  for (let i = 0; i < src.length;) {
    const c = src[i];
    const l = literal(src, i);
    if (l) {
      out += src.slice(i, l.end);
      i = l.end;
      continue;
    }
    if (src.startsWith('//', i) || src.startsWith('/*', i)) {
      const end = src.startsWith('//', i) ? src.indexOf('\n', i) : src.indexOf('*/', i) + 2;
      out += src.slice(i, end);
      i = end;
      continue;
    }
    const arr = c === '[' ? stringArray(src, i) : null;
    if (!arr) {
      out += c;
      i++;
      continue;
    }
    const line = out.slice(out.lastIndexOf('\n') + 1);
    const indent = line.match(/^\s*/)[0];
    const key = line.match(/(\w+)\s*:\s*$/)?.[1] ?? '';
    const groups = [[]];
    for (const item of arr.items) {
      if (item.kind === 'comment') groups.push([item]);
      else groups.at(-1).push(item);
    }
    const lines = groups.flatMap((g) => {
      const [head, ...rest] = g[0]?.kind === 'comment' ? g : [null, ...g];
      const phrases = ORDERED.has(key) ? rest : [...rest].sort(byPhrase);
      return [...(head ? [head.raw] : []), ...phrases.map((p) => `${p.raw},`)];
    });
    out += `[\n${lines.map((x) => `${indent}  ${x}`).join('\n')}\n${indent}]`;
    i = arr.end;
  }
  return out;
}

if (process.argv.includes('--write')) {
  for (const f of PACK_FILES) {
    const src = readFileSync(f, 'utf8');
    const next = layout(src);
    if (next !== src) writeFileSync(f, next);
  }
}
