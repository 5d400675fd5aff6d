// Behaviour check for performance changes: two builds of the engine must give identical results.
//   npx vite build --mode engine --outDir tests/bench/.tmp/eng-before   (before the change)
//   npx vite build --mode engine --outDir tests/bench/.tmp/eng-after    (after)
//   node tests/bench/equivalence.mjs tests/bench/.tmp/eng-before/engine.mjs tests/bench/.tmp/eng-after/engine.mjs
// Inputs: every corpus draft (with its options, in every uiLang), the benchmark's ~500 and ~5,000-character drafts,
// and every prefix of the four typing-replay drafts in every replay mode (the order in which caches fill matters,
// so prefixes run in typing order through one module instance of each build).
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LANGS, loadCorpus, pieces, set500, set5k } from './drafts.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const [a, b] = process.argv.slice(2).map((p) => pathToFileURL(resolve(p)).href);
if (!a || !b) {
  console.error('usage: node tests/bench/equivalence.mjs <engine-a.mjs> <engine-b.mjs>');
  process.exit(2);
}
const A = await import(a);
const B = await import(b);
const corpus = loadCorpus(ROOT);
const all = pieces(A, corpus);

let n = 0;
let diffs = 0;
function same(text, opts, where) {
  n++;
  const x = JSON.stringify(A.analyze(text, opts));
  const y = JSON.stringify(B.analyze(text, opts));
  if (x !== y) {
    diffs++;
    if (diffs <= 10)
      console.log(
        `DIFF ${where}\n  text: ${JSON.stringify(text.slice(-120))}\n  a: ${x.slice(0, 400)}\n  b: ${y.slice(0, 400)}`,
      );
  }
}

for (const lang of [...LANGS, 'other']) {
  for (const r of corpus[lang]) {
    for (const uiLang of LANGS)
      same(r.text, { customerName: r.customerName, customerMessage: r.customerMessage, uiLang }, r.id);
  }
}
for (const seed of [1, 2, 3])
  for (const d of set500(all, seed)) same(d.text, { customerName: d.customerName }, `500-${seed}`);
for (const seed of [1, 2, 3, 4])
  for (const d of set5k(all, seed)) same(d.text, { customerName: d.customerName }, `5k-${seed}`);
const replays = set5k(all, 99);
for (const lang of LANGS) {
  const d = replays.find((x) => x.lang === lang);
  for (let i = 1; i <= d.text.length; i++)
    same(d.text.slice(0, i), { customerName: d.customerName }, `replay-${lang}@${i}`);
  for (let i = 1; i <= d.body.length; i++)
    same(d.body.slice(0, i) + '\n\n' + d.tail, { customerName: d.customerName }, `top-${lang}@${i}`);
  // The same above a quoted mail two days old: the conversation path on every keystroke.
  const recent = { customerName: d.customerName, now: '2026-03-05T10:00:00+01:00' };
  for (let i = 1; i <= d.body.length; i++) same(d.body.slice(0, i) + '\n\n' + d.tail, recent, `recent-${lang}@${i}`);
  // Editing in the middle: delete and retype a word in every paragraph.
  let t = d.text;
  for (let at = t.indexOf('\n\n'); at > 0; at = t.indexOf('\n\n', at + 2)) {
    const cut = t.slice(0, at - 4) + t.slice(at);
    same(cut, {}, `edit-${lang}@${at}`);
  }
  same(t, { lang: 'en' }, `forced-${lang}`);
}
console.log(`${n} inputs, ${diffs} differences`);
process.exit(diffs ? 1 : 0);
