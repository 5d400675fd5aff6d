// Development aid: scores the engine on the train and dev splits and lists the misses (never the test split's).
//   npx esbuild tests/dataset/eval.ts --bundle --platform=node --format=esm --outfile=tests/dataset/.tmp/eval.mjs
//   node tests/dataset/.tmp/eval.mjs dev [rule] [lang]   (from the repository root)
import { analyze } from '../../src/engine/index';
import type { Outcome } from '../corpus/metrics';
import { CORPUS_LANGS } from '../corpus/metrics';
import { FILES, loadAll, loadBatches, SEEN_TEST_BATCHES, table, type Split } from './dataset';

const [split = 'dev', rule, lang] = process.argv.slice(2) as [Split | 'test4', string?, string?];
if (split === 'test') throw new Error('The test split is frozen: it is scored only by tests/dataset/dataset.test.ts.');
// A test batch after its first run (README; dataset.ts lists them). The others stay unread.
const seen = SEEN_TEST_BATCHES.includes(split) ? FILES.test.find((b) => b.file === split) : undefined;
const only = process.env.RC_ONLY;
const loaded = seen ? new Map(CORPUS_LANGS.map((l) => [l, loadBatches([seen], l)] as const)) : loadAll(split as Split);
const byLang = new Map([...loaded].map(([l, rs]) => [l, only ? rs.filter((r) => r.id.includes(only)) : rs]));
const outcomes = new Map<string, Outcome>();
for (const rs of byLang.values()) {
  for (const r of rs) {
    const res = analyze(r.text, {
      customerName: r.customerName,
      customerMessage: r.customerMessage,
      learned: process.env.RC_NO_LEARNED ? false : undefined,
    });
    outcomes.set(r.id, { lang: res.lang, fired: new Set(res.hints.map((h) => h.rule)) });
  }
}
console.log(table(`${split} split`, byLang, outcomes));
if (rule) {
  for (const [l, rs] of byLang) {
    if (lang && l !== lang) continue;
    for (const r of rs) {
      const got = outcomes.get(r.id)!.fired.has(rule);
      const want = r.expect[rule as keyof typeof r.expect];
      if (got === want) continue;
      console.log(
        `\n${want ? 'FN' : 'FP'} ${r.id} [${r.situation}] lang=${outcomes.get(r.id)!.lang}\n  ${r.text.replace(/\n/g, ' ⏎ ').slice(0, 400)}${r.customerMessage ? `\n  customer: ${r.customerMessage.slice(0, 200)}` : ''}${r.note ? `\n  note: ${r.note}` : ''}`,
      );
    }
  }
}
