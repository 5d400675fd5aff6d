/**
 * The engine: analyze(text, options) → { lang, hints }. Pure TypeScript: no DOM, no network, no state other
 * than caches keyed by text, so calling it on every keystroke reuses the work for unchanged lines and paragraphs.
 * This is the engine without its question tagger (see ./questions); ./index is the same with compromise plugged in.
 */
import type { AnalyzeOptions, AnalyzeResult, Hint, Lang, RuleId, ThreadMessage } from './types';
import { LANGS, RULE_IDS } from './types';
import { parseDraft, warmSegmenter, type Draft, type SignOffMatcher } from './draft';
import { detectLanguage } from './detect';
import { compiledPack, compileSteps } from './compiled';
import { WARM_UP_CUSTOMER, WARM_UP_DRAFTS, warmUpThread } from './warm-up-drafts';
import * as common from './lang/common';
import { makeContext, type RuleContext } from './context';
import { RULES } from './rules';
import { PACKS } from './lang';
import { compile, exercise, startsWith } from './phrases';
import { isCyrillic, isSerbianCyrillic, toCyrillic, toLatin } from './script';
import { apologyCase } from './rules/apology';
import { recapCase } from './rules/order-recap';
import { answerCase } from './rules/unanswered-question';
import type { LearnedCase } from './learned/model';
import { lastCustomerMessage, nowOf } from './memory/thread';
import { threadFromQuoted } from './memory/quoted-thread';
import { dueDateWarmSteps } from './extract/dates';
import { boundedQuote, checkedView, type CheckedView } from './long-draft';

export { formatMoment, shownMoment } from './extract/dates';
import { shorten } from './shorten';

export { shorten } from './shorten';

export * from './types';
export { parseDraft } from './draft';
export { detectLanguage } from './detect';
export { QuestionQueue, taggerPort, MAX_QUESTION_CHARS, type QuestionPort } from './questions';

const signOffMatchers = new Map<string, SignOffMatcher>();

/** The sign-off matcher for these options, built once per language set and custom sign-offs (not per keystroke). */
function signOffMatcher(options: AnalyzeOptions): SignOffMatcher {
  const langs = draftLanguages(options);
  const key = JSON.stringify(langs.map((l) => [l, options.custom?.[l]?.signOffs ?? []]));
  let matcher = signOffMatchers.get(key);
  if (!matcher) {
    matcher = buildSignOffMatcher(langs, options);
    if (signOffMatchers.size > 50) signOffMatchers.clear();
    signOffMatchers.set(key, matcher);
  }
  return matcher;
}

function buildSignOffMatcher(langs: Lang[], options: AnalyzeOptions): SignOffMatcher {
  const phrases = langs.flatMap((l) =>
    [...PACKS[l].signOffs, ...(options.custom?.[l]?.signOffs ?? [])].map((p) => p.toLowerCase()),
  );
  const re = compile(phrases);
  // A closing block's shape does not depend on the language: the loose test knows every language's sign-offs.
  const anyLanguage = compile(
    LANGS.flatMap((l) => [...PACKS[l].signOffs, ...(options.custom?.[l]?.signOffs ?? [])].map((p) => p.toLowerCase())),
  );
  const common = new Set(langs.flatMap((l) => PACKS[l].commonWords));
  const heads = signOffHeads(langs);
  return (line, loose) => {
    if (/\?\s*$/.test(line)) return false;
    if (endsWithHead(line, heads)) return true;
    if (loose) return line.split(/\s+/).length <= 8 && !/[.]\s*$/.test(line) && startsWith(anyLanguage, line) !== null;
    const m = startsWith(re, line);
    if (!m) return false;
    const rest = line
      .slice(m.end)
      .replace(/^[\s,.!:;~—–-]+/u, '')
      .replace(/[\s,.!:;~]+$/u, '');
    if (!rest) return true;
    const words = rest.split(/\s+/);
    if (words.length <= 3 && words.every((w) => /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(w))) return true;
    return words.length === 1 && /^[\p{L}]+$/u.test(rest) && !common.has(rest.toLowerCase());
  };
}

/**
 * The words that end two or more of a pack's sign-offs ("regards", "Grüße", "terveisin", "pozdrav"): with a word or
 * two of the seller's own in front ("Aurinkoisin terveisin", "Sonnige Grüße") a line is a sign-off no list has.
 */
function signOffHeads(langs: Lang[]): Set<string> {
  const count = new Map<string, number>();
  for (const l of langs)
    for (const p of PACKS[l].signOffs) {
      const w = p.toLowerCase().split(/\s+/);
      // Short words ("much", "soon", "Dank") end too many other lines.
      if (w.length >= 2 && /^\p{L}{5,}$/u.test(w[w.length - 1]!))
        count.set(w[w.length - 1]!, (count.get(w[w.length - 1]!) ?? 0) + 1);
    }
  return new Set([...count].filter(([, n]) => n >= 2).map(([w]) => w));
}

