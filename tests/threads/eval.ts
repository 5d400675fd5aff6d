// Development aid: scores the engine on a thread train or seen split and lists the misses (never a frozen one's).
//   npx esbuild tests/threads/eval.ts --bundle --platform=node --format=esm --outfile=tests/threads/.tmp/eval.mjs
//   RC_THREADS_DIR=tests/threads [RC_SPLIT=train2] node tests/threads/.tmp/eval.mjs [label] [lang]
import { analyze } from '../../src/engine/index';
import {
  loadAllThreads,
  SEEN_THREAD_SPLITS,
  threadTable,
  type ThreadLabel,
  type ThreadRecord,
  type ThreadSplit,
} from './threads';

const [label, lang] = process.argv.slice(2) as [ThreadLabel?, string?];
const split = (process.env.RC_SPLIT ?? 'train') as ThreadSplit;
if (!split.startsWith('train') && !SEEN_THREAD_SPLITS.includes(split))
  throw new Error(`eval.ts reads train and seen splits, not ${split}`);
const byLang = loadAllThreads(split);
const results = new Map<string, Set<string>>();
const fired = (r: ThreadRecord, l: ThreadLabel) => {
  let got = results.get(r.id);
  if (!got) {
    // RC_NO_THREAD=1: the draft and the customer's last message alone, as before conversation memory.
    const last = [...r.thread].reverse().find((m) => m.author === 'customer')?.text;
    const context = process.env.RC_NO_THREAD ? { customerMessage: last } : { thread: r.thread, now: r.now };
    const res = analyze(r.text, { lang: r.lang, customerName: r.customerName, ...context });
    results.set(r.id, (got = new Set(res.hints.map((h) => h.rule))));
  }
  return got.has(l);
};
console.log(threadTable(`thread ${split} split`, byLang, fired).text);
if (label) {
  for (const [l, rs] of byLang) {
    if (lang && l !== lang) continue;
    for (const r of rs) {
      if (fired(r, label) === r.expect[label]) continue;
      const last = [...r.thread].reverse().find((m) => m.author === 'customer');
      console.log(
        `\n${r.expect[label] ? 'FN' : 'FP'} ${r.id} now=${r.now}${r.promise ? ` promise#${r.promise.message} due ${r.promise.due} kept=${r.promise.kept}` : ''}\n  last customer: ${last?.text.slice(0, 200)}\n  draft: ${r.text.replace(/\n/g, ' ⏎ ').slice(0, 300)}\n  note: ${r.note ?? ''}`,
      );
    }
  }
}
