/** What every rule gets: the parsed draft, the language's compiled pack, register, options, and shared helpers. */
import type { AnalyzeOptions, PlannedFix, RuleHint, Lang, RuleId, Severity } from './types';
import type { CompiledPack } from './compiled';
import type { RegisterText } from './lang/pack';
import { bodySentences, type Draft, type Sentence } from './draft';
import { message } from './messages';
import { findAll, startsWith } from './phrases';
import { memo } from './memo';

export interface RuleContext {
  text: string;
  lang: Lang;
  uiLang: Lang;
  pack: CompiledPack;
  draft: Draft;
  formal: boolean;
  options: AnalyzeOptions;
  /** Sentences of the body: the greeting line included, sign-off, signature and quoted history not. */
  sentences: Sentence[];
  say(key: string, ...subs: string[]): string;
  pick(t: RegisterText): string;
  hint(
    rule: RuleId,
    severity: Severity,
    key: string,
    whyKey: string,
    start: number,
    end: number,
    fixes: PlannedFix[],
  ): RuleHint;
}

export function makeContext(
  text: string,
  lang: Lang,
  uiLang: Lang,
  pack: CompiledPack,
  draft: Draft,
  options: AnalyzeOptions,
): RuleContext {
  const sentences = bodySentences(draft, lang);
  const formal = detectFormal(pack, draft, sentences, options.formal?.[lang] ?? false);
  const ctx: RuleContext = {
    text,
    lang,
    uiLang,
    pack,
    draft,
    formal,
    options,
    sentences,
    say: (key, ...subs) => message(uiLang, key, subs),
    pick: (t) => (formal ? t.formal : t.informal),
    hint: (rule, severity, key, whyKey, start, end, fixes) => ({
      rule,
      severity,
      message: message(uiLang, key),
      explanation: message(uiLang, whyKey),
      start,
      end,
      fixes,
    }),
  };
  return ctx;
}

/** Formal address (Sie, Te, Vi, "Dear") wins when the draft shows it; informal when the draft shows that; else the default. */
function detectFormal(pack: CompiledPack, draft: Draft, sentences: Sentence[], fallback: boolean): boolean {
  let formal = 0;
  let informal = 0;
  for (const s of sentences) {
    const [f, i] = memo(pack, 'register', s.text, () => [
      // A capitalised "Sie" at the start of a sentence may be "she"/"they": only count it inside the sentence.
      findAll(pack.formalCased, s.text).filter((m) => m.start > 0).length + findAll(pack.formalAny, s.text).length,
      findAll(pack.informal, s.text).length,
    ]);
    formal += f;
    informal += i;
  }
  const first = draft.paragraphs[0]?.lines[0]?.text ?? '';
  if (startsWith(pack.formalGreetings, first)) formal += 1;
  if (formal === informal) return fallback;
  return formal > informal;
}
