/**
 * Promises the seller made earlier in the thread — a statement with a due moment ("I'll send the photos tonight",
 * "bis Freitag", "perjantaihin mennessä", "do petka") — and which of them are missed at `now`: past due, not
 * delivered by a later seller message or the draft, receipt not confirmed by the customer, and not moved to a later
 * date by the customer. Questions and conditional sentences promise nothing; the customer's own promises never count.
 */
import type { ThreadMessage } from '../types';
import { negated, packRegex, perPack, type CompiledPack } from '../compiled';
import { findDueDates, parseMoment, type DueDate, type Moment } from '../extract/dates';
import { findAll, isWhole, startsWith, test } from '../phrases';
import { addressSpans } from '../extract/details';
import { streetAddresses } from '../extract/amounts';
import { whetherWords } from './customer-questions';
import { MEASUREMENT, PRICE, TRACKING_CODE } from '../lang/common';
import { atEmoji, overlaps, sentencesOf, topicStems } from './thread';
import { memo } from '../memo';
import { greetingEnd } from '../greeting-end';
import { clauseAfter, clauseBefore, clausesOf } from '../clauses';
import { isVerb, participle } from '../verbs';
import { words } from '../words';

export interface SellerPromise {
  /** Index of the seller message in the thread. */
  message: number;
  /** The sentence that promised. */
  sentence: string;
  /** The words of the due moment ("tonight", "bis Freitag"). */
  dueText: string;
  due: Moment;
  /** When the promise was made. */
  made: Moment;
  topic: Set<string>;
}

interface Cues {
  delivered: RegExp;
  received: RegExp;
  comes: RegExp;
  ahead: RegExp;
  sends: RegExp;
  arrives: RegExp;
  noRush: RegExp;
  yesNo: RegExp;
  /** What a promise of measurements or of a price names (see deliversValues). */
  size: RegExp;
  price: RegExp;
}
const cuesOf = perPack((pack): Cues => {
  const { memory: m, recap } = pack.pack;
  return {
    delivered: packRegex(pack, m.delivered),
    received: packRegex(pack, m.received),
    comes: packRegex(pack, m.customerComes),
    ahead: packRegex(pack, m.ahead),
    sends: packRegex(pack, m.sends),
    arrives: packRegex(pack, m.arrives),
    noRush: packRegex(pack, m.noRush),
    yesNo: packRegex(pack, m.yesNo),
    size: packRegex(pack, [...recap.size, ...m.subjects.size]),
    price: packRegex(pack, [...recap.price, ...m.subjects.price]),
  };
});

/**
 * The sentences of `text` that say something happened: a cue ("sent", "angekommen"), no negation ("keinen Anruf
 * erhalten"), no question, and no date still ahead ("geht morgen raus" promises again, it delivers nothing).
 */
function happened(pack: CompiledPack, text: string, cue: RegExp, at: Moment | null): string[] {
  // Each later message is read once per promise: remembered per cue (a pack's own regex), moment and text.
  return memo(cue, 'happened', `${at ? `${at.ms}|${at.offset}` : '-'}|${text}`, () => happenedIn(pack, text, cue, at));
}

function happenedIn(pack: CompiledPack, text: string, cue: RegExp, at: Moment | null): string[] {
  // Most messages hold no cue at all: one test says so before they are split.
  if (!test(cue, text)) return [];
  // "Display ist angekommen und läuft 👍 hast du auch einen Akku?": in chat an emoji between words ends a sentence.
  return sentencesOf(text)
    .flatMap((s) => atEmoji(s.text))
    .filter(
      (s) =>
        // The negation must be in the cue's own clause: "Here are the photos, no scratches" delivers.
        clausesOf(s).some((c) => test(cue, c) && !negated(pack, c)) &&
        !/[?？]\s*$/.test(s) &&
        // "has it got the instructions" asks without its "?": a question is no receipt.
        startsWith(pack.questionStarts, s.trim()) === null &&
        // A parcel number says it went, whatever day the sentence names ("went out this afternoon, RR…").
        (!(at && findDueDates(pack, s, at).some((d) => d.due.ms > at.ms)) || test(TRACKING_CODE, s)),
    );
}

