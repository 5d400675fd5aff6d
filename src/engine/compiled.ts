/** A phrase pack compiled to regular expressions, with the seller's own phrases merged in. Cached per language. */
import type { CustomPhrases, Lang } from './types';
import type { LangPack, ProblemKind, RecapField } from './lang/pack';
import { PACKS } from './lang';
import { blanked, compile, escape, exercise, isWhole, test, type Slots } from './phrases';
import { words } from './words';

export interface CompiledPack {
  lang: Lang;
  pack: LangPack;
  greetings: RegExp;
  formalGreetings: RegExp;
  signOffs: RegExp;
  pleasantries: RegExp;
  formalCased: RegExp;
  formalAny: RegExp;
  informal: RegExp;
  questionStarts: RegExp;
  questionWords: RegExp;
  replyRequests: RegExp;
  conditionalOffers: RegExp;
  vagueQuestions: RegExp;
  rhetorical: RegExp;
  apologies: RegExp;
  notApologies: RegExp;
  problems: Record<ProblemKind, RegExp>;
  notProblems: RegExp;
  conditionals: RegExp;
  wayForward: RegExp;
  orderConfirmations: RegExp;
  notOrderConfirmations: RegExp;
  dealAnswers: RegExp;
  remake: RegExp;
  numberWords: RegExp;
  addressWords: RegExp;
  recap: Record<RecapField, RegExp>;
  topics: Record<'options' | 'shipping' | 'pickup' | 'price', RegExp>;
}

const cache = new Map<string, CompiledPack>();

/** Verbs that, next to one of the seller's own words for "order", confirm or start it. */
const CONFIRM_VERBS: Record<Lang, string[]> = {
  en: ['confirm*', 'accept*', 'start*', 'begin', 'begun', 'reserved'],
  de: ['bestätig*', 'angenommen', 'beginne*', 'fange*', 'starte*'],
  fi: ['vahvist*', 'aloit*', 'otan'],
  bs: ['potvrđ*', 'počinj*', 'prihvat*', 'prihvać*', 'krećem'],
};

type Extra = Record<'greetings' | 'signOffs' | 'apologies' | 'orderWords', string[]>;
type Lists = string[] | Record<string, string[]>;
type RegexField = Exclude<keyof CompiledPack, 'lang' | 'pack'>;

/** Where each regex of a compiled pack comes from: the pack's phrase lists, merged with the seller's own phrases. */
const SOURCES: Record<RegexField, (p: LangPack, extra: Extra, lang: Lang) => Lists> = {
  greetings: (p, x) => [...p.greetings, ...x.greetings],
  formalGreetings: (p) => p.formalGreetings,
  signOffs: (p, x) => [...p.signOffs, ...x.signOffs],
  pleasantries: (p) => p.pleasantries,
  formalCased: (p) => p.formalAddress.filter((w) => /^\p{Lu}/u.test(w)),
  formalAny: (p) => p.formalAddress.filter((w) => !/^\p{Lu}/u.test(w)),
  informal: (p) => p.informalAddress,
  questionStarts: (p) => p.questionStarts,
  questionWords: (p) => p.questionWords,
  replyRequests: (p) => p.replyRequests,
  conditionalOffers: (p) => p.conditionalOffers,
  vagueQuestions: (p) => p.vagueQuestions,
  rhetorical: (p) => p.rhetorical,
  apologies: (p, x) => [...p.apologies, ...x.apologies],
  notApologies: (p) => p.notApologies,
  problems: (p) => p.problems,
  notProblems: (p) => p.notProblems,
  conditionals: (p) => p.conditionals,
  wayForward: (p) => p.wayForward,
  // Words that mean "order" in this shop ("commission", "Auftrag") confirm an order next to a start/confirm verb.
  orderConfirmations: (p, x, lang) => [
    ...p.orderConfirmations,
    ...x.orderWords.flatMap((w) => CONFIRM_VERBS[lang].flatMap((v) => [`${v} … ${w}`, `${w} … ${v}`])),
  ],
  notOrderConfirmations: (p) => p.notOrderConfirmations,
  dealAnswers: (p) => p.dealAnswers,
  remake: (p) => p.remake,
  numberWords: (p) => p.numberWords,
  addressWords: (p) => p.addressWords,
  // Every way the date extractor reads a weekday ("thurs", "fri") is a day restated too, but for a word that is also
  // a span of time ("nedelju": Sunday, and the week).
  recap: (p, _x, lang) => ({ ...p.recap, date: [...p.recap.date, ...weekdayForms(p, lang)] }),
  topics: (p) => p.topics,
};

