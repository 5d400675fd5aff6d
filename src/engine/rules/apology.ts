/**
 * apology — When the draft admits that something promised or expected went wrong or will be late (a delay, a
 * missed date, forgotten photos, "couldn't manage", a wrong or damaged item, a lost or slow parcel, out of stock
 * after confirming), it should contain the seller's own apology. "Unfortunately / leider / valitettavasti /
 * nažalost" alone is not an apology, nor is "sorry to bother you"; an apology in quoted text does not count.
 * A problem only mentioned as a possibility ("if it arrives damaged…") or denied ("no delay") is not admitted. A date
 * said to replace another ("Friday rather than Tuesday", "statt", "sijaan", "umjesto") admits a moved date, and so
 * does a day put later than expected ("won't be ready until Friday", "erst am Montag", "vasta huomenna", "tek sutra",
 * "aikaisintaan torstaina").
 * A value put right after the one it corrects ("the 12th, not the 5th", "12. juna, a ne 5. juna", "240 nicht 140"), a
 * thing sent or received in place of another ("I sent the blush instead of the sage") or one made otherwise than shown
 * or agreed ("came out warmer than in your reference photo", "tummempi kuin luonnoksessa"; not "nicer than") admits a
 * mistake; a promise said not to hold ("not … as promised", "nicht wie ausgemacht", "ei … kuten lupasin", "ne … kako
 * sam rekao") admits a delay. A date moved in a sentence that says the customer asked for it ("as you asked", "wie
 * gewünscht", "kako ste zamolili") does not.
 * Whether a problem is admitted is judged by a learned classifier (../learned/model.ts) over the draft's words, the
 * customer's message and the problem phrases of the pack, so a problem told only by its cause or a new date counts —
 * unless the customer's last message gave more time ("no rush, end of next week is fine"): a new date then agrees.
 * Fix: an apology in the draft's language and register, placed before the sentence that admits the problem;
 * when the draft offers no new date or way forward, the hint says so and offers a sentence proposing one.
 */
import type { PlannedFix, RuleHint } from '../types';
import type { RuleContext } from '../context';
import type { ProblemKind } from '../lang/pack';
import type { Sentence } from '../draft';
import { findAll, findAllExcept, isWhole, test } from '../phrases';
import { PRICE } from '../lang/common';
import { endSeparator, statementPart, withoutQuotes } from './shared';
import { memo } from '../memo';
import { negated, packRegex, perPack } from '../compiled';
import { judge, type LearnedCase, type LearnedInput } from '../learned/model';
import { draftDelivers, givesTime, missedPromises, type SellerPromise } from '../memory/promises';
import { givesWayForward, lastCustomerMessage, nowOf, overlaps, topicStems } from '../memory/thread';
import { shorten } from '../shorten';
import { findDueDates } from '../extract/dates';
import { bucket, bucketsOf } from '../learned/features';
import { greetingEnd } from '../greeting-end';
import { withEndsOnce, words } from '../words';
import { clauseAfter, clauseAndNext, clauseBefore, clausesOf } from '../clauses';

interface Problem {
  sentence: Sentence;
  kind: ProblemKind;
}

/** Is the match at `index` inside a clause that opens with "if" / "wenn" / "jos" / "ako"? */
function hypothetical(ctx: RuleContext, text: string, index: number): boolean {
  return test(ctx.pack.conditionals, clauseBefore(text, index));
}

const habitualWords = perPack((pack) => packRegex(pack, pack.pack.habitual));

/** "…sind meistens 7 bis 12 Tage unterwegs, gelegentlich hängen sie beim Zoll": how things usually go admits nothing. */
function habitual(ctx: RuleContext, text: string, index: number): boolean {
  return test(habitualWords(ctx.pack), clauseBefore(text, index));
}

const askedWords = perPack((pack) => packRegex(pack, pack.pack.asAsked));

/** "Moved to the 3rd, as you asked": a date the customer asked for in the clause (or right after it) moved nothing
 * they were promised. */
