/** Turns the phrase lists of the packs into regular expressions (see lang/pack.ts for the phrase syntax). */

// Latin letters only (the four languages are written in Latin script): a compact class compiles far faster than \p{L}.
const LETTER = "[a-z0-9A-Z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF\\u0300-\\u036F'’]";
const WORD_END = `(?!${LETTER})`;
const WORD_START = `(?<!${LETTER})`;
const NUMBER = '\\d+(?:[.,]\\d+)?';

/** `s` as a regex source that matches it literally. */
export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Words that stand for a list of phrases ("#": a number in digits or in words, "%": a month): each becomes one group
 * in the regex, so a list of phrases with a slot stays as small as the list instead of one phrase per value.
 */
export type Slots = Readonly<Record<string, readonly string[]>>;

function wordToRegex(word: string, slots?: Readonly<Record<string, string>>): string {
  const slot = slots?.[word];
  if (slot !== undefined) return slot;
  // "mid-%": a slot joined to a word by a hyphen ("mid-February").
  const joined = word.split('-');
  if (slots && joined.length > 1 && joined.some((w) => slots[w] !== undefined))
    return joined.map((w) => wordToRegex(w, slots)).join('-');
  if (word === '*') return `${LETTER}+`;
  // Eight: a German verb's two parts hold the whole middle field ("hat sich am Telefon schon … entschuldigt").
  if (word === '…' || word === '...') return `(?:${LETTER}+[\\s,]+){0,8}?`;
  if (word === '#') return NUMBER;
  let lead = '';
  let tail = '';
  let core = word;
  if (core.length > 1 && core.startsWith('*')) {
    lead = `${LETTER}*`;
    core = core.slice(1);
  }
  if (core.length > 1 && core.endsWith('*')) {
    tail = `${LETTER}*`;
    core = core.slice(0, -1);
  }
  // Inside a word, '#' stands for a number too ("#x" = "2x").
  const body = core.split('#').map(escape).join(NUMBER);
  return lead + body + tail;
}

/** One phrase as a regex source, without the word boundaries at its ends. */
function phraseBody(phrase: string, slots?: Readonly<Record<string, string>>): string {
  const words = phrase.trim().split(/\s+/);
  let src = '';
  words.forEach((w, i) => {
    const part = wordToRegex(w, slots);
    if (i === 0) src = part;
    else if (words[i - 1] === '…' || words[i - 1] === '...') src += part;
    else if (w === '…' || w === '...') src += '[\\s,]+' + part;
    else src += '[\\s]+' + part;
  });
  return src;
}

const edgeIsWord = (ch: string) => /[\p{L}\p{N}*#]/u.test(ch);

/** Phrases as one regex alternation source, without boundaries: for embedding in a larger pattern. */
export function phraseAlternation(phrases: readonly string[]): string {
  // Longest first, so a pack list's order never decides which of two overlapping phrases matches.
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => phraseBody(p.trim()))
    .join('|');
}

/** One phrase as a regex source, with word boundaries on both ends where the phrase starts/ends with a letter. */
function phraseSource(phrase: string, slots?: Readonly<Record<string, string>>): string {
  const t = phrase.trim();
  return (edgeIsWord(t[0] ?? '') ? WORD_START : '') + phraseBody(t, slots) + (edgeIsWord(t.slice(-1)) ? WORD_END : '');
}

const cache = new Map<string, RegExp>();

/**
 * Regexes that match folded text (lower case; for BCS also without diacritics, see plain()), with the fold they need.
 * Case-insensitive Unicode regexes take V8 milliseconds each to compile, so phrase regexes are compiled without the
 * `i` flag and the helpers below fold the subject instead.
 */
const FOLDED = new WeakMap<RegExp, (text: string) => string>();

/** Lower case that keeps every UTF-16 offset (a few characters, like "İ", grow when lower-cased: those stay). */
export function lower(text: string): string {
  // The rules run many regexes over the same text in a row: remember the last two answers.
  if (text === lowerIn[0]) return lowerOut[0]!;
  if (text === lowerIn[1]) return lowerOut[1]!;
  let l = text.toLowerCase();
  if (l.length !== text.length) {
    let out = '';
    for (const ch of text) {
      const c = ch.toLowerCase();
      out += c.length === ch.length ? c : ch;
    }
    l = out;
  }
  lowerIn[1] = lowerIn[0];
  lowerOut[1] = lowerOut[0];
  lowerIn[0] = text;
  lowerOut[0] = l;
  return l;
}
const lowerIn: [string | undefined, string | undefined] = [undefined, undefined];
const lowerOut: [string | undefined, string | undefined] = [undefined, undefined];

const PLAIN: Record<string, string> = { č: 'c', ć: 'c', š: 's', ž: 'z', đ: 'd' };
/**
 * Lower case with č ć š ž đ as c c s z d (same offsets): Bosnian, Croatian and Serbian sellers type "moze",
 * "cuvam", "izvini" as often as "može", "čuvam", so their phrases match either way.
 */
