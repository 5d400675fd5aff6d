/**
 * order-recap — When the draft confirms, accepts or starts an order ("I'll make it for you", "your order is
 * confirmed", "Ich beginne jetzt mit der Bestellung", "aloitan työn", "počinjem s izradom"), it should restate
 * at least three of the agreed details — item, size/measurements, colour/material, quantity, price,
 * deadline/delivery date, shipping method/address — so the customer can confirm them before work starts.
 * A reply that opens by saying yes to the amount the customer offered ("passt, wann kommst du" to "Ich nehm ihn für
 * 50") accepts a deal too, and so does one that says yes and names the amount itself where the page shows no
 * customer message ("sopii hyvin, tehdään noin. Hinnaksi tulee se 250 €"). Questions ("Shall I start?") and
 * hypothetical offers ("if you decide to order") do not confirm an order, nor does a counter-offer: the seller's last
 * own price above every number in the customer's message ("35 and it's yours" to "Would you take 30?", "30 is too
 * low, 40", "could do 35 but not 30") still waits for the customer's yes, and holding or reserving refused ("sorry, we
 * can't hold items", "reservieren tu i ned") takes no order at all, nor does turning the customer's amount down ("no
 * thanks, 20 is too low", "ne može za 20"). A payment said received ("Payment received, it goes out tomorrow", "die
 * Überweisung ist angekommen") takes the order too.
 * Whether the draft takes an order and whether it restates enough is judged by a learned classifier
 * (../learned/model.ts) over the draft's words, the customer's message and these signals, so an acceptance in words
 * no list has ("Sure, deal", "Geht klar", "Sovittu") counts.
 * Fix: a recap block pre-filled with the details found in the draft and in the customer's last message, blanks
 * for the rest, ending with "Is everything correct?" in the draft's language.
 */
import type { RuleHint } from '../types';
import type { RuleContext } from '../context';
import type { Sentence } from '../draft';
import { findAll, findAllExcept, phraseAlternation, startsWith, test, type Match } from '../phrases';
import { findProblem, lateReply } from './apology';
import { amountValues, findAmounts } from '../extract/amounts';
import { findDetails, itemWords, RECAP_FIELDS, withCustomerItems, type Details } from '../extract/details';
import { asks, statementPart, toldPart, unaskedPart } from './shared';
import { negated, negationsOf, packRegex, perPack, withoutReassurances } from '../compiled';
import { WEEKDAYS } from '../lang/pack';
import { memo } from '../memo';
import { judge, type LearnedCase, type LearnedInput } from '../learned/model';
import { bucket, bucketsOf } from '../learned/features';
import { greetingAt, greetingEnd } from '../greeting-end';
import { clauseAfter, clauseBefore, clausesOf } from '../clauses';

const praiseWords = perPack((pack) => packRegex(pack, pack.pack.memory.praise));
const startWords = perPack((pack) => packRegex(pack, pack.pack.startsWork));
const deferrals = perPack((pack) => packRegex(pack, pack.pack.defers));

/**
 * A confirming phrase with no negation in its clause before it or in the three words after it: "reservier ich leider
 * nicht" and "I won't post it" take no order; "pidän sen sulle tiistaihin asti mut en kauemmin" does, and so does
 * "ill hold it for u til thurs no probs" (a reassurance negates nothing: blanked, offsets kept).
 */
function confirmsIn(ctx: RuleContext, text: string): boolean {
  const p = ctx.pack;
  const hits = findAllExcept(p.orderConfirmations, p.notOrderConfirmations, text);
  if (!hits.length) return false;
  const t = withoutReassurances(p, text);
  // "jos maksat ennakkoa niin pidän sen", "if you're happy I'll start": under a condition in its clause it waits.
  return hits.some((m) => !negatedAround(ctx, t, m, 3) && !test(p.conditionals, clauseBefore(t, m.start)));
}

const WORDS_AFTER = { 3: /^(?:\s*\S+){0,3}/u, 4: /^(?:\s*\S+){0,4}/u };

