/**
 * Verb shapes for the languages that mark a clause by its verb (German: the pack's finiteVerbs and modalVerbs):
 * whether a word is a finite verb, whether it is a past participle. Read by the question finder (word order that
 * asks) and by promises (a delivery told as done). Packs without finite verbs give empty sets.
 */
import { perPack, typed, type CompiledPack } from './compiled';
import { words } from './words';

const firstWords = (pack: CompiledPack, list: readonly string[]) => typed(pack.lang, list).map((v) => words(v)[0]!);
export const finiteVerbs = perPack((pack) => new Set(firstWords(pack, pack.pack.memory.finiteVerbs)));
export const modalVerbs = perPack((pack) => new Set(firstWords(pack, pack.pack.memory.modalVerbs)));

/** A finite verb of the pack's, also one a first person's statement opens with ("würde", "kann"). */
export const isVerb = (pack: CompiledPack, w: string) => finiteVerbs(pack).has(w) || modalVerbs(pack).has(w);

/** "gedauert", "angekommen", "repariert": a past participle, by its shape. */
export function participle(w: string): boolean {
  if (w.length >= 7 && w.endsWith('iert')) return true;
  if (!w.endsWith('t') && !w.endsWith('en')) return false;
  const at = w.indexOf('ge');
  return at >= 0 && at <= 6 && w.length - at >= 6;
}
