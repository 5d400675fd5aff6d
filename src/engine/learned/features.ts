/**
 * Text features for the learned sentence classifiers (see ./model.ts): the same code makes them for training
 * (npm run train) and in the engine. Words are lower-cased with č ć š ž đ folded (as the packs match), digits
 * become 0; features are words, word pairs and word stems (the first five letters: German, Finnish and BCS
 * inflect), each hashed into a fixed number of buckets.
 */
import { memo } from '../memo';
import { words } from '../words';

export { words } from '../words';

export const BUCKET_BITS = 16;
export const BUCKETS = 1 << BUCKET_BITS;

/** FNV-1a, 32 bit, into BUCKETS. */
export function bucket(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (BUCKETS - 1);
}

/** The feature names of one piece of text, under a prefix (s: the seller's sentence, c: the customer's message). */
export function textFeatures(prefix: string, text: string): string[] {
  const ws = words(text);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    out.push(`${prefix}w:${w}`);
    if (w.length > 5) out.push(`${prefix}p:${w.slice(0, 5)}`);
    out.push(`${prefix}b:${i ? ws[i - 1] : '^'} ${w}`);
  }
  return out;
}

const OWNER = {};
const BASIS = 0x811c9dc5;

/** FNV-1a continued over `s` from state `h` (the same as hashing the concatenation). */
function fnv(h: number, s: string, end = s.length): number {
  for (let i = 0; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * The distinct buckets of textFeatures(prefix, text) — the same numbers, hashed without building the feature
 * strings — remembered per text: unchanged sentences cost nothing.
 */
export function bucketsOf(prefix: string, text: string): readonly number[] {
  return memo(OWNER, `buckets:${prefix}`, text, () => {
    const ws = words(text);
    const hw = fnv(BASIS, `${prefix}w:`);
    const hp = fnv(BASIS, `${prefix}p:`);
    const hb = fnv(BASIS, `${prefix}b:`);
    const out = new Set<number>();
    const mask = BUCKETS - 1;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      out.add((fnv(hw, w) >>> 0) & mask);
      if (w.length > 5) out.add((fnv(hp, w, 5) >>> 0) & mask);
      out.add((fnv(fnv(fnv(hb, i ? ws[i - 1]! : '^'), ' '), w) >>> 0) & mask);
    }
    return [...out];
  });
}