/** A negation before the match in its clause or among the three (four) words that follow it. */
function negatedAround(ctx: RuleContext, t: string, m: Match, after: keyof typeof WORDS_AFTER): boolean {
  const next = clauseAfter(t, m.end).match(WORDS_AFTER[after])![0];
  return test(negationsOf(ctx.pack), clauseBefore(t, m.start) + m.text + next);
}

const reserveWords = perPack((pack) => packRegex(pack, pack.pack.reserveWords));
const tooLittleWords = perPack((pack) => packRegex(pack, pack.pack.tooLittle));

/** Holding or reserving refused, and nothing confirmed: "sorry we can't hold items", "reservieren tu i ned". */
function onlyRefuses(ctx: RuleContext): boolean {
  const re = reserveWords(ctx.pack);
  // Per sentence, remembered like a confirmation: most sentences hold no word of holding at all.
  return ctx.sentences.some((s) =>
    memo(re, 'refuses', s.text, () => {
      const said = statementPart(ctx, s.text);
      if (!test(re, said)) return false;
      const t = withoutReassurances(ctx.pack, said);
      // Four words on, not three: "reservierte Listings biete ich nicht an".
      return findAll(re, t).some((m) => negatedAround(ctx, t, m, 4));
    }),
  );
}

/**
 * "start tomorrow", "fange morgen an", "aloitan huomenna", "počinjem u ponedjeljak": a start word of the pack, up to
 * four words, then a day of the pack's date words — when work starts, not when it is ready.
 */
const startDay = perPack((pack) => {
  const p = pack.pack;
  const d = p.dates;
  const days = [
    ...d.today,
    ...d.tomorrow,
    ...d.dayAfterTomorrow,
    ...d.thisWeek,
    ...d.nextWeek,
    ...d.weekend,
    ...WEEKDAYS.flatMap((w) => d.weekdays[w]),
  ];
  return new RegExp(
    String.raw`(?<![\p{L}])(?:${phraseAlternation(p.startsWork)})(?![\p{L}])(?:\s+[\p{L}]+){0,4}?\s+(${phraseAlternation(days)})(?![\p{L}])`,
    'giu',
  );
});

// The customer's message is read once per analysis for the offer and again per confirming sentence: remembered.
const amounts = (ctx: RuleContext, text: string): number[] => amountValues(text, ctx.lang);

/**
 * The seller turns the customer's amount down: a sentence names one of their amounts and calls it too little ("ei
 * kiitos, 20 € on liian vähän", "no thanks, 20 is too low") or negates it in its clause ("ne može za 20", "für 20
 * nicht"). A reassurance negates nothing ("no problem, 20 is fine").
 */
function declinesTheirAmount(ctx: RuleContext): boolean {
  const theirs = ctx.options.customerMessage ? amounts(ctx, ctx.options.customerMessage) : [];
  if (!theirs.length) return false;
  return ctx.sentences.some((s) => {
    const t = withoutReassurances(ctx.pack, statementPart(ctx, s.text));
    const named = findAmounts(t, ctx.lang).filter((a) => theirs.includes(a.value));
    if (!named.length) return false;
    if (test(tooLittleWords(ctx.pack), t)) return true;
    return named.some((a) => negatedAround(ctx, t, a, 3));
  });
}

/**
 * The seller's last amount is higher than any in the customer's message and none of theirs: "35 and it's yours" to
 * "Would you take 30?", also after repeating theirs ("120 is mir zu wenig, 150"), unless it is their amount plus
 * one the sentence writes ("30 is fine, plus 5 for shipping makes 35").
 */
