/**
 * Draft structure: which part of a text the seller wrote now (the body), where the sign-off and signature are,
 * and which part is quoted history (context, never checked). Everything keeps UTF-16 offsets into the input.
 */
import { CONTACT_ANYWHERE, CONTACT_LINE, MAIL_APP_FOOTER, SENT_FROM } from './lang/common';
import { Recent } from './memo';
import { PACKS } from './lang';
import { phraseAlternation, startsWith } from './phrases';
import { packRegex } from './compiled';
import { LANGS, type Lang } from './types';

const isContact = (t: string) =>
  CONTACT_LINE.test(t) || (t.trim().length <= 100 && !/[.?!]\s*$/.test(t.trim()) && CONTACT_ANYWHERE.test(t));

export interface Line {
  start: number;
  end: number;
  text: string;
  /** Index of the line in the whole text. */
  index: number;
}

export interface Paragraph {
  start: number;
  end: number;
  lines: Line[];
}

export interface Draft {
  text: string;
  /** Paragraphs of the seller's own text before the sign-off. */
  paragraphs: Paragraph[];
  /** Offset just after the last character of the body: where "end-of-body" fixes go. */
  bodyEnd: number;
  /** Offset of the first character of the body (0 when the draft is empty). */
  bodyStart: number;
  signOff: Line | null;
  signature: Line[];
  /** Quoted history (text of the quoted lines and everything after a reply header). */
  quoted: string;
}

interface MailPatterns {
  /** Lines that start quoted history: attributions and separator lines, in every pack's language. */
  header: RegExp;
  /** First line of a From:/Sent:/To:/Subject: header block, and any of its fields. */
  field: RegExp;
  from: RegExp;
}

let mailPatterns: MailPatterns | null = null;

/** The mail quote conventions of every pack, as three patterns: a quote is recognised before the language is known. */
function mail(): MailPatterns {
  if (mailPatterns) return mailPatterns;
  const q = LANGS.map((l) => PACKS[l].mailQuotes);
  const attributions = q.flatMap(({ attribution: a }) => {
    const wrote = String.raw`(?<![\p{L}])(?:${phraseAlternation(a.wrote)})(?![\p{L}])`;
    return a.opens.length
      ? [String.raw`^\s*(?:${phraseAlternation(a.opens)})(?![\p{L}]).{0,200}${wrote}.{0,200}:\s*$`]
      : [String.raw`^.{0,200}${wrote}.{0,120}:\s*$`];
  });
  const separators = String.raw`^\s*-{2,}\s*(?:${phraseAlternation(q.flatMap((x) => x.separators))})\s*-{2,}\s*$`;
  const fieldOf = (names: string[]) => new RegExp(String.raw`^\s*\*?(?:${phraseAlternation(names)})\*?\s*:`, 'iu');
  mailPatterns = {
    header: new RegExp([...attributions, separators, String.raw`^\s*_{10,}\s*$`].join('|'), 'iu'),
    field: fieldOf([...new Set(q.flatMap((x) => x.headerFields))]),
    from: fieldOf([...new Set(q.flatMap((x) => x.fromFields))]),
  };
  return mailPatterns;
}

const quoteHeaderCache = new Recent<string, boolean>(128);

