/** A phrase pack compiled to regular expressions, with the seller's own phrases merged in. Cached per language. */
import type { CustomPhrases, Lang } from './types';
import type { LangPack, ProblemKind, RecapField } from './lang/pack';
import { PACKS } from './lang';
import { compile } from './phrases';

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
  remake: RegExp;
  numberWords: RegExp;
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

function mapValues<K extends string, V, W>(o: Record<K, V>, f: (v: V) => W): Record<K, W> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v as V)])) as Record<K, W>;
}

export function compiledPack(lang: Lang, custom: CustomPhrases = {}): CompiledPack {
  const key = lang + JSON.stringify(custom);
  const hit = cache.get(key);
  if (hit) return hit;
  const p = PACKS[lang];
  const clean = (xs: string[] | undefined) => (xs ?? []).map((x) => x.toLowerCase().trim()).filter(Boolean);
  const extra = {
    greetings: clean(custom.greetings),
    signOffs: clean(custom.signOffs),
    apologies: clean(custom.apologies),
    orderWords: clean(custom.orderWords),
  };
  const cased = p.formalAddress.filter((w) => /^\p{Lu}/u.test(w));
  const uncased = p.formalAddress.filter((w) => !/^\p{Lu}/u.test(w));
  const c: CompiledPack = {
    lang,
    pack: p,
    greetings: compile([...p.greetings, ...extra.greetings]),
    formalGreetings: compile(p.formalGreetings),
    signOffs: compile([...p.signOffs, ...extra.signOffs]),
    pleasantries: compile(p.pleasantries),
    formalCased: compile(cased, true),
    formalAny: compile(uncased),
    informal: compile(p.informalAddress),
    questionStarts: compile(p.questionStarts),
    replyRequests: compile(p.replyRequests),
    conditionalOffers: compile(p.conditionalOffers),
    vagueQuestions: compile(p.vagueQuestions),
    rhetorical: compile(p.rhetorical),
    apologies: compile([...p.apologies, ...extra.apologies]),
    notApologies: compile(p.notApologies),
    problems: mapValues(p.problems, (xs) => compile(xs)),
    notProblems: compile(p.notProblems),
    conditionals: compile(p.conditionals),
    wayForward: compile(p.wayForward),
    orderConfirmations: compile(p.orderConfirmations),
    notOrderConfirmations: compile(p.notOrderConfirmations),
    remake: compile(p.remake),
    numberWords: compile(p.numberWords),
    recap: mapValues(p.recap, (xs) => compile(xs)),
    topics: mapValues(p.topics, (xs) => compile(xs)),
  };
  // Words that mean "order" in this shop ("commission", "Auftrag") confirm an order next to a start/confirm verb.
  if (extra.orderWords.length) {
    const verbs = CONFIRM_VERBS[lang];
    const phrases = extra.orderWords.flatMap((w) => verbs.flatMap((v) => [`${v} … ${w}`, `${w} … ${v}`]));
    c.orderConfirmations = compile([...p.orderConfirmations, ...extra.orderWords.length ? phrases : []]);
  }
  if (cache.size > 50) cache.clear();
  cache.set(key, c);
  return c;
}
