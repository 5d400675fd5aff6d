/**
 * closing-question — The end of the body (its last paragraph before the sign-off, at most its last two sentences, after
 * friendly closing lines such as "Have a nice day!") should ask the customer a precise question or directly ask for
 * their reply ("Let me know which colour you'd like", "Bitte bestätigen Sie die Größe"). A question earlier in the text
 * followed by more statements does not count; neither do conditional offers ("If you have any questions, let me know",
 * "…and if you're still not happy, message me", "Let me know if you'd like a gift note" — unless asked as a question:
 * "Could you let me know if you'd like it wrapped?"), vague ones ("Any questions?", "Imate li još kakvih pitanja?", and
 * any question of vague words alone: "Is there anything else I can help with?") or rhetorical questions; a request word
 * after a negation ("en laita sitä postiin": I won't send it) is none, nor one after a subject or an auxiliary that
 * makes it a report ("our printer has let us know"), nor one for the item back ("schick mir die Jacke zurück"). Chat
 * questions typed without "?" count ("…the table is 120 still interested", "…when were you thinking", "…lowest is 52
 * posted would that work for you"), not right after "if" ("…if u still want it") nor "when" with its subject ("…when u
 * send the offer"); a Finnish verb with its question ending asks even under a full stop ("Tarkistaisitko, että kaikki
 * on oikein."). Fix: two or three closing questions that fit what the draft is about (an order, options, shipping,
 * pickup, a problem, the price), in the draft's language and register.
 */
import type { PlannedFix, RuleHint } from '../types';
import type { RuleContext } from '../context';
import type { QuestionTopic } from '../lang/pack';
import type { Sentence } from '../draft';
import { findAll, findAllExcept, isOnly, test } from '../phrases';
import { asks, endSeparator } from './shared';
import { memo } from '../memo';

function isClosingNicety(ctx: RuleContext, s: Sentence): boolean {
  const t = s.text.trim();
  if (!/[\p{L}\p{N}]/u.test(t)) return true;
  return isOnly(ctx.pack.pleasantries, t) || isOnly(ctx.pack.signOffs, t);
}

export function closingQuestion(ctx: RuleContext): RuleHint | null {
  const { draft } = ctx;
  const sentences = [...ctx.sentences];
  // The greeting line alone is not the end of a message.
  const greetingOnly = (s: Sentence) => s === ctx.sentences[0] && isOnly(ctx.pack.greetings, s.text.trim());
  while (
    sentences.length &&
    (isClosingNicety(ctx, sentences[sentences.length - 1]!) || greetingOnly(sentences[sentences.length - 1]!))
  ) {
    sentences.pop();
  }
  const last = sentences[sentences.length - 1];
  if (!last) return null;
  const para = draft.paragraphs.find((p) => p.start <= last.start && last.end <= p.end);
  const tail = sentences.filter((s) => para && s.start >= para.start).slice(-2);
  if (tail.some((s) => asks(ctx, s))) return null;

  const questions = pickQuestions(ctx);
  const sep = endSeparator(ctx);
  const fixes: PlannedFix[] = questions.map((q) => ({
    label: ctx.say('fix_question_label', q),
    text: sep + q,
    at: 'end-of-body',
  }));
  return ctx.hint(
    'closing-question',
    'warning',
    'hint_closing_message',
    'hint_closing_why',
    tail[0]!.start,
    last.end,
    fixes,
  );
}

/** What one sentence is about, for the questions a fix offers: read once per sentence while the seller types. */
interface SentenceTopics {
  flags: Set<QuestionTopic>;
  colours: string[];
}

function sentenceTopics(ctx: RuleContext, text: string): SentenceTopics {
  const p = ctx.pack;
  return memo(p, 'closing-topics', text, () => {
    const flags = new Set<QuestionTopic>();
    if (Object.values(p.problems).some((re) => findAllExcept(re, p.notProblems, text).length > 0)) flags.add('problem');
    if (findAllExcept(p.orderConfirmations, p.notOrderConfirmations, text).length) flags.add('order');
    for (const t of ['pickup', 'options', 'shipping', 'price'] as const) if (test(p.topics[t], text)) flags.add(t);
    return { flags, colours: findAll(p.recap.colour, text).map((m) => m.text.toLowerCase()) };
  });
}

/** Topics of the draft, most specific first. */
function topicsOf(ctx: RuleContext): QuestionTopic[] {
  const read = ctx.sentences.map((s) => sentenceTopics(ctx, s.text));
  const has = (t: QuestionTopic) => read.some((r) => r.flags.has(t));
  // Two colours or materials side by side ("the blue and the green one") offer a choice too.
  const colours = new Set(read.flatMap((r) => r.colours));
  const options = has('options') || colours.size >= 2;
  const topics = (['problem', 'order', 'pickup', 'options', 'shipping', 'price'] as const).filter((t) =>
    t === 'options' ? options : has(t),
  );
  return [...topics, 'general'];
}

/** Two or three questions, the most specific topic first; never one the draft already has word for word. */
function pickQuestions(ctx: RuleContext): string[] {
  const all = ctx.pack.pack.fixes.questions;
  const candidates = topicsOf(ctx).flatMap((t) => all[t].map((q) => ctx.pick(q)));
  return [...new Set(candidates)].filter((q) => !ctx.text.includes(q)).slice(0, 3);
}