/** The mail header test, remembered per line text: the attribution patterns backtrack, and lines repeat per keystroke. */
export function isQuoteHeader(line: string): boolean {
  // Every attribution pattern needs a ":" (or "--" / "__" for the separator lines): most lines have none.
  if (!line.includes(':') && !line.includes('--') && !line.includes('__')) return false;
  let hit = quoteHeaderCache.get(line);
  if (hit === undefined) {
    hit = mail().header.test(line);
    quoteHeaderCache.set(line, hit);
  }
  return hit;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    // A "\r" before "\n" is not part of the line's text.
    const trimmedEnd = raw.endsWith('\r') ? end - 1 : end;
    lines.push({ start, end: trimmedEnd, text: text.slice(start, trimmedEnd), index: lines.length });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

const isBlank = (l: Line) => l.text.trim() === '';
const isQuoteLine = (l: Line) => /^\s*>/.test(l.text);

/**
 * The number of lines of a From:/Sent:/To:/Subject: header block starting at line `i` (line texts through `at`), or
 * 0: a From line and one more field, or, as GMX and WEB.DE write it ("Gesendet: … / Von: … / An: … / Betreff: …"),
 * three fields or more with a From line among them. Blank lines inside are skipped.
 */
function headerBlockFrom(at: (j: number) => string | undefined, i: number, look: number): number {
  const first = at(i);
  if (first === undefined) return 0;
  const startsWithFrom = mail().from.test(first);
  if (!startsWithFrom && !mail().field.test(first)) return 0;
  let hasFrom = startsWithFrom;
  let end = i + 1;
  let fields = 1;
  for (let j = i + 1; j < i + look; j++) {
    const l = at(j);
    if (l === undefined) break;
    if (!l.trim()) continue;
    if (!mail().field.test(l)) break;
    hasFrom ||= mail().from.test(l);
    fields++;
    end = j + 1;
  }
  return (startsWithFrom ? fields >= 2 : hasFrom && fields >= 3) ? end - i : 0;
}

/** Does a header block (From:/Sent:/To:/Subject:) start at line i? */
function headerBlockAt(lines: Line[], i: number): boolean {
  return headerBlockFrom((j) => lines[j]?.text, i, 6) > 0;
}

/** The number of lines of a From:/Sent:/To:/Subject: header block starting at line i of `lines`, or 0. */
export function headerBlockLength(lines: readonly string[], i: number): number {
  return headerBlockFrom((j) => lines[j], i, 8);
}

/** A line that could be the seller's name or shop name under a sign-off. */
function isNameLine(text: string): boolean {
  const t = text.trim().replace(/^[-–—~]\s*/, '');
  if (!t || t.length > 40) return false;
  if (/[.?!:;]$/.test(t) && !/\b[A-ZÄÖÜŠŽČĆĐ]\.$/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 4) return false;
  // Names and shop names: every word capitalised (Anna, Anna-Lena, Anna's Knits, AK Ceramics), or a single word.
  return words.every(
    (w) => /^[\p{Lu}\d][\p{L}\p{M}'’.&-]*$/u.test(w) || /^(?:&|and|und|ja|i|von|van|de|der)$/iu.test(w),
  );
}

/** "Sent from my iPhone", "Sent with Proton Mail secure email.": a line a mail app adds. */
const sentFrom = (t: string) => SENT_FROM.test(t) || MAIL_APP_FOOTER.test(t);

export interface SignOffMatcher {
  /**
   * Does this line (trimmed) open with a sign-off phrase, followed by at most a name? `loose`: a sign-off phrase of
   * any language followed by anything short ("Liebe Grüße aus der Wachau", "Thanks for your patience,").
   */
  (line: string, loose?: boolean): boolean;
}

// "Co.", "d.o.o.", "prof.", "Ltd.": a signature line may end in an abbreviation's full stop.
const ABBREVIATED_END = /(?:^|[\s,])(?:\p{L}{1,4}|(?:\p{L}\.){2,}\p{L}?)\.$/u;
const endsLikeSentence = (t: string) => /[?]$/u.test(t) || (/[.!]$/u.test(t) && !ABBREVIATED_END.test(t));

/** A line that can stand in a signature: contact details, "Sent from…", or short and not a sentence. */
function signatureLine(l: Line, maxWords: number): boolean {
  const t = l.text.trim();
  // Separators are no words: "Ember & Wick Candles | Wholesale" is four.
  const n = t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return isContact(t) || sentFrom(t) || (t.length <= 70 && n <= maxWords && !endsLikeSentence(t));
}

/** A name or shop line, also two of them side by side ("Minna / Minnan Leivonnainen", "Maja | Glinena kuća"). */
function isNamePair(text: string): boolean {
  const parts = text.trim().split(/\s+[/|–—]\s+/u);
  return parts.length <= 3 && !/\d/.test(text) && parts.every((p) => isNameLine(p));
}

/**
 * The last paragraph as a closing block by its shape when no known sign-off ends the draft: a sign-off phrase with
 * more after it ("Best greetings from Freiburg" / "Annette Böhm"), a short line ending in a comma above a name, or a
 * name with its shop ("Tyyne / Räsypuoti", "Vedran" / "Hrast i Ko, Varaždin"); every line short and not a sentence.
 */
function closingBlock(
  own: Line[],
  firstContent: number,
  last: number,
  isSignOff: SignOffMatcher,
): { signOff: Line | null; signature: Line[]; before: number } | null {
  let b = last;
  while (b > firstContent && !isBlank(own[b]!)) b--;
  if (b <= firstContent) return null;
  const block = own.slice(b + 1, last + 1);
  if (!block.length || block.length > 5) return null;
  if (!block.every((l) => signatureLine(l, 8))) return null;
  const [first, ...rest] = block as [Line, ...Line[]];
  const t = first.text.trim();
  if (
    rest.length &&
    (isSignOff(t, true) || (/,$/.test(t) && t.split(/\s+/).length <= 6 && isNamePair(rest[0]!.text)))
  ) {
    return { signOff: first, signature: rest, before: b };
  }
  if (!rest.length && isSignOff(t, true)) return { signOff: first, signature: [], before: b };
  if (!rest.length && /\s[/|]\s/u.test(t) && isNamePair(t)) return { signOff: null, signature: block, before: b };
  // "Jen x", "Mia xx": a name with kisses signs a friendly note.
  if (!rest.length && /\s+x{1,3}$/iu.test(t) && isNameLine(t.replace(/\s+x{1,3}$/iu, '')))
    return { signOff: null, signature: block, before: b };
  if (rest.length && block.length <= 4 && isNamePair(t) && t.split(/\s+/).length <= 5)
    return { signOff: null, signature: block, before: b };
  return null;
}

/**
 * Pass 1, quoted history: ">" lines, and everything from a reply header on, are not the seller's own text. `cut`:
 * the index of that reply header's line (lines.length when there is none).
 */
export function splitQuoted(lines: Line[]): { own: Line[]; quoted: string[]; cut: number } {
  const own: Line[] = [];
  const quoted: string[] = [];
  let cut = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (isQuoteLine(l)) {
      quoted.push(l.text.replace(/^\s*>+\s?/, ''));
      continue;
    }
    const header = isQuoteHeader(l.text) || headerBlockAt(lines, i);
    if (header) {
      // A header followed only by ">" lines and then more own text is bottom-posting: skip the header alone.
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j]!)) j++;
      if (j < lines.length && isQuoteLine(lines[j]!) && !headerBlockAt(lines, i)) {
        quoted.push(l.text);
        continue;
      }
      cut = i;
      break;
    }
    own.push(l);
  }
  for (let i = cut; i < lines.length; i++) quoted.push(lines[i]!.text);

  return { own, quoted, cut };
}

