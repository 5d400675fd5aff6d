/** Words as the engine compares them: lower case, č ć š ž đ folded (as the packs match), digits as 0 (unless
 * `keepDigits`: a topic's "20" is not its "81"). */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const FOLD: Record<string, string> = { č: 'c', ć: 'c', š: 's', ž: 'z', đ: 'd' };

export function words(text: string, keepDigits = false): string[] {
  const lower = text.toLowerCase().replace(/[čćšžđ]/g, (c) => FOLD[c]!);
  return (lower.match(WORD) ?? []).map((w) => (keepDigits ? w : w.replace(/\d/g, '0')).replace(/’/g, "'"));
}

/** Each word's last letter once however often it is typed ("Heii", "sorii", "sorryyy" → "Hei", "sori", "sorry"): chat
 * stretches a word's end. Only the end: inside a word a double letter is its own ("valitaan" is no "valitan"). */
export function withEndsOnce(text: string): string {
  return text.replace(/(\p{L})\1+(?!\p{L})/gu, '$1');
}
