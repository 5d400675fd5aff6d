/**
 * Clauses: the parts of a sentence between a comma, semicolon, colon, dash or opening bracket. Rules read a word
 * within its clause — a negation ("Here are the photos, no scratches" delivers), a condition ("if it comes late"), a
 * word of lateness beside one of the message. A comma or colon inside a number ("12,50 €", "14:30") ends none.
 * One definition for every reader, so that a negation means the same to the recap as to conversation memory.
 */
const BREAK = /[;–—(]|[,:](?!\d)|\s-\s/gu;

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