/**
 * One or two words (capitalised, as a closing line is), a comma and a name: "Lämpimästi, Heidi",
 * "Liebe Grüße, Jan".
 */
function nameAfterComma(text: string): boolean {
  const parts = text.trim().replace(/[.!]$/u, '').split(',');
  if (parts.length !== 2) return false;
  const head = parts[0]!.trim().split(/\s+/);
  const name = parts[1]!.trim();
  const letters = (w: string) => /^\p{L}+$/u.test(w);
  return (
    head.length <= 2 &&
    head.every(letters) &&
    /^\p{Lu}/u.test(head[0]!) &&
    name.split(/\s+/).length <= 2 &&
    isNameLine(name)
  );
}

/** The own lines without blank lines at either end: `first`..`last`. */
function contentRange(own: Line[]): { first: number; last: number } {
  let last = own.length - 1;
  while (last >= 0 && isBlank(own[last]!)) last--;
  let first = 0;
  while (first <= last && isBlank(own[first]!)) first++;
  return { first, last };
}

/** A "-- " delimiter makes everything below it the signature; `last`: the line above it. */
function delimitedSignature(own: Line[], first: number, last: number): { signature: Line[]; last: number } {
  for (let i = first + 1; i <= last; i++) {
    if (!/^\s*--\s*$/.test(own[i]!.text)) continue;
    return { signature: own.slice(i, last + 1).filter((l) => !isBlank(l)), last: i - 1 };
  }
  return { signature: [], last };
}

