/**
 * The questions of the customer's last message — with "?" or opening like one ("Can you…", "Geht das auch in Blau",
 * "Onko tämä vielä myynnissä", "Može li…") — their subjects (price, shipping, pickup, size, colour, date,
 * availability, payment, photos, a custom change), and what a draft shows of addressing each: its subject, the
 * question's own key words, for the first yes/no question a sentence that opens with yes or no (the rule), and how
 * strongly each holds (the evidence ../learned/answered.ts weighs).
 */
import { commonWordSet, negated, packRegex, perPack, typed, type CompiledPack } from '../compiled';
import type { QuestionSubject } from '../lang/pack';
import { blanked, escape, findAll, findAllExcept, isOnly, isWhole, startsWith, test, type Match } from '../phrases';
import { clauseAfter, clauseBefore, clausesOf } from '../clauses';
import {
  AGE,
  AGE_SIZE,
  KM_MARK,
  LETTER_SIZE,
  MEASUREMENT,
  WEIGHT,
  NUMERIC_DATE,
  PRICE,
  QUANTITY,
  TIME,
  TRACKING_CODE,
} from '../lang/common';
import { atEmoji, givesWayForward, overlaps, sentencesOf, topicStems } from './thread';
import { memo } from '../memo';
import { amountValues, findAmounts } from '../extract/amounts';
import { clockTimes } from '../extract/dates';
import { words } from '../words';
import { finiteVerbs, isVerb, participle } from '../verbs';
import { greetingAt, greetingEnd } from '../greeting-end';
import { compoundColours, findDetails } from '../extract/details';

export interface CustomerQuestion {
  text: string;
  subjects: QuestionSubject[];
  /** The subjects no other question of the message has: only these can tell that this one was answered. */
  ownSubjects: QuestionSubject[];
  /** Answered by a plain yes or no ("Is it still available?", "Onko vielä myynnissä?"). */
  yesNo: boolean;
  /** The verb a yes/no question opens with, as an answer repeats it ("Onko…?" → "On vielä!", "Imaš li…?" →
   * "Imam još 3"); null when none can be told. */
  verb: string | null;
  /** Asks where something stands ("any news?", "have they shipped yet?"): a date or a delivery answers it. */
  status: boolean;
  /** Leaves the next step to the seller ("what now?", "wie gehen wir vor?"): a way forward answers it. */
  whatNow: boolean;
  stems: Set<string>;
  /** The key words only this question uses: not the item every line of the conversation names ("the ring"). */
  ownStems: Set<string>;
}

type Matchers = Record<QuestionSubject, RegExp[]> & {
  yesNo: RegExp;
  instead: RegExp;
  itemGone: RegExp;
  questionWords: Set<string>;
  joins: RegExp;
  leadingJoin: RegExp;
  asks: RegExp;
  asksWhen: RegExp;
  asksHowMany: RegExp;
  asksAge: RegExp;
  inverted: RegExp;
  verbFirst: RegExp;
  leadIn: RegExp;
  units: RegExp;
  smallTalk: RegExp;
  agreement: RegExp;
  /** The pack's question openings (pack.questionStarts), for the tags that need them. */
  opens: RegExp;
  confirmTag: RegExp;
  praise: RegExp;
  whatNow: RegExp;
  willCheck: RegExp;
  status: RegExp;
  news: RegExp;
  weight: RegExp;
  wonders: RegExp;
  whether: RegExp;
  verbless: RegExp;
  asAgreed: RegExp;
  free: RegExp;
};
/** Words that open an indirect question ("ob", "if", "da li"): "ich wollte fragen, ob…", "javi mi jel šaljete". */
export const whetherWords = perPack((pack) => packRegex(pack, pack.pack.memory.whether));

const matchers = perPack((pack): Matchers => {
  const c = (list: string[]) => packRegex(pack, list);
  const mem = pack.pack.memory;
  const s = mem.subjects;
  const joins = typed(pack.lang, mem.joins).map(escape).join('|');
  const r = pack.recap;
  return {
    price: [r.price, pack.topics.price, PRICE, c(s.price), ...(pack.lang === 'bs' ? [KM_MARK] : [])],
    shipping: [r.shipping, pack.topics.shipping, TRACKING_CODE],
    tracking: [c(s.tracking), TRACKING_CODE],
    pickup: [pack.topics.pickup],
    size: [r.size, MEASUREMENT, WEIGHT, LETTER_SIZE, AGE_SIZE, c(s.size)],
    colour: [r.colour],
    date: [r.date, NUMERIC_DATE, TIME, clockTimes(pack)],
    units: c(pack.pack.dates.units),
    availability: [c(s.availability)],
    payment: [c(s.payment)],
    photos: [c(s.photos)],
    custom: [c(s.custom)],
    // "How many?" is answered by a count: digits or a number word ("kolme paria", "kaks akkua").
    quantity: [r.quantity, QUANTITY, COUNT, c(pack.pack.numberWords)],
    // "Wie alt?" is answered by a year ("von 2019") or a count of years.
    age: [AGE, c(s.age)],
    yesNo: c(pack.pack.memory.yesNo),
    instead: c(mem.instead),
    questionWords: new Set(pack.pack.questionStarts.flatMap((q) => q.split(/\s+/)).map((w) => w.replace(/\*$/, ''))),
    // "and" with or without a comma, or a comma alone ("sopisko 30e, onko alkuperäinen"): a question may follow.
    joins: new RegExp(`(?:,\\s*|\\s)(?:${joins})\\s+|,\\s+`, 'giu'),
    leadingJoin: c([...mem.fillers, ...mem.joins]),
    asks: c(mem.asks),
    asksWhen: c(s.date),
    asksHowMany: c(s.quantity),
    asksAge: c(s.age),
    inverted: c(mem.inverted),
    verbFirst: c(mem.midLineVerbFirst),
    leadIn: c(mem.leadInVerbFirst),
    smallTalk: c(mem.smallTalk),
    agreement: c(mem.agreementTags),
    opens: pack.questionStarts,
    confirmTag: c(pack.pack.tagQuestions.map((t) => t.replace(/^,\s*/u, ''))),
    praise: c(mem.praise),
    whatNow: c(mem.whatNow),
    willCheck: c(mem.willCheck),
    itemGone: c(mem.itemGone),
    status: c(mem.status),
    news: c(mem.news),
    weight: c(mem.weight),
    wonders: c(mem.wonders),
    whether: whetherWords(pack),
    verbless: c(mem.verblessAsks),
    asAgreed: c([...pack.pack.asPromised, ...pack.pack.asAsked]),
    free: c(mem.freeOfCharge),
  };
});

/** Letter groups of the content words: typos and inflection ("versenden" – "Versand", "poslati" – "pošaljem").
 * Remembered per text: a question's, or one sentence of the draft's. */
function letterGroups(pack: CompiledPack, text: string): Set<string> {
  return memo(
    pack,
    'letter-groups',
    text,
    () =>
      new Set(
        contentWords(pack, text).flatMap((w) => Array.from({ length: w.length - 3 }, (_, k) => w.slice(k, k + 4))),
      ),
  );
}

/** The words of four letters or more that are no common word of the pack. Remembered per text. */
function contentWords(pack: CompiledPack, text: string): string[] {
  return memo(pack, 'content-words', text, () => {
    const common = commonWordSet(pack);
    return words(text).filter((w) => w.length >= 4 && !common.has(w));
  });
}