/** "Aurinkoisin terveisin", "Sonnige Grüße,": one or two words, then a head word, nothing after but punctuation. */
function endsWithHead(line: string, heads: ReadonlySet<string>): boolean {
  const words = line
    .trim()
    .replace(/[\s,.!:;~\p{Extended_Pictographic}\ufe0f]+$/u, '')
    .split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{L}+$/u.test(w))) return false;
  return heads.has(words[words.length - 1]!.toLowerCase());
}

function candidates(options: AnalyzeOptions): Lang[] {
  const langs = (options.languages ?? []).filter((l): l is Lang => (LANGS as string[]).includes(l));
  return langs.length ? langs : [...LANGS];
}

/** The languages a draft may be in: the one forced by `lang`, else the seller's. */
function draftLanguages(options: AnalyzeOptions): Lang[] {
  return options.lang ? [options.lang] : candidates(options);
}

/** Offset where "end-of-body" fixes go: after the last character of the body, before sign-off and quoted history. */
export function bodyEnd(text: string, options: AnalyzeOptions = {}): number {
  const input = String(text ?? '');
  // A long draft's body ends in its closing part, as analyze() reads it.
  const view = checkedView(input);
  const read = view ? view.text : input;
  const opts = bounded(options);
  if (!isCyrillic(read)) return back(view, structure(read, opts).bodyEnd);
  const latin = toLatin(read);
  return back(view, latin.toOriginal[structure(latin.text, opts).bodyEnd]!);
}

const back = (view: CheckedView | null, i: number) => (view ? view.back(i) : i);

/** Options with the page's quoted history cut to what a check reads of it. */
function bounded(options: AnalyzeOptions): AnalyzeOptions {
  const q = options.quotedContext;
  return typeof q === 'string' && q !== boundedQuote(q) ? { ...options, quotedContext: boundedQuote(q) } : options;
}

export function structure(text: string, options: AnalyzeOptions = {}): Draft {
  return parseDraft(text, signOffMatcher(options), options.quotedContext ?? '');
}

export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const opts = bounded(options);
  // A pasted document is checked on its opening and closing parts, so a check stays within a few ms.
  const view = checkedView(input);
  const res = view ? fromView(view, analyzeWhole(view.text, opts)) : analyzeWhole(input, opts);
  for (const h of res.hints) {
    if (!ABOUT_A_SENTENCE.has(h.rule) || h.quote) continue;
    const quote = shorten(input.slice(h.start, h.end));
    if (quote) h.quote = quote;
  }
  return res;
}

function analyzeWhole(input: string, options: AnalyzeOptions): AnalyzeResult {
  if (isCyrillic(input)) return analyzeCyrillic(input, options);
  // A Latin draft to a customer who writes Cyrillic: the conversation is read in Latin letters too.
  if (!cyrillicContext(options)) return analyzeText(input, options);
  return inContextScript(analyzeText(input, latinContext(options)), options);
}

/** Does the customer's message or the thread hold Serbian Cyrillic? */
function cyrillicContext(options: AnalyzeOptions): boolean {
  const texts = [options.customerMessage, ...(options.thread ?? []).map((m) => m.text)];
  return texts.some((t) => typeof t === 'string' && isSerbianCyrillic(t));
}

const latinOf = (t: string | undefined) => (t && isCyrillic(t) ? toLatin(t).text : t);

/** The conversation and the customer's name in Latin letters (the draft's own quoted context stays as it is). */
function latinContext(options: AnalyzeOptions): AnalyzeOptions {
  return {
    ...options,
    customerName: latinOf(options.customerName),
    customerMessage: latinOf(options.customerMessage),
    thread: options.thread && latinThread(options.thread),
  };
}

// The same thread array gets the same copy: what memory remembers per thread survives the next keystroke.
const latinThreads = new WeakMap<readonly ThreadMessage[], ThreadMessage[]>();
function latinThread(thread: readonly ThreadMessage[]): ThreadMessage[] {
  let copy = latinThreads.get(thread);
  if (!copy) latinThreads.set(thread, (copy = thread.map((m) => ({ ...m, text: latinOf(m.text) ?? '' }))));
  return copy;
}

/** Quotes taken from a Cyrillic conversation (a customer's question, a promise) go back to its letters. */
function inContextScript(res: AnalyzeResult, options: AnalyzeOptions): AnalyzeResult {
  if (!res.hints.some((h) => h.quote) || !cyrillicContext(options)) return res;
  return { ...res, hints: res.hints.map((h) => (h.quote ? { ...h, quote: toCyrillic(h.quote) } : h)) };
}

