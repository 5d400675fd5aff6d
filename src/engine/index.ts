/**
 * The engine: analyze(text, options) → { lang, hints }. Pure TypeScript: no DOM, no network, no state other
 * than caches keyed by text, so calling it on every keystroke reuses the work for unchanged lines and paragraphs.
 */
import type { AnalyzeOptions, AnalyzeResult, Hint, Lang, RuleId } from './types';
import { LANGS, RULE_IDS } from './types';
import { parseDraft, type Draft } from './draft';
import { detectLanguage } from './detect';
import { compiledPack } from './compiled';
import { makeContext } from './context';
import { RULES } from './rules';
import { PACKS } from './lang';
import { compile, startsWith } from './phrases';

export * from './types';
export { parseDraft } from './draft';
export { detectLanguage } from './detect';

const signOffMatchers = new Map<string, (line: string) => boolean>();

/** The sign-off matcher for these options, built once per language set and custom sign-offs (not per keystroke). */
function signOffMatcher(options: AnalyzeOptions): (line: string) => boolean {
  const langs = options.lang ? [options.lang] : candidates(options);
  const key = JSON.stringify(langs.map((l) => [l, options.custom?.[l]?.signOffs ?? []]));
  let matcher = signOffMatchers.get(key);
  if (!matcher) {
    matcher = buildSignOffMatcher(langs, options);
    if (signOffMatchers.size > 50) signOffMatchers.clear();
    signOffMatchers.set(key, matcher);
  }
  return matcher;
}

function buildSignOffMatcher(langs: Lang[], options: AnalyzeOptions): (line: string) => boolean {
  const phrases = langs.flatMap((l) => [...PACKS[l].signOffs, ...(options.custom?.[l]?.signOffs ?? [])].map((p) => p.toLowerCase()));
  const re = compile(phrases);
  const common = new Set(langs.flatMap((l) => PACKS[l].commonWords));
  return (line) => {
    if (/\?\s*$/.test(line)) return false;
    const m = startsWith(re, line);
    if (!m) return false;
    const rest = line.slice(m.end).replace(/^[\s,.!:;~—–-]+/u, '').replace(/[\s,.!:;~]+$/u, '');
    if (!rest) return true;
    const words = rest.split(/\s+/);
    if (words.length <= 3 && words.every((w) => /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(w))) return true;
    return words.length === 1 && /^[\p{L}]+$/u.test(rest) && !common.has(rest.toLowerCase());
  };
}

function candidates(options: AnalyzeOptions): Lang[] {
  const langs = (options.languages ?? []).filter((l): l is Lang => (LANGS as string[]).includes(l));
  return langs.length ? langs : [...LANGS];
}

const MAX_CHARS = 200_000;

/** Offset where "end-of-body" fixes go: after the last character of the body, before sign-off and quoted history. */
export function bodyEnd(text: string, options: AnalyzeOptions = {}): number {
  return structure(String(text ?? ''), options).bodyEnd;
}

export function structure(text: string, options: AnalyzeOptions = {}): Draft {
  return parseDraft(text, signOffMatcher(options), options.quotedContext ?? '');
}

export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const input = typeof text === 'string' ? text : String(text ?? '');
  // Beyond this size a "draft" is a pasted document: nothing to coach, and typing must stay fast.
  if (input.length > MAX_CHARS) return { lang: null, hints: [] };
  const draft = structure(input, options);
  if (!draft.paragraphs.length) return { lang: options.lang ?? null, hints: [] };

  const parts = draft.paragraphs.map((p) => input.slice(p.start, p.end));
  if (draft.signOff) parts.push(draft.signOff.text);
  const uiLang: Lang = options.uiLang && (LANGS as string[]).includes(options.uiLang) ? options.uiLang : 'en';
  const lang = options.lang ?? detectLanguage(parts, { candidates: candidates(options), customerMessage: options.customerMessage, uiLang });
  if (!lang) return { lang: null, hints: [] };

  const pack = compiledPack(lang, options.custom?.[lang]);
  const ctx = makeContext(input, lang, uiLang, pack, draft, options);
  const enabled = new Set<RuleId>(options.rules ?? RULE_IDS);
  const hints: Hint[] = [];
  for (const id of RULE_IDS) {
    if (!enabled.has(id)) continue;
    const h = RULES[id](ctx);
    if (h) hints.push(h);
  }
  return { lang, hints };
}
