/**
 * unanswered-question — The customer's last message asks something (with or without "?": "Can you…", "Geht das auch
 * in Blau", "Onko tämä vielä myynnissä", "Može li…", chat's "und is der koffer dabei", "noch da", "je l' ima još")
 * that the draft does not address: not its subject (price, shipping, pickup, size, colour, date, availability,
 * payment, photos, a custom change), not its key words, and — for a yes/no question — no sentence opening with yes or
 * no. Rhetorical questions, small talk (also ending a statement: "…, how are you?"), a statement that only seeks a
 * nod ("…, oder?" with no subject or number; with praise whatever it names: "…nicer in person, isn't it?"), a need
 * with only a day ("I'd need it by Friday") and quoted text do not count; an item sold to someone else ("it's gone,
 * my son sold it last night") leaves the customer's visit, its day and "still available?" nothing to answer. A
 * question for news ("ima li novosti?", "did you get a chance to…?") is answered by news of it, a weight asked for
 * ("how heavy?") by a weight, not a length. The customer's last message is the thread's last customer message, else
 * `customerMessage`. Each question's evidence (those signals and how strongly they hold: how many of its words, in
 * one sentence or scattered) is weighed by a learned model (../learned/answered.ts); with `learned: false`, or no
 * usable model, the signals decide alone.
 * Fix: one answer stub per open question at the end of the body ("About the colour: …"), in the draft's language —
 * above the closing question when that stands in its own paragraph, so the reply still ends with it.
 */
import type { PlannedFix, RuleHint } from '../types';
import type { RuleContext } from '../context';
import {
  answerEvidence,
  customerQuestions,
  givesDuration,
  type AnswerEvidence,
  type CustomerQuestion,
  type StatusGiven,
} from '../memory/customer-questions';
import { answered, judges } from '../learned/answered';
import { lastCustomerMessage, nowOf, overlaps, topicStems } from '../memory/thread';
import { delivers, unkeptPromises } from '../memory/promises';
import { findDueDates } from '../extract/dates';
import { test } from '../phrases';
import { shorten } from '../shorten';
import { memo } from '../memo';
import { asks } from './shared';
import { greetingEnd } from '../greeting-end';

/**
 * Whether the draft says where things stand (a date, a delivery), and for each open promise whether that is about it.
 * Read only when something can use it: a status question ("any news?") or an open promise of the thread.
 */
function statusGiven(ctx: RuleContext, questions: readonly CustomerQuestion[]): StatusGiven {
  const thread = ctx.options.thread ?? [];
  const promises = thread.length ? unkeptPromises(ctx.pack, thread) : [];
  if (!promises.length && !questions.some((q) => q.status)) return { news: false, promises: [] };
  const now = nowOf(ctx.options, thread);
  // Per sentence and moment, remembered: while the seller types only the sentence being typed is read again.
  const at = `${now.ms}|${now.offset}|`;
  const says = ctx.sentences
    // "Morgen Anna, …" greets: a day word in the greeting is no news.
    .map((s, i) => (i === 0 ? s.text.slice(greetingEnd(ctx.pack, s.text)) : s.text))
    .filter((s) =>
      memo(
        ctx.pack,
        'gives-status',
        at + s,
        () =>
          findDueDates(ctx.pack, s, now).length > 0 ||
          test(ctx.pack.recap.date, s) ||
          givesDuration(ctx.pack, s) ||
          delivers(ctx.pack, s, now),
      ),
    );
  if (!says.length) return { news: false, promises: [] };
  const short = ctx.sentences.length <= 2;
  return {
    news: true,
    promises: promises.map((p) => ({
      promise: p.sentence,
      related: short || says.some((s) => overlaps(p.topic, topicStems(ctx.pack, s))),
    })),
  };
}

/** The customer's last questions and, for each, what the draft shows of answering it (training reads this too);
 * `withSignals` false: the rule's verdict alone. */
export function answerCase(
  ctx: RuleContext,
  withSignals = true,
): { questions: CustomerQuestion[]; evidence: AnswerEvidence[] } | null {
  const last = lastCustomerMessage(ctx.options);
  if (!last || !ctx.sentences.length) return null;
  const thread = ctx.options.thread ?? [];
  const lastAt = thread.map((m) => m.text).lastIndexOf(last);
  const earlier = thread
    .slice(0, Math.max(0, lastAt))
    .map((m) => m.text)
    .join('\n');
  const questions = customerQuestions(ctx.pack, last, earlier);
  if (!questions.length) return null;
  const sentences = ctx.sentences.map((s) => s.text);
  const status = statusGiven(ctx, questions);
  return { questions, evidence: answerEvidence(ctx.pack, questions, sentences, status, withSignals) };
}

export function unansweredQuestion(ctx: RuleContext): RuleHint | null {
  const learned = ctx.options.learned !== false && judges(ctx.lang);
  const c = answerCase(ctx, learned);
  if (!c) return null;
  const { questions, evidence } = c;
  const body = ctx.sentences.map((s) => s.text).join('\n');
  const a = ctx.pack.pack.fixes.answer;
  const stubOf = (q: (typeof questions)[number]) =>
    q.subjects.length
      ? a.about.replace('{topic}', a.topics[q.subjects[0]!])
      : a.asked.replace('{question}', shorten(q.text, 60));
  // The seller took the fix: its line ("About shipping: …", then their answer) addresses the question.
  const lower = body.toLowerCase();
  const taken = (q: (typeof questions)[number]) => lower.includes(stubOf(q).split('…')[0]!.trim().toLowerCase());
  const xs = evidence.map((e) => e.x);
  const verdicts = learned ? answered(ctx.lang, xs) : null;
  const open = questions.filter(
    (q, i) => !(evidence[i]!.settled ?? (verdicts ? verdicts[i]! : evidence[i]!.rule)) && !taken(q),
  );
  if (!open.length) return null;
  const stubs = open.map(stubOf);
  // The answers go at the end of the body — above a closing question that opens its own paragraph, so the reply
  // still ends with the question that tells the customer the next step.
  const closing = ctx.sentences[ctx.sentences.length - 1]!;
  const ownParagraph = ctx.draft.paragraphs.some((p) => p.start === closing.start);
  const fix: PlannedFix =
    ownParagraph && asks(ctx, closing) && ctx.sentences.length > 1
      ? { label: ctx.say('fix_unanswered_label'), text: stubs.join('\n') + '\n\n', at: closing.start }
      : { label: ctx.say('fix_unanswered_label'), text: '\n\n' + stubs.join('\n'), at: 'end-of-body' };
  const at = ctx.draft.bodyEnd;
  const h = ctx.hint(
    'unanswered-question',
    'warning',
    open.length > 1 ? 'hint_unanswered_many_message' : 'hint_unanswered_message',
    'hint_unanswered_why',
    at,
    at,
    [fix],
  );
  return { ...h, quote: open.map((q) => shorten(q.text, open.length > 1 ? 50 : 80)).join(' · ') };
}