/** The weekday table's forms that are no unit of time as well. */
function weekdayForms(p: LangPack, lang: Lang): string[] {
  const units = packRegex({ lang }, p.dates.units);
  return Object.values(p.dates.weekdays)
    .flat()
    .filter((w) => !isWhole(units, w));
}

/** Matched against the original text, not its lower case. */
const CASED = new Set<RegexField>(['formalCased']);

function extraOf(custom: CustomPhrases): Extra {
  const clean = (xs: string[] | undefined) => (xs ?? []).map((x) => x.toLowerCase().trim()).filter(Boolean);
  return {
    greetings: clean(custom.greetings),
    signOffs: clean(custom.signOffs),
    apologies: clean(custom.apologies),
    orderWords: clean(custom.orderWords),
  };
}

/** Languages often typed without their diacritics ("moze", "cuvam ti"): their phrases match with or without them. */
const PLAIN_LANGS = new Set<Lang>(['bs']);

/** A regex of extra phrase lists of a pack (time words, memory cues), matched the way the pack's own lists are. */
export function packRegex(pack: Pick<CompiledPack, 'lang'>, phrases: readonly string[], slots?: Slots): RegExp {
  const typedSlots = slots && Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, typed(pack.lang, v)]));
  return compile(typed(pack.lang, phrases), false, PLAIN_LANGS.has(pack.lang), typedSlots);
}

const spelled = new WeakMap<readonly string[], Map<Lang, readonly string[]>>();

/** The phrases, each also spelled the ways its language is typed: without some letters, with chat spellings.
 * Remembered per list: a pack's lists are read again by code that asks for a regex per call (shown times). */
export function typed(lang: Lang, phrases: readonly string[]): readonly string[] {
  let byLang = spelled.get(phrases);
  if (!byLang) spelled.set(phrases, (byLang = new Map()));
  let out = byLang.get(lang);
  if (!out) byLang.set(lang, (out = chatSpelled(lang, withoutLetters(lang, spoken(lang, phrases)))));
  return out;
}

// A phrase with many chat words gets at most this many spellings: "could you tell me your…" need not match every mix.
const MAX_SPELLINGS = 4;

const chatWords = new Map<Lang, RegExp | null>();
/** Each phrase also with its words as chat spells them ("would you" → "wud you", "would u", "wud u"). */
function chatSpelled(lang: Lang, phrases: readonly string[]): readonly string[] {
  const table = PACKS[lang].chatSpellings;
  let re = chatWords.get(lang);
  if (re === undefined) {
    const keys = Object.keys(table).sort((a, b) => b.length - a.length);
    re = keys.length ? new RegExp(`(?<![\\p{L}'’])(?:${keys.map(escape).join('|')})(?![\\p{L}'’])`, 'gu') : null;
    chatWords.set(lang, re);
  }
  if (!re) return phrases;
  const out = [...phrases];
  for (const p of phrases) {
    let spellings = [''];
    let from = 0;
    for (const m of p.matchAll(re)) {
      const between = p.slice(from, m.index);
      const options = [m[0], ...table[m[0]]!];
      spellings = spellings.flatMap((s) => options.map((o) => s + between + o)).slice(0, MAX_SPELLINGS + 1);
      from = m.index + m[0].length;
    }
    if (from === 0) continue;
    for (const s of spellings.slice(1)) out.push(s + p.slice(from));
  }
  return out;
}

/** The phrases and each also with its words' endings as speech drops them ("en ehtinyt" → "en ehtiny"). */
function spoken(lang: Lang, phrases: readonly string[]): readonly string[] {
  const table = PACKS[lang].spokenEndings;
  const ends = Object.keys(table).sort((a, b) => b.length - a.length);
  if (!ends.length) return phrases;
  const out = [...phrases];
  for (const p of phrases) {
    const said = p.replace(/[\p{L}]+/gu, (w) => {
      const e = w.length >= 5 ? ends.find((x) => w.endsWith(x)) : undefined;
      return e ? w.slice(0, -e.length) + table[e]! : w;
    });
    if (said !== p) out.push(said);
  }
  return out;
}