/** The hints of a long draft's checked parts, with offsets into the full draft. */
function fromView(view: CheckedView, res: AnalyzeResult): AnalyzeResult {
  const hints = res.hints.map((h) => ({
    ...h,
    start: view.back(h.start),
    end: view.back(h.end),
    fixes: h.fixes.map((f) => ({
      ...f,
      at: typeof f.at === 'number' ? view.back(f.at) : f.at,
      offset: view.back(f.offset),
    })),
  }));
  return view.partial ? { ...res, hints, partial: view.partial } : { ...res, hints };
}

/** Rules whose hint is about what a sentence says (the others are about what is missing): the panel quotes it. */
const ABOUT_A_SENTENCE = new Set<RuleId>(['apology', 'order-recap']);

/** A Serbian Cyrillic draft and its context in Latin letters, with the way back to the draft's offsets. */
function latinCopy(input: string, options: AnalyzeOptions) {
  const latin = toLatin(input);
  const opts: AnalyzeOptions = { ...latinContext(options), lang: 'bs', quotedContext: latinOf(options.quotedContext) };
  const back = (i: number) => latin.toOriginal[Math.max(0, Math.min(i, latin.toOriginal.length - 1))]!;
  return { text: latin.text, options: opts, back };
}

const serbianWanted = (input: string, options: AnalyzeOptions) =>
  (options.lang ?? 'bs') === 'bs' && candidates(options).includes('bs') && isSerbianCyrillic(input);

/** Serbian Cyrillic through its Latin transliteration: offsets mapped back, fixes written in Cyrillic. */
function analyzeCyrillic(input: string, options: AnalyzeOptions): AnalyzeResult {
  if (!serbianWanted(input, options)) return { lang: null, hints: [] };
  const latin = latinCopy(input, options);
  const res = inContextScript(analyzeText(latin.text, latin.options), options);
  return {
    lang: res.lang,
    hints: res.hints.map((h) => ({
      ...h,
      start: latin.back(h.start),
      end: latin.back(h.end),
      fixes: h.fixes.map((f) => ({
        ...f,
        text: toCyrillic(f.text),
        at: typeof f.at === 'number' ? latin.back(f.at) : f.at,
        offset: latin.back(f.offset),
      })),
    })),
  };
}

/** The parsed draft, its language and the rules' context; null context when there is nothing to check. */
function contextFor(input: string, given: AnalyzeOptions): { lang: Lang | null; ctx: RuleContext | null } {
  // With a thread, the customer's last message is the thread's.
  let options = given;
  const draft = structure(input, options);
  // Webmail: without a thread from the page, the quoted history is the conversation.
  const quoted = [draft.quoted, options.quotedContext ?? ''].join('\n').trim();
  if (!options.thread && quoted) {
    const now = nowOf(options, []);
    const thread = threadFromQuoted(quoted, now, options);
    // A reply to a mail more than a month old: its quoted promises are history, not this week's business.
    const newest = Math.max(...thread.map((m) => (m.at ? Date.parse(m.at) : -Infinity)));
    if (newest > now.ms - 30 * 86_400_000) options = { ...options, thread };
  }
  // With a thread, the customer's last message is the thread's.
  if (!options.customerMessage && options.thread)
    options = { ...options, customerMessage: lastCustomerMessage(options) };
  if (!draft.paragraphs.length) return { lang: options.lang ?? null, ctx: null };
  const parts = draft.paragraphs.map((p) => input.slice(p.start, p.end));
  if (draft.signOff) parts.push(draft.signOff.text);
  const uiLang: Lang = options.uiLang && (LANGS as string[]).includes(options.uiLang) ? options.uiLang : 'en';
  const lang =
    options.lang ??
    detectLanguage(parts, { candidates: candidates(options), customerMessage: options.customerMessage, uiLang });
  if (!lang) return { lang: null, ctx: null };
  return { lang, ctx: makeContext(input, lang, uiLang, compiledPack(lang, options.custom?.[lang]), draft, options) };
}

function analyzeText(input: string, options: AnalyzeOptions): AnalyzeResult {
  const { lang, ctx } = contextFor(input, options);
  if (!ctx) return { lang, hints: [] };
  const enabled = new Set<RuleId>(options.rules ?? RULE_IDS);
  const hints: Hint[] = [];
  for (const id of RULE_IDS) {
    if (!enabled.has(id)) continue;
    const h = RULES[id](ctx);
    if (h)
      hints.push({
        ...h,
        fixes: h.fixes.map((f) => ({
          ...f,
          offset: f.at === 'start' ? 0 : f.at === 'end-of-body' ? ctx.draft.bodyEnd : f.at,
        })),
      });
  }
  return { lang: ctx.lang, hints };
}

