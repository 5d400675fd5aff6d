// `npm run bench:browser`: what the extension costs a real page, in Debian's Chromium (playwright-core).
//
//   1. Typing: 1,000 characters typed key by key (CDP key events, like a person: keydown/keypress/input/keyup)
//      into a <textarea> on https://www.etsy.com/ and a real Lexical editor on https://www.facebook.com/ (both
//      hostnames match the manifest; a local HTTPS server answers for them), with a 300 ms pause after each
//      sentence (1.5 s after the first, as a seller re-reading the opening line), so
//      the extension checks the draft while the seller types on. Typing time is the sum of the key-typing spans
//      (pauses excluded). A box with the extension and one without (two browsers side by side) get the same
//      sentence in turn, so both type under the same minute of machine load; who starts alternates; ×ROUNDS. The page
//      without the extension opens first, so its load does not share the cores with the extension's start-up.
//      Also reported: CPU time of all of each browser's processes over the typing spans (/proc/<pid>/stat).
//      Target: with ÷ without ≤ 1.05.
//   2. Long tasks (> 50 ms) on the page's main thread during typing: PerformanceObserver 'longtask' and
//      'long-animation-frame' (whose script attribution names chrome-extension:// sources), with and without.
//      Target: none caused by the extension.
//   3. Heap: the content script runs in an isolated world of the page's renderer, which shares the page's V8
//      isolate, so no API gives a world's heap alone. Measured: Runtime.getHeapUsage of the page's isolate after
//      HeapProfiler.collectGarbage, after checking draft 1, 100, 200 and 300 in one <textarea> (each draft
//      set through the box and left until the extension's badge has been redrawn), with the extension and without
//      it (the page and textarea alone); the extension's share is the difference. Targets: ≤ 10 MB growth from
//      draft 1 to draft 100; no growth from draft 100 to 200.
//   4. Load: main-thread script time of a matched page at load (CDP Performance.getMetrics ScriptDuration), with
//      and without the extension (target in issue 5: ≤ 2 ms of work at load).
// Writes tests/bench/results/browser.json and prints a markdown table. Needs `npm run build` (dist/chrome).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import * as esbuild from 'esbuild';
import { LANGS, loadCorpus, pieces, set5k } from './drafts.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const DIST = join(ROOT, 'dist', 'chrome');
const TMP = join(HERE, '.tmp', 'browser');
const RESULTS = join(HERE, 'results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const QUICK = process.argv.includes('--quick');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
// For investigations (results are then not written): --ext DIR measures another unpacked build, --editor textarea|Lexical
// types into one editor only, --typing-only skips heap and load, --rounds N.
const EXT_DIR = arg('--ext') ? resolve(arg('--ext')) : null;
const EDITOR = arg('--editor');
const TYPING_ONLY = process.argv.includes('--typing-only');
const PARTIAL = QUICK || !!EXT_DIR || !!EDITOR || TYPING_ONLY || !!arg('--rounds');
// Eight alternating rounds: on a shared 2-core machine single runs vary by ±15 %.
const ROUNDS = QUICK ? 1 : Number(arg('--rounds') ?? 8);
const TYPED = 1000;
const PAUSE_MS = 300;
/** After the first sentence a longer pause, as a seller makes (the engine warms up in idle slices meanwhile). */
const FIRST_PAUSE_MS = 1500;
const HEAP_DRAFTS = QUICK ? 20 : 100;

const TARGETS = { typingRatio: 1.05, longTasks: 0, heapGrowthMB: 10, heapLeakMB: 1, loadScriptMs: 2 };
const log = (s) => process.stderr.write(s + '\n');
const median = (xs) => {
  const a = [...xs].sort((x, y) => x - y);
  return a.length ? (a[(a.length - 1) >> 1] + a[a.length >> 1]) / 2 : NaN;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const MB = (b) => (b / 2 ** 20).toFixed(2) + ' MB';
const ok = (pass) => (pass ? 'yes' : '**NO**');

// ---------------------------------------------------------------------------------------------------------------
// Fixture pages and editors.

const PERF_SCRIPT = `<script>
window.__perf = { longtasks: [], loaf: [] };
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true }); } catch {}
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
  scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL, fn: s.sourceFunctionName, invoker: s.invoker, duration: s.duration })) }); }).observe({ type: 'long-animation-frame', buffered: true }); } catch {}
</script>`;

const PAGES = {
  'www.etsy.com': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Messages | Etsy (bench)</title>${PERF_SCRIPT}</head>
<body><main><h2 data-convo-header>Anna Becker</h2><form data-convo-composer onsubmit="return false">
<textarea name="message" aria-label="Message" rows="12" cols="90"></textarea><button type="submit">Send</button></form></main>
<script>window.__box = document.querySelector('textarea'); window.__text = () => window.__box.value;
window.__setDraft = (t) => { const b = window.__box; b.value = t; b.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' })); };</script>
</body></html>`,
  'www.facebook.com': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Marketplace | Facebook (bench)</title>${PERF_SCRIPT}</head>
<body><div role="main"><h2>Anna Becker</h2><div role="group"><div id="box"></div><div role="button" aria-label="Send">Send</div></div></div>
<script src="/__editors/lexical.js"></script>
<script>const ed = window.__fixtureEditors.lexical(document.getElementById('box')); ed.editable.setAttribute('aria-label', 'Message');
window.__box = ed.editable; window.__text = () => ed.getText();</script>
</body></html>`,
};

async function buildEditors(out) {
  const dir = join(ROOT, 'tests', 'e2e', 'fixture-editors');
  await esbuild.build({
    stdin: {
      contents: `import { mount } from ${JSON.stringify(join(dir, 'lexical.ts'))};\nimport { autoMount } from ${JSON.stringify(join(dir, 'auto.ts'))};\nautoMount('lexical', mount);\n`,
      resolveDir: dir,
      loader: 'ts',
    },
    outfile: join(out, 'lexical.js'),
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
  });
}

function certificate() {
  const key = join(TMP, 'key.pem');
  const cert = join(TMP, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-sha256',
        '-days',
        '30',
        '-subj',
        '/CN=reply-coach-bench',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

async function startServer() {
  const server = createServer(certificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0];
    if (path.startsWith('/__editors/')) {
      const f = join(TMP, 'editors', path.slice('/__editors/'.length).replace(/[^\w.-]/g, ''));
      if (existsSync(f)) {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        return res.end(readFileSync(f));
      }
    }
    if (PAGES[host] && path === '/bench') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(PAGES[host]);
    }
    res.writeHead(path === '/favicon.ico' ? 204 : 404);
    res.end();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, port: server.address().port };
}

async function launch(ext) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'reply-coach-bench-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
    '--ignore-certificate-errors',
  ];
  if (ext) args.push(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs: ext ? ['--disable-extensions'] : [],
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 860 },
  });
  if (ext && !context.serviceWorkers().length)
    await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined);
  return {
    context,
    userDataDir,
    close: async () => (
      await context.close().catch(() => undefined),
      rmSync(userDataDir, { recursive: true, force: true })
    ),
  };
}

