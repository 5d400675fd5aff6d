// Scores a sealed batch at its first run: aggregate numbers only (tables and counts), never an id or a text, so the
// batch stays unread. Drafts on the labels both annotators gave alike, with and without the learned parts; threads
// with the thread, with the draft and last customer message alone, and without the learned parts.
//   npx esbuild tests/dataset/score-sealed.ts --bundle --platform=node --format=esm --outfile=tests/dataset/.tmp/score.mjs
//   RC_DATASET_DIR=tests/dataset/sealed node tests/dataset/.tmp/score.mjs drafts test42 vu
//   RC_THREADS_DIR=tests/threads/sealed node tests/dataset/.tmp/score.mjs threads test46 wu
// For an end-of-session run, bundle it in a worktree of the session's start build too and score both.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../src/engine/index';
import { CORPUS_LANGS, type Outcome } from '../corpus/metrics';
import { loadBatches, cell, table, type DatasetRecord, type Keep } from './dataset';
import { loadThreadFile, threadTable, THREAD_LABELS, type ThreadRecord } from '../threads/threads';

const [kind, file, prefix] = process.argv.slice(2) as [string, string, string];
if (kind === 'drafts') {
  const dir = resolve(process.env.RC_DATASET_DIR!);
  const byLang = new Map(CORPUS_LANGS.map((l) => [l, loadBatches([{ file, prefix }], l)] as const));
  const second = new Map<string, Record<string, boolean>>();
  for (const l of CORPUS_LANGS)
    for (const line of readFileSync(`${dir}/second-${file}-${l}.jsonl`, 'utf8')
      .split('\n')
      .filter((x) => x.trim())) {
      const r = JSON.parse(line);
      second.set(r.id, r.expect);
    }
  const agreed: Keep = (r, rule) => second.get(r.id)?.[rule] === r.expect[rule];
  for (const learned of [undefined, false] as const) {
    const outcomes = new Map<string, Outcome>();
    for (const rs of byLang.values())
      for (const r of rs) {
        const res = analyze(r.text, { customerName: r.customerName, customerMessage: r.customerMessage, learned });
        outcomes.set(r.id, { lang: res.lang, fired: new Set(res.hints.map((h) => h.rule)) });
      }
    console.log(
      table(`${file} agreed ${learned === false ? 'phrase lists alone' : 'with learned'}`, byLang, outcomes, agreed),
    );
    for (const rule of ['greeting', 'closing-question', 'apology', 'order-recap'] as const)
      console.log(
        rule,
        CORPUS_LANGS.map((l) => {
          const c = cell(byLang.get(l) as DatasetRecord[], outcomes, rule, agreed);
          return `${l} n${c.n} pos${c.pos} tp${c.tp} fp${c.fp} fn${c.fn} f1=${c.f1.toFixed(3)}`;
        }).join(' | '),
      );
  }
} else {
  const byLang = new Map(CORPUS_LANGS.map((l) => [l, loadThreadFile(file, prefix, l)] as const));
  const modes = [
    ['with thread', (r: ThreadRecord) => ({ thread: r.thread, now: r.now })],
    [
      'draft and last customer message alone',
      (r: ThreadRecord) => ({ customerMessage: [...r.thread].reverse().find((m) => m.author === 'customer')?.text }),
    ],
    ['with thread, without learned', (r: ThreadRecord) => ({ thread: r.thread, now: r.now, learned: false })],
  ] as const;
  for (const [name, ctx] of modes) {
    const cache = new Map<string, Set<string>>();
    const fired = (r: ThreadRecord, label: string) => {
      let got = cache.get(r.id);
      if (!got) {
        const res = analyze(r.text, { lang: r.lang, customerName: r.customerName, ...ctx(r) });
        cache.set(r.id, (got = new Set(res.hints.map((h) => h.rule))));
      }
      return got.has(label);
    };
    console.log(threadTable(`${file} ${name}`, byLang, fired).text);
    for (const label of THREAD_LABELS)
      console.log(
        label,
        CORPUS_LANGS.map((l) => {
          const c = { tp: 0, fp: 0, fn: 0 };
          for (const r of byLang.get(l)!) {
            const g = fired(r, label);
            if (g && r.expect[label]) c.tp++;
            else if (g) c.fp++;
            else if (r.expect[label]) c.fn++;
          }
          return `${l} n${byLang.get(l)!.length} tp${c.tp} fp${c.fp} fn${c.fn} f1=${((2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn)).toFixed(3)}`;
        }).join(' | '),
      );
  }
}