function counterOffer(ctx: RuleContext, sentence: string): boolean {
  const theirs = ctx.options.customerMessage ? amounts(ctx, ctx.options.customerMessage) : [];
  if (!theirs.length) return false;
  const ours = amounts(ctx, sentence);
  // The seller's own last figure: "could do £18 but not £12" offers 18, whatever of theirs follows it.
  const last = [...ours].reverse().find((n) => !theirs.includes(n));
  const top = Math.max(...theirs);
  // A counter-offer stays near the offer: four digits after "40" are a door code or a phone number.
  if (last === undefined || last <= top || last > 2 * top) return false;
  const base = ours.find((n) => theirs.includes(n));
  if (base === undefined) return true;
  const diff = Math.round((last - base) * 100) / 100;
  return !(sentence.match(/\d+(?:[.,]\d+)?/gu) ?? []).some((n) => Number(n.replace(',', '.')) === diff);
}

const paidWords = perPack((pack) => packRegex(pack, pack.pack.memory.subjects.payment));
const receivedWords = perPack((pack) => packRegex(pack, pack.pack.memory.received));

/** "Payment received, thanks", "die Überweisung ist angekommen", "maksu tuli perille", "uplata je stigla": the order
 * goes ahead (LABELS.md: "payment received, it goes out tomorrow"); "noch nicht angekommen" takes none. */
function paymentReceived(ctx: RuleContext): Sentence | null {
  const paid = paidWords(ctx.pack);
  // Per sentence, remembered like a confirmation: while the seller types only the sentence being typed is read again.
  const found = ctx.sentences.find((s) =>
    memo(paid, 'paid', s.text, () =>
      clausesOf(statementPart(ctx, s.text)).some(
        (c) => test(paid, c) && test(receivedWords(ctx.pack), c) && !negated(ctx.pack, c),
      ),
    ),
  );
  return found ?? null;
}

function confirmation(ctx: RuleContext): Sentence | null {
  const p = ctx.pack;
  let problem: boolean | undefined;
  for (const s of ctx.sentences) {
    const confirms = memo(p, 'confirms', s.text, () => confirmsIn(ctx, statementPart(ctx, s.text)));
    if (!confirms || counterOffer(ctx, s.text)) continue;
    // After an admitted problem, "I'll make a new one" redoes an order; it does not take a new one.
    problem ??= findProblem(ctx) !== null;
    if (problem && test(p.remake, s.text)) continue;
    return s;
  }
  return acceptedOffer(ctx) ?? paymentReceived(ctx);
}

/**
 * "hi passt, …", "Zdravo, može.", "deal!" to a customer who named an amount: one of the first two sentences. Where
 * the page shows no customer message, an amount the draft names stands for it ("sopii hyvin, tehdään noin. Hinnaksi
 * tulee se 250 €").
 */
function acceptedOffer(ctx: RuleContext): Sentence | null {
  const theirs = ctx.options.customerMessage;
  const named = (t: string) => amounts(ctx, t).length > 0;
  if (theirs ? !named(theirs) : !ctx.sentences.some((x) => named(x.text))) return null;
  for (const s of ctx.sentences.slice(0, 2)) {
    // After a greeting a name may come before the comma ("Servus Andi, passt"); "Thanks, sounds good" has no greeting.
    const rest = s.text.slice(greetingEnd(ctx.pack, s.text)).replace(/^[\s,!.:]+/u, '');
    const m = startsWith(ctx.pack.dealAnswers, rest);
    // The yes is the whole clause: "passt, …", "može.", "deal 👍" — not "passt das?" or "može li".
    const whole = m && m.start === 0 && /^\s*(?:$|[,.!;:–—-]|\p{Extended_Pictographic})/u.test(rest.slice(m.end));
    if (whole && !counterOffer(ctx, s.text)) return s;
  }
  return null;
}