/** A clause that tells a delivery as done: a delivered cue, or (where the pack knows its finite verbs) a finite verb
 * with a past participle ("ist heute rausgegangen"); no negation and nothing that keeps it ahead (`ahead`). */
function toldDone(pack: CompiledPack, cues: Cues, clause: string): boolean {
  if (negated(pack, clause) || test(cues.ahead, clause)) return false;
  // A verb of sending beside it still sends: "broj za praćenje šaljem danas" ("verschickt" is both, and done).
  const done = findAll(cues.delivered, clause);
  if (findAll(cues.sends, clause).some((m) => !done.some((d) => d.start <= m.start && m.end <= d.end))) return false;
  if (done.length) return true;
  const w = words(clause);
  return w.some((x) => isVerb(pack, x)) && w.some(participle);
}

/** Does the customer give more time ("no rush", "ei mitään kiirettä", "nema žurbe")? */
export function givesTime(pack: CompiledPack, text: string): boolean {
  const { noRush } = cuesOf(pack);
  return memo(noRush, 'no-rush', text, () => test(noRush, text));
}

/** Does the text say something is delivered ("here are the photos", "shipped today", "anbei", "evo")? */
export function delivers(pack: CompiledPack, text: string, at: Moment | null = null): boolean {
  return happened(pack, text, cuesOf(pack).delivered, at).length > 0;
}

type PerThread<T> = WeakMap<readonly ThreadMessage[], Map<CompiledPack, T>>;

/** Remembered per thread and pack: the page keeps one thread object until the conversation changes, so every check
 * after the first reads it for free. */
function perThread<T>(cache: PerThread<T>, pack: CompiledPack, thread: readonly ThreadMessage[], compute: () => T): T {
  let byPack = cache.get(thread);
  if (!byPack) cache.set(thread, (byPack = new Map()));
  if (!byPack.has(pack)) byPack.set(pack, compute());
  return byPack.get(pack)!;
}

const promiseCache: PerThread<SellerPromise[]> = new WeakMap();

/** Every promise with a due moment in the seller's messages, oldest first. */
export function sellerPromises(pack: CompiledPack, thread: readonly ThreadMessage[]): SellerPromise[] {
  return perThread(promiseCache, pack, thread, () => promisesOf(pack, thread));
}

/** A clause a condition opens ("Wenn Sie bis Freitag zusagen", "jos tilaat tänään"), not one a "whether" opens
 * ("ob alle Steine da sind, guck ich heute nach"); English "if" is both, and reads as "whether" here: "If you order
 * today I'll post it by Tuesday" promises Tuesday. */
function conditional(pack: CompiledPack, before: string): boolean {
  const c = startsWith(pack.conditionals, before.trimStart());
  return c !== null && !isWhole(whetherWords(pack), c.text);
}

/** The local calendar day of a moment, and whether it is a day's last moment (a day named without an hour). */
const dayOf = (m: Moment) => Math.floor((m.ms + m.offset * 60_000) / 86_400_000);
const endOfDay = (m: Moment) => (m.ms + m.offset * 60_000) % 86_400_000 > 86_399_000;

/** Did the customer's last message before message `i` name the day of `d`? */
function customerNamed(pack: CompiledPack, thread: readonly ThreadMessage[], i: number, d: DueDate): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const m = thread[j]!;
    if (m.author !== 'customer') continue;
    const at = parseMoment(m.at);
    if (!at) return false;
    return findDueDates(pack, m.text, at).some((e) => dayOf(e.due) === dayOf(d.due));
  }
  return false;
}