/**
 * CPU time (user + system, in ms) of every process of one browser (browser, GPU, renderers, the extension's
 * service worker): found by the --user-data-dir on the browser's command line, then its descendants. Wall time
 * varies with the machine's other load; CPU time shows what typing costs the browser itself.
 */
function browserCpuMs(userDataDir) {
  const procs = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.push({ pid: +pid, ppid: +f[1], ticks: +f[11] + +f[12] });
    } catch {
      /* exited meanwhile */
    }
  }
  const root = procs.find((p) => {
    try {
      const cmd = readFileSync(`/proc/${p.pid}/cmdline`, 'utf8');
      return cmd.includes(`--user-data-dir=${userDataDir}`) && !cmd.includes('--type=');
    } catch {
      return false;
    }
  });
  if (!root) return NaN;
  const tree = new Set([root.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) {
      if (tree.has(p.pid) || !tree.has(p.ppid)) continue;
      tree.add(p.pid);
      grew = true;
    }
  }
  return (procs.filter((p) => tree.has(p.pid)).reduce((s, p) => s + p.ticks, 0) * 1000) / TICKS_PER_S;
}
const TICKS_PER_S = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

const overlayCount = (page) => page.evaluate(() => document.querySelectorAll('reply-coach-overlay').length);
const badgeText = (page) =>
  page.evaluate(() => {
    const o = document.querySelector('reply-coach-overlay');
    const b = o?.shadowRoot?.querySelector('[data-part="badge"]');
    return b
      ? `${b.getAttribute('data-state') ?? ''}|${b.textContent ?? ''}|${b.getAttribute('aria-label') ?? ''}`
      : null;
  });