/**
 * What the learned classifiers read for a draft, as analyze() builds it (for `npm run train`): each rule's own
 * question to its model, null where the rule never asks; null when analyze() would check nothing.
 */
export function learnedInputs(
  text: string,
  options: AnalyzeOptions = {},
): {
  lang: Lang;
  apology: LearnedCase | null;
  recap: LearnedCase | null;
  answers: ReturnType<typeof answerCase>;
} | null {
  if (isCyrillic(text) && !serbianWanted(text, options)) return null;
  const latin = isCyrillic(text)
    ? latinCopy(text, options)
    : { text, options: cyrillicContext(options) ? latinContext(options) : options };
  const { ctx } = contextFor(latin.text, latin.options);
  if (!ctx || !ctx.sentences.length) return null;
  return { lang: ctx.lang, apology: apologyCase(ctx), recap: recapCase(ctx), answers: answerCase(ctx) };
}

/**
 * The first analysis in a fresh page builds segmenters, the detector's tables and each pack's regexes: 100+ ms in
 * one go. The same work as a list of small steps (a few ms each: one regex, one segmenter, one warm-up draft), the
 * draft's own language first, for a page to run in idle moments so that no check ever becomes a long task.
 */
export function warmUpSteps(options: AnalyzeOptions = {}, draft = ''): Array<() => void> {
  return warmUpStages(options, draft).flatMap((s) => s.steps);
}

/**
 * The language a check of this draft will most likely be in, for the warm-up to prepare first: the draft's (its
 * start read by the detector), else the customer's message's, else the UI's, when the seller writes in it.
 */
export function likelyLanguage(options: AnalyzeOptions = {}, draft = ''): Lang | null {
  const all = draftLanguages(options);
  if (all.length === 1) return all[0]!;
  const opts = { candidates: all };
  const text = draft.trim();
  return (
    (text ? detectLanguage([text.slice(0, 2000)], opts) : null) ??
    (options.customerMessage ? detectLanguage([options.customerMessage.slice(0, 2000)], opts) : null) ??
    (options.uiLang && all.includes(options.uiLang) ? options.uiLang : null)
  );
}

/**
 * warmUpSteps() in stages, one per language the seller may write in: the first also prepares the detector, and
 * is for the likely language (likelyLanguage), after which a check of a draft in it builds nothing more.
 */
export function warmUpStages(options: AnalyzeOptions = {}, draft = ''): { lang: Lang; steps: Array<() => void> }[] {
  const all = draftLanguages(options);
  const guess = likelyLanguage(options, draft);
  const langs = guess ? [guess, ...all.filter((l) => l !== guess)] : all;
  const warm = (re: RegExp) => () => exercise(re, WARM_UP_DRAFTS.en);
  const shared: Array<() => void> = [
    ...Object.values(common)
      .filter((v): v is RegExp => v instanceof RegExp)
      .map(warm),
    () => void signOffMatcher(options)('Best regards'),
    () => void detectLanguage(Object.values(WARM_UP_DRAFTS), { candidates: [...LANGS] }),
  ];
  return langs.map((lang, i) => {
    const steps = i === 0 ? [...shared] : [];
    steps.push(() => warmSegmenter(lang));
    steps.push(...compileSteps(lang, options.custom?.[lang]));
    // Conversation memory's time words: compiled now, not at the first check of a box with a thread.
    steps.push(...dueDateWarmSteps(() => compiledPack(lang, options.custom?.[lang])));
    // One everyday draft through the parser and each rule on its own: their regexes compile on first use too.
    const opts: AnalyzeOptions = {
      ...options,
      lang,
      now: new Date(2025, 2, 1),
      customerMessage: WARM_UP_CUSTOMER[lang],
    };
    const text = WARM_UP_DRAFTS[lang];
    let ctx: ReturnType<typeof makeContext> | null = null;
    steps.push(() => {
      ctx = makeContext(
        text,
        lang,
        options.uiLang ?? 'en',
        compiledPack(lang, options.custom?.[lang]),
        structure(text, opts),
        opts,
      );
    });
    for (const id of RULE_IDS) steps.push(() => void (ctx && RULES[id](ctx)));
    steps.push(() => void analyze(text, opts));
    // And with a thread: memory's promise and status code compiles here, not at the first box with a thread.
    steps.push(() => void analyze(text, { ...opts, customerMessage: undefined, thread: warmUpThread(lang) }));
    return { lang, steps };
  });
}