/**
 * The short lines at the bottom that look like a signature (name, shop, phone, address), and `at`: the line above
 * them — the sign-off when `signOffAbove` (a known sign-off with such lines below), else a candidate.
 */
function linesBelowSignOff(
  own: Line[],
  first: number,
  last: number,
  isSignOff: SignOffMatcher,
): { at: number; lines: Line[]; signOffAbove: boolean } {
  const below: Line[] = [];
  for (let k = last; k > first && below.length <= 6; k--) {
    const l = own[k]!;
    if (isBlank(l)) continue;
    if (below.length && (isSignOff(l.text.trim()) || isSignOff(l.text.trim(), true)))
      return { at: k, lines: below, signOffAbove: true };
    if (!signatureLine(l, 5)) break;
    below.unshift(l);
  }
  // No known sign-off above them: contact lines, "Sent from…" and names alone, from the bottom up.
  const lines: Line[] = [];
  let i = last;
  while (i > first && lines.length < 6) {
    const l = own[i]!;
    if (isBlank(l)) {
      i--;
      continue;
    }
    if (!(isContact(l.text) || sentFrom(l.text) || isNameLine(l.text)) || isSignOff(l.text.trim())) break;
    lines.unshift(l);
    i--;
  }
  return { at: i, lines, signOffAbove: false };
}

/** Without a sign-off, only an unmistakable signature counts: contact lines, "Sent from", a lone name after a blank. */
function plainSignature(own: Line[], lines: Line[]): boolean {
  const top = lines[0]!;
  const blankBefore = own.indexOf(top) > 0 && isBlank(own[own.indexOf(top) - 1]!);
  return (
    lines.some((l) => isContact(l.text) || sentFrom(l.text)) ||
    (lines.length <= 2 && blankBefore) ||
    lines.every((l) => /^\s*[-–—~]\s*\S/.test(l.text))
  );
}

/** "<closing phrase>,\n<Name>" is a sign-off whatever the phrase ("Have a lovely week,\nSigrid"); with its comma a
 * longer one too ("Lovely to be making this for you,\nMeg"), with "!" only a short one (a longer line is a wish). */
const closingComma = (l: Line) => {
  const t = l.text.trim();
  const n = t.split(/\s+/).length;
  return /^[^.?!]{2,60}[,!]\s*$/u.test(t) && (n <= 6 || (n <= 8 && t.endsWith(',')));
};

/**
 * Pass 2, sign-off and signature, from the bottom up: a "-- " delimiter, a known sign-off with short lines below,
 * or a closing block by its shape. `first`..`last`: the own lines that remain the body (blank lines trimmed).
 */