/** Open the bench page, focus the box, and (with the extension) wait until the overlay is attached. */
async function openBox(b, url, withExt) {
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.__box.focus());
  let attached = false;
  if (withExt) {
    for (let i = 0; i < 100 && !attached; i++) {
      attached = (await overlayCount(page)) > 0;
      if (!attached) await sleep(50);
    }
  } else await sleep(300);
  await sleep(300);
  return { page, attached };
}

// ---------------------------------------------------------------------------------------------------------------

const sentences = (text) => text.match(/[^.!?\n]*[.!?\n]+\s*|[^.!?\n]+$/g) ?? [text];

/** A freshly opened box to type into, sentence by sentence; finish() collects what the page saw. */
async function typingSession(b, url, withExt, profile = false) {
  const { page, attached } = await openBox(b, url, withExt);
  let cdp = null;
  if (profile) {
    cdp = await b.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const before = await page.evaluate(() => ({ lt: window.__perf.longtasks.length, loaf: window.__perf.loaf.length }));
  const perChunk = [];
  const cpuPerChunk = [];
  const spans = [];
  return {
    async type(chunk) {
      const p0 = await page.evaluate(() => performance.now());
      const c0 = browserCpuMs(b.userDataDir);
      const t0 = performance.now();
      await page.keyboard.type(chunk);
      perChunk.push(performance.now() - t0);
      cpuPerChunk.push(browserCpuMs(b.userDataDir) - c0);
      spans.push([p0, await page.evaluate(() => performance.now())]);
    },
    finish: () => finishTyping({ page, attached, cdp, before, perChunk, cpuPerChunk, spans, withExt }),
  };
}

/** One box typed alone (the profiled run). */
async function typingRun(b, url, withExt, text, profile = false) {
  const s = await typingSession(b, url, withExt, profile);
  for (const [i, chunk] of sentences(text).entries()) {
    await s.type(chunk);
    await sleep(i === 0 ? FIRST_PAUSE_MS : PAUSE_MS);
  }
  await sleep(500);
  return s.finish();
}

/**
 * The same text typed into a box with the extension and one without, sentence by sentence in turn (each sentence
 * followed by its pause), so both see the same minute of the machine's load; `withFirst` alternates who starts.
 */
async function typingPair(bWith, bWithout, url, text, withFirst) {
  // The page without the extension opens first: its load would otherwise share the two cores with the extension's
  // start-up in the other browser and stretch those tasks (long tasks that the extension alone does not cause).
  const wo = await typingSession(bWithout, url, false);
  const w = await typingSession(bWith, url, true);
  const order = withFirst ? [w, wo] : [wo, w];
  for (const [i, chunk] of sentences(text).entries()) {
    for (const s of order) {
      await s.type(chunk);
      await sleep(i === 0 ? FIRST_PAUSE_MS : PAUSE_MS);
    }
  }
  await sleep(500);
  return { with: await w.finish(), without: await wo.finish() };
}

async function finishTyping({ page, attached, cdp, before, perChunk, cpuPerChunk, spans, withExt }) {
  const typing = perChunk.reduce((x, y) => x + y, 0);
  const cpuMs = cpuPerChunk.reduce((x, y) => x + y, 0);
  const cpu = cdp ? extensionCpu((await cdp.send('Profiler.stop')).profile) : null;
  if (cdp) await cdp.detach().catch(() => undefined);
  const perf = await page.evaluate(
    (s) => ({
      longtasks: window.__perf.longtasks.slice(s.lt),
      loaf: window.__perf.loaf.slice(s.loaf),
      typed: window.__text().length,
    }),
    before,
  );
  const badge = withExt ? await badgeText(page) : null;
  await page.close();
  const extLoaf = perf.loaf.filter((f) => f.scripts.some((s) => (s.url ?? '').startsWith('chrome-extension://')));
  // A long task overlapping a typing span delayed keystrokes; one in a pause did not (but is still a long task).
  const whileTyping = (t) => spans.some(([a, b]) => t.start < b && t.start + t.duration > a);
  for (const t of perf.longtasks) t.whileTyping = whileTyping(t);
  return {
    cpu,
    typingMs: typing,
    cpuMs,
    perChunk,
    chunks: perChunk.length,
    typedChars: perf.typed,
    attached,
    badge,
    longTasks: perf.longtasks.filter((t) => t.duration > 50),
    longFrames: perf.loaf.filter((f) => f.duration > 50).length,
    extensionLongFrames: extLoaf.filter((f) => f.duration > 50),
  };
}

/**
 * From a CPU profile of the page's main thread: time with extension code (chrome-extension://…) on the stack, in
 * total and in the longest unbroken stretch (samples ≤ 1 ms apart), i.e. the longest task the extension ran.
 */
function extensionCpu(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isExt = new Map();
  const ext = (id) => {
    if (isExt.has(id)) return isExt.get(id);
    const n = byId.get(id);
    const v = (n.callFrame.url ?? '').startsWith('chrome-extension://') || (parent.has(id) && ext(parent.get(id)));
    isExt.set(id, v);
    return v;
  };
  let total = 0;
  let longest = 0;
  let run = 0;
  let t = profile.startTime;
  let lastExt = -Infinity;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    if (!ext(id)) return;
    total += dt;
    run = t - lastExt <= 1000 ? run + dt : dt;
    lastExt = t;
    longest = Math.max(longest, run);
  });
  // Where the extension's time went: functions by time on the stack (inclusive), top 10.
  const fnTime = new Map();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    if (!ext(id)) return;
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur).callFrame;
      if (!(f.url ?? '').startsWith('chrome-extension://')) continue;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      fnTime.set(key, (fnTime.get(key) ?? 0) + dt);
    }
  });
  const top = [...fnTime]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([k, v]) => `${(v / 1000).toFixed(1)} ms ${k}`);
  return { totalMs: total / 1000, longestMs: longest / 1000, top };
}

