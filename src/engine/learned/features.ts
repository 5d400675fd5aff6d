/**
 * Text features for the learned sentence classifiers (see ./model.ts): the same code makes them for training
 * (npm run train) and in the engine. Words are lower-cased with č ć š ž đ folded (as the packs match), digits
 * become 0; features are words, word pairs and word stems (the first five letters: German, Finnish and BCS
 * inflect), each hashed into a fixed number of buckets.
 */
import { memo } from '../memo';

export const BUCKET_BITS = 14;
export const BUCKETS = 1 << BUCKET_BITS;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const FOLD: Record<string, string> = { č: 'c', ć: 'c', š: 's', ž: 'z', đ: 'd' };

/** FNV-1a, 32 bit, into BUCKETS. */
export function bucket(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (BUCKETS - 1);
}

export function words(text: string): string[] {
  const lower = text.toLowerCase().replace(/[čćšžđ]/g, (c) => FOLD[c]!);
  return (lower.match(WORD) ?? []).map((w) => w.replace(/\d/g, '0').replace(/’/g, "'"));
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

/** The distinct buckets of textFeatures(prefix, text), remembered per text: unchanged sentences cost nothing. */
export function bucketsOf(prefix: string, text: string): readonly number[] {
  return memo(OWNER, `buckets:${prefix}`, text, () => [...new Set(textFeatures(prefix, text).map(bucket))]);
}