function asked(ctx: RuleContext, text: string, index: number): boolean {
  const words = askedWords(ctx.pack);
  return test(words, text) && test(words, clauseAndNext(text, index));
}

const listedWords = perPack((pack) => packRegex(pack, pack.pack.asListed));

/** "boja je ista kao na fotografiji", "steht in der Artikelbeschreibung", "ganz normal": the seller holds that the
 * item is as listed, or the thing normal, and admits no fault; a negation before it admits one ("not as described"). */
function holdsAsListed(ctx: RuleContext): boolean {
  return ctx.sentences.some((s) =>
    findAll(listedWords(ctx.pack), s.text).some((m) => !negated(ctx.pack, clauseBefore(s.text, m.start))),
  );
}

const lateWords = perPack((pack) => ({
  late: packRegex(pack, pack.pack.lateReply.late),
  message: packRegex(pack, pack.pack.lateReply.message),
}));

/** A clause with a word of lateness and one of the message or answer: "I only now saw your message". */
export function lateReply(ctx: RuleContext, text: string): boolean {
  const { late, message } = lateWords(ctx.pack);
  if (!test(late, text)) return false;
  // "olin mökillä ilman nettiä, siks vasta nyt": a clause that ends on the late word says the reply is late.
  const endsLate = (c: string) => findAll(late, c).some((m) => !/[\p{L}\p{N}]/u.test(c.slice(m.end)));
  return clausesOf(text).some(
    (c) => test(late, c) && (test(message, c) || endsLate(c)) && !test(ctx.pack.conditionals, c),
  );
}

const insteadWords = perPack((pack) => packRegex(pack, pack.pack.memory.instead));

/** A date said to replace another: "on the 14th rather than the 7th", "maanantaina viikonlopun sijaan" (not a price).
 * `said` is the sentence's statement part, as findProblem reads it. */
function replaces(ctx: RuleContext, said: string): boolean {
  const instead = insteadWords(ctx.pack);
  if (!test(instead, said)) return false;
  return findAll(instead, said).some((m) => {
    const c = clauseBefore(said, m.start) + clauseAfter(said, m.start);
    const moved = (/\d/.test(c) || test(ctx.pack.recap.date, c)) && !test(PRICE, c) && !c.includes('%');
    return moved && !asked(ctx, said, m.start);
  });
}

const laterWords = perPack((pack) => packRegex(pack, pack.pack.laterThan));
// Only positions are read: any moment will do.
const ANY_MOMENT = { ms: 0, offset: 0 };

/**
 * A day put later than expected: "won't be ready until Friday", "geht erst am Montag raus", "lähtee vasta
 * maanantaina", "gotov tek sutra" — the pack's word, at most three words, then a day (a time alone is no day).
 */