function promisesOf(pack: CompiledPack, thread: readonly ThreadMessage[]): SellerPromise[] {
  const cues = cuesOf(pack);
  const out: SellerPromise[] = [];
  // Per promise: whether its due moment's clause sends something.
  const sendsAt: boolean[] = [];
  thread.forEach((m, i) => {
    const made = parseMoment(m.at);
    if (m.author !== 'seller' || !made) return;
    for (const s of sentencesOf(m.text)) {
      // "Ich halte ihn dir bis zum 15.3. zurück, passt das?": a question in the last clause asks only there; a
      // sentence that opens as a question promises nothing.
      let askedFrom = s.text.length;
      if (/[?？]\s*$/.test(s.text)) {
        const end = s.text.trimEnd().length - 1;
        askedFrom = end - clauseBefore(s.text, end).length;
        const said = s.text.slice(0, askedFrom);
        if (!/\p{L}{2}/u.test(said) || startsWith(pack.questionStarts, said.trimStart()) !== null) continue;
      }
      // "Heute rausgegangen, Sendungsnummer RR123456789DE": a sentence with a parcel number reports, it promises nothing.
      if (test(TRACKING_CODE, s.text)) continue;
      // "Wenn Sie bis Freitag zusagen, liefere ich bis …": a day in a clause a condition opens is the condition's;
      // one in the next clause, or before the condition ("Fotos mach ich heute abend wenn ich daheim bin"), is promised.
      const ahead = findDueDates(pack, s.text, made).filter(
        (d) =>
          d.due.ms > made.ms &&
          d.end <= askedFrom &&
          !conditional(pack, clauseBefore(s.text, d.start)) &&
          // "I'm in from 5 till 7", "set od 6": a start says when something can begin, not what is due by then.
          !d.fromHour,
      );
      if (!ahead.length) continue;
      // The clause a due moment stands in, with the moment itself.
      const clauseOf = (d: { start: number; end: number; text: string }) =>
        clauseBefore(s.text, d.start) + d.text + clauseAfter(s.text, d.end);
      // "…post it the day after tomorrow, so it should reach you Friday": the day of sending is the day promised.
      const sending = ahead.filter((d) => test(cues.sends, clauseOf(d)));
      // "…posted on Friday and should reach you Monday": a day right after (or before) words of arrival is the
      // carrier's estimate; the other day named is the one promised.
      const arriving = (d: DueDate) =>
        test(cues.arrives, s.text.slice(Math.max(0, d.start - 30), d.end + 15)) && test(cues.arrives, clauseOf(d));
      const base = sending.length ? sending : ahead;
      const promised = base.filter((d) => !arriving(d));
      const named = promised.length ? promised : base;
      // "I'll make it this week and ship it by Thursday": a day inside a week or month the sentence also names is
      // the day promised, not the span's end.
      const inside = (span: DueDate) =>
        named.some(
          (e) => e.spanFrom === undefined && e.due.ms <= span.due.ms && dayOf(e.due) * 86_400_000 >= span.spanFrom!,
        );
      const due = named.filter((d) => d.spanFrom === undefined || !inside(d));
      // The latest day of the sentence: "today and tomorrow I am away, I'll send it Monday"; "perjantaina illalla"
      // is Friday evening, not this evening. On that day a moment that names an hour wins over the day's end:
      // "heute Vormittag … melde mich heute bis 17 Uhr" is due at 17:00.
      const d = due.reduce((a, b) => {
        const [da, db] = [dayOf(a.due), dayOf(b.due)];
        if (db !== da) return db > da ? b : a;
        if (endOfDay(a.due) !== endOfDay(b.due)) return endOfDay(a.due) ? b : a;
        return b.due.ms >= a.due.ms ? b : a;
      });
      // "Hi Anna, sure! I'll send …": the greeting and the name say nothing about what was promised.
      const said = s.text.slice(greetingEnd(pack, s.text));
      // "Ja, 15 Uhr passt", "alles klar, bis morgen!": a time agreed for the customer's visit, nothing promised.
      // "Može, vidimo se u petak": a sign-off with the day of the visit is the customer's plan, agreed.
      // "Got the camera back today": a receipt told on its own day reports what happened ("bekommen Sie bis zum
      // 14." promises).
      // "Your necklace shipped today", "ist heute rausgegangen": a delivery told on its own day is done, not promised
      // ("will ship today", "wird heute verschickt", "valmis tänään" are still ahead).
      const dueClause = clauseOf(d);
      const sends = test(cues.sends, dueClause);
      if (
        dayOf(d.due) === dayOf(made) &&
        ((test(cues.received, dueClause) && !sends) || toldDone(pack, cues, dueClause))
      )
        continue;
      // "Kannst morgen ab 10 vorbeikommen": the customer's visit, asked for, is theirs (customerComes below).
      const agreed = [
        ...findAll(pack.dealAnswers, said),
        ...findAll(cues.yesNo, said),
        ...findAll(pack.signOffs, said),
        ...findAll(cues.comes, said),
      ];
      // "Huomenna viideltä käy" to "voin hakea huomenna klo 17": the day the customer named, agreed in its own clause,
      // is the customer's plan ("moze, bice gotova do 18h" to "do sutra?" still promises: the yes stands apart).
      const yes = test(pack.dealAnswers, dueClause) || test(cues.yesNo, dueClause);
      if (yes && !sends && customerNamed(pack, thread, i, d)) continue;
      // "Lauantai klo 12 käy, osote Opiskelijankatu 12 B 14": the address of a visit names nothing to deliver.
      const rest = [...agreed, ...addressSpans(pack, said), ...streetAddresses(said)]
        .reduce((t, m) => t.replace(m.text, ' '), said)
        .replace(d.text, ' ');
      // "Den Preis schicke ich Ihnen bis Montag": a price is a thing to deliver, though its word is a common one.
      // "schick ich morgen los", "will send tomorrow": what is sent is the order, though no noun names it.
      if (!topicStems(pack, rest).size && !test(cues.price, rest) && !test(cues.sends, rest)) continue;
      sendsAt.push(sends);
      out.push({
        message: i,
        sentence: s.text,
        dueText: d.text,
        due: d.due,
        made,
        topic: topicStems(pack, said.replace(d.text, ' ')),
      });
    }
  });
  // "Smokva se lijeva ovaj tjedan … Poslat ću ih do kraja mjeseca": a step before the sending one that message
  // promises later is the way there, not a promise of its own.
  return out.filter(
    (p, k) => sendsAt[k] || !out.some((q, j) => sendsAt[j] && q.message === p.message && q.due.ms > p.due.ms),
  );
}

