/**
 * Serbian Cyrillic: a draft in Cyrillic is read through its Latin transliteration (Serbian's two scripts map
 * letter for letter), so the Latin phrase packs and the detector cover it; offsets map back to the draft, and fix
 * texts are written back in Cyrillic. Cyrillic of other languages (Russian ы э ъ ё й щ, Ukrainian і ї є,
 * Macedonian ѓ ќ ѕ) is not Serbian: such a draft gets no language rather than a wrong one.
 */

const TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};
const NOT_SERBIAN = /[ыэъёйщьюяіїєґѓќѕ]/iu;
const CYRILLIC = /[\u0400-\u04FF]/u;

/** More Cyrillic letters than Latin ones (counted, not collected: a thread's every message is asked). */
export function isCyrillic(text: string): boolean {
  if (!CYRILLIC.test(text)) return false;
  let balance = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) balance++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) balance--;
  }
  return balance > 0;
}

export function isSerbianCyrillic(text: string): boolean {
  return isCyrillic(text) && !NOT_SERBIAN.test(text);
}

export interface Transliterated {
  text: string;
  /** For each offset of `text` (and its end), the offset in the original. */
  toOriginal: number[];
}

export function toLatin(text: string): Transliterated {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    let latin = TO_LATIN[lower];
    if (latin === undefined) latin = ch;
    else if (ch !== lower) {
      // Љубица → Ljubica, but ЉУБИЦА → LJUBICA
      const nextUpper = i + 1 < text.length && text[i + 1] !== text[i + 1]!.toLowerCase();
      latin = latin.length > 1 && !nextUpper ? latin[0]!.toUpperCase() + latin.slice(1) : latin.toUpperCase();
    }
    for (let k = 0; k < latin.length; k++) map.push(i);
    out += latin;
  }
  map.push(text.length);
  return { text: out, toOriginal: map };
}

const DIGRAPHS: [RegExp, string, string][] = [
  [/dž/g, 'џ', 'Џ'],
  [/Dž|DŽ/g, 'Џ', 'Џ'],
  [/lj/g, 'љ', 'Љ'],
  [/Lj|LJ/g, 'Љ', 'Љ'],
  [/nj/g, 'њ', 'Њ'],
  [/Nj|NJ/g, 'Њ', 'Њ'],
];
const FROM_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(TO_LATIN)
    .filter(([, l]) => l.length === 1)
    .map(([c, l]) => [l, c]),
);

/** Latin BCS to Serbian Cyrillic (fix texts for a Cyrillic draft). */
export function toCyrillic(text: string): string {
  let t = text;
  for (const [re, lower, upper] of DIGRAPHS) t = t.replace(re, (m) => (m[0] === m[0]!.toLowerCase() ? lower : upper));
  return t.replace(/[a-zčćđšž]/giu, (ch) => {
    const lower = ch.toLowerCase();
    const c = FROM_LATIN[lower];
    if (!c) return ch;
    return ch === lower ? c : c.toUpperCase();
  });
}
