/** Helpers the rules share: what a sentence does (asks, requests, offers), names, where fixes go. */
import type { RuleContext } from '../context';
import type { Sentence } from '../draft';
import { findAll, isOnly, isWhole, startsWith, test, type Match } from '../phrases';
import { AUX_NEXT, englishQuestionWithoutMark, runOnTails } from '../questions';
import { memo } from '../memo';
import { negationsOf, packRegex, perPack } from '../compiled';
import { greetingEnd } from '../greeting-end';
import { clauseAfter } from '../clauses';
import { namesThing, whetherWords } from '../memory/customer-questions';
import { topicStems } from '../memory/thread';

/** Text without quoted speech, so a question the seller quotes ("you asked “is it blue?”") does not count as theirs. */
export function withoutQuotes(t: string): string {
  return t.replace(
    /“[^”]*”|"[^"]*"|„[^“”]*[“”]|”[^”]*”|«[^»]*»|»[^«]*«/g,
    (q) => q[0] + ' '.repeat(q.length - 2) + q[q.length - 1],
  );
}

// Not `\s*[…]*\s*$`: two spaces loops side by side take quadratic time on a long run of spaces before a letter.
const TERMINAL = /[.!…]\s*(?:[\p{Emoji_Presentation}\p{So})\]]+\s*)?$/u;

export type Ask = 'question' | 'request' | null;

/** Does this sentence ask the customer something precise, or ask for their reply? */
export function asks(ctx: RuleContext, s: Sentence): Ask {
  const a = memo(ctx.pack, 'asks', s.text, () => asksText(ctx, s));
  if (typeof a === 'string' || a === null) return a;
  // A port's answer is not remembered with the regex work: it may arrive later (from the extension's background).
  // Until it does, the sentence gets the benefit of the doubt: better no hint than one that vanishes a moment later.
  if (a.clauses.some((c) => englishQuestionWithoutMark(c, ctx.options.questions) !== false)) return 'question';
  return a.otherwise;
}

const vagueStems = perPack((pack) =>
  topicStems(pack, [...pack.pack.vagueWords, ...pack.pack.vagueQuestions].join(' ')),
);

/** "Is there anything else I can help with?", "Ima li još nešto što vas zanima?": a question with a vague phrase and
 * every content word one of the pack's vague ones names no next step. */
function vagueOnly(ctx: RuleContext, t: string): boolean {
  // A vague phrase must be there: "Would that help?", "Da li vas zanima?" point at the offer before them.
  if (!/[?？]/u.test(t) || !test(ctx.pack.vagueQuestions, t)) return false;
  const own = topicStems(ctx.pack, t);
  const vague = vagueStems(ctx.pack);
  return own.size > 0 && [...own].every((w) => vague.has(w));
}

// Chat ends a sentence with an emoji as often as with a full stop.
const EMOJI_BREAK = /(?:\p{Emoji_Presentation}|\u200d|\ufe0f)+\s*/u;

// Not inside a number: "dhl 5,49 hermes 4,50", "um 14:30" are no clause breaks.
const CLAUSE_BREAK = new RegExp(String.raw`(?:(?<!\d)[,;:–—]|[,;:–—](?!\d))\s*|\s+-\s+|` + EMOJI_BREAK.source, 'u');

/** The parts of `t` between its breaks, trimmed, with no empty ones. */
const partsOf = (t: string, breaks: RegExp): string[] =>
  t
    .split(breaks)
    .map((c) => c.trim())
    .filter(Boolean);

/** "yes can do 30 bags by 1 june 😊 anything else?": the only question, after an emoji, is a vague one. */
function vagueAfterEmoji(ctx: RuleContext, t: string): boolean {
  const parts = partsOf(t, EMOJI_BREAK);
  const last = parts.at(-1) ?? '';
  if (parts.length < 2 || !/[?？]\s*$/u.test(last) || parts.slice(0, -1).some((c) => /[?？]/u.test(c))) return false;
  return isOnly(ctx.pack.vagueQuestions, last) || vagueOnly(ctx, last);
}

/** The answer, or the English clauses a tagger must look at first (and the answer when none is a question). */
type AskWork = Ask | { clauses: string[]; otherwise: Ask };

