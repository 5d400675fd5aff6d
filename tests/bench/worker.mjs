// One measurement in a fresh Node process (so caches, JIT state and first-call costs are what the task says):
//   node tests/bench/worker.mjs <task> <inputs.json> [args…]   → one JSON object on stdout.
// Tasks: cold <setKey> | thread | large | replay <draftKey> <mode> | first <lang> | warmup <lang> | noise | harper <setKey…> |
// compromise <setKey…>.
// run.mjs writes inputs.json (the drafts) and calls these one after another; nothing here runs in parallel.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { largeInputs } from './drafts.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const ENGINE = pathToFileURL(
  process.env.BENCH_ENGINE ? resolve(process.env.BENCH_ENGINE) : join(ROOT, 'dist', 'cli', 'engine.mjs'),
).href;

const [task, inputsPath, ...args] = process.argv.slice(2);
const inputs = JSON.parse(readFileSync(inputsPath, 'utf8'));

/**
 * Warm-up texts, one per language, written for the benchmark (no line of them is in the corpus): they compile
 * each language's phrase regexes and start compromise before "cold" drafts are measured, so "cold" measures
 * unseen text, not first-call setup (which the `first` task reports on its own).
 */
const WARMUP = [
  'Hello Zoe,\n\nthe walnut tray is sanded and oiled, it goes out with Royal Mail on Thursday.\n\nwould you like a gift note inside\n\nBest,\nRuth',
  'Hallo Frau Lindner,\n\nleider ist die Vase beim Brennen gesprungen. Ich töpfere Ihnen eine neue, sie ist am Freitag fertig.\n\nPasst Ihnen das?\n\nViele Grüße\nGreta',
  'Hei Sanna!\n\nKiitos tilauksesta, aloitan villasukkien neulomisen huomenna. Koko 38, väri harmaa.\n\nTerveisin\nLeena',
  'Zdravo Lejla,\n\nhvala na poruci! Torbu šaljem u ponedjeljak brzom poštom, cijena je 45 KM.\n\nLp,\nSelma',
];

const now = () => performance.now();

async function loadEngine() {
  const t0 = now();
  const engine = await import(ENGINE);
  return { engine, importMs: now() - t0 };
}

function timeEach(texts, fn) {
  const times = [];
  for (const t of texts) {
    const s = now();
    fn(t);
    times.push(now() - s);
  }
  return times;
}