/** The details the draft restates (not asked about, not the greeting's name, not the day work starts). */
function restatedDetails(ctx: RuleContext): Details {
  // The greeting line ("Guten Morgen") says nothing about the order.
  // Details asked about ("Please confirm the size", "Which colour?") are not restated; nor is the day work starts.
  const nameParts = (ctx.options.customerName ?? '').split(/\s+/).filter((n) => n.length > 1);
  const found: Details = {};
  const theirs = ctx.options.customerMessage;
  const customerItems = theirs
    ? memo(ctx.pack, 'item-words', theirs, () => itemWords(ctx.pack, theirs))
    : { stems: new Set<string>(), compounds: [] };
  let count = 0;
  ctx.sentences.forEach((x, i) => {
    // Three details make a recap whatever the rest says: later sentences need not be read.
    if (count >= 3) return;
    // "Tek sad vidim vašu poruku, cijeli vikend sam bila na sajmu": the days of a late reply are no deadline.
    if (memo(ctx.pack, 'late-reply', x.text, () => lateReply(ctx, statementPart(ctx, x.text)))) return;
    // "Ihana koira!", "What a lovely pattern!": a short exclamation of praise admires what the customer showed; it
    // restates nothing of the order.
    if (/!\s*$/u.test(x.text) && x.text.length < 40 && test(praiseWords(ctx.pack), x.text)) return;
    // "Hallo Olivia," is neither a detail nor a colour: blank the greeting with the name after it, and the name.
    const greeting = i === 0 ? greetingEnd(ctx.pack, x.text) : 0;
    // An asking sentence restates what it states besides the ask ("40 € ja nouto huomenna, käykö?").
    const said = asks(ctx, x) ? toldPart(ctx, x.text) : x.text;
    let t = ' '.repeat(greeting) + said.slice(greeting);
    for (const n of nameParts) t = t.split(n).join(' '.repeat(n.length));
    const starts = startDay(ctx.pack);
    // Most sentences have no start word: a small regex says so before the large one runs.
    const blanked = memo(starts, 'blank', t, () =>
      // Only the day is blanked: "I've started on your ring today" still names the ring.
      test(startWords(ctx.pack), t)
        ? t.replace(starts, (m, day: string) => m.slice(0, m.length - day.length) + ' '.repeat(day.length))
        : t,
    );
    // Sentence by sentence, remembered: while the seller types only the sentence being typed is read again.
    const details = withCustomerItems(
      ctx.pack,
      memo(ctx.pack, 'details', blanked, () => findDetails(ctx.pack, blanked)),
      blanked,
      customerItems,
    );
    for (const f of RECAP_FIELDS)
      if (!found[f] && details[f]) {
        found[f] = details[f];
        count++;
      }
  });
  return found;
}

/**
 * What the definition rules out whatever the words: three details restated are a recap; a counter-offer still
 * waits for the customer's yes; a draft that confirms nothing and only asks ("Hi, want it?") or puts the decision
 * off ("ich überleg's mir") takes no order.
 */
function notAnOrder(ctx: RuleContext, details: Details, confirms: Sentence | null): boolean {
  if (Object.keys(details).length >= 3) return true;
  if (ctx.sentences.some((x) => counterOffer(ctx, x.text))) return true;
  if (!confirms && ctx.sentences.some((x) => test(deferrals(ctx.pack), statementPart(ctx, x.text)))) return true;
  if (!confirms && onlyRefuses(ctx)) return true;
  if (!confirms && declinesTheirAmount(ctx)) return true;
  if (confirms) return false;
  // Only questions, and a greeting of its own beside them ("Hei! Postin automaattiin vai Matkahuollon pisteeseen?"):
  // nothing is taken. One pass, each sentence asked once.
  let asked = false;
  for (const x of ctx.sentences) {
    if (onlyAsks(ctx, x)) asked = true;
    else if (!onlyGreets(ctx, x)) return false;
  }
  return asked;
}

