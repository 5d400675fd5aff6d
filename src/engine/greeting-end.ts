/**
 * Where a sentence's own words start after its greeting and the name after it: "Hi Anna, yes…" → at "yes", "Hallo
 * liebe Olivia, …", "Dear Mrs Smith: …", "Moi, on vielä!" → at "on". One place for every rule that reads past a
 * greeting, so they agree on what a greeting line is.
 */
import type { CompiledPack } from './compiled';
import { startsWith } from './phrases';

/** The offset after the greeting, its name and the punctuation that follows; 0 when no greeting opens the text. */
export function greetingEnd(pack: CompiledPack, text: string): number {
  const g = startsWith(pack.greetings, text);
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