async function main() {
  if (task === 'cold') {
    const { engine, importMs } = await loadEngine();
    // JIT warm-up on texts that share no line with the measured drafts (every corpus line with a marker appended),
    // so "cold" means unseen text in a warmed-up engine, as in a content script that has been running a while.
    for (const w of [...WARMUP, ...inputs.warmup]) engine.analyze(w);
    const drafts = inputs.sets[args[0]];
    const langs = {};
    const times = [];
    for (const d of drafts) {
      const s = now();
      const r = engine.analyze(d.text, { customerName: d.customerName });
      times.push(now() - s);
      langs[`${d.lang}→${r.lang}`] = (langs[`${d.lang}→${r.lang}`] ?? 0) + 1;
    }
    return { importMs, times, langs };
  }

  if (task === 'thread') {
    const { engine } = await loadEngine();
    // As in the page: the warm-up steps have run (they compile the time words of conversation memory too).
    for (const step of engine.warmUpSteps({})) step();
    for (const w of [...WARMUP, ...inputs.warmup]) engine.analyze(w);
    // A first thread warms the memory code (JIT); it is not measured.
    for (const t of inputs.threads.slice(0, 1))
      engine.analyze(t.draft, { thread: t.thread.map((m) => ({ ...m, text: m.text + ' ~' })), now: t.now });
    const times = inputs.threads.map((t) => {
      const s = now();
      engine.analyze(t.draft, { thread: t.thread, now: t.now });
      return now() - s;
    });
    return { times };
  }

  if (task === 'large') {
    const { engine } = await loadEngine();
    for (const step of engine.warmUpSteps({})) step();
    for (const w of [...WARMUP, ...inputs.warmup]) engine.analyze(w);
    // Each input once: new text to the engine, as a paste is (a second call would read its caches).
    const cases = {};
    for (const [name, text] of Object.entries(largeInputs())) {
      const s = now();
      engine.analyze(text);
      cases[name] = { chars: text.length, ms: now() - s };
    }
    return { cases };
  }

  if (task === 'replay') {
    const RECENT_NOW = '2026-03-05T10:00:00+01:00';
    // No warm-up: a seller's first keystrokes pay for compiling the phrase packs, as in the content script.
    const { engine, importMs } = await loadEngine();
    const d = inputs.replays[args[0]];
    const mode = args[1] ?? 'append';
    let prefixes;
    if (mode === 'append') {
      // The whole 5,000-character draft typed from the first character to the last.
      prefixes = Array.from({ length: d.text.length }, (_, i) => d.text.slice(0, i + 1));
    } else {
      // Top-posting ('top', 'recent'): sign-off, signature and quoted history are already in the box; the body is typed
      // above them.
      prefixes = Array.from({ length: d.body.length }, (_, i) => d.body.slice(0, i + 1) + '\n\n' + d.tail);
    }
    // 'recent': the same typing two days after the quoted mail (3 March 2026), so its questions and promises count:
    // the conversation path runs on every keystroke, as for a seller answering this week's mail.
    const options = { customerName: d.customerName, ...(mode === 'recent' ? { now: RECENT_NOW } : {}) };
    const times = timeEach(prefixes, (t) => engine.analyze(t, options));
    const last = engine.analyze(prefixes[prefixes.length - 1], options);
    return { importMs, times, lang: last.lang, hints: last.hints.map((h) => h.rule) };
  }

  if (task === 'noise') {
    // A fixed CPU-bound workload of ~50 µs, timed 5,000 times: how much the machine itself disturbs timings now.
    const work = (n) => {
      let x = 0;
      for (let i = 0; i < n; i++) x += Math.sqrt(i);
      return x;
    };
    work(1e6);
    return {
      times: timeEach(
        Array.from({ length: 5000 }, () => 20000),
        work,
      ),
    };
  }

  if (task === 'first') {
    const { engine, importMs } = await loadEngine();
    const [a, b] = inputs.first[args[0]];
    const t1 = now();
    const r = engine.analyze(a.text, { customerName: a.customerName });
    const firstMs = now() - t1;
    const t2 = now();
    engine.analyze(b.text, { customerName: b.customerName });
    const secondMs = now() - t2;
    return { importMs, firstMs, secondMs, lang: r.lang };
  }

  if (task === 'warmup') {
    // What the content script does before its first check: the first of warmUpStages() one step at a time (it runs
    // them in idle slices of ≤ 8 ms), then the first analysis; the other stages after it (here, after the timing).
    // No question tagger, as on a page (compromise runs in the background there).
    const { engine, importMs } = await loadEngine();
    // A queue for the background's tagger, as the page has: compromise does not run here.
    const questions = new engine.QuestionQueue();
    const [a, b] = inputs.first[args[0]];
    const [first, ...later] = engine.warmUpStages({ questions }, a.text);
    const stepMs = timeEach(first.steps, (step) => step());
    const firstSteps = first.steps.length;
    const t1 = now();
    const r = engine.analyze(a.text, { customerName: a.customerName, questions });
    const firstMs = now() - t1;
    stepMs.push(
      ...timeEach(
        later.flatMap((s) => s.steps),
        (step) => step(),
      ),
    );
    const t2 = now();
    engine.analyze(b.text, { customerName: b.customerName, questions });
    return { importMs, stepMs, firstSteps, firstMs, secondMs: now() - t2, lang: r.lang };
  }

  if (task === 'harper') {
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'harper.js', 'package.json'), 'utf8')).version;
    const t0 = now();
    const linter = new LocalLinter({ binary });
    await linter.setup();
    const setupMs = now() - t0;
    // WebAssembly tiers up while it runs: warm Harper up on the warm-up texts (30 lints) before measuring.
    for (let i = 0; i < 30; i++)
      await linter.lint(WARMUP[0].replace('Zoe', `Zoe ${i}`) + '\n' + inputs.warmup[i], { language: 'plaintext' });
    const out = { version, setupMs, sets: {} };
    for (const key of args) {
      const cold = [];
      const warm = [];
      for (const d of inputs.sets[key].filter((x) => x.lang === 'en')) {
        let s = now();
        await linter.lint(d.text, { language: 'plaintext' });
        cold.push(now() - s);
        s = now();
        await linter.lint(d.text, { language: 'plaintext' });
        warm.push(now() - s);
      }
      out.sets[key] = { cold, warm };
    }
    return out;
  }

  if (task === 'compromise') {
    const nlp = (await import('compromise')).default;
    for (let i = 0; i < 30; i++) void nlp(inputs.warmup[i]).questions().found;
    const out = { sets: {} };
    for (const key of args) {
      const times = timeEach(
        inputs.sets[key].filter((x) => x.lang === 'en').map((d) => d.text),
        (t) => nlp(t).questions().found,
      );
      out.sets[key] = { times };
    }
    return out;
  }

  throw new Error(`unknown task ${task}`);
}

main().then(
  (r) => process.stdout.write(JSON.stringify(r)),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
