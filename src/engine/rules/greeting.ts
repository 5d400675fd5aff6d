/**
 * greeting — The draft should open with a greeting to the customer ("Hi Anna,", "Hallo", "Hei", "Zdravo",
 * "Dear …", "Guten Tag …", "Hyvää päivää …", "Poštovana …"). Only the first line of the seller's own text counts:
 * a greeting inside quoted history or later in the text does not, and a bare name ("Mr. Johnson,") is an address,
 * not a greeting. Fix: a greeting in the draft's language and register, with the customer's
 * name when it is known, inserted at the start of the body.
 */
import type { RuleHint } from '../types';
import type { RuleContext } from '../context';
import { startsWith } from '../phrases';
import { perPack } from '../compiled';
import { greetingAt } from '../greeting-end';
import { cleanName, isOneLiner } from './shared';

/** The one-word greetings' first five letters, all of a shorter one ("moikk", "hei", "hello"). */
const greetingStarts = perPack((pack) =>
  pack.pack.greetings.filter((g) => /^\p{L}{3,}$/u.test(g)).map((g) => g.slice(0, 5)),
);

/**
 * A greeting no list has, by its shape: the opening word is followed by the customer's name or by "!" / "," and is
 * either a playful form of one of the pack's one-word greetings (its first five letters, or all of a shorter one, a
 * few letters longer: "Moikku!", "Heips Anna", "Hellou Nea!", "Hejssan"; not "Huomasin," for "huomenta", nor
 * "Pošta" for "poštovani") or any word but a thanks or an apology before the customer's own name ("Moikkelis
 * Katja,", "Ahoj Anna!").
 */
function greetingShape(ctx: RuleContext, line: string): boolean {
  const rest = line.replace(/^[\s\p{P}\p{S}]+/u, '');
  const first = /^\p{L}+/u.exec(rest)?.[0];
  if (!first) return false;
  const after = rest.slice(first.length);
  const next = /^\s+(\p{Lu}\p{L}*)/u.exec(after)?.[1];
  if (!next && !/^[!,]/u.test(after)) return false;
  const word = first.toLowerCase();
  const name = cleanName(ctx.options.customerName)?.first;
  // "Thanks Anna!" and "Sorry Anna," open with a thanks or an apology, not a greeting.
  const notGreeting = startsWith(ctx.pack.pleasantries, line) || startsWith(ctx.pack.apologies, line);
  if (name && next === name && !notGreeting) return true;
  const variant = greetingStarts(ctx.pack).some((g) => word.startsWith(g));
  return word.length <= 9 && variant && !notGreeting;
}

export function greeting(ctx: RuleContext): RuleHint | null {
  const first = ctx.draft.paragraphs[0]?.lines[0];
  if (!first) return null;
  const line = first.text.trim();
  if (greetingAt(ctx.pack, line) || greetingShape(ctx, line)) return null;

  const name = cleanName(ctx.options.customerName);
  const fixes = ctx.pack.pack.fixes;
  let text: string;
  if (name) {
    const feminine = ctx.formal && fixes.greetingFeminine && /a$/i.test(name.first);
    const template = feminine ? fixes.greetingFeminine! : ctx.pick(fixes.greeting);
    text = template.replace('{name}', ctx.formal ? name.full : name.first);
  } else {
    text = ctx.pick(fixes.greetingNoName);
  }
  const bodyStart = ctx.draft.bodyStart;
  let insert: string;
  if (isOneLiner(ctx)) {
    // In a chat line: "Hi Anna! It's still available" / "Hi Anna, it's still available".
    const next = ctx.text[bodyStart] ?? '';
    insert = next === next.toLowerCase() ? text + ' ' : text.replace(/,$/, '!') + ' ';
  } else {
    insert = text + '\n\n';
  }
  const firstSentence = ctx.sentences[0];
  return ctx.hint(
    'greeting',
    'suggestion',
    'hint_greeting_message',
    'hint_greeting_why',
    bodyStart,
    firstSentence?.end ?? bodyStart,
    [{ label: ctx.say('fix_greeting_label', text), text: insert, at: bodyStart === 0 ? 'start' : bodyStart }],
  );
}
