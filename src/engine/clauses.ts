/**
 * Clauses: the parts of a sentence between a comma, semicolon, colon, dash or opening bracket. Rules read a word
 * within its clause — a negation ("Here are the photos, no scratches" delivers), a condition ("if it comes late"), a
 * word of lateness beside one of the message. A comma or colon inside a number ("12,50 €", "14:30") ends none.
 * One definition for every reader, so that a negation means the same to the recap as to conversation memory.
 */
const BREAK = /[;–—(]|[,:](?!\d)|\s-\s/gu;
const BREAK_AT_START = new RegExp(`^(?:${BREAK.source})`, 'u');

/** The clauses of a text, in order (the breaks themselves left out). */
export function clausesOf(text: string): string[] {
  return text.split(BREAK);
}

/** The part of the clause at `index` that comes before it. */
export function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  let start = 0;
  for (const m of before.matchAll(BREAK)) start = m.index + m[0].length;
  return before.slice(start);
}

/** The part of the clause at `index` that comes after it. */
export function clauseAfter(text: string, index: number): string {
  const after = text.slice(index);
  const end = after.search(BREAK);
  return end < 0 ? after : after.slice(0, end);
}

/** The clause at `index` and the one right after it: an afterthought ("moved to the 3rd, as you asked") belongs to it. */
export function clauseAndNext(text: string, index: number): string {
  const end = index + clauseAfter(text, index).length;
  const rest = text.slice(end);
  const brk = BREAK_AT_START.exec(rest);
  return clauseBefore(text, index) + text.slice(index, end) + (brk ? ' ' + clauseAfter(rest, brk[0].length) : '');
}
