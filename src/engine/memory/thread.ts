/**
 * The conversation before the draft (AnalyzeOptions.thread), read with the draft's language pack: its messages as
 * sentences with their moments, and the words a message is about.
 */
import type { AnalyzeOptions, ThreadMessage } from '../types';
import { parseMoment, type Moment } from '../extract/dates';
import { words } from '../words';
import { commonWordSet, perPack, type CompiledPack } from '../compiled';
import { memo } from '../memo';
import { ABBREVIATION, ORDINAL_STOP, splitLines, splitQuoted, startsWithMonth, weekLength } from '../draft';
import { escape, test } from '../phrases';
import { NUMERIC_DATE } from '../lang/common';

export interface ThreadSentence {
  text: string;
  /** Offset in its message. */
  start: number;
}

/** "now" as a moment: the option (a Date or ISO 8601 text), else the clock; the offset of the latest message. */
export function nowOf(options: AnalyzeOptions, thread: readonly ThreadMessage[]): Moment {
  let last: Moment | null = null;
  for (let i = thread.length - 1; i >= 0 && !last; i--) last = parseMoment(thread[i]!.at);
  const offset = last?.offset ?? 0;
  const n = options.now;
  if (typeof n === 'string') return parseMoment(n) ?? { ms: Date.now(), offset };
  return { ms: n instanceof Date && !Number.isNaN(n.getTime()) ? n.getTime() : Date.now(), offset };
}

const LOWER_NEXT = /\s+\p{Ll}/uy;

/**
 * Is the stop that ends `before` a date's, not a sentence's? An ordinal or a date before a word in lower case ("u 12.
 * sedmici", "perjantaina 13.6. klo 10"), or a day number before a month of any pack ("bis zum 10. März") or in digits
 * ("do 5. 12"): a thread's language is not known here. Reads `text` at `end` in place: a long draft is not copied
 * once per stop.
 */
function dateStop(before: string, text: string, end: number): boolean {
  if (weekStop(before, text, end)) return true;
  LOWER_NEXT.lastIndex = end;
  // A day of the month (and its month) or a year: "am 3. mai", "14.3. bis"; "otan sen 70. voinko…" ends a sentence.
  if (LOWER_NEXT.test(text)) return ORDINAL_STOP.test(before);
  if (!/(?:^|\s)(?:0?[1-9]|[12]\d|3[01])\.$/u.test(before)) return false;
  const after = text.slice(end, end + 40);
  // "do 5. 12, a portret…": a month in digits after the day, a space between them.
  if (/^ ?(?:0?[1-9]|1[0-2])(?!\d|[.,:]\d)/u.test(after)) return true;
  return (['de', 'bs', 'fi', 'en'] as const).some((l) => startsWithMonth(l, after));
}

/** Is the stop a week number's, its word after it ("u 46. nedelji", "in der 46. KW"; not "viikolla 14. Kiitos")? Read
 * from the word before the number, in any pack. */
function weekStop(before: string, text: string, end: number): boolean {
  // Most stops end a word, not a number: one look at the character before the stop says so.
  const last = before.charCodeAt(before.length - 2);
  if (!(last >= 48 && last <= 57)) return false;
  const n = /(?:^|\s)(?:[1-4]?\d|5[0-3])\.$/u.exec(before);
  if (!n) return false;
  const number = end - n[0].trimStart().length;
  const head = text.slice(Math.max(0, number - 40), number).trimEnd();
  const word = head.slice(head.lastIndexOf(' ') + 1);
  const tail = text.slice(number, end + 40);
  const past = end - number;
  return (['de', 'bs', 'fi', 'en'] as const).some(
    (l) =>
      weekLength(l, tail) > past ||
      (/^\p{L}+$/u.test(word) && weekLength(l, `${word} ${tail}`) > word.length + 1 + past),
  );
}

/** A message's own text: up to its quoted history's attribution ("Am … schrieb …:", an Outlook From:/Sent: block),
 * cut as a draft's is; a message without a ":" holds no attribution or header block and is taken whole. */
function ownPart(text: string): string {
  if (!text.includes(':')) return text;
  const lines = splitLines(text);
  const { cut } = splitQuoted(lines);
  return cut > 0 && cut < lines.length ? text.slice(0, lines[cut]!.start) : text;
}

/** Sentences of a message, its quoted history left out: "> …" lines and all below an attribution. */
export function sentencesOf(full: string): ThreadSentence[] {
  const text = ownPart(full);
  const out: ThreadSentence[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const t = raw.trim();
    if (t && !/^>/.test(t)) out.push({ text: t, start: from + raw.indexOf(t) });
    from = end;
  };
  // A stop ends a sentence before a space or the end, unless it ends an initial or an abbreviation ("A.B.", "z.B.").
  // An emoji ends a chat sentence too, when a new one starts after it ("kunhan kyselen 🙂 Miten…").
  for (const m of text.matchAll(/[.!?…]+(?=\s|$)|\n|\p{Extended_Pictographic}+(?=\s+\p{Lu})/gu)) {
    const end = m.index + m[0].length;
    if (m[0] === '.' && ABBREVIATION.test(text.slice(from, end))) continue;
    if (m[0] === '.' && dateStop(text.slice(from, end), text, end)) continue;
    push(end);
  }
  push(text.length);
  return out;
}