export function findClosing(
  own: Line[],
  isSignOff: SignOffMatcher,
): { signOff: Line | null; signature: Line[]; first: number; last: number } {
  const { first } = contentRange(own);
  const delimited = delimitedSignature(own, first, contentRange(own).last);
  const signature = [...delimited.signature];
  let last = delimited.last;
  let signOff: Line | null = null;
  const below = linesBelowSignOff(own, first, last, isSignOff);
  let i = below.at;
  while (i > first && isBlank(own[i]!)) i--;
  const lines = below.lines;
  const nameBelow = lines.length > 0 && isNameLine(lines[0]!.text) && lines[0]!.index === own[i]!.index + 1;
  if (i > first && (isSignOff(own[i]!.text.trim()) || (nameBelow && closingComma(own[i]!)))) {
    signOff = own[i]!;
    signature.unshift(...lines);
    last = i - 1;
  } else if (lines.length && plainSignature(own, lines)) {
    signature.unshift(...lines);
    last = own.indexOf(lines[0]!) - 1;
  }
  // "Lämpimästi, Heidi" alone on the last line, after a blank one: a closing word and the name, no list needed.
  if (!signOff && !signature.length && last > first && isBlank(own[last - 1]!) && nameAfterComma(own[last]!.text)) {
    signOff = own[last]!;
    last--;
  }
  if (!signOff && !signature.length) {
    const block = closingBlock(own, first, last, isSignOff);
    if (block) {
      signOff = block.signOff;
      signature.push(...block.signature);
      last = block.before;
    }
  }
  while (last >= 0 && isBlank(own[last]!)) last--;
  return { signOff, signature, first, last };
}

/** Pass 3, paragraphs: runs of own lines between blank lines (or lines taken out as quotes). */
export function paragraphsOf(own: Line[], first: number, last: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length)
      paragraphs.push({ start: current[0]!.start, end: current[current.length - 1]!.end, lines: current });
    current = [];
  };
  let prevIndex = -2;
  for (let k = first; k <= last; k++) {
    const l = own[k]!;
    if (isBlank(l)) {
      flush();
      continue;
    }
    // Quoted lines removed from between own lines also separate paragraphs.
    if (prevIndex >= 0 && l.index !== prevIndex + 1) flush();
    prevIndex = l.index;
    current.push(l);
  }
  flush();

  return paragraphs;
}

