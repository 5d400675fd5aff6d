/**
 * greeting — The draft should open with a greeting to the customer ("Hi Anna,", "Hallo", "Hei", "Zdravo",
 * "Dear …", "Guten Tag …", "Hyvää päivää …", "Poštovana …"). Only the first line of the seller's own text counts:
 * a greeting inside quoted history or later in the text does not, and a bare name ("Mr. Johnson,") is an address,
 * not a greeting. Fix: a greeting in the draft's language and register, with the customer's
 * name when it is known, inserted at the start of the body.
 */
import type { Hint } from '../types';
import type { RuleContext } from '../context';
import { startsWith } from '../phrases';
import { cleanName, isOneLiner } from './shared';

export function greeting(ctx: RuleContext): Hint | null {
  const first = ctx.draft.paragraphs[0]?.lines[0];
  if (!first) return null;
  const line = first.text.trim();
  if (startsWith(ctx.pack.greetings, line)) return null;

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