function laterDay(ctx: RuleContext, said: string): boolean {
  const later = findAll(laterWords(ctx.pack), said);
  if (!later.length) return false;
  const days = findDueDates(ctx.pack, said, ANY_MOMENT).filter((d) => !d.timeOnly);
  // Words only between them: "erst in der KW 4", not "erst, wenn …, am Montag".
  const near = (gap: string) =>
    /^\s/u.test(gap) && /\s$/u.test(gap) && /^[\s\p{L}'’]*$/u.test(gap) && gap.trim().split(/\s+/u).length <= 3;
  return later.some(
    (w) =>
      !hypothetical(ctx, said, w.start) &&
      !asked(ctx, said, w.start) &&
      days.some((d) => d.start > w.end && near(said.slice(w.end, d.start))),
  );
}

const notThatWords = perPack((pack) => packRegex(pack, pack.pack.notThat));
/** Right before the word (its separator gone): a value, with an ordinal or a unit ("12th", "14.", "240 €", "120 km"). */
const VALUE_BEFORE = [/\d\.?$/u, /\d\s?(?:[€$£]|\p{L}{1,3})$/u];
/** Right after it: another value, perhaps after a short word or a currency sign ("the 5th", "am 7.", "u 90", "£1,090"). */
const VALUE_AFTER = /^\s(?:\p{L}{1,3}\s)?[€$£]?\d/u;

const monthWords = perPack((pack) => packRegex(pack, Object.values(pack.pack.dates.months).flat()));

/** Does `value` end in a day number and a month ("12. juna", "14 March")? Read from the end, letter by letter. */
function monthBefore(ctx: RuleContext, value: string): boolean {
  const v = value.endsWith('.') ? value.slice(0, -1) : value;
  let i = v.length;
  while (i > 0 && /\p{L}/u.test(v[i - 1]!)) i--;
  const word = v.slice(i);
  const head = v.slice(0, i).trimEnd();
  return word !== '' && /\d\.?$/u.test(head) && isWhole(monthWords(ctx.pack), word);
}

/** A value put right after the one it corrects: "ships on the 12th, not the 5th", "kostet 240 nicht 140". */
function corrects(ctx: RuleContext, said: string): ProblemKind | null {
  for (const w of findAll(notThatWords(ctx.pack), said)) {
    const before = said.slice(Math.max(0, w.start - 24), w.start);
    const after = said.slice(w.end, w.end + 8);
    const value = before.replace(/[,;]?\s$/u, '');
    // "poslane 12. juna, a ne 5. juna": a day with its month is a value too.
    const dated = monthBefore(ctx, value);
    if (value.length === before.length || !(dated || VALUE_BEFORE.some((re) => re.test(value)))) continue;
    if (!VALUE_AFTER.test(after) || hypothetical(ctx, said, w.start)) continue;
    // A corrected day moved a date; any other value was a mistake.
    const both = before.slice(-12) + w.text + after;
    return /\d(?:st|nd|rd|th)|\d\.(?!\d)/u.test(both) || test(ctx.pack.recap.date, both) ? 'delay' : 'mistake';
  }
  return null;
}

const happenedCues = perPack((pack) => packRegex(pack, [...pack.pack.memory.delivered, ...pack.pack.memory.received]));

/** One thing sent or received in place of another: "I sent the blush instead of the sage", "M umjesto S poslala". */
function sentInstead(ctx: RuleContext, said: string): boolean {
  const instead = insteadWords(ctx.pack);
  if (!test(instead, said)) return false;
  return clausesOf(said).some(
    (c) => test(instead, c) && test(happenedCues(ctx.pack), c) && !test(ctx.pack.conditionals, c),
  );
}

const promisedWords = perPack((pack) => packRegex(pack, pack.pack.asPromised));

/** A promise said not to hold: "it won't go out tomorrow as promised", "nicht wie ausgemacht am Samstag". */
function notAsPromised(ctx: RuleContext, said: string): boolean {
  const promised = promisedWords(ctx.pack);
  if (!test(promised, said)) return false;
  return clausesOf(said).some((c) => test(promised, c) && negated(ctx.pack, c) && !test(ctx.pack.conditionals, c));
}

const comparedTo = perPack((pack) => ({
  comparisons: packRegex(pack, pack.pack.comparisons),
  shown: packRegex(pack, pack.pack.shownOrAgreed),
  better: packRegex(pack, pack.pack.betterThan),
}));

/** Made otherwise than shown or agreed: "came out warmer than in your reference photo", "kräftiger geworden als auf
 * deinem Vorlagebild", "tummempi kuin luonnoksessa", "tamnije nego na uzorku". Not a better one ("nicer than"). */
function unlikeShown(ctx: RuleContext, said: string): boolean {
  const u = comparedTo(ctx.pack);
  if (!test(u.comparisons, said)) return false;
  return clausesOf(said).some((c) =>
    findAll(u.comparisons, c).some((m) => {
      // The comparative is a word with a stem before its ending ("je od" compares nothing).
      const than = words(m.text)[0] ?? '';
      return (
        than.length >= 4 &&
        !isWhole(u.better, than) &&
        test(u.shown, c.slice(m.end).split(/\s+/u).slice(0, 8).join(' ')) &&
        !hypothetical(ctx, c, m.start) &&
        !habitual(ctx, c, m.start)
      );
    }),
  );
}

export function findProblem(ctx: RuleContext): Problem | null {
  const p = ctx.pack;
  for (const s of ctx.sentences) {
    const kind = memo(p, 'problem', s.text, (): ProblemKind | null => {
      const t = statementPart(ctx, s.text);
      for (const k of ['delay', 'mistake', 'general'] as ProblemKind[]) {
        const hits = findAllExcept(p.problems[k], p.notProblems, t).filter(
          (m) =>
            !hypothetical(ctx, t, m.start) && !habitual(ctx, t, m.start) && !(k === 'delay' && asked(ctx, t, m.start)),
        );
        if (hits.length) return k;
      }
      if (lateReply(ctx, t) || replaces(ctx, t) || laterDay(ctx, t) || notAsPromised(ctx, t)) return 'delay';
      return corrects(ctx, t) ?? (sentInstead(ctx, t) || unlikeShown(ctx, t) ? 'mistake' : null);
    });
    if (kind) return { sentence: s, kind };
  }
  return null;
}

/** The pack's apologies and their exceptions, each word's last letter written once. */
const stretched = perPack((pack) => ({
  apologies: packRegex(pack, pack.pack.apologies.map(withEndsOnce)),
  not: packRegex(pack, pack.pack.notApologies.map(withEndsOnce)),
}));

function hasApology(ctx: RuleContext): boolean {
  const p = ctx.pack;
  const own = [...ctx.sentences.map((s) => s.text), ctx.draft.signOff?.text ?? ''];
  return own.some((said) =>
    memo(p, 'apology', said, () => {
      // Words in quotation marks are someone else's: DPD wrote “We apologise for the delay” is no apology of the seller's.
      const t = withoutQuotes(said);
      if (findAllExcept(p.apologies, p.notApologies, t).length > 0) return true;
      // Chat stretches a word's end to sound warmer: "sorii 🙈", "sorryyy".
      const s = stretched(p);
      return findAllExcept(s.apologies, s.not, withEndsOnce(t)).length > 0;
    }),
  );
}

/** What the learned classifier reads: the body's sentences, the customer's message and the rule's own signals. */
function apologyInput(ctx: RuleContext): LearnedInput {
  const problem = findProblem(ctx);
  const draft = [`L:${ctx.lang}`, problem ? `R:problem:${problem.kind}` : 'R:no-problem'];
  if (ctx.sentences.some((s) => memo(ctx.pack, 'way-forward', s.text, () => test(ctx.pack.wayForward, s.text))))
    draft.push('R:way-forward');
  const customer = ctx.options.customerMessage ? bucketsOf('c', ctx.options.customerMessage) : [];
  return { sentences: ctx.sentences.map((s) => bucketsOf('s', s.text)), draft: [...draft.map(bucket), ...customer] };
}

/** The question for the model; null when the rule never asks it (nothing to check, or the seller apologised). */
export function apologyCase(ctx: RuleContext): LearnedCase | null {
  if (!ctx.sentences.length || hasApology(ctx)) return null;
  return { input: apologyInput(ctx), rule: findProblem(ctx) !== null };
}

export function apology(ctx: RuleContext): RuleHint | null {
  const c = apologyCase(ctx);
  if (!c) return null;
  const missed = missedPromise(ctx);
  if (missed) return promiseHint(ctx, missed);
  const found = findProblem(ctx);
  const verdict = ctx.options.learned === false ? null : judge('apology', c.input, c.rule);
  if (verdict ? !verdict.fires : !found) return null;
  // The model reads a complaint's words; a draft that holds the item is as listed, with no problem the rule finds,
  // admits none.
  if (!found && holdsAsListed(ctx)) return null;
  // The customer gave more time ("no rush, end of next week is fine"): a new date in the reply agrees to it. Only a
  // problem the draft names in words is then admitted.
  const last = lastCustomerMessage(ctx.options);
  if (!found && last && givesTime(ctx.pack, last)) return null;
  const problem: Problem = found ?? { sentence: ctx.sentences[verdict!.top]!, kind: 'general' };
  const { fixes, wayForward } = apologyFixes(ctx, problem);
  return ctx.hint(
    'apology',
    'warning',
    wayForward ? 'hint_apology_message' : 'hint_apology_noway_message',
    wayForward ? 'hint_apology_why' : 'hint_apology_noway_why',
    problem.sentence.start,
    problem.sentence.end,
    fixes,
  );
}

/** The apology before the sentence about the problem, and a way forward when the draft offers none. */
function apologyFixes(ctx: RuleContext, problem: Problem): { fixes: PlannedFix[]; wayForward: boolean } {
  const p = ctx.pack;
  const texts = p.pack.fixes;
  const sorry = ctx.pick(texts.apology[problem.kind]);
  // Before the problem sentence; when the sentence starts with the greeting ("Hi Anna, the parcel is late"), after it.
  let at = problem.sentence.start;
  let text = sorry + ' ';
  // Only after a greeting its comma closes: not into "Hi Leanne the cot went this morning…".
  const greeting = greetingEnd(p, problem.sentence.text);
  if (/[,!:]\s*$/u.test(problem.sentence.text.slice(0, greeting))) at = problem.sentence.start + greeting;
  if (at > 0 && !/\s/.test(ctx.text[at - 1] ?? ' ')) text = ' ' + text;

  const body = ctx.sentences.map((s) => s.text).join('\n');
  // A way forward: a solution phrase, or any new date ("on the 20th", "bis Freitag", "12.3.").
  // A late reply is answered by the reply itself: it needs an apology, not a new date.
  const wayForward = givesWayForward(p, body) || lateReply(ctx, problem.sentence.text);
  const fixes: PlannedFix[] = [{ label: ctx.say('fix_apology_label', sorry), text, at }];
  if (!wayForward) {
    fixes.push({
      label: ctx.say('fix_way_forward_label'),
      text: endSeparator(ctx) + ctx.pick(texts.wayForward),
      at: 'end-of-body',
    });
  }
  return { fixes, wayForward };
}

/** The latest promise of the thread that is past due at `now`, not kept and not moved by the customer. */
function missedPromise(ctx: RuleContext): SellerPromise | null {
  const thread = ctx.options.thread;
  if (!thread?.length) return null;
  return missedPromises(ctx.pack, thread, nowOf(ctx.options, thread)).at(-1) ?? null;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** "Friday, 7 March" in the UI's language: a formatter is costly to build (a few hundred µs), so one per language. */
function dayFormat(uiLang: string): Intl.DateTimeFormat {
  let f = dayFormats.get(uiLang);
  if (!f) {
    const locale = uiLang === 'bs' ? 'hr' : uiLang;
    f = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    dayFormats.set(uiLang, f);
  }
  return f;
}

/** "You promised “…” by Friday 7 March — apologise and give a new date", the fix before the draft's sentence about it. */
function promiseHint(ctx: RuleContext, missed: SellerPromise): RuleHint {
  const about = ctx.sentences.find((s) => overlaps(missed.topic, topicStems(ctx.pack, s.text))) ?? ctx.sentences[0]!;
  const { fixes } = apologyFixes(ctx, { sentence: about, kind: 'delay' });
  const when = dayFormat(ctx.uiLang).format(new Date(missed.due.ms + missed.due.offset * 60_000));
  const promise = shorten(missed.sentence, 60);
  const thread = ctx.options.thread ?? [];
  const now = nowOf(ctx.options, thread);
  // Delivered only now, it needs no new date: an apology for the wait.
  const late = draftDelivers(ctx.pack, ctx.sentences.map((s) => s.text).join('\n'), now, missed);
  const key = late ? 'hint_apology_late_message' : 'hint_apology_promise_message';
  return {
    ...ctx.hint('apology', 'warning', key, 'hint_apology_promise_why', about.start, about.end, fixes),
    message: ctx.say(key, promise, when),
    quote: promise,
  };
}