/** What a name under a sign-off looks like: up to four capitalised words, or nothing. */
function signatureOnly(text: string): boolean {
  const ws = text.split(/[\s,]+/u).filter(Boolean);
  return ws.length <= 4 && ws.every((w) => /^\p{Lu}/u.test(w));
}

/** Money written with cents and no currency, as chat gives a postage ("6,49 mit dhl"). */
const CENTS = /\d[.,]\d\d(?!\d)/u;

/** A number before a word, as a count is written ("3 paria", "2 boxes"); not a price ("3,50 €"). */
const COUNT = /(?<![\p{L}\p{N}.,])\d{1,4}\s+\p{L}{2,}/gu;

/** What an item sold to someone else leaves nothing to answer about. */
const MOOT_WHEN_GONE = new Set<QuestionSubject>(['pickup', 'date', 'availability']);

const SUBJECTS: QuestionSubject[] = [
  'price',
  'shipping',
  'tracking',
  'pickup',
  'size',
  'colour',
  'date',
  'availability',
  'payment',
  'photos',
  'custom',
  'quantity',
  'age',
];

/**
 * The questions of a customer's message, each cut at its "?" ("…pics? And is it hand-stitched?" is two). `earlier`:
 * the conversation before it, whose words say what the whole exchange is about rather than what one question asks.
 */
export function customerQuestions(pack: CompiledPack, message: string, earlier = ''): CustomerQuestion[] {
  return memo(pack, 'customer-questions', message + '\u0000' + earlier, () => questionsOf(pack, message, earlier));
}

