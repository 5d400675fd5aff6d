/**
 * Language detection for short seller drafts: frequent words of each pack, letters typical of a language, and
 * Finnish endings. Frequent words of other European languages make a draft in French or Polish come out as null
 * (no hints), never as a wrong language.
 */
import type { Lang } from './types';
import { PACKS } from './lang';
import { Recent } from './memo';

/** Frequent words of languages we do not coach; they only veto. */
const OTHER: Record<string, string[]> = {
  fr: [
    'le',
    'la',
    'les',
    'et',
    'est',
    'je',
    'vous',
    'pour',
    'une',
    'des',
    'pas',
    'bonjour',
    'merci',
    'avec',
    'que',
    'qui',
    'dans',
    'sur',
    'votre',
    'oui',
    'non',
    'cordialement',
    'nous',
    'mais',
    'très',
    'ce',
    'il',
    'elle',
    'suis',
    'colis',
    'commande',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'es',
    'que',
    'de',
    'por',
    'para',
    'una',
    'con',
    'hola',
    'gracias',
    'usted',
    'su',
    'pero',
    'muy',
    'sí',
    'está',
    'estoy',
    'pedido',
    'envío',
    'saludos',
    'lo',
    'del',
    'al',
    'cuando',
    'puedo',
    'tengo',
  ],
  it: [
    'il',
    'la',
    'le',
    'gli',
    'e',
    'è',
    'che',
    'di',
    'per',
    'una',
    'con',
    'ciao',
    'grazie',
    'sono',
    'ho',
    'del',
    'della',
    'non',
    'mi',
    'ti',
    'buongiorno',
    'saluti',
    'ordine',
    'spedizione',
    'anche',
    'molto',
    'questo',
    'quando',
    'posso',
    'cordiali',
  ],
  pt: [
    'o',
    'a',
    'os',
    'as',
    'e',
    'é',
    'que',
    'de',
    'para',
    'uma',
    'com',
    'olá',
    'obrigado',
    'obrigada',
    'você',
    'não',
    'sim',
    'muito',
    'está',
    'estou',
    'pedido',
    'envio',
    'do',
    'da',
    'em',
    'mas',
    'tenho',
    'posso',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'is',
    'ik',
    'je',
    'u',
    'van',
    'voor',
    'met',
    'niet',
    'dat',
    'hallo',
    'bedankt',
    'dank',
    'groeten',
    'graag',
    'wel',
    'nog',
    'maar',
    'ook',
    'zijn',
    'heb',
    'bestelling',
    'verzending',
    'morgen',
    'jij',
    'wij',
  ],
  sv: [
    'och',
    'är',
    'jag',
    'du',
    'det',
    'att',
    'en',
    'ett',
    'för',
    'med',
    'inte',
    'hej',
    'tack',
    'på',
    'som',
    'har',
    'kan',
    'vi',
    'ni',
    'hälsningar',
    'beställning',
    'skickar',
    'imorgon',
    'också',
    'men',
    'om',
    'till',
    'min',
    'din',
  ],
  da: [
    'og',
    'er',
    'jeg',
    'du',
    'det',
    'at',
    'en',
    'et',
    'for',
    'med',
    'ikke',
    'hej',
    'tak',
    'på',
    'som',
    'har',
    'kan',
    'vi',
    'hilsen',
    'bestilling',
    'også',
    'men',
    'til',
    'min',
    'din',
  ],
  no: [
    'og',
    'er',
    'jeg',
    'du',
    'det',
    'at',
    'en',
    'et',
    'for',
    'med',
    'ikke',
    'hei',
    'takk',
    'på',
    'som',
    'har',
    'kan',
    'vi',
    'hilsen',
    'bestillingen',
    'bestilling',
    'sender',
    'også',
    'men',
    'til',
    'min',
    'din',
    'vennlig',
    'mvh',
    'skal',
    'vil',
    'blir',
    'den',
    'fra',
    'dag',
    'imorgen',
    'morgen',
    'pakken',
    'hva',
    'når',
  ],
  pl: [
    'i',
    'w',
    'na',
    'jest',
    'nie',
    'to',
    'się',
    'że',
    'z',
    'do',
    'dla',
    'dzień',
    'dobry',
    'dziękuję',
    'pozdrawiam',
    'czy',
    'jak',
    'ale',
    'tak',
    'mam',
    'może',
    'zamówienie',
    'wysyłka',
    'jutro',
    'proszę',
    'pan',
    'pani',
    'bardzo',
    'już',
    'tylko',
  ],
  cs: [
    'a',
    'je',
    'to',
    'na',
    'se',
    'že',
    'v',
    'do',
    'pro',
    'jsem',
    'není',
    'děkuji',
    'dobrý',
    'den',
    'prosím',
    'ale',
    'jak',
    'už',
    'také',
    'objednávka',
    'zítra',
    'mám',
    'máte',
    'bude',
    'pozdravem',
    'velmi',
  ],
  sl: [
    'in',
    'je',
    'da',
    'se',
    'na',
    'za',
    'ki',
    'sem',
    'bo',
    'lep',
    'pozdravljeni',
    'hvala',
    'prosim',
    'naročilo',
    'jutri',
    'tudi',
    'ali',
    'kot',
    'lahko',
    'imam',
    'bom',
    'vam',
    'kaj',
    'kje',
    'zelo',
  ],
  tr: [
    've',
    'bir',
    'bu',
    'için',
    'ile',
    'çok',
    'teşekkürler',
    'merhaba',
    'sipariş',
    'kargo',
    'yarın',
    'evet',
    'hayır',
    'ben',
    'siz',
    'ama',
    'de',
    'da',
    'mi',
    'var',
    'yok',
    'olarak',
    'daha',
    'iyi',
    'günler',
  ],
  et: [
    'ja',
    'on',
    'ei',
    'see',
    'kas',
    'tere',
    'aitäh',
    'mis',
    'ning',
    'oli',
    'olen',
    'palun',
    'homme',
    'täna',
    'tellimus',
    'saatmine',
    'väga',
    'kui',
    'aga',
    'ka',
    'või',
    'seda',
    'mul',
    'teile',
    'lugupidamisega',
  ],
  hu: [
    'és',
    'a',
    'az',
    'egy',
    'hogy',
    'nem',
    'van',
    'köszönöm',
    'szia',
    'jó',
    'napot',
    'rendelés',
    'holnap',
    'igen',
    'meg',
    'is',
    'de',
    'már',
    'csak',
    'még',
    'nagyon',
    'üdvözlettel',
  ],
  ro: [
    'și',
    'este',
    'în',
    'la',
    'cu',
    'pentru',
    'nu',
    'da',
    'mulțumesc',
    'bună',
    'ziua',
    'comanda',
    'mâine',
    'vă',
    'sunt',
    'am',
    'dar',
    'foarte',
    'o',
    'un',
    'care',
    'pe',
  ],
};

