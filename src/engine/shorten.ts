/** Quotes for the panel. */

/** A sentence for the panel to quote: whitespace collapsed, at most about 80 characters, cut at a word. */
export function shorten(sentence: string, max = 80): string {
  const t = sentence.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}
