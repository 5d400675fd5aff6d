/**
 * The details of an order a text restates, as typed values per field — item, size, colour/material, quantity,
 * price, date/time, shipping/pickup — from the pack's words, the shared patterns (measures, sizes, prices, dates,
 * times) and the amounts (./amounts.ts). An item the customer named is an item in the seller's words too: a word
 * of the customer's message restated in the draft ("die Kommode", "the tinnie") counts even if no pack lists it.
 */
import type { RecapField } from '../lang/pack';
import { findAll, isWhole, lower, phraseAlternation, plain, type Match } from '../phrases';
import { commonWordSet, packRegex, perPack, typed, type CompiledPack } from '../compiled';
import { AGE_SIZE, LETTER_SIZE, MEASUREMENT, NUMERIC_DATE, PRICE, QUANTITY, TIME } from '../lang/common';
import { findAmounts, streetAddresses, type Amount } from './amounts';
import { words } from '../words';

export const RECAP_FIELDS: readonly RecapField[] = ['item', 'size', 'colour', 'quantity', 'price', 'date', 'shipping'];

export type Details = Partial<Record<RecapField, Match>>;

/** The earliest match of all the lists. */
function first(...lists: Match[][]): Match | undefined {
  let best: Match | undefined;
  for (const list of lists) for (const m of list) if (!best || m.start < best.start) best = m;
  return best;
}

interface TimeWords {
  units: RegExp;
  clock: RegExp;
  months: RegExp;
}
const time = perPack((pack): TimeWords => {
  const c = (list: string[]) => packRegex(pack, list);
  const d = pack.pack.dates;
  return { units: c(d.units), clock: c(d.clock), months: c(Object.values(d.months).flat()) };
});

/** Is `word` a word of time ("Tage", "viikkoa", "sata")? */
function isUnit(pack: CompiledPack, word: string): boolean {
  return isWhole(time(pack).units, word);
}

/**
 * Numbers that are times or days though written bare: an hour after a clock word ("after 6", "ab 17", "klo 12"),
 * a day or range of days before a month ("10–14 June", "3. ožujka").
 */
function bareTimes(pack: CompiledPack, text: string): Match[] {
  const out: Match[] = [];
  if (!/\d/.test(text)) return out;
  const t = time(pack);
  // Not the start of a larger number: "od 1.240,00 €" is an amount, not one o'clock.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,:/-])(\d{1,2})(?:\s*[–-]\s*\d{1,2})?\.?(?![\p{N}]|[.,]\p{N})/gu)) {
    const before = /(?<![\p{L}])([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1];
    const hour = Number(m[1]) <= 24 && before !== undefined && isWhole(t.clock, before);
    const after = /^\s*(?:of\s+)?([\p{L}]+)/u.exec(text.slice(m.index + m[0].length))?.[1];
    const day = after !== undefined && isWhole(t.months, after);
    if (hour || day) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** A number in digits or a number word of the pack, and the word after it: "2 mugs", "zwei Tassen", "dva komada". */
const counts = perPack((pack) => {
  const numberWords = phraseAlternation(pack.pack.numberWords.filter((w) => !/\s/.test(w)).map((w) => w.toLowerCase()));
  // Matched against the lower-cased text (same offsets): without the `i` flag a Unicode regex runs far faster.
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}.,:/-])(\d{1,3}|(?:${numberWords})(?![\p{L}]))(?=(\s+)([\p{L}][\p{L}'’-]*))`,
    'gu',
  );
});

/** The spaces and the word right after `at` (group 1: the word), or null: "2 Stück" → " Stück". */
const following = (text: string, at: number) => /^\s+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(at));
/** The word that starts right after `at`, past the spaces ("2 Stück" → "Stück"). */
const followingWord = (text: string, at: number) => following(text, at)?.[1];

/** The word after `at`, past one pointer where the language has them ("for the lamp", "von den Tassen"); null when
 * none follows. */
function wordPastPointer(pack: CompiledPack, text: string, at: number): Match | null {
  let end = at;
  let w = following(text, end);
  if (w && pointers(pack)?.pointers.has(words(w[1]!)[0] ?? '')) {
    end += w[0].length;
    w = following(text, end);
  }
  return w ? { start: end + w[0].length - w[1]!.length, end: end + w[0].length, text: w[1]! } : null;
}