type Scores = Map<string, number>;

const ownWords = new Map<string, Set<Lang>>();
for (const [lang, pack] of Object.entries(PACKS) as [Lang, (typeof PACKS)[Lang]][]) {
  for (const w of pack.commonWords) {
    const set = ownWords.get(w) ?? new Set<Lang>();
    set.add(lang);
    ownWords.set(w, set);
  }
}
// Typed without its letters ("kay", "etta", "fuer"), a frequent word still tells its language, unless the spelling is
// another language's word.
const folded = new Map<string, Set<Lang>>();
for (const [lang, pack] of Object.entries(PACKS) as [Lang, (typeof PACKS)[Lang]][]) {
  const table = Object.entries(pack.typedWithout);
  if (!table.length) continue;
  for (const w of pack.commonWords) {
    const f = table.reduce((t, [from, to]) => t.split(from).join(to), w);
    if (f === w || f.length < 3 || ownWords.has(f)) continue;
    folded.set(f, (folded.get(f) ?? new Set<Lang>()).add(lang));
  }
}
for (const [w, langs] of folded) ownWords.set(w, langs);
// Chat spellings ("tmrw", "pls", "haste", "onks", "jel") tell the language as its frequent words do; not one of two
// letters ("u", "im": German "im", "el": Spanish) nor a frequent word of another language.
const chatWords = new Map<string, Set<Lang>>();
for (const [lang, pack] of Object.entries(PACKS) as [Lang, (typeof PACKS)[Lang]][]) {
  for (const w of Object.values(pack.chatSpellings).flat()) {
    if (w.length < 3 || /[^\p{L}']/u.test(w) || ownWords.has(w)) continue;
    chatWords.set(w, (chatWords.get(w) ?? new Set<Lang>()).add(lang));
  }
}
for (const [w, langs] of chatWords) ownWords.set(w, langs);
const otherWords = new Map<string, string[]>();
for (const [lang, words] of Object.entries(OTHER)) {
  for (const w of words) otherWords.set(w, [...(otherWords.get(w) ?? []), lang]);
}

const FI_ENDING =
  /(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|ksi|kin|mme|nne|ista|istä|aan|ään|ttä|tta|isin|nen|sen|ttu|tty)$/u;
/** The question clitic after a consonant ("voisitko", "saisko", "käykö"), in words of six letters or more. */
const FI_QUESTION = /[^aeiouyäö]k[oö]$/u;
const FI_DOUBLE = /(?:aa|ää|öö|yy|uu|ii|ee|oo)[^aeiouyäö\s]|(?:kk|tt|pp)[aeiouyäö]/u;
const TOKEN = /[\p{L}][\p{L}'’]*/gu;

function add(s: Scores, lang: string, v: number) {
  s.set(lang, (s.get(lang) ?? 0) + v);
}

// About the paragraphs of one long draft (a 5,000-character draft has ~20) and the typing churn around them.
const scoreCache = new Recent<string, Scores>(64);

/** Scores of one piece of text; cached by text so that unchanged paragraphs cost nothing while typing. */
export function scoreText(text: string): Scores {
  const hit = scoreCache.get(text);
  if (hit) return hit;
  const s: Scores = new Map();
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(TOKEN)) {
    const w = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0];
    const own = ownWords.get(w);
    if (own) for (const l of own) add(s, l, 1 / own.size);
    const other = otherWords.get(w);
    if (other) for (const l of other) add(s, l, 1 / (other.length + (own ? own.size : 0)));
    // All the letter checks below look for letters outside ASCII: most tokens have none.
    if (NON_ASCII.test(w)) addLetters(s, w);
    if (w.length >= 5 && FI_ENDING.test(w)) add(s, 'fi', 0.4);
    else if (w.length >= 6 && FI_QUESTION.test(w)) add(s, 'fi', 0.4);
    if (w.length >= 4 && FI_DOUBLE.test(w)) add(s, 'fi', 0.3);
  }
  scoreCache.set(text, s);
  return s;
}

/** Tokens are lower-cased letters and apostrophes: anything else in one is a letter outside ASCII. */
const NON_ASCII = /[^a-z']/;

/** Letters typical of a language (ß, ä, ć, č, ł …) in one token. */
function addLetters(s: Scores, w: string): void {
  if (/[ßü]/u.test(w)) add(s, 'de', 1.5);
  if (/[äö]/u.test(w)) {
    add(s, 'fi', 0.6);
    add(s, 'de', 0.4);
    add(s, 'et', 0.3);
  }
  if (/[ćđ]/u.test(w)) add(s, 'bs', 1.5);
  else if (/[čšž]/u.test(w)) {
    add(s, 'bs', 0.8);
    add(s, 'sl', 0.4);
    add(s, 'cs', 0.4);
  }
  if (/[ěřů]/u.test(w)) add(s, 'cs', 2);
  if (/[łąęśźżń]/u.test(w)) add(s, 'pl', 2);
  if (/[ăâîșț]/u.test(w)) add(s, 'ro', 2);
  if (/[ğış]/u.test(w)) add(s, 'tr', 2);
  if (/[ñ¿¡]/u.test(w)) add(s, 'es', 2);
  if (/[çéèêàù]/u.test(w)) add(s, 'fr', 0.7);
  if (/[åø]/u.test(w)) add(s, 'sv', 1);
}

function sumScores(parts: Scores[]): Scores {
  const total: Scores = new Map();
  for (const p of parts) for (const [l, v] of p) add(total, l, v);
  return total;
}

export interface DetectOptions {
  candidates: readonly Lang[];
  customerMessage?: string;
  uiLang?: Lang;
}

/**
 * The draft's language among `candidates`, or null when the draft is in another language or shows no sign of any.
 * `parts` are pieces of the draft (paragraphs) scored separately so they can be cached.
 */
export function detectLanguage(parts: string[], opts: DetectOptions): Lang | null {
  const rank = (scores: Scores) =>
    opts.candidates.map((l) => [l, scores.get(l) ?? 0] as const).sort((a, b) => b[1] - a[1]);
  const s = sumScores(parts.map(scoreText));
  const [best, second] = rank(s);
  let bestOther = 0;
  for (const lang of Object.keys(OTHER)) bestOther = Math.max(bestOther, s.get(lang) ?? 0);
  // Also languages the seller does not write in veto, so that German is not coached as English.
  for (const [l, v] of s) if (!opts.candidates.includes(l as Lang) && !(l in OTHER)) bestOther = Math.max(bestOther, v);
  const wordCount = () => parts.join(' ').match(/\p{L}+/gu)?.length ?? 0;
  // A short reply: up to twelve words; a draft over 400 characters is none (its words need no counting).
  const short = () => parts.reduce((n, p) => n + p.length, 0) <= 400 && wordCount() <= 12;

  // The customer's message ranked once, for the checks below that read it.
  let customerRanks: ReturnType<typeof rank> | undefined;
  const customer = () => (opts.customerMessage ? (customerRanks ??= rank(scoreText(opts.customerMessage))) : []);
  const fromCustomer = () => {
    const r = customer();
    return r[0] && r[0][1] >= 1 && (!r[1] || r[0][1] > r[1][1]) ? r[0][0] : null;
  };
  // The customer's message alone names one language clearly (two signs, and one more than any other).
  const clearlyCustomer = () => {
    const r = customer();
    return r[0] && r[0][1] >= 2 && (!r[1] || r[0][1] - r[1][1] >= 1) ? r[0][0] : null;
  };
  // The draft's and the customer's signs added up.
  const both = () => rank(sumScores([s, scoreText(opts.customerMessage ?? '')]));

  // Faint signs in the draft and the customer's message that add up ("Sovittu" to "Käykö 40 euroa?").
  const fromBoth = () => {
    if (!opts.customerMessage) return null;
    const r = both();
    return r[0] && r[0][1] >= 0.85 && (!r[1] || r[0][1] - r[1][1] >= 0.3) ? r[0][0] : null;
  };

  // Scores are sums of tenths: 0.3 + 0.6 is 0.8999… in floating point, and is enough.
  if (!best || best[1] < 0.9 - 1e-9) {
    // Too little in the draft to tell ("Sovittu", "ok 👍"): unless it reads like another language, the
    // conversation's language, else the seller's only language, else for a reply of one or two words the UI's
    // (when the draft's faint signs do not point elsewhere: "Sovittu" is no English).
    if (!/\p{L}/u.test(parts.join(''))) return null;
    // One word of another language ("bude" is Czech too) does not outweigh a customer who clearly wrote in one of
    // the seller's: "ajde neka bude 40 eura" to "dajem 40 eura za cizme…" is Bosnian.
    if (bestOther >= 1) return bestOther < 2 && short() ? clearlyCustomer() : null;
    const chosen = fromCustomer() ?? fromBoth() ?? (opts.candidates.length === 1 ? opts.candidates[0]! : null);
    if (chosen) return chosen;
    const ui = opts.uiLang && opts.candidates.includes(opts.uiLang) ? opts.uiLang : null;
    const faint = best && best[1] > 0 ? best[0] : null;
    return ui && wordCount() <= 2 && (!faint || faint === ui) ? ui : null;
  }
  if (bestOther > best[1] * 1.2 || (bestOther >= 2 && bestOther >= best[1])) return null;
  // A short reply is written in the conversation's language more often than its few words say: "jo passt, dann bis
  // morgn" to a German message is German whatever "jo" means in Finnish. When the customer's message is clear and the
  // draft leans the other way only a little, the two texts' signs are added up.
  const c = opts.customerMessage && short() ? clearlyCustomer() : null;
  if (c && c !== best[0] && best[1] - (s.get(c) ?? 0) < 1.5) return both()[0]![0];
  if (second && best[1] - second[1] < 0.5) {
    const c = fromCustomer();
    if (c && (c === best[0] || c === second[0])) return c;
    // The customer's faint signs added to the draft's ("no olkoon 70 sit" to "entä 70?"): the conversation before the UI.
    const [b1, b2] = opts.customerMessage ? both() : [];
    if (b1 && (b1[0] === best[0] || b1[0] === second[0]) && (!b2 || b1[1] - b2[1] >= 0.5)) return b1[0];
    if (opts.uiLang && (opts.uiLang === best[0] || opts.uiLang === second[0])) return opts.uiLang;
  }
  return best[0];
}