function questionsOf(pack: CompiledPack, message: string, earlier: string): CustomerQuestion[] {
  const m = matchers(pack);
  const out: Omit<CustomerQuestion, 'ownSubjects' | 'ownStems'>[] = [];
  const said: string[] = [];
  // Whether a part so far wondered aloud ("ich wollte noch fragen ob…"): a later "und ob…" asks on.
  let wondered = false;
  for (const s of sentencesOf(message)) {
    // "Terveisin / Mikko Heikkinen": a sign-off with only a name after it ends what the message asks; the name is
    // no "onko…". "thanks! wud u do 30" goes on.
    if (isOnly(pack.signOffs, s.text) && signatureOnly(message.slice(s.start + s.text.length))) break;
    const parts = s.text
      .split(/(?<=[?？])\s*/u)
      // "tuli perille ehjana 👍 onks sulla muita": in chat an emoji between words ends a sentence.
      .flatMap(atEmoji)
      .flatMap((p) => splitAtAnd(pack, m, p))
      .flatMap((p) => splitAtWh(pack, m, p));
    for (const [partIndex, part] of withTagsJoined(m, parts).entries()) {
      const join = startsWith(m.leadingJoin, part);
      let t = (join && /^\s/u.test(part.slice(join.end)) ? part.slice(join.end) : part).trim();
      if (!t) continue;
      const g = greetingAt(pack, t);
      // "Hallo wie geht's dir 😊 würdest du 12 € machen?": the small talk is cut, what follows it is read.
      const talk = t.slice(g ? g.end : 0).replace(/^[\s,!.]+/u, '');
      const small = startsWith(m.smallTalk, talk) ?? endingSmallTalk(pack, m, talk);
      if (g && !small) {
        // "Hi is the cot still available": the greeting, and a name with its comma, open no question.
        const rest = t.slice(greetingEnd(pack, t));
        if (/\p{L}{2}/u.test(rest)) t = rest;
      }
      if (small) {
        said.push(talk.slice(0, small.end));
        t = talk.slice(small.end).replace(/^[^\p{L}\p{N}]+/u, '');
        // The "?" may be the small talk's ("how are you keeping, still busy?"): what follows must open a question.
        const opensAt = (x: string) =>
          startsWith(pack.questionStarts, x) ?? invertedAt(pack, m, x) ?? startsWith(m.asks, x);
        // "Kysyisin vielä muutamaa asiaa: Mikä on toimitusaika…?": a lead-in runs to its colon.
        const colon = t.search(/:\s/u);
        if (!opensAt(t) && colon >= 0) t = t.slice(colon + 1).trim();
        if (!/\p{L}{2}/u.test(t) || !opensAt(t)) continue;
      }
      // "omg yay can u post it tmrw": in a chat line without punctuation, a word or two before an auxiliary and
      // "you" do not hide the question (leadInVerbFirst: where that order only asks).
      if (/^\p{Ll}/u.test(t) && !/[,.;:!?？]/u.test(t) && !startsWith(pack.questionStarts, t))
        t = t.slice(leadInAt(m, t, 2));
      // "ako je sve ok mogu li da dođem…", "if it's still there can I come…": a condition that opens the part, then
      // an order that only asks, before any comma.
      if (startsWith(pack.conditionals, t)) t = t.slice(leadInAt(m, t, 6));
      const marked = /[?？]\s*$/u.test(t);
      // "Wie besprochen bringe ich die Stühle am Samstag vorbei", "Kako smo se dogovorili, šaljem sutra": "as agreed"
      // opens a statement, though its first word opens questions too.
      if (!marked && startsWith(m.asAgreed, t) !== null) {
        said.push(t);
        continue;
      }
      // Only after "and" or split off its sentence at one: "If not no worries" after "I was wondering if…" asks nothing.
      const asksOn = wondered && (join !== null || partIndex > 0) && startsWith(m.whether, t) !== null;
      const wonders = wondersWhether(m, t);
      if (wonders) wondered = true;
      const formed =
        asksOn ||
        marked ||
        (startsWith(pack.questionStarts, t) !== null && !namesThing(pack, t)) ||
        invertedAt(pack, m, t) !== null ||
        asksByOrder(pack, t) ||
        wonders ||
        asksWithoutVerb(pack, m, t) ||
        tagged(m, t);
      // "Tarvitsisin ne viimeistään lauantaina", "I'd need it by Friday": a need with only a day tells a deadline;
      // "I'd need the measurements" asks for them.
      const byNeed = !formed && test(m.asks, t);
      const deadline = byNeed && subjectsOf(m, t).join() === 'date';
      const asks = formed || (byNeed && !deadline);
      // "Zanima me i da li…", "Lisäksi kysyisin, olisiko…": the frame alone, or ending the part after a word or two,
      // its question cut off after it, asks nothing of its own.
      const frames = findAll(m.asks, t);
      const lastFrame = frames.at(-1);
      const frameOnly =
        !/\p{L}{2}/u.test(frames.reduce((rest, f) => rest.replace(f.text, ' '), t)) ||
        (lastFrame !== undefined &&
          !/\p{L}/u.test(t.slice(lastFrame.end)) &&
          words(t.slice(0, lastFrame.start)).length <= 2);
      if (frameOnly) continue;
      // "wie süß ist das denn bitte?!", "how cute is that?!": praise asked with "?!" admires.
      const at = s.text.includes('!') ? s.text.indexOf(t) : -1;
      const exclaimed = at >= 0 && s.text[at + t.length] === '!' && test(m.praise, t);
      if (
        !asks ||
        exclaimed ||
        startsWith(pack.rhetorical, t) ||
        (test(pack.vagueQuestions, t) && t.length < 25) ||
        onlyAgreement(pack, m, t)
      ) {
        said.push(t);
        continue;
      }
      // "hello??", "Hallo?": a greeting that asks for attention, not a question to answer.
      const hello = greetingAt(pack, t);
      if (!/\p{L}{2}/u.test(t) || (hello && !/\p{L}/u.test(t.slice(hello.end)))) continue;
      // "…peiton vaaleanvihreänä?", "in Salbeigrün": a compound colour no list holds asks about the colour too.
      const named = subjectsOf(m, t);
      // "ima li novosti?", "do you have any news?": asks where things stand, not whether the thing is still there.
      if (named.includes('availability') && test(m.news, t)) named.splice(named.indexOf('availability'), 1);
      // "can u do 120", "geht auch 350?", "ottaisitko 120?": a bare amount asked about, and nothing else named, is an
      // offer of a price.
      if (!named.length && offersAmount(pack, t)) named.push('price');
      if (!named.includes('colour') && compoundColours(pack, t).length) named.push('colour');
      // "…in walnut instead of white oak?": an answer names the new option (or says yes or no), not the old one or
      // the subject both share. "Haben Sie schon eine Sendungsnummer?" asks for the number, not news of the parcel.
      const change = findAll(m.instead, t)[0];
      const subjects = change ? [] : named.includes('tracking') ? named.filter((k) => k !== 'shipping') : named;
      const old = change ? (/^(?:\s*[\p{L}\p{N}'’-]+){1,2}/u.exec(t.slice(change.end))?.[0] ?? '') : '';
      const asked = change ? t.slice(0, change.start) + ' ' + t.slice(change.end + old.length) : t;
      const stems = new Set([...topicStems(pack, asked)].filter((w) => !m.questionWords.has(w)));
      // A question that opens with a verb or a yes/no particle: "Is…", "Kannst du…", "Onko…", "Da li…", "Ima li…".
      const yesNo = !opensWithWh(pack, t);
      const status = test(m.status, t) || (stems.size <= 1 && !named.length);
      const whatNow = test(m.whatNow, t);
      out.push({ text: t, subjects, yesNo, status, whatNow, stems, verb: yesNo ? questionVerb(pack, t) : null });
    }
  }
  // Words of the other questions, the message's other sentences and the earlier messages: shared, they name the
  // thing the conversation is about and say nothing about which question a sentence of the draft answers.
  return out.map((q, i) => {
    const others = out.filter((_, j) => j !== i);
    // Alone, a question's every word is its own: "Miten neule edistyy?" is answered by "Neule valmistuu…".
    const context = out.length > 1 ? [...said, earlier] : [];
    const shared = new Set([...context, ...others.map((o) => o.text)].flatMap((t) => [...topicStems(pack, t)]));
    const ownStems = new Set([...q.stems].filter((w) => !shared.has(w)));
    return {
      ...q,
      ownSubjects: q.subjects.filter((k) => !others.some((o) => o.subjects.includes(k))),
      ownStems: ownStems.size ? ownStems : q.stems,
    };
  });
}

/**
 * Small talk that ends a part after a statement ("Hope you had a lovely weekend, how are you?", "Mitä sulle muuten
 * kuuluu"): the whole part, as if it opened with it. Not after a number, a question's opening or an ask.
 */
function endingSmallTalk(pack: CompiledPack, m: Matchers, t: string): Match | null {
  const last = lastAtEnd(m.smallTalk, t);
  if (!last) return null;
  const before = t.slice(0, last.start);
  if (/\d/u.test(before) || startsWith(pack.questionStarts, before) || invertedAt(pack, m, before)) return null;
  if (test(m.asks, before)) return null;
  return { start: 0, end: last.end, text: t.slice(0, last.end) };
}

/** The subjects a question names. A count in it ("can I have 2?") asks no count: only its words ask how many. */
function subjectsOf(m: Matchers, t: string): QuestionSubject[] {
  return SUBJECTS.filter((k) =>
    k === 'quantity'
      ? test(m.asksHowMany, t)
      : k === 'age'
        ? test(m.asksAge, t)
        : m[k].some((re) => test(re, t)) || (k === 'date' && test(m.asksWhen, t)),
  );
}

/** The agreement tag that ends a part ("…, oder?", "eiks nii?"), after a comma or as the part's own words.
 * Remembered: the parts are joined by their tags first and then read for one again. */
function endingTag(m: Matchers, t: string): Match | null {
  return memo(m.agreement, 'ending-tag', t, () => findEndingTag(m, t));
}

/** The last match of `re` in `t`, if nothing but marks and emoji follow it. */
function lastAtEnd(re: RegExp, t: string): Match | null {
  const last = findAll(re, t).at(-1);
  return last && !/[\p{L}\p{N}]/u.test(t.slice(last.end)) ? last : null;
}

function findEndingTag(m: Matchers, t: string): Match | null {
  const tag = lastAtEnd(m.agreement, t);
  if (!tag) return null;
  const before = t.slice(0, tag.start);
  // "is that right?" asks; "…our table, right?" and "hyvä diili eiks nii?" only seek a nod, and so does a tag typed
  // without its comma after a statement of a few words ("you know what its like right?").
  if (/(?:^|,)\s*$/u.test(before) || /\s/u.test(tag.text)) return tag;
  const statement = words(before).length >= 3 && !startsWith(m.opens, before) && !startsWith(m.inverted, before);
  return statement ? tag : null;
}

/** "be there about 20 past is that ok": a proposal that ends on a tag asking for a yes asks, "?" or not. */
function tagged(m: Matchers, t: string): boolean {
  const tag = lastAtEnd(m.confirmTag, t);
  if (!tag) return false;
  const before = t.slice(0, tag.start);
  return words(before).length >= 3 && (/\s/u.test(tag.text.trim()) || /,\s*$/u.test(before));
}

/** A tag split off at its comma ("eikö vain?") belongs to the statement before it. */
function withTagsJoined(m: Matchers, parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const tag = endingTag(m, p.trim());
    const alone = tag && !/\p{L}/u.test(p.trim().slice(0, tag.start));
    // "pääsisin hakee sen tänään klo 14, sopiiko?": a tag that asks for a yes asks it of the proposal before it.
    const confirms =
      !alone && isOnly(m.confirmTag, p.trim().replace(/[?？!.\s]+$/u, '')) && !/[?？]\s*$/u.test(out.at(-1) ?? '?');
    if (out.length && (alone || confirms)) out[out.length - 1] += ', ' + p.trim();
    else out.push(p);
  }
  return out;
}

/**
 * A statement with an agreement tag and nothing of the sale in it — no subject, no number, not opening like a
 * question: "Ihr habt sicher genug zu tun, oder?", "it'll go perfectly with our table, right?".
 */
function onlyAgreement(pack: CompiledPack, m: Matchers, t: string): boolean {
  const tag = endingTag(m, t);
  if (!tag) return false;
  const said = t.slice(0, tag.start).replace(/[\s,]+$/u, '');
  if (!/\p{L}{2}/u.test(said) || /\d/u.test(said)) return false;
  // Praise with a tag admires whatever it names: "The glaze is even nicer in person, isn't it?".
  if (test(m.praise, said)) return true;
  if (subjectsOf(m, said).length) return false;
  return !startsWith(pack.questionStarts, said) && !invertedAt(pack, m, said) && !test(m.asks, said);
}

/** The verb of a yes/no question, as its answer would repeat it: without its ending ("onks" → "on"), before its
 * clitic or after a particle and the clitic ("imaš li", "da li imate", "jel imaš"), else the opening verb. */
function questionVerb(pack: CompiledPack, text: string): string | null {
  const w = words(text);
  const { verbParticles, verbClitics, verbEndings, echoedVerbs } = pack.pack.memory;
  if (verbEndings.length) {
    const first = w[0] ?? '';
    const ending = verbEndings.filter((e) => first.length > e.length && first.endsWith(e));
    return ending.length ? first.slice(0, -Math.max(...ending.map((e) => e.length))) : null;
  }
  if (verbClitics.length) {
    const clitic = (x: string | undefined) => x !== undefined && verbClitics.includes(x);
    const i = verbParticles.includes(w[0] ?? '') ? (clitic(w[1]) ? 2 : 1) : 0;
    const v = w[i];
    if (!v || (i === 0 && !clitic(w[1]))) return null;
    return v.length >= 3 ? v : null;
  }
  const v = w[0] ?? '';
  return (echoedVerbs.length ? echoedVerbs.includes(v) : v.length >= 3) ? v : null;
}

/** Does the sentence answer by repeating the question's verb ("On vielä!", "Imam još 3", "Geht klar", "I can")? */
function echoes(pack: CompiledPack, verb: string, sentenceWords: readonly string[]): boolean {
  // An auxiliary comes back after its subject and unchanged ("I can"); another verb first, in any form ("imam") — where
  // clitics mark the verb, word order is free and a word may come before it ("Bež imam", "Tu je još").
  const { echoedVerbs, verbClitics } = pack.pack.memory;
  const auxiliary = echoedVerbs.length > 0;
  const w = sentenceWords.slice(0, auxiliary || verbClitics.length ? 2 : 1);
  return w.some((a) => a === verb || (verb.length >= 3 && !auxiliary && a.slice(0, 3) === verb.slice(0, 3)));
}

/** "I was also wondering whether…", "ich wollte außerdem noch fragen, ob…": a verb of asking, then in the same
 * sentence a word that opens an indirect question. */
function wondersWhether(m: Matchers, text: string): boolean {
  const verbs = findAll(m.wonders, text);
  if (!verbs.length) return false;
  const opens = findAll(m.whether, text);
  return verbs.some((v) =>
    opens.some((o) => o.start >= v.end && o.start - v.end <= 80 && !/[.!?\n]/u.test(text.slice(v.end, o.start))),
  );
}

/** Does the text name a span of time ("in about ten days", "zwei Wochen", "2-3 weeks", "6–9 päivää")? News of
 * where an order stands: a number or a counting word right before a unit of time. */
export function givesDuration(pack: CompiledPack, text: string): boolean {
  const counts = countWords(pack);
  return findAll(matchers(pack).units, text).some((u) => {
    const lead = text.slice(Math.max(0, u.start - 30), u.start);
    if (!/\s$/.test(lead)) return false;
    const before = lead.trimEnd().split(/\s+/).at(-1)!.toLowerCase();
    // "6–9 päivää", "2-3 weeks": a range counts as a number.
    return /^\d+(?:[–-]\d+)?$/u.test(before) || counts.has(before);
  });
}

const countWords = perPack((pack) => new Set(pack.pack.numberWords.map((w) => w.split(/\s+/).at(-1)!.toLowerCase())));

/** A question word of the language opens it: "what", "wann", "milloin", "koliko"… (else a verb or a particle does: a
 * yes/no question). Per language: the English "Was it sent?" and "Would you…?" open with no question word. */
const whWords = perPack((pack) => packRegex(pack, pack.pack.memory.whWords));
const opensWithWh = (pack: CompiledPack, text: string) => startsWith(whWords(pack), text) !== null;

const alternativeWords = perPack((pack) => new Set(pack.pack.memory.alternatives));
const statesAfterVerb = perPack((pack) => new Set(typed(pack.lang, pack.pack.memory.statesAfterVerb)));
/** Where word order marks a question (finiteVerbs), a question word inside a line asks only with a verb among its
 * next two words: "…wie alt sind die akkus" asks, "gibt es schon was neues" does not. */
function verbNear(pack: CompiledPack, next: RegExpMatchArray[]): boolean {
  if (!finiteVerbs(pack).size) return true;
  const common = commonWordSet(pack);
  return next.some((m) => {
    const w = words(m[0])[0] ?? '';
    return isVerb(pack, w) || (/\p{L}{2}s?t$/u.test(w) && !participle(w) && !common.has(w));
  });
}

/** A verb before its subject (the pack's `inverted`); where the pack knows its finite verbs, a common word that only
 * ends like one ("Mit den Fotos keine Eile", "seit dem…") opens no question. */
function invertedAt(pack: CompiledPack, m: Matchers, text: string): Match | null {
  const hit = startsWith(m.inverted, text);
  if (!hit || !finiteVerbs(pack).size) return hit;
  const first = words(hit.text)[0] ?? '';
  return !isVerb(pack, first) && /(?:t|en|nd)$/u.test(first) && commonWordSet(pack).has(first) ? null : hit;
}

/** Word order that asks (finiteVerbs): the clause opens with a finite verb and goes on with more than a statement's
 * word ("ist akku dabei", not "ist ok danke"), or its question word has the verb right after it ("was willst du"). */
function asksByOrder(pack: CompiledPack, text: string): boolean {
  const verbs = finiteVerbs(pack);
  if (!verbs.size) return false;
  // "…, funktioniert tadellos, danke!": an exclamation reports; word order asks only without one.
  if (/[^?？!]!+\s*$/u.test(text)) return false;
  const w = words(text);
  const [first = '', second = '', third] = w;
  // "ist heute angekommen", "hat etwas gedauert": a participle at the end reports what happened.
  if (verbs.has(first)) return !!third && !statesAfterVerb(pack).has(second) && !participle(w.at(-1)!);
  return opensWithWh(pack, text) && isVerb(pack, second);
}

/** "abholung heute moeglich", "versand moeglich oder nur abholung": a chat line without "?" and without a finite verb
 * that ends on the pack's verblessAsks word, or on it and an alternative, asks ("Versand ist möglich" states). Only
 * where the pack knows its finite verbs. */
function asksWithoutVerb(pack: CompiledPack, m: Matchers, t: string): boolean {
  if (!finiteVerbs(pack).size || /[.!]\s*$/u.test(t) || words(t).some((w) => isVerb(pack, w))) return false;
  const hit = findAll(m.verbless, t).at(-1);
  if (!hit || hit.start === 0) return false;
  const after = words(t.slice(hit.end));
  return !after.length || (alternativeWords(pack).has(after[0]!) && after.length <= 4);
}

/** Where, among the second to the (span + 1)th word and before any punctuation, an order that only asks (leadIn)
 * starts; 0 when none does. */
function leadInAt(m: Matchers, t: string, span: number): number {
  const lead = [...t.matchAll(/\S+/gu)]
    .slice(1, span + 1)
    .find((w) => !/[,.;:!?？]/u.test(t.slice(0, w.index)) && startsWith(m.leadIn, t.slice(w.index)) !== null);
  return lead?.index ?? 0;
}

/** "Is it the 2019 one, and does it come with the charger?": two questions, cut where a second one starts. */
function splitAtAnd(pack: CompiledPack, matchers: Matchers, text: string): string[] {
  const out: string[] = [];
  let from = 0;
  const stated = /[.!]\s*$/u.test(text);
  // Only "and" starts a second question: "or" joins the alternatives of one ("…now or do you wait?").
  for (const m of text.matchAll(matchers.joins)) {
    const rest = text.slice(m.index + m[0].length);
    // After a comma alone only a yes/no question starts a new one: "…eine Vorstellung, was das kostet" is one.
    const comma = !/\p{L}/u.test(m[0]);
    const before = text.slice(from, m.index).replace(/^[^\p{L}]+/u, '');
    const asks = comma
      ? ((startsWith(pack.questionStarts, rest) !== null && !opensWithWh(pack, rest)) || asksByOrder(pack, rest)) &&
        !startsWith(matchers.smallTalk, before)
      : startsWith(pack.questionStarts, rest) !== null ||
        // "…erhalten und würde sie am Wochenende brauchen.": after a full stop a verb-first "und" clause has left out
        // its subject; it states.
        (!stated && (invertedAt(pack, matchers, rest) !== null || asksByOrder(pack, rest))) ||
        asksWithoutVerb(pack, matchers, rest) ||
        startsWith(matchers.whether, rest) !== null ||
        // "…, i javi mi jel šaljete za Njemačku": a request to tell opens a question of its own.
        (startsWith(matchers.asks, rest) !== null && wondersWhether(matchers, rest)) ||
        // "…and roughly how long does it take?": one word, then a question word.
        midLine(pack).has(words(rest)[1] ?? '') ||
        // "…verschicken, und wäre eine Zahlung auf Rechnung möglich?": in a question, a finite verb of the pack's after
        // "und" opens another one.
        (/[?？]\s*$/u.test(text) && isVerb(pack, words(rest)[0] ?? ''));
    if (!asks) continue;
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out.filter((t) => t.trim());
}

const midLine = perPack((pack) => new Set(typed(pack.lang, pack.pack.memory.midLineQuestionWords)));

/** "Koko on juuri oikea": the opening word ends like a question's but names a thing (the pack's notQuestionStarts). */
export function namesThing(pack: CompiledPack, t: string): boolean {
  const first = words(t)[0];
  return first !== undefined && isWhole(notQuestionStarts(pack), first);
}

const notQuestionStarts = perPack((pack) => packRegex(pack, pack.pack.memory.notQuestionStarts));

/** Does a question name a bare amount and no other detail ("can u do 120", not "2 of them", "at 5", "size 40")? */
function offersAmount(pack: CompiledPack, t: string): boolean {
  if (!/\d/u.test(t)) return false;
  const d = findDetails(pack, t);
  return d.price !== undefined && !d.quantity && !d.date && !d.size;
}

/** A question word with its verb joined on: "what's", and "whats" where the pack also has "what's". */
function carriesVerb(pack: CompiledPack, word: string): boolean {
  const wh = pack.pack.memory.whWords;
  const w = word.toLowerCase();
  if (/['’]s$/u.test(w)) return wh.includes(w.replace('’', "'"));
  return /\p{L}s$/u.test(w) && wh.includes(w.slice(0, -1) + "'s");
}

/** "kannst du auch versenden was wuerde das kosten": chat typed in lower case without punctuation, a question word
 * after a question opens another one, and so does a finite verb before its subject ("…180 nehmen ist ein
 * Regenverdeck dabei") or a verb of asking with its "whether" ("…paketista haluisin myös kysyä onko kaikki 92"). */
function splitAtWh(pack: CompiledPack, m: Matchers, text: string): string[] {
  const t = text.trim();
  if (!/^\p{Ll}/u.test(t) || /[,.;:!?]/u.test(t.slice(0, -1))) return [text];
  // "hi is it still for sale does it start ok": the greeting stays with the first question, the rest is split.
  const hello = greetingEnd(pack, t);
  if (hello > 0 && /\p{L}/u.test(t.slice(hello))) {
    const [first, ...more] = splitAtWh(pack, m, t.slice(hello));
    return [t.slice(0, hello) + (first ?? ''), ...more];
  }
  // "great is it still avail can u send it today": a filler before the first question does not hide it.
  const join = startsWith(m.leadingJoin, t);
  const q = join && /^\s/u.test(t.slice(join.end)) ? t.slice(join.end).trimStart() : t;
  const ws = [...t.matchAll(/\S+/gu)];
  if (!startsWith(pack.questionStarts, q) && !invertedAt(pack, m, q)) {
    // "morning sorry didnt get back last night can u do 120 …": chat before the first question, however long, is cut
    // at a lead-in that only asks — not inside a frame that asks on ("haluisin tietää et lähteekö…"), nor in a line a
    // full stop ends ("…oottanu koko viikon.").
    if (/[.!]\s*$/u.test(t)) return [text];
    const at = ws.findIndex(
      (w, i) =>
        i >= 1 &&
        i < ws.length - 1 &&
        startsWith(m.leadIn, t.slice(w.index)) !== null &&
        !test(m.asks, t.slice(0, w.index)) &&
        !test(m.wonders, t.slice(0, w.index)),
    );
    if (at >= 0) return [t.slice(0, ws[at]!.index), ...splitAtWh(pack, m, t.slice(ws[at]!.index))];
    // "still selling the bike whats the lowest u would take": a question word with its verb ("whats") or a verb
    // before its subject soon after it opens a question; "mad how much these go for" admires.
    const wh = ws.findIndex((w, i) => {
      if (i < 2 || i > ws.length - 3) return false;
      const rest = t.slice(w.index);
      const before = t.slice(0, w.index);
      return (
        opensWithWh(pack, rest) &&
        startsWith(pack.questionStarts, rest) !== null &&
        (carriesVerb(pack, w[0]) ||
          asksByOrder(pack, rest) ||
          ws.slice(i + 1, i + 4).some((v) => invertedAt(pack, m, t.slice(v.index)) !== null)) &&
        !test(m.asks, before) &&
        !test(m.wonders, before) &&
        !test(m.whether, before)
      );
    });
    return wh < 0 ? [text] : [t.slice(0, ws[wh]!.index), ...splitAtWh(pack, m, t.slice(ws[wh]!.index))];
  }
  const or = alternativeWords(pack);
  for (let i = 3; i < ws.length - 1; i++) {
    // "…post it or is it collection only": after "or" comes the other half of the same question.
    if (or.has(words(ws[i - 1]![0])[0] ?? '')) continue;
    const rest = t.slice(ws[i]!.index);
    const opens =
      // "…abholen wo genau in koeln seid ihr": the question word's verb may come later, before its subject.
      (midLine(pack).has(ws[i]![0].toLowerCase()) &&
        (verbNear(pack, ws.slice(i + 1, i + 3)) ||
          ws
            .slice(i + 1, i + 5)
            .some((v) => isVerb(pack, words(v[0])[0] ?? '') && invertedAt(pack, m, t.slice(v.index)) !== null))) ||
      asksByOrder(pack, rest) ||
      // With words of its own after it: "what size frame is it" ends on one; not a few words after "if" ("…tell me
      // if it is the original" goes on with the same question).
      (/\S/u.test(rest.slice(startsWith(m.verbFirst, rest)?.end ?? rest.length)) &&
        !namesThing(pack, rest) &&
        !test(m.whether, t.slice(ws[Math.max(0, i - 4)]!.index, ws[i]!.index))) ||
      (startsWith(m.wonders, rest) !== null && wondersWhether(m, rest));
    // "würdest du 350 machen ich könnt heut abend noch abholen": after its subject the verb states; the statement
    // starts at the pronoun.
    const subject = ws[i - 1]![0].toLowerCase();
    if (opens && pack.pack.memory.subjectPronouns.includes(subject))
      return [t.slice(0, ws[i - 1]!.index), ...splitAtWh(pack, m, t.slice(ws[i - 1]!.index))];
    if (opens) return [t.slice(0, ws[i]!.index), ...splitAtWh(pack, m, rest)];
  }
  return [text];
}

/** What the draft says of where things stand: whether it has a sentence with a date or a delivery, and for each
 * open promise of the thread whether such a sentence is about it (any is, in a short chat reply). */
export interface StatusGiven {
  news: boolean;
  promises: { promise: string; related: boolean }[];
}

/** What a draft shows of having answered one question: the EVIDENCE signals, each 0–1, in that order (the learned
 * weights of ../learned/answered.json read them by position), and whether the signals' own rule says answered. */
export interface AnswerEvidence {
  rule: boolean;
  x: number[];
  /** Settled without weighing: "what now?" by whether the draft gives a way forward, a question by "I'll check". */
  settled?: boolean;
}

export const EVIDENCE = [
  'rule',
  'status',
  'own subject named',
  'a subject named',
  'has a subject',
  'own words share',
  'own words any',
  'words share',
  'best sentence share',
  'word starts share',
  'near amount',
  'verb echoed',
  'yes for it',
  'opens yes or no',
  'yes/no question',
  'status question',
  'nudge',
  'one question',
  'first',
  'last',
  'asked back',
  'short draft',
  'sentences per question',
  'no words of its own',
  'best sentence its own',
  'letter groups share',
  'enough sentences',
  'draft has a number',
  'question has a number',
] as const;

/** Something that answers whether it holds a word: a set, or the union of several read without merging them. */
interface Has {
  has(x: string): boolean;
}
const anyOf = (sets: readonly ReadonlySet<string>[]): Has => ({ has: (x) => sets.some((st) => st.has(x)) });

/**
 * The words of all of a body's parts: one set for every part but the last, remembered by their texts (while the
 * seller types, only the last part is new), beside the last part's own set. Asked word by word by every question.
 */
function unionOf(
  pack: CompiledPack,
  kind: string,
  texts: readonly string[],
  sets: readonly ReadonlySet<string>[],
): Has {
  if (sets.length < 3) return anyOf(sets);
  const merged = memo(pack, kind, texts.slice(0, -1).join('\u0000'), () => {
    const all = new Set<string>();
    for (const st of sets.slice(0, -1)) for (const x of st) all.add(x);
    return all;
  });
  return anyOf([merged, sets[sets.length - 1]!]);
}

/** The share of `a`'s words that `b` holds. */
function share(a: ReadonlySet<string>, b: Has): number {
  if (!a.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / a.size;
}

/** What one sentence of the draft says on its own, whatever the questions: read once per sentence while typing. */
interface SentenceFacts {
  opensYes: boolean;
  /** Ends with "?". */
  asks: boolean;
  /** The sentence after a greeting and a name ("Moi, on vielä!" → "on vielä!"). */
  said: string;
  stems: Set<string>;
  willCheck: boolean;
  gone: boolean;
  clauseStems: Set<string>[];
}

function sentenceFacts(pack: CompiledPack, m: Matchers, t: string): SentenceFacts {
  return memo(pack, 'answer-facts', t, () => ({
    opensYes:
      startsWith(m.yesNo, t.replace(/^[^,!.:\n]{0,30}[,!:]\s*/u, '')) !== null || startsWith(m.yesNo, t) !== null,
    asks: /[?？]\s*$/u.test(t),
    said: t.slice(greetingEnd(pack, t)),
    stems: topicStems(pack, t),
    willCheck: test(m.willCheck, t),
    gone: findAllExcept(m.itemGone, pack.orderConfirmations, t).some(
      (g) => !negated(pack, clauseBefore(t, g.start) + g.text + clauseAfter(t, g.end)),
    ),
    clauseStems: clausesOf(t).map((c) => topicStems(pack, c)),
  }));
}

/**
 * Per question, what the draft's body shows of answering it (see AnswerEvidence). `status`: the seller's open
 * promises whose state the draft gives (a new date, or that it is delivered) — which answers "any news?", "has it
 * been sent?", "Ima li šta od slika?" whatever words they use.
 */
export function answerEvidence(
  pack: CompiledPack,
  questions: readonly CustomerQuestion[],
  sentences: readonly string[],
  status: StatusGiven = { news: false, promises: [] },
  withSignals = true,
): AnswerEvidence[] {
  const m = matchers(pack);
  const firstSentence = sentences[0] ?? '';
  // "Guten Morgen" names no morning: the greeting is left out of what the body mentions.
  const hello = greetingAt(pack, firstSentence);
  const parts = [firstSentence.slice(hello ? hello.end : 0), ...sentences.slice(1)];
  const body = parts.join('\n');
  // Per sentence, remembered: while the seller types only the sentence being typed is read again.
  const facts = sentences.map((t) => sentenceFacts(pack, m, t));
  const sentenceStems = facts.map((f) => f.stems);
  // The body's words: its sentences' sets, all but the last merged once (unionOf), asked word by word.
  const bodyStems = unionOf(pack, 'body-stems', sentences, sentenceStems);
  // Each subject's patterns run over each part once (remembered per part), in order, and only as far as asked:
  // `mentions` stops at the first that matches, `givenTimes` reads the rest. The rule and the signals both ask.
  const offsets: number[] = [];
  parts.reduce((at, t) => (offsets.push(at), at + t.length + 1), 0);
  // One remembered table per part, each pattern read into it when first asked.
  const tables = parts.map((t) => memo(pack, 'subject-spans', t, () => new Map<RegExp, Match[]>()));
  // Part i's matches of `re`, each pattern read into its table when first asked.
  const inPart = (i: number, re: RegExp): Match[] => {
    const table = tables[i]!;
    let found = table.get(re);
    if (!found) table.set(re, (found = findAll(re, parts[i]!)));
    return found;
  };
  const spansIn = (re: RegExp): Match[] =>
    parts.flatMap((_, i) => {
      const found = inPart(i, re);
      return found.length ? found.map((x) => ({ ...x, start: x.start + offsets[i]!, end: x.end + offsets[i]! })) : [];
    });
  const read = new Map<QuestionSubject, { upTo: number; spans: Match[] }>();
  const spansOf = (k: QuestionSubject, all: boolean): Match[] => {
    let r = read.get(k);
    if (!r) read.set(k, (r = { upTo: 0, spans: [] }));
    while (r.upTo < m[k].length && (all || !r.spans.length)) r.spans.push(...spansIn(m[k][r.upTo++]!));
    return r.spans;
  };
  // A span of time answers "how long does it take" as well as a date: "about eight working days". Per part,
  // remembered: a span never crosses a sentence.
  const givesDurationIn = () => parts.some((t) => memo(pack, 'duration', t, () => givesDuration(pack, t)));
  const mentioned = new Map<QuestionSubject, boolean>();
  const mentions = (k: QuestionSubject) => {
    let v = mentioned.get(k);
    if (v === undefined)
      mentioned.set(
        k,
        (v =
          spansOf(k, false).length > 0 ||
          (k === 'date' && givesDurationIn()) ||
          // "in einem tiefen Kobaltblau": a compound colour no list holds names the colour too.
          (k === 'colour' &&
            parts.some((t) => memo(pack, 'compound-colour', t, () => compoundColours(pack, t).length > 0)))),
      );
    return v;
  };
  // "How heavy is it?" — "18 x 12 inches": a weight is asked for, and a length does not give it.
  let weighed: boolean | undefined;
  const weightGiven = () => (weighed ??= parts.some((t) => test(m.weight, t) || test(WEIGHT, t)));
  const mentionsFor = (q: CustomerQuestion, k: QuestionSubject) =>
    k === 'size' && test(m.weight, q.text) ? weightGiven() : mentions(k);
  // Two questions on one subject ("Wie groß…und wie schwer?") are both answered when the draft gives that subject
  // as many times ("45 × 14 cm, wiegt 350 g"): separate places in the body, overlapping matches counted once.
  const askedOn = (k: QuestionSubject) => questions.filter((q) => q.subjects.includes(k)).length;
  const given = new Map<QuestionSubject, number>();
  const givenTimes = (k: QuestionSubject) => {
    let count = given.get(k);
    if (count !== undefined) return count;
    const spans = [...spansOf(k, true)].sort((a, b) => a.start - b.start);
    count = 0;
    let end = -1;
    for (const s of spans) {
      if (s.start >= end) count++;
      end = Math.max(end, s.end);
    }
    given.set(k, count);
    return count;
  };
  const sharedAnswered = (q: CustomerQuestion) =>
    q.subjects.some((k) => !q.ownSubjects.includes(k) && mentions(k) && givenTimes(k) >= askedOn(k));
  const promised = status.promises.map((p) => ({
    related: p.related,
    stems: topicStems(pack, p.promise),
    subjects: SUBJECTS.filter((k) => m[k].some((re) => test(re, p.promise))),
  }));
  // About the promise: its words or subjects, or no words of its own ("any news?"); answered when the draft's
  // news is about that promise, or the question names nothing else.
  const asksStatus = (q: CustomerQuestion) =>
    // News answers "any news?"; "have the photos come yet?" only when it is about the photos.
    (q.status && status.news && (!q.ownSubjects.length || q.ownSubjects.some(mentions))) ||
    // A new date is no parcel number: "hast die Sendungsnummer schon?" wants the number.
    (!q.ownSubjects.includes('tracking') &&
      (q.yesNo || q.status) &&
      promised.some(
        (p) =>
          // "jeste li stigli slikati one zelene?" names the photos: a draft about the order's date does not answer it.
          (p.related || (q.status && !q.ownSubjects.length)) &&
          (q.status || overlaps(q.stems, p.stems) || q.ownSubjects.some((k) => p.subjects.includes(k))),
      ));
  // "Hi Hannah, so glad you love it! Yes, the studs…": the yes may open a later sentence.
  // Not a later question ("…cijena je 40 KM. Može?" asks back).
  const opensWithYesNo = facts.some((f, i) => f.opensYes && (i === 0 || !f.asks));
  // The body's first sentence once a greeting and a name are cut ("Moi, on vielä!" → "on vielä!"): where an
  // answer that repeats the question's verb stands, as a yes would.
  const said = facts.map((f) => f.said).filter((t) => /\p{L}{2}/u.test(t));
  const opening = said[0] && !/[?？]\s*$/u.test(said[0]) ? said[0] : '';
  const openingWords = words(opening);
  // "Would you take 200?" — "Meet me at 220": an amount near the customer's answers their offer.
  // Per sentence (an amount never spans two), each remembered by findAmounts.
  const amounts = parts.flatMap((t) => amountValues(t, pack.lang));
  const nearAmount = (q: CustomerQuestion) => {
    const theirs = q.subjects.includes('price') ? amountValues(q.text, pack.lang) : [];
    return theirs.some((n) => amounts.some((a) => a >= n / 2 && a <= n * 2));
  };
  // A remedy, a new piece, a day, a date or a span of time: a way forward, which is what "what now?" asks for. Read
  // only when a question asks it.
  const forward =
    questions.some((q) => q.whatNow) && (givesWayForward(pack, body) || test(pack.remake, body) || givesDurationIn());
  // "I'll check the bag tonight and let you know": a promise to find out addresses the question its sentence names.
  const checking = facts.flatMap((f) => (f.willCheck ? [f.stems] : []));
  // Word starts too: "paljonko maksaisi isompi koko?" — "isomman koon hinnan tarkistan" (an inflected word).
  const startsOf = (st: Iterable<string>) => new Set([...st].filter((w) => w.length >= 4).map((w) => w.slice(0, 4)));
  const willFind = (q: CustomerQuestion) =>
    checking.some((st) => overlaps(q.ownStems, st) || overlaps(startsOf(q.ownStems), startsOf(st)));
  // "pram's gone, my husband sold it": the customer's visit, its day and whether it is still there are moot (how to
  // pay or ship what is left still asks); "sold to you" takes an order.
  const gone = facts.some((f) => f.gone);
  // "paljonko se maksaisi?" — "hinta olisi 320 €": a price asked without an amount of its own is answered by an
  // amount in a sentence about the same thing ("how much would the blanket be?" is not answered by "the hat is £18").
  // So is what postage comes to ("what would postage to Galway be?" — "sending it over is €7.50"): a question word
  // and shipping, neither a yes/no nor a when.
  let priced: string[] | undefined;
  const pricedBack = (q: CustomerQuestion) => {
    const cost =
      q.ownSubjects.includes('price') ||
      (q.ownSubjects.includes('shipping') && !q.yesNo && !q.subjects.includes('date') && opensWithWh(pack, q.text));
    if (!cost || amountValues(q.text, pack.lang).length) return false;
    // The draft's sentences with a price, found once for all the questions.
    const withPrice = (priced ??= parts.filter((t) => findAmounts(t, pack.lang).some((x) => x.currency)));
    if (!withPrice.length) return false;
    const asked = blanked(q.text, ...m.price);
    const thing = topicStems(pack, asked);
    // "koliko bi koštala poštarina?" — "paket je 9,50 € s praćenjem": the same subject is the same thing too.
    const about = SUBJECTS.filter((k) => k !== 'price' && m[k].some((re) => test(re, asked)));
    return (
      !thing.size ||
      withPrice.some((t) => overlaps(thing, topicStems(pack, t)) || about.some((k) => m[k].some((re) => test(re, t))))
    );
  };
  // "can you do 30?" — "lowest I can go is 34": money said back answers an offer, taken or not. With a currency,
  // or a bare number in a sentence that names no day, time or size ("ab 10 passt", "more like a 10") and is not
  // glued to a word ("die 170er"); not a number another question asked about ("a 10 or 12?").
  let moneyBack: number[] | undefined;
  const offerAnswered = (q: CustomerQuestion) => {
    if (!q.yesNo || (q.subjects.length && !q.subjects.includes('price'))) return false;
    const theirs = amountValues(q.text, pack.lang);
    if (!theirs.length) return false;
    // Per sentence, remembered: while the seller types, only the sentence being typed is read again; a day or a
    // size is looked for only beside an amount.
    moneyBack ??= parts.flatMap((t) =>
      memo(pack, 'money-back', t, () => {
        const found = findAmounts(t, pack.lang);
        if (!found.length) return [];
        const plainNumbers = !m.date.some((re) => test(re, t)) && !m.size.some((re) => test(re, t));
        return found.filter((a) => a.currency || (plainNumbers && !/^\p{L}/u.test(t.slice(a.end)))).map((a) => a.value);
      }),
    );
    const elsewhere = new Set(
      questions.filter((o) => o !== q).flatMap((o) => (o.text.match(/\d+/gu) ?? []).map(Number)),
    );
    return theirs.some((n) => moneyBack!.some((a) => a >= n / 2 && a <= n * 2 && !elsewhere.has(a)));
  };
  // "could we have them by the 20th?" — "the 20th is fine": a date asked for is answered by its day said back (a
  // written date on both sides, "20th", "20.6."; not any number: "golf 5", "13 inča").
  const daysOf = (dates: Match[]) => dates.map((x) => parseInt(x.text, 10)).filter((d) => d >= 1 && d <= 31);
  const dayBack = (q: CustomerQuestion) => {
    const theirs = q.subjects.includes('date') ? daysOf(findAll(NUMERIC_DATE, q.text)) : [];
    return (
      theirs.length > 0 &&
      parts.some((t, i) => !/[?？]\s*$/u.test(t) && daysOf(inPart(i, NUMERIC_DATE)).some((d) => theirs.includes(d)))
    );
  };
  // "Sendungsnummer?" — "DHL 00340434190277558": a parcel number is what was asked for.
  const tracked = (q: CustomerQuestion) =>
    q.ownSubjects.includes('tracking') && parts.some((_, i) => inPart(i, TRACKING_CODE).length > 0);
  // German compounds share their last part: "mit unserem Firmenlogo?" — "Ihr Logo", "Tontopf" — "Topf" (tried in
  // English and Finnish too: no better there).
  let bodyWords: string[] | undefined;
  const compoundShared = (q: CustomerQuestion) => {
    if (pack.lang !== 'de') return false;
    // Per part, remembered: while the seller types only the sentence being typed is read again.
    bodyWords ??= [...new Set(parts.flatMap((t) => contentWords(pack, t)))];
    return contentWords(pack, q.text).some((a) =>
      bodyWords!.some((b) => a !== b && (a.length > b.length ? a.endsWith(b) : b.endsWith(a))),
    );
  };
  const byTopic = questions.map(
    (q) =>
      asksStatus(q) ||
      q.ownSubjects.some((k) => mentionsFor(q, k)) ||
      sharedAnswered(q) ||
      overlaps(q.ownStems, bodyStems) ||
      nearAmount(q) ||
      (q.verb !== null && echoes(pack, q.verb, openingWords)) ||
      compoundShared(q),
  );
  // "Not sure tbh, I'll check the label tonight and tell you tomorrow": a short reply that answers nothing else and
  // promises to find out addresses the question — unless its promise names another subject than the question's
  // (a day to hear back aside): "izmjerit ću je … javim vam ramena" is about the measurements, not the stains.
  const findsOut =
    sentences.length <= 2 && !byTopic.some(Boolean)
      ? sentences
          .filter((_, j) => facts[j]!.willCheck)
          .map((t) => SUBJECTS.filter((k) => k !== 'date' && m[k].some((re) => test(re, t))))
      : [];
  const willFindOut = (q: CustomerQuestion) => findsOut.some((named) => named.every((k) => q.subjects.includes(k)));
  // "Was kostet der Versand nach Österreich?" — "die Mütze kostet 24 €", "šaljem u srijedu": what postage costs is
  // open until a sentence about shipping gives money or none ("dahin wärens 6,49 mit dhl paket", "Versand ist
  // gratis"); so is "da li ja plaćam poštarinu?" (not an offer: "kävisikö 120e jos haen itse?"). A bare amount ("30e",
  // "3,50 € ja kolme paria") or a promise to find out still answers. Looked for only when asked, per sentence
  // remembered: while the seller types, only the sentence being typed is read again.
  let shippingPriced: boolean | undefined;
  const shippingCostOpen = (q: CustomerQuestion) =>
    (!q.yesNo || !amountValues(q.text, pack.lang).length) &&
    q.ownSubjects.includes('price') &&
    q.ownSubjects.includes('shipping') &&
    !(shippingPriced ??= parts.some((t) =>
      memo(
        pack,
        'shipping-priced',
        t,
        () =>
          m.shipping.some((re) => test(re, t)) &&
          (CENTS.test(t) || test(m.free, t) || findAmounts(t, pack.lang).some((x) => x.currency)),
      ),
    )) &&
    !pricedBack(q) &&
    !willFind(q) &&
    !willFindOut(q) &&
    !parts.some((t) => findAmounts(t, pack.lang).length > 0 && contentWords(pack, t).length < 3);
  const settle = (q: CustomerQuestion): { settled?: boolean } => {
    if (shippingCostOpen(q)) return { settled: false };
    const moot =
      gone && (!q.stems.size || q.subjects.some((k) => MOOT_WHEN_GONE.has(k)) || m.date.some((re) => test(re, q.text)));
    if (moot) return { settled: true };
    if (q.whatNow) return { settled: forward };
    const found = willFind(q) || willFindOut(q) || pricedBack(q) || offerAnswered(q) || tracked(q) || dayBack(q);
    return found ? { settled: true } : {};
  };
  // An opening "yes"/"no" answers the first yes/no question — unless the draft answers another one by its topic.
  const yesNoFor = opensWithYesNo && !byTopic.some(Boolean) ? questions.findIndex((q) => q.yesNo) : -1;
  // "Hey, und?", "any news?" beside a real question: a nudge, answered with the rest.
  const nudge = (q: CustomerQuestion) => !q.stems.size && !q.subjects.length && byTopic.some(Boolean);
  const rule = questions.map((q, i) => byTopic[i]! || i === yesNoFor || nudge(q));
  // Where no model reads the signals (its language, or `learned: false`), the rule's verdict is all that is needed.
  if (!withSignals) return rule.map((r, i) => ({ rule: r, x: [], ...settle(questions[i]!) }));
  const starts = unionOf(
    pack,
    'body-word-starts',
    parts,
    parts.map((t) =>
      memo(
        pack,
        'word-starts',
        t,
        () =>
          new Set(
            words(t)
              .filter((w) => w.length >= 4)
              .map((w) => w.slice(0, 4)),
          ),
      ),
    ),
  );
  const n = questions.length;
  // A clause belongs to the question whose words it shares most ("…of your order" answers the price question that
  // names the order, not "is there a minimum order?" too); clauses, as one sentence may answer two ("Hej, sto je još
  // dostupan, u Mostar šaljem za 10 KM").
  const clauseStems = facts.flatMap((f) => f.clauseStems);
  const shares = questions.map((q) => clauseStems.map((st) => share(q.stems, st)));
  const bodyGrams = unionOf(
    pack,
    'body-letter-groups',
    parts,
    parts.map((t) => letterGroups(pack, t)),
  );
  const numberIn = (t: string) => /\d/u.test(t);
  return questions.map((q, i) => {
    const signals: Record<(typeof EVIDENCE)[number], boolean | number> = {
      rule: rule[i]!,
      status: asksStatus(q),
      'own subject named': q.ownSubjects.some((k) => mentionsFor(q, k)),
      'a subject named': q.subjects.some((k) => mentionsFor(q, k)),
      'has a subject': q.subjects.length > 0,
      'own words share': share(q.ownStems, bodyStems),
      'own words any': overlaps(q.ownStems, bodyStems),
      'words share': share(q.stems, bodyStems),
      'best sentence share': Math.max(0, ...sentenceStems.map((st) => share(q.stems, st))),
      'word starts share': share(startsOf(q.stems), starts),
      'near amount': nearAmount(q),
      'verb echoed': q.verb !== null && echoes(pack, q.verb, openingWords),
      'yes for it': i === yesNoFor,
      'opens yes or no': opensWithYesNo,
      'yes/no question': q.yesNo,
      'status question': q.status,
      nudge: nudge(q),
      'one question': n === 1,
      first: i === 0,
      last: i === n - 1,
      'asked back': facts.some((f, j) => f.asks && overlaps(q.stems, sentenceStems[j]!)),
      'short draft': body.length < 80,
      'sentences per question': Math.min(1, sentences.length / n / 4),
      'no words of its own': q.stems.size === 0,
      'best sentence its own': Math.max(0, ...shares[i]!.map((v, j) => (shares.every((o) => o[j]! <= v) ? v : 0))),
      'letter groups share': share(letterGroups(pack, q.text), bodyGrams),
      'enough sentences': said.length >= n,
      'draft has a number': numberIn(body),
      'question has a number': numberIn(q.text),
    };
    return { rule: rule[i]!, x: EVIDENCE.map((k) => Number(signals[k])), ...settle(q) };
  });
}