/** The word that ends right before `at`, spaces between allowed ("viikolla 12" → "viikolla"). */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && end - start < 30 && /\p{L}/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** From a word of the address to the end of its clause: "Adresse: Birkenweg 4", "osoite on Puistokatu 4 B 12". */
export function addressSpans(pack: CompiledPack, text: string): Match[] {
  return findAll(pack.addressWords, text).map((m) => {
    const rest =
      /^[^,;!?\n]{0,40}?(?=[,;!?\n\p{Extended_Pictographic}]|\.(?:\s|$)|$)/u.exec(text.slice(m.end))?.[0] ?? '';
    return { start: m.start, end: m.end + rest.length, text: text.slice(m.start, m.end + rest.length) };
  });
}

const colourEnds = perPack((pack) => ({
  stems: pack.pack.colourEnds.map((e) => plain(e)),
  endings: new Set(['', ...pack.pack.colourEndings.map((e) => plain(e))]),
  joins: new Set(pack.pack.colourJoins),
}));

/** The words of `text` that `words` (a global regex of long enough words) finds and `keep` accepts: compounds read
 * by their last part. */
function compoundsWhere(text: string, words: RegExp, keep: (word: string) => boolean): Match[] {
  const out: Match[] = [];
  for (const m of text.matchAll(words))
    if (keep(m[0])) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** Compound colours no list holds: "Altrosa", "Senfgelb", "tummansinisen", "tamnoplavu" (a stem after 3+ letters). */
export function compoundColours(pack: CompiledPack, text: string): Match[] {
  const { stems, endings, joins } = colourEnds(pack);
  if (!stems.length) return [];
  return compoundsWhere(text, /\p{L}{5,}/gu, (word) => {
    const w = plain(word);
    return stems.some((e) => {
      const at = w.indexOf(e, 3);
      return at >= 3 && endings.has(w.slice(at + e.length)) && (!joins.size || joins.has(w[at - 1]!));
    });
  });
}

const cashWords = perPack((pack) => packRegex(pack, pack.pack.cashWords));

/** What is sent that is not the goods: photos, and the invoice or payment details (the answer lists' own words). */
const papers = perPack((pack) => {
  const s = pack.pack.memory.subjects;
  return packRegex(pack, [...s.photos, ...s.payment]);
});

/** "Lähetän laskun tänään", "Ich schicke die Fotos": a verb of sending whose object (after at most two articles or
 * pointers) is papers sends no order. */
function sendsPapers(pack: CompiledPack, text: string, w: Match): boolean {
  const next = [...text.slice(w.end, w.end + 60).matchAll(/[\p{L}'’]+/gu)].slice(0, 3).map((m) => m[0]);
  const skip = pointers(pack)?.pointers;
  let i = 0;
  while (i < 2 && skip?.has(next[i]?.toLowerCase() ?? '')) i++;
  return next[i] !== undefined && isWhole(papers(pack), next[i]!);
}

const generalNouns = perPack((pack) => new Set(pack.pack.generalNouns.flatMap((w) => words(w))));

/** Can the word name the thing ordered: no function word, general noun ("order", "Nachricht") or word of time? */
const nounish = (pack: CompiledPack, word: string) =>
  !commonWordSet(pack).has(word) && !generalNouns(pack).has(word) && !timeStems(pack).has(stem(word));

const pointers = perPack((pack) => {
  const p = pack.pack;
  if (!p.itemPointers.length || !p.itemLeads.length) return null;
  return {
    leads: packRegex(pack, p.itemLeads),
    pointers: new Set(typed(pack.lang, p.itemPointers).flatMap((w) => words(w))),
    abstract: p.abstractEndings,
  };
});

/**
 * The noun a lead and a pointer lead to, with the words between ("buying the canon lens", "mit deinem Schachbrett",
 * "für die rote Tasse"): up to three words, no function word, no punctuation; in German the first capitalised one.
 * Not a general noun, a noun of doing, a word of time or asking, nor a group with a word another detail took.
 */
function pointedItems(pack: CompiledPack, text: string, taken: readonly Match[]): Match[] {
  const p = pointers(pack);
  if (!p) return [];
  const out: Match[] = [];
  for (const lead of findAll(p.leads, text)) {
    const pointer = /^\s+([\p{L}]+)(?![\p{L}])/u.exec(text.slice(lead.end));
    if (!pointer || !p.pointers.has(words(pointer[1]!)[0] ?? '')) continue;
    let end = lead.end + pointer[0].length;
    let head: Match | undefined;
    let from = -1;
    for (let k = 0; k < 3; k++) {
      const w = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(end));
      if (!w) break;
      const word = words(w[1]!)[0] ?? '';
      if (!nounish(pack, word)) break;
      if (p.abstract.some((e) => word.length > e.length + 2 && word.endsWith(e))) break;
      const at = { start: end + w[0].length - w[1]!.length, end: end + w[0].length, text: w[1]! };
      end = at.end;
      if (from < 0) from = at.start;
      if (!pack.pack.capitalNouns) head = at;
      else if (/^\p{Lu}/u.test(at.text)) {
        head = at;
        break;
      }
    }
    if (!head) continue;
    const w = words(head.text)[0] ?? '';
    if (w.length < 3 || askingWords(pack).has(w)) continue;
    // "order the walnut veneer": a word of the noun's group that another detail took makes it that detail.
    if (taken.some((t) => t.start < head.end && t.end > from)) continue;
    out.push({ start: from, end: head.end, text: text.slice(from, head.end) });
  }
  return out;
}

const priceLeads = perPack((pack) => packRegex(pack, pack.pack.priceLeads));

/** A noun beside a price can name the item: no function word, general noun, word of time or asking, nor a word
 * another detail took; in German a capital. */
function namesItem(pack: CompiledPack, head: Match, taken: readonly Match[]): boolean {
  const word = words(head.text)[0] ?? '';
  if (word.length < 3 || askingWords(pack).has(word) || !nounish(pack, word)) return false;
  if (pack.pack.capitalNouns && !/^\p{Lu}/u.test(head.text)) return false;
  return !taken.some((t) => t.start < head.end && t.end > head.start);
}

/**
 * The thing a price is for: the noun right before "for/für/za" and a price ("the lamp for £20", "die blaue Teekanne
 * für 28 €", "stolicu za 20 KM"; of a compound its last part, "50-mm-Objektiv"), if it can name the item (namesItem:
 * "yours for 12", "ponudu za 15" name none).
 */
function pricedItems(pack: CompiledPack, text: string, prices: readonly Match[], taken: readonly Match[]): Match[] {
  const out: Match[] = [];
  if (!pack.pack.priceLeads.length) return out;
  const leads = priceLeads(pack);
  for (const p of prices) {
    const lead = wordBefore(text, p.start);
    if (!lead || !isWhole(leads, lead)) continue;
    // "50-mm-Objektiv": scanned back by hand (a regex ending in "$" would retry from every letter); a compound's last
    // part is its noun.
    let end = text.lastIndexOf(lead, p.start);
    while (end > 0 && /[ \t]/u.test(text[end - 1]!)) end--;
    let start = end;
    while (start > 0 && end - start < 40 && /[\p{L}'’]/u.test(text[start - 1]!)) start--;
    const head = { start, end, text: text.slice(start, end) };
    if (!head.text || !/[ \t]/u.test(text[end] ?? '')) continue;
    if (namesItem(pack, head, taken)) out.push(head);
  }
  return out;
}

/**
 * The thing a price is for, named after it: "200 KM za frižider", "£20 for the lamp", "30 € für die Lampe" — the
 * price's lead, a pointer where the language has them, then a noun that can name the item (namesItem: "12 € for
 * postage" names the shipping).
 */
function itemsAfterPrices(
  pack: CompiledPack,
  text: string,
  prices: readonly Match[],
  taken: readonly Match[],
): Match[] {
  const out: Match[] = [];
  if (!pack.pack.priceLeads.length) return out;
  const leads = priceLeads(pack);
  for (const p of prices) {
    const lead = /^\s+([\p{L}]+)/u.exec(text.slice(p.end));
    if (!lead || !isWhole(leads, lead[1]!)) continue;
    const head = wordPastPointer(pack, text, p.end + lead[0].length);
    if (head && namesItem(pack, head, taken)) out.push(head);
  }
  return out;
}

const partitives = perPack((pack) => new Set(pack.pack.partitives));

/** Item words as the last part of a German compound ("Wandteppich"): each listed word, and whether it inflects. Finnish
 * compounds read so gained nothing on the seen drafts (2 fixed, 2 lost) and cost a held floor. */
const compoundHeads = perPack((pack) => {
  if (pack.lang !== 'de') return null;
  const heads = new Map<string, boolean>();
  for (const w of typed(pack.lang, pack.pack.recap.item)) {
    if (/[\s#]/u.test(w)) continue;
    const core = lower(w.replace(/^\*|\*$/gu, ''));
    heads.set(core, (heads.get(core) ?? false) || w.endsWith('*'));
  }
  return heads;
});

/**
 * Capitalised compounds whose last part is a listed item, three letters or more before it and at most an ending after
 * it ("Bienenwachstücher", "Dirndlschürze"; not "gering", "Wandteppichreinigung").
 */
function compoundItems(pack: CompiledPack, text: string): Match[] {
  const heads = compoundHeads(pack);
  if (!heads) return [];
  return compoundsWhere(text, /\p{L}{7,}/gu, (word) => /^\p{Lu}/u.test(word) && endsWithItem(heads, lower(word)));
}

/** Split after three letters or more, the part — or the part and an ending of up to four letters — is listed. */
function endsWithItem(heads: ReadonlyMap<string, boolean>, w: string): boolean {
  for (let at = 3; at <= w.length - 4; at++)
    for (let rest = 0; rest <= 4; rest++) {
      const inflects = heads.get(w.slice(at, w.length - rest));
      if (inflects !== undefined && (rest === 0 || inflects)) return true;
    }
  return false;
}

/** What stands between a house number and the next clause's address word: a comma and at most one word or number
 * ("Ilica 45, 3. kat", "Alipašina 24, drugi sprat"). */
function houseBefore(between: string): boolean {
  const t = between.trim();
  if (!t.startsWith(',')) return false;
  const rest = t.slice(1).trim();
  return rest === '' || /^[\p{L}\d]+\.?$/u.test(rest);
}

/** The first match per field in `text`, without the customer's message (see withCustomerItems). */
export function findDetails(pack: CompiledPack, text: string): Details {
  const at: Partial<Record<RecapField, Match | undefined>> = {};
  // Most sentences hold no digit: the patterns of numbers (measures, prices, dates, times) need not run on them.
  const digits = /\d/.test(text);
  const numeric = (re: RegExp) => (digits ? findAll(re, text) : []);
  // "Adresse: Birkenweg 4", "14 Birch Road": the place of a pickup, not a colour, an item or a size.
  const streets = streetAddresses(text);
  const address = digits ? [...addressSpans(pack, text), ...streets] : [];
  const inAddress = (x: Match) => address.some((a) => a.start <= x.start && a.end >= x.end);
  const outside = (ms: Match[]) => (address.length ? ms.filter((x) => !inAddress(x)) : ms);
  // "ring the side bell", "frame your print": in English a listed item word right before "the"/"your" is a verb.
  const pointer = pack.lang === 'en' ? pointers(pack)?.pointers : undefined;
  const listed = findAll(pack.recap.item, text);
  // A listed word first: a compound is read only where none stands.
  const items = outside(listed.length ? listed : compoundItems(pack, text)).filter(
    (x) => !pointer?.has(followingWord(text, x.end)?.toLowerCase() ?? ''),
  );
  const amounts = digits ? findAmounts(text, pack.lang) : [];
  // "za 60 km" in BCS is money (KM_MARK), not a distance.
  const measures = numeric(MEASUREMENT).filter(
    (x) => !amounts.some((a) => a.currency && a.start <= x.start && a.end >= x.end),
  );
  const sizeWords = outside(findAll(pack.recap.size, text));
  at.size = first(measures, findAll(LETTER_SIZE, text), numeric(AGE_SIZE), sizeWords);
  // "die Farbe suchst du aus", "väriä voi miettiä": the field's name restates no colour or material.
  const colourWords = findAll(pack.recap.colour, text).filter((m) => !generalNouns(pack).has(words(m.text)[0] ?? ''));
  at.colour = first(outside(colourWords), outside(compoundColours(pack, text)));
  const priceList = findAll(pack.recap.price, text);
  const priceWords = digits ? [...priceList, ...findAll(cashWords(pack), text)] : [];
  // "40 quid", "50 Euro": a number with a price word after it is one price, not a quantity.
  const wordAfter = (a: Match) => priceWords.find((w) => w.start >= a.end && /^\s*$/.test(text.slice(a.end, w.start)));
  const prices: Match[] = amounts.filter((a) => a.currency);
  const named = new Set<Match>();
  for (const a of amounts) {
    const w = a.currency ? undefined : wordAfter(a);
    if (!w) continue;
    named.add(a);
    prices.push({ start: a.start, end: w.end, text: text.slice(a.start, w.end) });
  }
  // "£4.50" is a price, not half past four.
  const times = numeric(TIME).filter((t) => !prices.some((p) => p.start < t.end && p.end > t.start));
  // "u 16 časova", "18 Uhr": the word of a time is no item, though a list holds it ("Uhr" is a clock, "čaša" a glass).
  const inTime = (x: Match) => times.some((t) => t.start < x.end && t.end > x.start);
  at.item = first(times.length ? items.filter((x) => !inTime(x)) : items);
  const dateWords = findAll(pack.recap.date, text);
  // "pick up from 4 oak street": a house number after a clock word is no hour; "od 12 €" is a price, not noon.
  const notPrice = (d: Match) => !prices.some((p) => p.start < d.end && p.end > d.start);
  const dates = [
    ...numeric(NUMERIC_DATE).filter(notPrice),
    ...dateWords,
    ...times,
    ...outside(bareTimes(pack, text)).filter(notPrice),
  ];
  const afterDay = (at: number) => dates.some((d) => d.end <= at && /^[\s,]{0,2}$/.test(text.slice(d.end, at)));
  // "2 mugs", "3 Topfenstrudel", "two mugs": a number before a word that is no time, unit or function word, and
  // not right after a day ("Samstag 11 passt" is a time).
  const counted: Match[] = [];
  for (const m of lower(text).matchAll(counts(pack))) {
    const [, n, gap, next] = m as unknown as [string, string, string, string];
    const end = m.index + n.length + gap.length + next.length;
    const span = { start: m.index, end, text: text.slice(m.index, end) };
    const nextWordOriginal = text.slice(end - next.length, end);
    const overlaps = (x: Match) => x.start < span.end && x.end > span.start;
    // "Samstag 11 passt" is a time; "lauantaina klo 10–14, kaksi osallistujaa" counts (a number word is no hour).
    const timeAfterDay = /\d/u.test(n) && afterDay(m.index);
    if (dates.some(overlaps) || prices.some(overlaps) || measures.some(overlaps) || timeAfterDay) continue;
    // "Lindenweg 4 in Pankow": the house number is no count of "in".
    if (address.some((x) => x.start <= span.start && x.end > span.start)) continue;
    // "3 of the wreaths", "2 von den Tassen": the count reaches past the partitive and a pointer to the noun.
    if (partitives(pack).has(words(next)[0] ?? '')) {
      const noun = wordPastPointer(pack, text, end);
      if (noun && !isUnit(pack, noun.text) && nounish(pack, words(noun.text)[0] ?? ''))
        counted.push({ start: span.start, end: noun.end, text: text.slice(span.start, noun.end) });
      continue;
    }
    if (commonWordSet(pack).has(words(next)[0] ?? '') || isUnit(pack, nextWordOriginal)) continue;
    // "Lindenstr. 12, 2. Stock", "3 kerros": the number of a floor or a flat is no count.
    if (isWhole(pack.addressWords, nextWordOriginal)) continue;
    counted.push(span);
  }
  // "ein paar Tage" is a span of time, not a quantity.
  const quantityWords = findAll(pack.recap.quantity, text);
  const packQuantities = quantityWords.filter((q) => !isUnit(pack, followingWord(text, q.end) ?? ''));
  at.quantity = first(numeric(QUANTITY), packQuantities, counted);
  // A bare number that is no quantity, date or time is what the thing costs: "45 wie besprochen", "ok 70"; one
  // right after a day is its time ("Samstag 11"), one before a word of time a span ("14 Tage"), one after it a week or
  // day number ("viikolla 12"), one joined to a time the start of a range ("16 und 18 Uhr"), one in an address a
  // house or door number, one after a size word the size.
  const joins = (gap: string) => gap === '' || gap === '–' || gap === '-' || /^\p{L}{1,4}$/u.test(gap);
  const beforeTime = (at: number) => times.some((t) => t.start >= at && joins(text.slice(at, t.start).trim()));
  // "huomenna 16–20": the end of a range that starts right after a day is a time too.
  const rangeAfterDay = (at: number) => {
    const r = /\d{1,2}\s*[–-]\s*$/u.exec(text.slice(Math.max(0, at - 8), at));
    return r !== null && afterDay(at - r[0].length);
  };
  // "Samstag zwischen 10 und 12", "lauantaina noin 14": an hour one word after a day (not a price's "für", "za").
  const leads = pack.pack.priceLeads.length ? priceLeads(pack) : null;
  const hourAfterDay = (a: Amount) => {
    if (a.value > 24) return false;
    return dates.some((d) => {
      const gap = d.end <= a.start && a.start - d.end <= 14 ? text.slice(d.end, a.start) : '';
      const word = gap.trim().replace(/^,\s*/u, '');
      return /^[\s,]/u.test(gap) && /\s$/u.test(gap) && /^\p{L}{2,9}$/u.test(word) && !(leads && isWhole(leads, word));
    });
  };
  const hours: Amount[] = [];
  // "… 10 und 12": the end of a range whose start is an hour is one too.
  const rangeEnd = (a: Amount) =>
    hours.some((h) => h.end < a.start && a.start - h.end <= 8 && joins(text.slice(h.end, a.start).trim()));
  for (const a of amounts) {
    if (!a.currency && !named.has(a) && (hourAfterDay(a) || rangeEnd(a))) {
      hours.push(a);
      continue;
    }
    if (a.currency || named.has(a) || afterDay(a.start) || rangeAfterDay(a.start)) continue;
    if (isUnit(pack, followingWord(text, a.end) ?? '')) continue;
    if (isUnit(pack, wordBefore(text, a.start)) || beforeTime(a.end) || inAddress(a)) continue;
    // "Alipašina 24, drugi sprat", "Ilica 45, 3. kat": the number before an address word's clause is the house's.
    if (address.some((x) => x.start > a.end && houseBefore(text.slice(a.end, x.start)))) continue;
    // "koossa 43", "Größe 56", "size 10": the number of a size word is the size.
    if (sizeWords.some((w) => w.start < a.end && /^\s*$/u.test(text.slice(w.end, a.start)))) continue;
    const overlaps = (m: Match) => m.start < a.end && m.end > a.start;
    if (!counted.some(overlaps) && !dates.some(overlaps) && !measures.some(overlaps)) prices.push(a);
  }
  at.price = first(prices, priceList);
  at.date = first(dates);
  const shippingWords = findAll(pack.recap.shipping, text).filter((w) => !sendsPapers(pack, text, w));
  at.shipping = first(shippingWords, [...streets], address);
  // No listed item: the noun a lead and a pointer lead to, else the noun a price is for, if no other detail's words
  // took it (a size word in an address is in `address` too).
  if (!at.item) {
    const taken = [
      ...sizeWords,
      ...colourWords,
      ...quantityWords,
      ...priceList,
      ...dateWords,
      ...shippingWords,
      ...times,
    ];
    if (pointers(pack)) at.item = first(outside(pointedItems(pack, text, [...taken, ...address])));
    at.item ??= first(outside(pricedItems(pack, text, prices, [...taken, ...address])));
    at.item ??= first(outside(itemsAfterPrices(pack, text, prices, [...taken, ...address])));
  }
  // Only the fields found, as their own keys (no `delete`: it slows every later read of the object).
  const found: Details = {};
  for (const f of RECAP_FIELDS) if (at[f]) found[f] = at[f];
  return found;
}

/**
 * The words of the customer's message that can name the item: not short, not a function word of the pack, not a
 * word of another detail (a day, a carrier, a price word).
 */
export interface CustomerItems {
  /** The words' first five letters (stem()). */
  stems: Set<string>;
  /** Where nouns compound (capitalNouns), the whole words: "Kuschelhasen" is restated as "den Hasen". */
  compounds: string[];
}

export function itemWords(pack: CompiledPack, customerMessage: string): CustomerItems {
  const r = pack.recap;
  const c = customerMessage;
  const taken = [
    r.size,
    r.colour,
    r.quantity,
    r.price,
    r.date,
    r.shipping,
    MEASUREMENT,
    PRICE,
    NUMERIC_DATE,
    TIME,
    notItems(pack),
  ].flatMap((re) => findAll(re, c));
  const out: CustomerItems = { stems: new Set(), compounds: [] };
  for (const m of c.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const w = words(m[0])[0];
    // The offer or order itself is no item: "Tein tarjouksen 18 €" — "Hyväksyin 18 € tarjouksen".
    if (!w || w.length < 4 || !nounish(pack, w) || askingWords(pack).has(w) || verbForm(pack, w)) continue;
    // German: a noun has a capital, and a capital after a sentence start says nothing.
    if (pack.pack.capitalNouns && (!/^\p{Lu}/u.test(m[0]) || /(?:^|[.!?]\s*|\n\s*)$/u.test(c.slice(0, m.index))))
      continue;
    if (taken.some((t) => t.start <= m.index && t.end >= m.index + m[0].length)) continue;
    out.stems.add(stem(w));
    if (pack.pack.capitalNouns) out.compounds.push(w);
  }
  return out;
}

/** A word of five letters or more with a verb form's ending ("poslati", "prihvatila"): no item. */
const verbForm = (pack: CompiledPack, w: string) =>
  w.length >= 5 && pack.pack.verbOnlyEndings.some((e) => w.endsWith(e) && w.length > e.length + 2);

/** Words a question is asked with ("koliko", "which", "onko") and words too general for a subject: no item. */
const askingWords = perPack((pack) => {
  const m = pack.pack.memory;
  const phrases = [...m.plainWords, ...m.whWords, ...pack.pack.questionStarts];
  return new Set(phrases.flatMap((p) => words(p.replace(/\*/gu, ' '))));
});

/** Words of days, weeks, months, units of time and the words before a time: "bis Ende nächster Woche" and "hold it
 * till Friday" name no item. */
const timeStems = perPack((pack) => {
  const d = pack.pack.dates;
  const lists = [d.today, d.tomorrow, d.thisWeek, d.weekend, d.nextWeek, d.endOfMonth, d.units, d.clock];
  const all = [...lists.flat(), ...Object.values(d.weekdays).flat(), ...Object.values(d.months).flat()];
  return new Set(
    all
      .flatMap((p) => words(p))
      .filter((w) => w.length >= 4)
      .map(stem),
  );
});

/** The first five letters: "Kommode"/"Kommoden", "sohva"/"sohvan", "stolica"/"stolicu" share it. */
const stem = (w: string) => w.slice(0, 5);

/** Paying and the day before are never the thing ordered: "uplatila sam" / "uplata legla", "maksoin eilen". */
const notItems = perPack((pack) =>
  packRegex(pack, [...pack.pack.memory.subjects.payment, ...pack.pack.dates.yesterday]),
);

/** Words of the deal itself and of the other details ("varattu", "Prihvaćam", "postitus", "izradom"): shared with
 * the customer's message, they still name no item. */
const dealWords = perPack((pack) => [
  pack.orderConfirmations,
  pack.dealAnswers,
  packRegex(pack, [...pack.pack.reserveWords, ...pack.pack.startsWork]),
  ...RECAP_FIELDS.filter((f) => f !== 'item').map((f) => pack.recap[f]),
]);

/**
 * `found` with an item from the customer's words when the text restates one and no pack word was found — not a word
 * another detail or the deal itself took ("postitan" to "voitko postittaa?" is the shipping, "varattu" reserves).
 */
export function withCustomerItems(
  pack: CompiledPack,
  found: Details,
  text: string,
  customerItems: CustomerItems,
): Details {
  if (found.item || !customerItems.stems.size) return found;
  let taken: Match[] | undefined;
  for (const m of text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const w = words(m[0])[0];
    if (!w || w.length < 4) continue;
    // A compound's last part names it: "Kuschelhasen" — "den Hasen" (a noun of four letters or more before it).
    const tail =
      /^\p{Lu}/u.test(m[0]) && customerItems.compounds.some((c) => c.length >= w.length + 4 && c.endsWith(w));
    // Finnish compounds too, by four letters (consonant gradation: "lautaa" — "leikkuulautoja", "laukku" — "laukusta").
    const finnishTail =
      pack.lang === 'fi' &&
      w.length >= 8 &&
      [...customerItems.stems].some((c) => c.length >= 4 && w.indexOf(c.slice(0, 4), 3) >= 3);
    if (!customerItems.stems.has(stem(w)) && !tail && !finnishTail) continue;
    // Read only for a word the customer used: most sentences restate none.
    taken ??= [...Object.values(found), ...dealWords(pack).flatMap((re) => findAll(re, text))];
    if (taken.some((t) => t.start < m.index + m[0].length && t.end > m.index)) continue;
    return { ...found, item: { start: m.index, end: m.index + m[0].length, text: m[0] } };
  }
  return found;
}