/** The promises past due at `now` and not kept by a later message, oldest first (the draft may deliver one late). */
export function missedPromises(pack: CompiledPack, thread: readonly ThreadMessage[], now: Moment): SellerPromise[] {
  return standings(pack, thread)
    .filter(({ kept, due }) => !kept && due.ms < now.ms)
    .map(({ p }) => p);
}

/** Does the draft deliver the promise? Past due, it still owes an apology: it comes late ("Proofs attached"). The draft
 * names what it delivers ("ready to order" is no photo): only a delivery about the same thing counts. */
export function draftDelivers(pack: CompiledPack, draft: string, now: Moment, p: SellerPromise): boolean {
  return happened(pack, draft, cuesOf(pack).delivered, now).some((s) => overlaps(p.topic, topicStems(pack, s)));
}

/** The days a customer message's questions name ("Kommt das heute noch?"): asking for a thing by its day chases it. */
function askedDays(pack: CompiledPack, text: string, at: Moment): Moment[] {
  if (!/[?？]/u.test(text)) return [];
  return sentencesOf(text)
    .filter((s) => /[?？]\s*$/u.test(s.text))
    .flatMap((s) => findDueDates(pack, s.text, at).map((d) => d.due));
}

/** The promises no later message kept, due or not: what a customer's "any news?" asks about. */
export function unkeptPromises(pack: CompiledPack, thread: readonly ThreadMessage[]): SellerPromise[] {
  return standings(pack, thread)
    .filter(({ kept }) => !kept)
    .map(({ p }) => p);
}