/** The sentence is a greeting and at most a name ("Hei!", "Hi Anna,"). */
function onlyGreets(ctx: RuleContext, s: Sentence): boolean {
  const hello = greetingAt(ctx.pack, s.text);
  return !!hello && !/\p{L}{2,}/u.test(s.text.slice(hello.end).replace(/^[\s,!.]*(?:\p{Lu}[\p{L}'’-]*)?/u, ''));
}

/** The sentence is a question and says nothing else but a greeting ("Hi Anna, want it?" — not "Yours, when do you come?"). */
function onlyAsks(ctx: RuleContext, s: Sentence): boolean {
  if (!asks(ctx, s)) return false;
  // After the greeting a capitalised name and its comma may stand ("Hi Anna,"); "hi passt," says yes.
  const hello = greetingAt(ctx.pack, s.text);
  const body = hello ? s.text.slice(hello.end).replace(/^[\s,!]*(?:\p{Lu}[\p{L}'’-]*\s*[,!]\s*)?/u, '') : s.text;
  return !/\p{L}{2,}/u.test(unaskedPart(ctx, body));
}

/**
 * What the learned classifier reads: the body's sentences, the customer's message and the rule's own signals. Only
 * asked when notAnOrder() is false, so fewer than three details and no counter-offer here. "R:rule-fires" says
 * the same as "R:confirms"; the shipped weights were trained with both.
 */
function recapInput(ctx: RuleContext, confirms: Sentence | null, details: Details): LearnedInput {
  const draft = [
    `L:${ctx.lang}`,
    confirms ? 'R:confirms' : 'R:no-confirms',
    `R:details:${Object.keys(details).length}`,
  ];
  for (const f of Object.keys(details)) draft.push(`R:has:${f}`);
  const asked = ctx.sentences.filter((x) => asks(ctx, x)).length;
  draft.push(`R:questions:${Math.min(asked, 2)}`, asked === ctx.sentences.length ? 'R:only-questions' : 'R:statements');
  if (confirms) draft.push('R:rule-fires');
  const theirs = ctx.options.customerMessage;
  if (theirs) draft.push(amounts(ctx, theirs).length ? 'R:customer-amount' : 'R:customer-no-amount');
  // Two amounts of the seller's own are a quote to choose from or a counter-offer more often than an acceptance.
  const ours = new Set(ctx.sentences.flatMap((x) => amounts(ctx, x.text)));
  draft.push(`R:amounts:${Math.min(ours.size, 2)}`);
  if (theirs && amounts(ctx, theirs).some((n) => ours.has(n))) draft.push('R:repeats-their-amount');
  const customer = theirs ? bucketsOf('c', theirs) : [];
  return { sentences: ctx.sentences.map((x) => bucketsOf('s', x.text)), draft: [...draft.map(bucket), ...customer] };
}

/** The question for the model; null when the rule never asks it (nothing to check, or not an order by definition). */
export function recapCase(
  ctx: RuleContext,
  found = confirmation(ctx),
  inDraft = restatedDetails(ctx),
): LearnedCase | null {
  if (!ctx.sentences.length || notAnOrder(ctx, inDraft, found)) return null;
  return { input: recapInput(ctx, found, inDraft), rule: found !== null };
}

export function orderRecap(ctx: RuleContext): RuleHint | null {
  const found = confirmation(ctx);
  const inDraft = restatedDetails(ctx);
  const c = recapCase(ctx, found, inDraft);
  if (!c) return null;
  const verdict = ctx.options.learned === false ? null : judge('order-recap', c.input, c.rule);
  if (verdict ? !verdict.fires : !found) return null;
  const s = found ?? ctx.sentences[verdict!.top]!;

  const fromCustomer = ctx.options.customerMessage ? findDetails(ctx.pack, ctx.options.customerMessage) : {};
  const f = ctx.pack.pack.fixes.recap;
  const lines = RECAP_FIELDS.map((field) => {
    const value = (inDraft[field] ?? fromCustomer[field])?.text.trim();
    return `- ${f.labels[field]}: ${value ?? '…'}`;
  });
  const block = [ctx.pick(f.intro), ...lines, ctx.pick(f.question)].join('\n');
  return ctx.hint('order-recap', 'warning', 'hint_recap_message', 'hint_recap_why', s.start, s.end, [
    { label: ctx.say('fix_recap_label'), text: '\n\n' + block, at: 'end-of-body' },
  ]);
}
