/**
 * Where a sentence's own words start after its greeting and the name after it: "Hi Anna, yes…" → at "yes", "Hallo
 * liebe Olivia, …", "Dear Mrs Smith: …", "Moi, on vielä!" → at "on". One place for every rule that reads past a
 * greeting, so they agree on what a greeting line is.
 */
import type { CompiledPack } from './compiled';
import { startsWith, type Match } from './phrases';
import { withEndsOnce } from './words';

/**
 * The greeting that opens the text, also with its letters stretched: the last one ("Heii", "Moiii", "Hellooo") or a
 * run of three or more inside ("Heeej", "Ćaooo"), which stands for one letter or two ("Hellooo" keeps its "ll").
 */
export function greetingAt(pack: CompiledPack, text: string): Match | null {
  const g = startsWith(pack.greetings, text);
  if (g) return g;
  const word = /^\p{L}+/u.exec(text)?.[0];
  if (!word) return null;
  const rest = text.slice(word.length);
  const forms = [
    withEndsOnce(word),
    ...(/(\p{L})\1\1/u.test(word) ? ['$1', '$1$1'].map((k) => word.replace(/(\p{L})\1{2,}/gu, k)) : []),
  ];
  for (const short of forms) {
    if (short === word) continue;
    const s = startsWith(pack.greetings, short + rest);
    const cut = word.length - short.length;
    if (s && s.end >= short.length) return { start: 0, end: s.end + cut, text: text.slice(0, s.end + cut) };
  }
  return null;
}

/** The offset after the greeting, its name and the punctuation that follows; 0 when no greeting opens the text. */
export function greetingEnd(pack: CompiledPack, text: string): number {
  const g = greetingAt(pack, text);
  if (!g) return 0;
  const at = g.end + nameLength(text.slice(g.end));
  return at + (/^[\s,!.:]*/u.exec(text.slice(at))?.[0].length ?? 0);
}

/**
 * Up to three words right after the greeting, then a comma or a colon ("Anna,", "liebe Olivia,", "nochmal,"), or a
 * name and "!" ("Hi Anna!"). None in "Moi, on vielä!" (the comma closed the greeting), "moi on viel!" or "Hi is the
 * cot still available, …".
 */
function nameLength(rest: string): number {
  const close = rest.slice(0, 41).search(/[,:!?\n]/u);
  if (close < 2 || !/^\s/u.test(rest)) return 0;
  const words = rest.slice(0, close).trim().split(/\s+/u);
  if (words.length > 3 || !words.every((w) => /^[\p{L}'’.-]+$/u.test(w))) return 0;
  const mark = rest[close];
  const ok = mark === ',' || mark === ':' || (mark === '!' && /^\p{Lu}/u.test(words[words.length - 1]!));
  return ok ? close + 1 : 0;
}