/** What a text is about: its content words' first five letters (function words of the pack left out). Remembered. */
export function topicStems(pack: CompiledPack, text: string): Set<string> {
  return memo(pack, 'topic-stems', text, () => stemsOf(pack, text));
}

function stemsOf(pack: CompiledPack, text: string): Set<string> {
  const common = commonWordSet(pack);
  const plain = plainWordSet(pack);
  const shortest = pack.pack.memory.shortestTopicWord;
  const plural = pluralMark(pack);
  const swap = stemSwap(pack);
  return new Set(
    words(text, true)
      .filter(
        (w) =>
          (w.length >= shortest && !/^\d+$/.test(w) && !common.has(w) && !plain.has(w)) ||
          /^\d{2,}$/.test(w) ||
          // A code or a size with letters and digits: "A3", "XL2", "20x10".
          (/\p{L}/u.test(w) && /\d/.test(w) && w.length >= 2),
      )
      .map((w) => {
        // A code's plural ("A3s", "XL2s") names the code.
        if (/\d/.test(w) && /\p{L}/u.test(w)) return w.replace(/(?<=\d)s$/u, '').slice(0, 5);
        const s = swap ? swap(w) : w;
        return (plural ? s.replace(plural, '') : s).slice(0, 5);
      }),
  );
}

/** The pack's plural marks at the end of a word of four letters or more ("osat" → "osa", "pics" → "pic"); null: none.
 * Only words of up to nine letters: the stems keep five letters, so a longer word's mark never reaches them (and a
 * lookbehind bounded so stays linear on a 200 KB "word"). */
const pluralMark = perPack((pack) => {
  const marks = pack.pack.memory.pluralMarks.map((m) => /^(\[[^\]]+\])(\p{L}+)$/u.exec(m)!);
  if (!marks.length) return null;
  return new RegExp(
    `(?<=^\\p{L}{3,8})(?:${marks.map(([, after, mark]) => `(?<=${after})${escape(mark!)}`).join('|')})$`,
    'u',
  );
});

/** The pack's stem swaps as one function ("putuje" → "putove"); null: none. Once per word, never at its start. */
const stemSwap = perPack((pack) => {
  const swaps = pack.pack.memory.stemSwaps.map((x) => x.split('>') as [string, string]);
  if (!swaps.length) return null;
  const re = new RegExp(`^(\\p{L}+?)(${swaps.map(([from]) => escape(from)).join('|')})(?=\\p{L})`, 'u');
  const to = new Map(swaps);
  return (w: string) => w.replace(re, (_, head: string, from: string) => head + to.get(from)!);
});

/** Words that say nothing of a topic: the pack's plain words and the words of one-word greetings ("servus", "pozz"). */
const plainWordSet = perPack((pack) => {
  const greetings = pack.pack.greetings.filter((g) => !/[\s*…#]/.test(g));
  return new Set([...pack.pack.memory.plainWords, ...greetings].flatMap((w) => words(w)));
});

/** Does `b` (a set, or anything that answers `has`) hold a word of `a`? */
export function overlaps(a: ReadonlySet<string>, b: { has(x: string): boolean }): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The customer's last message: the last customer message of the thread, else `customerMessage`. */
export function lastCustomerMessage(options: AnalyzeOptions): string | undefined {
  const t = options.thread ?? [];
  for (let i = t.length - 1; i >= 0; i--) if (t[i]!.author === 'customer' && t[i]!.text.trim()) return t[i]!.text;
  return options.customerMessage;
}

/** A way forward in a text: a solution phrase of the pack or a day or date ("on the 20th", "bis Freitag", "12.3."). */
export function givesWayForward(pack: CompiledPack, text: string): boolean {
  return test(pack.wayForward, text) || test(pack.recap.date, text) || test(NUMERIC_DATE, text);
}

// An emoji run, or an emoticon typed in ASCII (":)", ";-)", ":D") standing alone.
const EMOJI_RUN =
  /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+|(?<![\p{L}\p{N}:;=])[:;=][-'^]?[)(DPp3]+(?![\p{L}\p{N}])/gu;

/** A chat line cut at each emoji run or emoticon between two words ("kako napreduje :) Možemo li…"): where a writer who
 * types no full stop ends a sentence. */
export function atEmoji(line: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of line.matchAll(EMOJI_RUN)) {
    const end = m.index + m[0].length;
    if (!/\p{L}/u.test(line.slice(from, m.index)) || !/^\s+\p{L}/u.test(line.slice(end))) continue;
    out.push(line.slice(from, m.index));
    from = end;
  }
  out.push(line.slice(from));
  return out;
}