export function plain(text: string): string {
  if (text === plainIn) return plainOut;
  plainIn = text;
  plainOut = lower(text).replace(/[čćšžđ]/g, (ch) => PLAIN[ch]!);
  return plainOut;
}
let plainIn: string | undefined;
let plainOut = '';

/**
 * A regex matching any of the phrases (longest first, so "tut mir leid" wins over "tut"), ignoring case unless
 * `caseSensitive`, and č ć š ž đ against c c s z d when `withoutDiacritics`. A word of a phrase named in `slots`
 * matches any of that slot's phrases ("#" also any number in digits).
 */
export function compile(
  phrases: readonly string[],
  caseSensitive = false,
  withoutDiacritics = false,
  slots?: Slots,
): RegExp {
  const flags = 'gu';
  const fold = caseSensitive ? null : withoutDiacritics ? plain : lower;
  const slotKey = slots ? JSON.stringify(slots) : '';
  const key = (caseSensitive ? 'C' : withoutDiacritics ? 'p' : 'f') + slotKey + '\u0000' + phrases.join('\u0001');
  let re = cache.get(key);
  if (!re) {
    const folded = (list: readonly string[]) =>
      [...new Set(list.map((p) => (fold ? fold(p) : p)))].filter((p) => p.trim()).sort((a, b) => b.length - a.length);
    const groups =
      slots &&
      Object.fromEntries(
        Object.entries(slots).map(([word, values]) => {
          const alternation = phraseAlternation(folded(values));
          return [word, `(?:${word === '#' ? NUMBER + (alternation ? '|' : '') : ''}${alternation})`];
        }),
      );
    const sorted = folded(phrases);
    // The boundaries are shared by one group: a regex with thousands of look-behinds takes seconds to compile.
    const bounded = sorted.filter((p) => edgeIsWord(p.trim()[0] ?? '') && edgeIsWord(p.trim().slice(-1)));
    const rest = sorted.filter((p) => !bounded.includes(p));
    const parts = [
      ...(bounded.length
        ? [`${WORD_START}(?:${bounded.map((p) => phraseBody(p.trim(), groups)).join('|')})${WORD_END}`]
        : []),
      ...rest.map((p) => phraseSource(p, groups)),
    ];
    const source = parts.join('|');
    re = parts.length ? new RegExp(source, flags) : /(?!)/gu;
    if (fold) FOLDED.set(re, fold);
    cache.set(key, re);
  }
  return re;
}

/** Run `re` over `text` three times: V8 compiles a regex to bytecode on its first run and to machine code later. */
export function exercise(re: RegExp, text: string): void {
  for (let i = 0; i < 3; i++) {
    re.lastIndex = 0;
    re.exec(text);
  }
  re.lastIndex = 0;
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

export function findAll(re: RegExp, text: string, offset = 0): Match[] {
  const out: Match[] = [];
  const subject = FOLDED.get(re)?.(text) ?? text;
  re.lastIndex = 0;
  for (let m = re.exec(subject); m; m = re.exec(subject)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    out.push({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      text: text.slice(m.index, m.index + m[0].length),
    });
  }
  return out;
}

export function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(FOLDED.get(re)?.(text) ?? text);
}

/** Is all of `word` one match of `re` ("Tage" a unit of time, "don't" a negation), not just a part of it? */
export function isWhole(re: RegExp, word: string): boolean {
  return findAll(re, word).some((m) => m.text.length === word.length);
}

/** `text` with the matches of each regex blanked, offsets kept: what is left says the rest. */
export function blanked(text: string, ...res: RegExp[]): string {
  return res
    .flatMap((re) => findAll(re, text))
    .reduce((s, m) => s.slice(0, m.start) + ' '.repeat(m.end - m.start) + s.slice(m.end), text);
}

/** Matches of `re` that no match of `not` covers. */
export function findAllExcept(re: RegExp, not: RegExp, text: string): Match[] {
  const hits = findAll(re, text);
  if (!hits.length) return hits;
  const nots = findAll(not, text);
  return hits.filter((h) => !nots.some((n) => n.start <= h.start && n.end >= h.end));
}

/** At the very start of `text` (after spaces, emoji and punctuation)? */
export function startsWith(re: RegExp, text: string): Match | null {
  const lead = /^(?:[\s\p{P}\p{S}\p{Emoji_Presentation}]|\u200d|\ufe0f)*/u.exec(text)?.[0].length ?? 0;
  for (const m of findAll(re, text)) {
    if (m.start === lead) return m;
    if (m.start > lead) break;
  }
  return null;
}

/** Does the whole sentence consist of a phrase of `re` (plus punctuation, emoji or a name)? */
export function isOnly(re: RegExp, text: string): boolean {
  const m = startsWith(re, text);
  if (!m) return false;
  const rest = text
    .slice(m.end)
    .replace(/[\s\p{P}\p{S}\p{Emoji_Presentation}]|\u200d|\ufe0f/gu, ' ')
    .trim();
  if (!rest) return true;
  // "Thanks, Anna!" / "LG Jana": a name may follow.
  return rest.split(/\s+/).length <= 2 && /^\p{Lu}/u.test(rest);
}
