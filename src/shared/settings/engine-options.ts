/** The engine options the settings imply: the bridge from what the seller chose to what analyze() takes. */
import { LANGS, RULE_IDS, type AnalyzeOptions, type CustomPhrases, type Lang } from '../../engine/types';
import type { Settings } from './schema';

/**
 * The engine options these settings imply (the page adds customerName, customerMessage, thread, and may override
 * uiLang). `classifieds`: the page is a classifieds chat, where unanswered-question is off unless switched on.
 */
export function analyzeOptionsFrom(s: Settings, uiLang?: Lang, classifieds = false): Partial<AnalyzeOptions> {
  const custom: Partial<Record<Lang, CustomPhrases>> = {};
  const signOff = s.profile.signOff.trim();
  for (const l of LANGS) {
    const c: CustomPhrases = structuredClone(s.custom[l]);
    // The default sign-off counts as a sign-off in every language and is the one a fix suggests first.
    if (signOff) c.signOffs = [signOff, ...(c.signOffs ?? []).filter((x) => x !== signOff)];
    if (Object.keys(c).length) custom[l] = c;
  }
  const opts: Partial<AnalyzeOptions> = {
    languages: [...s.languages],
    rules: RULE_IDS.filter(
      (r) => s.rules[r] && !(r === 'unanswered-question' && classifieds && !s.unansweredOnClassifieds),
    ),
    formal: { ...s.profile.formal },
    custom,
    sellerName: s.profile.name || undefined,
  };
  if (uiLang) opts.uiLang = uiLang;
  return opts;
}