/** Is p the only promise of the last message that promised before `at`? "Das L ist unterwegs" delivers what was
 * promised last ("Ich schicke Ihnen das L am Montag"), not the older promises of the thread. */
function latestAlone(all: readonly SellerPromise[], p: SellerPromise, at: Moment | null): boolean {
  if (!at) return false;
  const before = all.filter((q) => q.made.ms < at.ms);
  const last = before.at(-1);
  return last === p && before.filter((q) => q.message === p.message).length === 1;
}

/** Is a seller message news without a "no" or a problem? Sent on time and about a promise, it is the answer
 * promised, whatever words it uses. */
const plainNews = (pack: CompiledPack, text: string) =>
  memo(pack, 'plain-news', text, () => {
    if (negated(pack, text)) return false;
    return !(['delay', 'mistake', 'general'] as const).some((k) => test(pack.problems[k], text));
  });

/**
 * A promise of measurements or of a price is delivered by a later message that gives them as values ("Mitat:
 * rinnanympärys 112 cm", "Leveys 210 cm", "2 450 €"), whatever words it is sent with.
 */
function givesValues(pack: CompiledPack, p: SellerPromise, given: { measurement: boolean; price: boolean }): boolean {
  if (!given.measurement && !given.price) return false;
  const asked = promisedValues(pack, p.sentence);
  return (given.measurement && asked.size) || (given.price && asked.price);
}

/** Measurements and a price given as values in a message. */
const valuesIn = (text: string) => ({
  measurement: findAll(MEASUREMENT, text).length > 0,
  price: findAll(PRICE, text).length > 0,
});
// What a promise names is read against each later message that gives values: remembered.
const promisedValues = (pack: CompiledPack, sentence: string) =>
  memo(pack, 'values-promised', sentence, () => ({
    size: test(cuesOf(pack).size, sentence),
    price: test(cuesOf(pack).price, sentence),
  }));

/** A promise, whether a later message kept it, and its due moment after the customer moved it. */
interface Standing {
  p: SellerPromise;
  kept: boolean;
  due: Moment;
}
const standingCache: PerThread<Standing[]> = new WeakMap();

/** Each promise: kept by a later message (delivered, replaced by a new promise, receipt confirmed), and its due
 * moment after the customer moved it. Read by the apology and unanswered-question rules alike: remembered. */
function standings(pack: CompiledPack, thread: readonly ThreadMessage[]): Standing[] {
  return perThread(standingCache, pack, thread, () => standingsOf(pack, thread));
}

/** What a later message says about any promise: read once per message, when a promise first needs it. */
interface Later {
  at: Moment | null;
  /** Seller: the topics of its sentences that say something was delivered. */
  delivered?: Set<string>[];
  /** Seller: measurements and a price given as values (givesValues). */
  values?: { measurement: boolean; price: boolean };
  /** Seller: whether it is news without a "no" or a problem (plainNews). */
  news?: boolean;
  /** Customer: the topics of its sentences that confirm receipt. */
  received?: Set<string>[];
  /** Customer: more time given ("no rush"). */
  relaxed?: boolean;
  /** Customer: the due moments it names. */
  dates?: Moment[];
  /** Customer: the days its questions ask for a thing by ("Kommt das heute noch?"). */
  askedBy?: Moment[];
}