export function parseDraft(text: string, isSignOff: SignOffMatcher, quotedContext = ''): Draft {
  const { own, quoted: quotedParts } = splitQuoted(splitLines(text));
  const { signOff, signature, first, last } = findClosing(own, isSignOff);
  const paragraphs = paragraphsOf(own, first, last);
  const lastPara = paragraphs[paragraphs.length - 1];
  let bodyEnd = lastPara ? lastPara.end : 0;
  while (bodyEnd > 0 && /\s/.test(text[bodyEnd - 1]!)) bodyEnd--;
  const firstPara = paragraphs[0];
  let bodyStart = firstPara ? firstPara.start : 0;
  while (firstPara && bodyStart < firstPara.end && /\s/.test(text[bodyStart]!)) bodyStart++;

  const quoted = [quotedParts.join('\n'), quotedContext].filter((s) => s.trim()).join('\n');
  return { text, paragraphs, bodyEnd, bodyStart, signOff, signature, quoted };
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Create the segmenter for a language and let it split once (ICU loads its data on first use), and its month words. */
export function warmSegmenter(lang: string): void {
  for (const seg of segmenter(lang).segment('Hi. Ok.')) void seg;
  startsWithMonth(lang, '');
}

// About the lines of one long draft (a 5,000-character draft has ~50) and the typing churn around them.
const sentenceCache = new Recent<string, Array<[number, number]>>(128);

// Abbreviations whose full stop does not end a sentence, in the four languages ("Lindenstr. 12": a street too).
// Initials ("A.B.", "J. Smith") end in a full stop that ends no sentence either.
export const ABBREVIATION =
  /(?:^|[\s(])(?:\p{L}(?:\.\p{L})*|mr|mrs|ms|dr|st|nr|no|ca|approx|incl|e\.g|i\.e|etc|vs|z\.b|u\.a|bzw|evtl|inkl|ggf|usw|zzgl|\p{L}*str|tel|esim|jne|tms|ns|npr|itd|tj|tzv|kom|sv|min|max|pcs|kpl|stk|gr|vol|abt)\.$/iu;

/** A regex of one list of a language's date words, built on first use (a thread's language is not known where the
 * sentences are cut, so any pack may be asked). */
function dateWordsOf(pick: (dates: (typeof PACKS)[Lang]['dates']) => readonly string[]) {
  const byLang = new Map<string, RegExp | null>();
  return (lang: string): RegExp | null => {
    let re = byLang.get(lang);
    if (re === undefined) {
      const pack = (PACKS as Partial<Record<string, (typeof PACKS)[Lang]>>)[lang];
      re = pack ? packRegex({ lang: lang as Lang }, pick(pack.dates)) : null;
      byLang.set(lang, re);
    }
    return re;
  };
}

const monthWords = dateWordsOf((d) => Object.values(d.months).flat());
/** A day number before a month of the language: "am 12. | Juli" is one date, not a sentence end. */
export function startsWithMonth(lang: string, text: string): boolean {
  const re = monthWords(lang);
  return !!re && startsWith(re, text) !== null;
}

const weekWords = dateWordsOf((d) => d.isoWeek);
/** How far a language's week number and its word run from the start of `text` ("46. KW", "u 46. nedelji"); 0 if none. */
export function weekLength(lang: string, text: string): number {
  const re = weekWords(lang);
  return (re && startsWith(re, text)?.end) || 0;
}

/** A stop that ends a day of the month, a date or a year, not a sentence, before a word in lower case: "am 3. mai",
 * "14.3. bis", "u 2024. godini"; "otan sen 70. voinko…" and "piti olla 40. laitatko…" end one. */
export const ORDINAL_STOP = /(?:^|[\s(])(?:(?:0?[1-9]|[12]\d|3[01])\.(?:(?:0?[1-9]|1[0-2])\.)?|\d{4}\.)$/u;

/** Intl.Segmenter keeps "available. when would you…" together (no capital after the stop): chat drafts need a split. */
function splitLowercaseStarts(text: string, segments: Array<[number, number]>, lang: string): Array<[number, number]> {
  // First undo splits after abbreviations ("Dear Ms. | Patel,") and day numbers ("den 12. | Juli").
  const spans: Array<[number, number]> = [];
  for (const span of segments) {
    const prev = spans[spans.length - 1];
    const before = prev ? text.slice(prev[0], prev[1]) : '';
    const dayNumber = /(?:^|\s)\d{1,2}\.$/u.test(before) && startsWithMonth(lang, text.slice(span[0], span[1]));
    if (prev && (ABBREVIATION.test(before) || dayNumber)) prev[1] = span[1];
    else spans.push([span[0], span[1]]);
  }
  const out: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    let from = s;
    const re = /[.!?…]+["”»)]*\s+(?=[\p{Ll}])/gu;
    const piece = text.slice(s, e);
    for (const m of piece.matchAll(re)) {
      const cut = s + m.index + m[0].trimEnd().length;
      const before = text.slice(from, cut);
      if (ABBREVIATION.test(before) || ORDINAL_STOP.test(before)) continue;
      out.push([from, cut]);
      from = s + m.index + m[0].length;
    }
    out.push([from, e]);
  }
  return out;
}

/** Sentences of one line, via Intl.Segmenter; cached by line text, so unchanged lines cost nothing while typing. */
export function lineSentences(line: Line, lang: string): Sentence[] {
  const key = lang + '\u0000' + line.text;
  let spans = sentenceCache.get(key);
  if (!spans) {
    spans = [];
    for (const seg of segmenter(lang).segment(line.text)) {
      const raw = seg.segment;
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      spans.push([seg.index + lead, seg.index + lead + trimmed.length]);
    }
    spans = splitLowercaseStarts(line.text, spans, lang);
    sentenceCache.set(key, spans);
  }
  return spans.map(([s, e]) => ({ start: line.start + s, end: line.start + e, text: line.text.slice(s, e) }));
}

export function paragraphSentences(p: Paragraph, lang: string): Sentence[] {
  return p.lines.flatMap((l) => lineSentences(l, lang));
}

export function bodySentences(d: Draft, lang: string): Sentence[] {
  return d.paragraphs.flatMap((p) => paragraphSentences(p, lang));
}