function asksText(ctx: RuleContext, s: Sentence): AskWork {
  const p = ctx.pack;
  const t = withoutQuotes(s.text).trim();
  if (!t) return null;
  if (startsWith(p.rhetorical, t)) return null;
  // "Let me know if you'd like it wrapped." offers; asked as a question ("Could you let me know if…?") it asks.
  const offers = findAll(p.conditionalOffers, t);
  const asked = () => (/[?？]\s*$/u.test(t) || !TERMINAL.test(t)) && startsWith(p.questionStarts, t) !== null;
  if (offers.length && !(asked() && offers.every((o) => startsWith(p.replyRequests, o.text)))) return null;
  if (isOnly(p.vagueQuestions, t) || isOnly(p.pleasantries, t) || vagueOnly(ctx, t) || vagueAfterEmoji(ctx, t))
    return null;
  if (t.includes('?') || t.includes('？')) return 'question';
  if (opensAskingByEnding(ctx, t)) return 'question';
  // "If any of these suit, just let me know", "Ako želite termin, javite se": a request under a condition offers.
  if (startsWith(p.conditionals, t)) return invertedTail(ctx, t) ? 'question' : null;
  const otherwise: Ask = requestsReply(ctx, t) ? 'request' : null;
  // Questions typed without "?": only when the sentence has no full stop or exclamation mark either.
  if (!TERMINAL.test(t)) {
    // "…, do you still want it or should I cancel" / "… 🙈 can you bring it back": a question may start a later clause.
    const clauses = partsOf(t, CLAUSE_BREAK);
    const lastClauses = clauses.slice(-2);
    // A clause may also open with an interrogative of chat ("millon pääset", "kolko košta").
    // Not an agreement that doubles as one ("važi, tu sam u 18" says yes).
    const opensWithWord = (c: string) =>
      startsWith(p.questionWords, c) !== null && startsWith(p.dealAnswers, c) === null && c.split(/\s+/).length >= 2;
    // After a greeting: "hiya do u want evri or inpost locker, evri is 2.89".
    const afterGreeting = (c: string) => c.slice(greetingEnd(p, c));
    const opensHere = (c: string) => opensAsking(ctx, c) || opensWithWord(c);
    // "a koju veličinu trebaš", "and when can you come": an "and" may open the clause before its question.
    const opens = (c: string) => {
      if (opensHere(c)) return true;
      const join = startsWith(joinsOf(p), c);
      return join !== null && opensHere(c.slice(join.end).trimStart());
    };
    if (lastClauses.some((c) => opens(c) || opens(afterGreeting(c)))) return 'question';
    if (trailingQuestion(p.questionWords, p.conditionals, lastClauses[lastClauses.length - 1] ?? '')) return 'question';
    if (endsWithTag(ctx, t)) return 'question';
    if (endsAskingByEnding(ctx, lastClauses[lastClauses.length - 1] ?? '')) return 'question';
    // Run-on tails only in chat, typed in lower case or without a stop inside: prose ("The parcel is on its way. It…")
    // has its full stops.
    const chat = /^\p{Ll}/u.test(afterGreeting(t).trimStart()) || !/[.!?;:]/u.test(t);
    if (ctx.lang === 'en') {
      if (chat && invertedTail(ctx, lastClauses.at(-1) ?? '')) return 'question';
      // The tagger reads standard spelling: "cud u post it tmrw" as "could you post it tomorrow".
      const spelled = lastClauses.map((c) => standardSpelling(ctx, c));
      return { clauses: [...spelled, ...(chat ? runOnTails(spelled.at(-1) ?? '') : [])], otherwise };
    }
  }
  return otherwise;
}

/**
 * Does the sentence directly ask for the customer's reply? A request word — not after a negation ("en laita sitä ennen
 * maksua": I won't send it) nor a subject or an auxiliary that makes it a report ("the printer has let us know"), not
 * for the item back ("schick mir die Jacke einfach zurück") — that no condition offers it under.
 */
function requestsReply(ctx: RuleContext, t: string): boolean {
  const p = ctx.pack;
  const requests = findAll(p.replyRequests, t).filter(
    (r) =>
      !wordBefore(negationsOf(p), t, r.start) &&
      !wordBefore(reportedBeforeOf(p), t, r.start) &&
      !forItemBack(ctx, t, r.end),
  );
  if (!requests.length) return false;
  const conditions = findAll(p.conditionals, t);
  return requests.some((r) => !conditionAfter(ctx, t, r.end) && !conditionBefore(t, conditions, r.start));
}

/** An action, not a reply; not the money back a question asks about ("schreib mir, ob … oder das Geld zurück"). */
function forItemBack(ctx: RuleContext, t: string, end: number): boolean {
  const after = clauseAfter(t, end);
  const w = findAll(returnWordsOf(ctx.pack), after)[0];
  return w !== undefined && !test(whetherWords(ctx.pack), after.slice(0, w.start));
}