async function heapRun(b, url, withExt, drafts) {
  const { page, attached } = await openBox(b, url, withExt);
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const check = async (t, first = false) => {
    const prev = withExt ? await badgeText(page) : null;
    await page.evaluate((x) => window.__setDraft(x), t);
    if (first && withExt) {
      // First draft: the content script loads and warms up the engine in idle slices, then checks: wait for that.
      for (let i = 0; i < 200 && (await badgeText(page)) === prev; i++) await sleep(50);
      return;
    }
    // The extension checks 150 ms after the last input, in an idle callback with an 80 ms timeout: wait until its
    // badge changes, or 400 ms (two drafts may legitimately get the same badge).
    const end = Date.now() + 400;
    await sleep(200);
    while (withExt && Date.now() < end && (await badgeText(page)) === prev) await sleep(20);
    if (!withExt) await sleep(200);
  };
  const points = {};
  await check(drafts[0], true);
  points.badgeAfter1 = withExt ? await badgeText(page) : null;
  points.after1 = await heap();
  for (let i = 1; i < HEAP_DRAFTS; i++) await check(drafts[i]);
  points.afterN = await heap();
  for (let i = HEAP_DRAFTS; i < 2 * HEAP_DRAFTS; i++) await check(drafts[i]);
  points.after2N = await heap();
  for (let i = 2 * HEAP_DRAFTS; i < 3 * HEAP_DRAFTS; i++) await check(drafts[i]);
  points.after3N = await heap();
  await cdp.detach().catch(() => undefined);
  await page.close();
  return {
    attached,
    ...points,
    growth: points.afterN - points.after1,
    leak: points.after2N - points.afterN,
    leak2: points.after3N - points.after2N,
  };
}