function standingsOf(pack: CompiledPack, thread: readonly ThreadMessage[]): Standing[] {
  const all = sellerPromises(pack, thread);
  const cues = cuesOf(pack);
  const later: Later[] = thread.map((m) => ({ at: parseMoment(m.at) }));
  const text = (j: number) => thread[j]!.text;
  const delivered = (l: Later, j: number) =>
    (l.delivered ??= happened(pack, text(j), cues.delivered, l.at).map((s) => topicStems(pack, s)));
  const values = (l: Later, j: number) => (l.values ??= valuesIn(text(j)));
  const news = (l: Later, j: number) => (l.news ??= plainNews(pack, text(j)));
  const received = (l: Later, j: number) =>
    (l.received ??= happened(pack, text(j), cues.received, null).map((s) => topicStems(pack, s)));
  const relaxed = (l: Later, j: number) => (l.relaxed ??= givesTime(pack, text(j)));
  const dates = (l: Later, j: number, at: Moment) => (l.dates ??= findDueDates(pack, text(j), at).map((d) => d.due));
  const askedBy = (l: Later, j: number, at: Moment) => (l.askedBy ??= askedDays(pack, text(j), at));
  const own = all.map((p) => {
    let due = p.due;
    // Read once per promise, and only when a receipt asks.
    let findOut: boolean | undefined;
    const toFindOut = () =>
      (findOut ??=
        (test(cues.price, p.sentence) || test(cues.size, p.sentence)) &&
        !/\d/u.test(p.sentence.replace(p.dueText, '')));
    for (let j = p.message + 1; j < thread.length; j++) {
      const l = later[j]!;
      const { at } = l;
      if (thread[j]!.author === 'seller') {
        // Delivered: about the same thing, or anything when p is the thread's only promise or the last one alone.
        const any = all.length === 1 || latestAlone(all, p, at);
        if (delivered(l, j).some((topic) => any || overlaps(p.topic, topic))) return { p, kept: true, due };
        if (givesValues(pack, p, values(l, j))) return { p, kept: true, due };
        // A later promise about the same thing replaces this one.
        if (all.some((q) => q.message === j && overlaps(q.topic, p.topic))) return { p, kept: true, due };
        // On time and about it, with no new date and no problem: "Tarkistin, sama näyttö käy…" after "tarkistan ja
        // vastaan kahden tunnin sisällä", "9 Orchard Row, round the back" after "I'll send you the address tonight".
        // The topic first: most messages are about something else, and the problem lists are the longer read.
        if (at && at.ms <= due.ms && overlaps(p.topic, topicStems(pack, text(j))) && news(l, j))
          return { p, kept: true, due };
      } else {
        // Receipt keeps a promise to send; a price or a measurement still to be found out (no number yet) only if
        // it names what came: "Screen arrived" keeps no "I'll send you a price for the battery later today".
        const receipts = received(l, j);
        if (receipts.length && receipts.some((topic) => !topic.size || !toFindOut() || overlaps(p.topic, topic)))
          return { p, kept: true, due };
        // The customer moved the date before it was due ("can we do Monday instead"), or gave more time at any point
        // ("no rush, next week is fine"): the later date is the due one; "no rush" alone releases the promise.
        if (!at || (at.ms > due.ms && !relaxed(l, j))) continue;
        // "Tuleeko vedos vielä tänään? Haluaisin näyttää sen huomenna": asking for it by its day chases it; a later
        // day of the customer's own plans moves nothing.
        if (!relaxed(l, j) && askedBy(l, j, at).some((d) => d.ms <= due.ms)) continue;
        // The latest date it names: "next week is fine, I'm away until Sunday anyway" gives until next week.
        const moved = dates(l, j, at).filter((d) => d.ms > due.ms);
        if (moved.length) due = moved.reduce((a, d) => (d.ms > a.ms ? d : a), due);
        // Once it is late, "no pressure" beside a question chases it ("any news on the tiles? No pressure 😊"): only a
        // new date moves it then.
        else if (relaxed(l, j) && (at.ms <= due.ms || !/[?？]/u.test(text(j)))) return { p, kept: true, due };
      }
    }
    return { p, kept: false, due };
  });
  // "das Öl muss übers Wochenende trocknen. Ich schicke es Montag los": the last step of a plan, done, did the earlier
  // steps of the same message too.
  return own.map((x) =>
    !x.kept && own.some((y) => y.kept && y.p.message === x.p.message && y.p.due.ms > x.p.due.ms)
      ? { ...x, kept: true }
      : x,
  );
}