/** "Javi ako kasniš", "Schreib mir einfach, wenn du so weit bist": the condition a word's gap or two after the request
 * (not a word that opens an indirect question: "ob"). */
function conditionAfter(ctx: RuleContext, t: string, end: number): boolean {
  const p = ctx.pack;
  const rest = t.slice(end);
  const gaps = new Set([0, ...[...rest.matchAll(/(?=[\s,]+\p{L})/gu)].map((m) => m.index)]);
  return [...gaps].slice(0, 3).some((i) => {
    const c = rest.slice(i);
    return startsWith(p.conditionals, c) !== null && startsWith(whetherWords(p), c) === null;
  });
}

/** "…and if you're still not happy, message me": the request right after its condition's clause. */
function conditionBefore(t: string, conditions: readonly Match[], start: number): boolean {
  return conditions.some((c) => {
    if (c.end > start) return false;
    const between = t.slice(c.end, start);
    const k = between.lastIndexOf(',');
    if (k < 0 || /[.;!?]/u.test(between)) return false;
    const tail = between.slice(k + 1).trim();
    return tail === '' || (tail.length <= 6 && /^\p{L}+$/u.test(tail));
  });
}

/** "…lowest is £52 posted would that work for you", "if u get a sec could u leave a review": a later clause of run-on
 * chat that opens the way a question does at a clause's start (an auxiliary and its subject) asks just the same. */
function invertedTail(ctx: RuleContext, clause: string): boolean {
  if (ctx.lang !== 'en' || TERMINAL.test(clause)) return false;
  const spelled = standardSpelling(ctx, clause);
  return runOnTails(spelled).some((tail) => {
    // "£50 is the lowest", "can do the bunting": after a number or a modal the auxiliary goes on a statement (runOnTails
    // already drops one after a pronoun or a contracted "ill", "id").
    const before =
      spelled
        .slice(0, spelled.length - tail.length)
        .trimEnd()
        .split(/\s+/)
        .at(-1)
        ?.toLowerCase() ?? '';
    return (
      startsWith(ctx.pack.questionStarts, tail) !== null && inverted(tail) && !/\d/u.test(before) && !MODALS.has(before)
    );
  });
}
const MODALS = new Set(['can', 'could', 'will', 'would', 'should']);
// An auxiliary and a subject that is no number or day: "is 115" and "do 4 pairs" give a price, not a question.
const INVERTED_SUBJECT = new Set('you i we they he she it this that these those there a an the my your any'.split(' '));
const inverted = (tail: string) => {
  const [aux = '', subject = ''] = tail.toLowerCase().split(/\s+/, 2);
  return AUX_NEXT.test(aux) && INVERTED_SUBJECT.has(subject);
};

/** Each chat spelling of the pack ("u", "wud", "tmrw") and the word it stands for. */
const chatWordsOf = perPack((pack) => {
  const out = new Map<string, string>();
  for (const [word, spellings] of Object.entries(pack.pack.chatSpellings))
    for (const s of spellings) if (!/\s/u.test(s)) out.set(s, word);
  return out;
});