async function loadRun(b, url) {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await sleep(700); // document_idle and the content script's dynamic import
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n) => metrics.find((m) => m.name === n)?.value ?? 0;
  await cdp.detach().catch(() => undefined);
  await page.close();
  return { scriptMs: get('ScriptDuration') * 1000, taskMs: get('TaskDuration') * 1000, heap: get('JSHeapUsedSize') };
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first.');
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is missing at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
  const started = Date.now();
  const load0 = loadavg()[0].toFixed(1);
  rmSync(join(TMP, 'ext'), { recursive: true, force: true });
  mkdirSync(join(TMP, 'editors'), { recursive: true });
  // A private copy of the build, so a rebuild by someone else during the run does not pull files away.
  cpSync(EXT_DIR ?? DIST, join(TMP, 'ext'), { recursive: true });
  const EXT = join(TMP, 'ext');
  await buildEditors(join(TMP, 'editors'));
  const { server, port } = await startServer();
  const url = (host) => `https://${host}:${port}/bench`;

  // Texts: the first 1,000 characters of a ~5,000-character English draft (body, sign-off, signature); heap drafts:
  // 2 × HEAP_DRAFTS different corpus drafts, all four languages interleaved.
  const engine = await import(new URL('../../dist/cli/engine.mjs', import.meta.url).href).catch(() => null);
  const corpus = loadCorpus(ROOT);
  let typed;
  if (engine)
    typed = set5k(pieces(engine, corpus), 99)
      .find((d) => d.lang === 'en')
      .text.slice(0, TYPED);
  else
    typed = corpus.en
      .map((r) => r.text)
      .join('\n\n')
      .slice(0, TYPED);
  const heapDrafts = [];
  for (let i = 0; heapDrafts.length < 3 * HEAP_DRAFTS && i < 1000; i++)
    for (const l of LANGS) if (corpus[l][i]) heapDrafts.push(corpus[l][i].text);

  const withExt = await launch(EXT);
  const without = await launch(null);
  const result = {
    date: new Date().toISOString(),
    chromium:
      withExt.context.browser()?.version() ?? execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim(),
    rounds: ROUNDS,
    typedChars: TYPED,
    pauseMs: PAUSE_MS,
    heapDrafts: HEAP_DRAFTS,
    typing: {},
    heap: {},
    load: {},
  };
  try {
    // 1 + 2. Typing, alternating.
    for (const [name, host] of [
      ['textarea', 'www.etsy.com'],
      ['Lexical', 'www.facebook.com'],
    ].filter(([n]) => !EDITOR || n === EDITOR)) {
      const runs = { with: [], without: [] };
      for (let r = 0; r < ROUNDS; r++) {
        log(`typing ${TYPED} chars into ${name}: round ${r + 1}/${ROUNDS}`);
        const pair = await typingPair(withExt, without, url(host), typed, r % 2 === 1);
        runs.without.push(pair.without);
        runs.with.push(pair.with);
      }
      log(`  one more run with the extension, under the CPU profiler (not timed)`);
      const profiled = await typingRun(withExt, url(host), true, typed, true);
      const w = median(runs.with.map((x) => x.typingMs));
      const wo = median(runs.without.map((x) => x.typingMs));
      // Best of the rounds per sentence-chunk (the same keys in every run): removes preemption by other processes.
      const best = (rs) =>
        rs[0].perChunk.reduce((s, _, i) => s + Math.min(...rs.map((r) => r.perChunk[i] ?? Infinity)), 0);
      const bw = best(runs.with);
      const bwo = best(runs.without);
      result.typing[name] = {
        medianWithMs: w,
        medianWithoutMs: wo,
        ratioOfMedians: w / wo,
        bestWithMs: bw,
        bestWithoutMs: bwo,
        ratio: bw / bwo,
        // Each round's with ÷ the without run just before it (same minute, same machine load): median over rounds.
        pairedRatio: median(runs.with.map((x, i) => x.typingMs / runs.without[i].typingMs)),
        // CPU time of all the browser's processes during the typing spans, summed over the rounds.
        cpuWithMs: runs.with.reduce((s, x) => s + x.cpuMs, 0),
        cpuWithoutMs: runs.without.reduce((s, x) => s + x.cpuMs, 0),
        attached: runs.with.every((x) => x.attached),
        typedChars: { with: runs.with.map((x) => x.typedChars), without: runs.without.map((x) => x.typedChars) },
        longTasksWith: runs.with.flatMap((x) => x.longTasks),
        longTasksWithout: runs.without.flatMap((x) => x.longTasks),
        extensionLongFrames: runs.with.flatMap((x) => x.extensionLongFrames),
        extensionCpu: profiled.cpu,
        longFramesWith: runs.with.map((x) => x.longFrames),
        longFramesWithout: runs.without.map((x) => x.longFrames),
        badge: runs.with.map((x) => x.badge),
        runs,
      };
    }

    // 3. Heap, textarea.
    if (!TYPING_ONLY) {
      log(`heap: ${3 * HEAP_DRAFTS} drafts checked in one textarea, with and without the extension`);
      result.heap.with = await heapRun(withExt, url('www.etsy.com'), true, heapDrafts);
      result.heap.without = await heapRun(without, url('www.etsy.com'), false, heapDrafts);

      // 4. Load cost.
      log('page load: script time with and without the extension');
      const lw = [];
      const lwo = [];
      for (let r = 0; r < 5; r++) {
        lwo.push(await loadRun(without, url('www.etsy.com')));
        lw.push(await loadRun(withExt, url('www.etsy.com')));
      }
      // Fastest of 5 loads each (the same work every time; slower loads are the machine's noise).
      result.load = {
        with: lw,
        without: lwo,
        scriptMsWith: Math.min(...lw.map((x) => x.scriptMs)),
        scriptMsWithout: Math.min(...lwo.map((x) => x.scriptMs)),
        medianWith: median(lw.map((x) => x.scriptMs)),
        medianWithout: median(lwo.map((x) => x.scriptMs)),
      };
      result.load.extensionScriptMs = result.load.scriptMsWith - result.load.scriptMsWithout;
    }
  } finally {
    await withExt.close();
    await without.close();
    server.close();
  }

  // ---------------------------------------------------------------------------------------------------------
  const rows = [];
  for (const [name, t] of Object.entries(result.typing)) {
    rows.push([
      `Typing ${TYPED} chars into a ${name} (${ROUNDS} rounds, with and without typed sentence by sentence in turn; each sentence's best of ${ROUNDS}): time with ÷ without the extension`,
      `${(t.bestWithMs / 1000).toFixed(2)} s ÷ ${(t.bestWithoutMs / 1000).toFixed(2)} s = ${t.ratio.toFixed(3)}${t.attached ? '' : ' (overlay never attached!)'}`,
      '≤ 1.05',
      ok(t.ratio <= TARGETS.typingRatio && t.attached),
    ]);
    rows.push([
      `Same, median of whole runs with ÷ without (single-run noise included) · median over rounds of each round's with ÷ without`,
      `${(t.medianWithMs / 1000).toFixed(2)} s ÷ ${(t.medianWithoutMs / 1000).toFixed(2)} s = ${t.ratioOfMedians.toFixed(3)} · ${t.pairedRatio.toFixed(3)}`,
      'reported',
      '—',
    ]);
    rows.push([
      `Same, CPU time of all the browser's processes (browser, GPU, renderers, extension) during the typing spans, all rounds: with ÷ without`,
      `${(t.cpuWithMs / 1000).toFixed(2)} s ÷ ${(t.cpuWithoutMs / 1000).toFixed(2)} s = ${(t.cpuWithMs / t.cpuWithoutMs).toFixed(3)}`,
      'reported',
      '—',
    ]);
    rows.push([
      `Long tasks > 50 ms in the ${name} sessions (${ROUNDS} runs): with / without the extension, during typing spans + in pauses · extension code on the main thread (CPU profile of one run): total, longest stretch`,
      `${t.longTasksWith.filter((x) => x.whileTyping).length} + ${t.longTasksWith.filter((x) => !x.whileTyping).length} (${t.longTasksWith.map((x) => Math.round(x.duration)).join(', ') || '—'} ms) / ${t.longTasksWithout.filter((x) => x.whileTyping).length} + ${t.longTasksWithout.filter((x) => !x.whileTyping).length} · ${t.extensionCpu.totalMs.toFixed(0)} ms, longest ${t.extensionCpu.longestMs.toFixed(1)} ms`,
      'none from the extension',
      ok(t.longTasksWith.length <= t.longTasksWithout.length && t.extensionCpu.longestMs <= 50),
    ]);
  }
  const h = result.heap;
  if (h.with) {
    const extGrowth = h.with.growth - h.without.growth;
    const extLeak = h.with.leak - h.without.leak;
    rows.push([
      `Page isolate JS heap after GC, drafts 1 → ${HEAP_DRAFTS} in one textarea: with the extension · without (page alone) · extension's share`,
      `${MB(h.with.after1)} → ${MB(h.with.afterN)} (${MB(h.with.growth)}) · ${MB(h.without.growth)} · ${MB(extGrowth)}`,
      '≤ 10 MB',
      ok(extGrowth <= TARGETS.heapGrowthMB * 2 ** 20 && h.with.attached),
    ]);
    rows.push([
      `Same, drafts ${HEAP_DRAFTS} → ${2 * HEAP_DRAFTS}: with · without · extension's share`,
      `${MB(h.with.leak)} · ${MB(h.without.leak)} · ${MB(extLeak)}`,
      'no growth (≤ 1 MB)',
      ok(extLeak <= TARGETS.heapLeakMB * 2 ** 20),
    ]);
    rows.push([
      `Same, drafts ${2 * HEAP_DRAFTS} → ${3 * HEAP_DRAFTS} (a leak keeps growing; bounded caches and compiled code level off): with · without · extension's share`,
      `${MB(h.with.leak2)} · ${MB(h.without.leak2)} · ${MB(h.with.leak2 - h.without.leak2)}`,
      'no growth (≤ 1 MB)',
      ok(h.with.leak2 - h.without.leak2 <= TARGETS.heapLeakMB * 2 ** 20),
    ]);
  }
  if (result.load.with) {
    rows.push([
      'Main-thread script time at page load (CDP ScriptDuration, fastest of 5 loads): with − without the extension',
      `${result.load.scriptMsWith.toFixed(1)} − ${result.load.scriptMsWithout.toFixed(1)} = ${result.load.extensionScriptMs.toFixed(1)} ms`,
      '≤ 2 ms',
      ok(result.load.extensionScriptMs <= TARGETS.loadScriptMs),
    ]);
  }
  const table = [
    '| Measure | Result | Target | Met |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  result.table = table;
  result.machine = {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    node: process.version,
    loadAverage: `${load0} → ${loadavg()[0].toFixed(1)}`,
  };
  result.seconds = (Date.now() - started) / 1000;
  mkdirSync(RESULTS, { recursive: true });
  if (!PARTIAL) writeFileSync(join(RESULTS, 'browser.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(`\n## In the browser (${result.chromium}, headless)\n`);
  console.log(table);
  console.log(
    `\n(${result.seconds.toFixed(0)} s; load average ${result.machine.loadAverage}; ${PARTIAL ? 'partial run, not written' : 'written to tests/bench/results/browser.json'})`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