/** The phrases and, for a language typed without some of its letters, each also spelled without them. */
function withoutLetters(lang: Lang, phrases: readonly string[]): readonly string[] {
  const table = PACKS[lang].typedWithout;
  const letters = Object.keys(table);
  if (!letters.length) return phrases;
  const re = new RegExp(`[${letters.join('')}]`, 'giu');
  const out = [...phrases];
  for (const p of phrases) {
    // An ending alone ("*kö") spelled without its letter is another ending ("*ko" ends "koko"): kept as written.
    if (p.includes('*') && p.replace(/[^\p{L}]/gu, '').length < 4) continue;
    // The letter's case is kept: a case-sensitive list (CASED) stays so in its respelled phrases.
    const spelled = p.replace(re, (ch) => {
      const t = table[ch.toLowerCase()]!;
      return ch === ch.toLowerCase() ? t : t[0]!.toUpperCase() + t.slice(1);
    });
    if (spelled !== p) out.push(spelled);
  }
  return out;
}

/** A value built from a compiled pack (its regexes, its word sets) on first use and kept as long as the pack is. */
export function perPack<T>(build: (pack: CompiledPack) => T): (pack: CompiledPack) => T {
  const cache = new WeakMap<CompiledPack, T>();
  return (pack) => {
    let value = cache.get(pack);
    if (value === undefined) cache.set(pack, (value = build(pack)));
    return value;
  };
}

/** The pack's frequent function words, lower-cased and folded as words() gives them, also typed without ä ö ü ß. */
export const commonWordSet = perPack(
  (pack) => new Set(typed(pack.lang, pack.pack.commonWords).flatMap((w) => words(w))),
);

/** Words that negate a clause ("nicht", "won't", "en", "nisam"): read by conversation memory and the order recap. */
export const negationsOf = perPack((pack) => packRegex(pack, pack.pack.memory.negations));

const reassurancesOf = perPack((pack) => packRegex(pack, pack.pack.reassurances));

/** The text with its reassurances blanked, offsets kept: "no probs", "kein Problem", "ei hätää" negate nothing. */
export function withoutReassurances(pack: CompiledPack, text: string): string {
  return blanked(text, reassurancesOf(pack));
}

/** Does a negation word stand in the text, reassurances aside? */
export const negated = (pack: CompiledPack, text: string): boolean =>
  test(negationsOf(pack), withoutReassurances(pack, text));

function build(field: RegexField, lists: Lists, lang: Lang): RegExp | Record<string, RegExp> {
  if (Array.isArray(lists)) return compile(typed(lang, lists), CASED.has(field), PLAIN_LANGS.has(lang));
  return Object.fromEntries(
    Object.entries(lists).map(([k, v]) => [k, compile(typed(lang, v), false, PLAIN_LANGS.has(lang))]),
  );
}

const packKey = (lang: Lang, custom: CustomPhrases) => lang + JSON.stringify(custom);

export function compiledPack(lang: Lang, custom: CustomPhrases = {}): CompiledPack {
  const key = packKey(lang, custom);
  const hit = cache.get(key);
  if (hit) return hit;
  const p = PACKS[lang];
  const extra = extraOf(custom);
  const c = { lang, pack: p } as Record<string, unknown>;
  for (const field of Object.keys(SOURCES) as RegexField[])
    c[field] = build(field, SOURCES[field](p, extra, lang), lang);
  if (cache.size > 50) cache.clear();
  cache.set(key, c as unknown as CompiledPack);
  return c as unknown as CompiledPack;
}

/** Whether a language's pack (without custom phrases) is built: the warm-up's first stage builds the draft's own. */
export const isCompiled = (lang: Lang): boolean => cache.has(packKey(lang, {}));

/** A sentence each regex runs over while warming up: compiling happens on a regex's first runs, not at `new RegExp`. */
const WARM_TEXT = 'hello, is the 2 cm one ok? thanks!';

/**
 * The work of compiledPack(lang, custom), cut into steps of one regex each (building it and exercising it), so a
 * page can spread it over idle moments instead of paying it in one long task at the first check.
 */
export function compileSteps(lang: Lang, custom: CustomPhrases = {}): Array<() => void> {
  const p = PACKS[lang];
  const extra = extraOf(custom);
  const steps: Array<() => void> = [];
  for (const field of Object.keys(SOURCES) as RegexField[]) {
    const lists = SOURCES[field](p, extra, lang);
    const each = Array.isArray(lists) ? [lists] : Object.values(lists);
    for (const list of each) {
      steps.push(() => exercise(compile(typed(lang, list), CASED.has(field), PLAIN_LANGS.has(lang)), WARM_TEXT));
    }
  }
  steps.push(() => void compiledPack(lang, custom));
  return steps;
}