/** The text with its chat spellings written out, remembered per text. */
function standardSpelling(ctx: RuleContext, text: string): string {
  const chat = chatWordsOf(ctx.pack);
  return memo(ctx.pack, 'standard-spelling', text, () =>
    text.replace(/(?<![\p{L}'’])[\p{L}'’]+(?![\p{L}'’])/gu, (w) => chat.get(w.toLowerCase()) ?? w),
  );
}

/** The pack's question endings of a verb in "-ko" or "-kö" ("-kos", "-kohan"), not spoken "-ks" ("lauantaiks"). */
const askingEndings = perPack((pack) => pack.pack.memory.verbEndings.filter((e) => /^k[oö]/u.test(e)));

/**
 * Chat runs a statement into a question marked by its verb's ending: "…mulla on toinen harmaana kiinnostaisko se",
 * "…nouto vaan Oulusta sopisko nouto". A word with such an ending among the clause's last four words, after two
 * words of its own; not after a double "k" ("pakko", "lakko" end like it).
 */
function endsAskingByEnding(ctx: RuleContext, clause: string): boolean {
  const endings = askingEndings(ctx.pack);
  if (!endings.length) return false;
  const w = clause.toLowerCase().match(/\p{L}+/gu) ?? [];
  return w
    .slice(2)
    .slice(-4)
    .some((x) => carriesEnding(endings, x, (stem) => !stem.endsWith('k')));
}

/**
 * "Tarkistaisitko, että kaikki on oikein.": a first verb (after a greeting) with the question ending ("-ko",
 * "-kohan") asks, full stop or not; not a word that ends so and names a thing ("Koko on 38.", "Vakiokoko on 40 cm.").
 */
function opensAskingByEnding(ctx: RuleContext, text: string): boolean {
  const endings = askingEndings(ctx.pack);
  if (!endings.length) return false;
  const first = /^\s*(\p{L}+)/u.exec(text.slice(greetingEnd(ctx.pack, text)))?.[1]?.toLowerCase();
  if (!first || namesThing(ctx.pack, first)) return false;
  // The ending after a verb's person ending or long vowel ("haluatko", "onko", "sopiiko", "kertoisitteko"), not after
  // a noun's letters ("vakiokoko").
  return carriesEnding(endings, first, (stem) => PERSON_END.test(stem));
}

const PERSON_END = /(?:[tn]|[aeiouyäö]{2}|(?:tt|mm)e)$/u;

/** Does `word` end in one of `endings` after three letters of its own, with a stem `before` accepts? */
function carriesEnding(endings: readonly string[], word: string, before: (stem: string) => boolean): boolean {
  return endings.some((e) => word.length >= e.length + 3 && word.endsWith(e) && before(word.slice(0, -e.length)));
}

/** Is the word right before `at` one of `words` (a negation: "en", "don't"; a subject or an auxiliary: "has")? */
function wordBefore(words: RegExp, text: string, at: number): boolean {
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];
  return before !== undefined && isWhole(words, before);
}

const reportedBeforeOf = perPack((pack) => packRegex(pack, pack.pack.reportedBefore));
const returnWordsOf = perPack((pack) => packRegex(pack, pack.pack.returnWords));
const joinsOf = perPack((pack) => packRegex(pack, pack.pack.memory.joins));

/**
 * Chat typed without punctuation runs a statement into a question: "35 is fine when can you come", "ok varaan
 * mihin aikaan kaveri tulee". A question word among the last six words, after other words, starts a question.
 */
function trailingQuestion(starts: RegExp, conditionals: RegExp, clause: string): boolean {
  const words = [...clause.matchAll(/\S+/gu)];
  if (words.length < 3) return false;
  const from = words[Math.max(1, words.length - 6)]!.index;
  const wordStarts = new Set(words.map((w) => w.index));
  // "…it's yours if u still want it": the words after "if" set a condition, they ask nothing.
  const ifs = findAll(conditionals, clause);
  return findAll(starts, clause).some(
    (m) =>
      m.start >= from &&
      wordStarts.has(m.start) &&
      clause.slice(m.start).trim().split(/\s+/).length >= 2 &&
      !ifs.some((c) => c.end <= m.start && clause.slice(c.end, m.start).trim().split(/\s+/).length <= 1),
  );
}

const TRAILING = /^(?:[\s\p{Emoji_Presentation}\p{So}]|\u200d|\ufe0f)$/u;
const tagQuestions = perPack((pack) => packRegex(pack, pack.pack.tagQuestions));

/** "ok 80 und du kommst heut um 7, gell", "130e mennään käykö": a tag at the very end, after two words of its own. */
function endsWithTag(ctx: RuleContext, t: string): boolean {
  // Spaces and emoji after the tag, peeled off one character at a time (a "(…)+$" regex is quadratic on spaces).
  const chars = [...t.slice(-64)];
  let end = t.length;
  while (chars.length && TRAILING.test(chars[chars.length - 1]!)) end -= chars.pop()!.length;
  const tag = findAll(tagQuestions(ctx.pack), t).find((m) => m.end === end);
  if (!tag) return false;
  const before = t.slice(0, tag.start);
  return (before.match(/\p{L}+|\d+/gu)?.length ?? 0) >= 2 && !wordBefore(negationsOf(ctx.pack), t, tag.start);
}

const CLAUSE = /[^,;:–—\p{Emoji_Presentation}]+[,;:–—\p{Emoji_Presentation}]*/gu;

/** A clause that opens like a question: "koko 38" ends like "onko" but gives the size, and a detail opens none. */
function opensAsking(ctx: RuleContext, c: string): boolean {
  return startsWith(ctx.pack.questionStarts, c) !== null && startsWith(ctx.pack.recap.size, c) === null;
}

const bareTags = perPack((pack) =>
  packRegex(
    pack,
    pack.pack.tagQuestions.map((t) => t.replace(/^,\s*/u, '')),
  ),
);

/** Where the tag that ends a last clause starts ("…size 12 until friday evening ok?"), when three words or more of
 * the clause's own come before it: only the tag asks. -1 when there is none. */
function tagStart(ctx: RuleContext, clause: string): number {
  const t = clause.replace(/[?？][\s\p{Emoji_Presentation}\p{So}]*$/u, '');
  if (t.length === clause.length) return -1;
  const tag = findAll(bareTags(ctx.pack), t).find((m) => m.end === t.trimEnd().length);
  if (!tag || (t.slice(0, tag.start).match(/\p{L}+|\d+/gu)?.length ?? 0) < 3) return -1;
  return tag.start;
}

/**
 * The sentence with its question part blanked out (same length), so that "Has it arrived?" admits nothing while
 * "the parcel came back, sending it again monday, ok?" still admits the parcel coming back.
 */
export function statementPart(ctx: RuleContext, text: string): string {
  return memo(ctx.pack, 'statement', text, () => statementPartOf(ctx, text));
}

function statementPartOf(ctx: RuleContext, text: string): string {
  const t = withoutQuotes(text);
  if (!/[?？]\s*(?:\S{1,3}\s*)?$/u.test(t.trim())) return t;
  const clauses = [...t.matchAll(CLAUSE)].map((m) => ({ start: m.index, text: m[0] }));
  let out = t;
  clauses.forEach((c, i) => {
    // A clause that opens asking is blanked whole; the last one from its tag on ("…ill reserve the green barbour size
    // 12 for u until friday evening ok?": the tag asks, the rest states), or whole when it has none.
    const from = opensAsking(ctx, c.text.trim())
      ? 0
      : i === clauses.length - 1
        ? Math.max(0, tagStart(ctx, c.text))
        : -1;
    if (from >= 0)
      out = out.slice(0, c.start + from) + ' '.repeat(c.text.length - from) + out.slice(c.start + c.text.length);
  });
  return out;
}

/** What a sentence says besides its questions, with or without "?" ("is it for collection or do u need it posted"). */
export function unaskedPart(ctx: RuleContext, text: string): string {
  return memo(ctx.pack, 'unasked', text, () =>
    statementPart(ctx, text).replace(CLAUSE, (c) => (opensAsking(ctx, c.trim()) ? ' '.repeat(c.length) : c)),
  );
}

/**
 * What an asking sentence states besides its ask: the statement part with every clause that requests a reply blanked
 * too (same length) — "40 € ja nouto huomenna klo 18, käykö?" states a price, a pickup and a time; "Bicikl ti čuvam do
 * nedjelje za 90 €, javi kad ćeš doći" a deadline and a price; "Please confirm the size" states nothing.
 */
export function toldPart(ctx: RuleContext, text: string): string {
  const { replyRequests } = ctx.pack;
  return memo(ctx.pack, 'told', text, () =>
    unaskedPart(ctx, text).replace(CLAUSE, (c) => (test(replyRequests, c) ? ' '.repeat(c.length) : c)),
  );
}

/** A name that reads like a person's name ("Anna", "Anna Müller"), not a user handle ("anna_knits23"). */
export function cleanName(name: string | undefined): { first: string; full: string } | null {
  const n = (name ?? '').replace(/\s+/g, ' ').trim();
  if (!n || n.length > 60 || /[\d@_/\\<>]/.test(n)) return null;
  const words = n.split(' ');
  if (!words.every((w) => /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(w))) return null;
  const fix = (w: string) => (w === w.toLowerCase() ? w[0]!.toUpperCase() + w.slice(1) : w);
  const full = words.map(fix).join(' ');
  return { first: fix(words[0]!), full };
}

/** Where the body's text is a single line (a chat message) rather than a letter. */
export function isOneLiner(ctx: RuleContext): boolean {
  const ps = ctx.draft.paragraphs;
  return ps.length === 1 && ps[0]!.lines.length === 1;
}

/** Text to put before a sentence appended at the end of the body. */
export function endSeparator(ctx: RuleContext): string {
  if (!isOneLiner(ctx)) return '\n\n';
  const before = ctx.text.slice(0, ctx.draft.bodyEnd);
  return /[\p{L}\p{N}]$/u.test(before) ? '. ' : ' ';
}
