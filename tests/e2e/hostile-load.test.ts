/**
 * Hostile load in a real Chromium with dist/chrome, on fixture pages served as www.etsy.com
 * (tests/e2e/fixtures/www.etsy.com/hostile/):
 *
 * 1. A real 1 MB paste (clipboard + Ctrl+V) into a textarea and into a contenteditable box: the box holds exactly
 *    the pasted text (length and SHA-256), the page stays responsive (its own 10 ms timer never waits more than
 *    100 ms once the paste has landed) and no task of ours on the page's main thread takes more than 50 ms, from the
 *    focus that loads the content script to 1 s after the badge shows its count. What is ours, from a Chromium trace
 *    (devtools.timeline, disabled-by-default-devtools.timeline, disabled-by-default-devtools.timeline.stack):
 *      - events that name our code: FunctionCall / EvaluateScript / v8.compile… with a chrome-extension://<id>/ url,
 *        v8.evaluateModule in our content scripts' world (worldName = the extension's name);
 *      - TimerFire / FireIdleCallback / FireAnimationFrame whose TimerInstall / RequestIdleCallback /
 *        RequestAnimationFrame was called from our code (the installer's stack): their FunctionCall often names no
 *        url (a bound or native function), and the promise continuations after it name nothing at all;
 *      - a task in which every named piece of script is ours (and no input event is dispatched) counts whole: its
 *        promise continuations, GC, style and layout;
 *      - V8 CPU samples (CDP Profiler, one per ms: the trace's own 100 µs profiler slows script by 10–40 %) whose
 *        stack runs through our scripts: promise continuations of ours inside someone else's task.
 *    Our time in a task is the larger of the event sum and the sample sum, in main-thread CPU time (the trace's
 *    thread duration): on a busy machine the wall time also holds the time other processes had the core, so the
 *    output shows both. Not ours: Chromium's paste and its layout of 1 MB, its idle-time spell checking
 *    (FireIdleCallback with no script stack), Playwright's injected script (no url).
 * 2. A page that makes 20,000 DOM mutations a second next to the box (counted by the page's own MutationObserver;
 *    ≥ 10,000/s asserted in every window): after a draft is typed into the freshly focused box, the badge shows its
 *    hint count within 1 s of the last keystroke (both times taken in the page); the page's frame rate (animation
 *    frame callbacks over 3 s) with the extension (box focused, draft typed) is at least 80 % of the same page's in a
 *    browser without the extension, medians of two alternating rounds each. harness launch() always loads an
 *    extension and waits for its service worker, so that browser is launched here with the harness's flags minus
 *    the extension, on the same fixture server.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import {
  CHROMIUM,
  DIST,
  badge,
  chromiumArgs,
  fixtureHosts,
  launch,
  until,
  writeReport,
  type CoachBrowser,
} from './harness';
import {
  installTimeline,
  median,
  boxDigest,
  framesOver,
  megabyteDraft,
  loadStats,
  switchLoad,
  perSecond,
  type Timeline,
} from './hostile-page-state';
import { SITE_CASES, pageOptions } from './sites';

const HOST = 'www.etsy.com';
/** Longest main-thread task of ours allowed on the page. */
const TASK_BUDGET_MS = 50;
/** From the last keystroke to the hint count on the badge. */
const HINT_LATENCY_MS = 1000;
const MIN_MUTATIONS_PER_S = 10_000;
/** After the paste has landed, the page's 10 ms timer never waits longer than this (Chromium alone: 10–40 ms). */
const HEARTBEAT_GAP_MS = 100;
/** Frame rate with the extension, as a share of the frame rate without it. */
const MIN_FPS_SHARE = 0.8;
const FPS_WINDOW_MS = 3000;

let b: CoachBrowser;
/** The browser without the extension (launched by the test that needs it). */
let bare: { context: BrowserContext; requests: string[]; close(): Promise<void> } | undefined;

/** The same Chromium, flags and fixture server as the harness, without the extension. */
async function launchWithoutExtension(): Promise<NonNullable<typeof bare>> {
  const dir = mkdtempSync(join(tmpdir(), 'reply-coach-e2e-bare-'));
  const args = chromiumArgs(DIST).filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    colorScheme: 'light',
    viewport: { width: 1280, height: 860 },
    ignoreHTTPSErrors: true,
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  return {
    context,
    requests,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

beforeAll(async () => {
  b = await launch({ fixtureEditors: false });
});
afterAll(async () => {
  await bare?.close();
  await b?.close();
});

/** Requests of the browser without the extension that went anywhere but the fixture server. */
function bareForeignRequests(): string[] {
  const hosts = new Set(fixtureHosts());
  return (bare?.requests ?? []).filter((u) => {
    if (/^(data|blob|about):/.test(u)) return false;
    try {
      const url = new URL(u);
      return !(url.protocol === 'https:' && url.port === String(b.server.port) && hosts.has(url.hostname));
    } catch {
      return true;
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Which main-thread tasks of a Chromium trace are ours.

interface StackFrame {
  url?: string;
  functionName?: string;
  lineNumber?: number;
  columnNumber?: number;
  scriptId?: number | string;
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    worldName?: string;
    fileName?: string;
    data?: {
      url?: string;
      frame?: string;
      timerId?: number;
      id?: number;
      stackTrace?: StackFrame[];
      frames?: { frame: string; url: string; processId: number }[];
      functionName?: string;
      lineNumber?: number;
      columnNumber?: number;
    };
  };
}
/** A V8 CPU profile (CDP Profiler.stop): times in µs on the trace's clock. */
interface CpuProfile {
  nodes: { id: number; callFrame: StackFrame; children?: number[] }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

interface OurTask {
  /** Trace time (µs) the task started. */
  ts: number;
  /** The whole task, ms: wall time and the main thread's CPU time. */
  taskMs: number;
  taskCpuMs: number;
  /** Ours by events (the named events of ours; the whole task when nobody else's script is in it), CPU ms. */
  eventsMs: number;
  /** Ours by CPU samples, CPU ms (sampled wall time × the task's CPU share). */
  samplesMs: number;
  /** Ours: max(eventsMs, samplesMs), CPU ms. */
  ms: number;
  /** The same in wall time (includes time the thread waited for a core: other processes on a busy machine). */
  wallMs: number;
  /** What of ours ran in it. */
  what: string[];
  /** Our functions with the most samples in it (self time). */
  hot: string[];
}

interface TraceFindings {
  tasks: OurTask[];
  /** Main-thread tasks on the page over the budget, ours or not (wall ms, and the wall ms of ours in them). */
  longTasks: { ms: number; ours: number }[];
  samples: number;
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
];
/** The CPU profile's sampling interval (µs): coarse on purpose, V8's tracing profiler (100 µs) slows script 10–40 %. */
const SAMPLING_US = 1000;
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceCache',
  'v8.produceModuleCache',
]);
const FIRES: Record<string, string> = { TimerFire: 'timer', FireIdleCallback: 'idle', FireAnimationFrame: 'raf' };
const INSTALLS: Record<string, string> = {
  TimerInstall: 'timer',
  RequestIdleCallback: 'idle',
  RequestAnimationFrame: 'raf',
};

function ourTasks(
  events: TraceEvent[],
  profile: CpuProfile | null,
  pagePath: string,
  extensionId: string,
  worlds: Set<string>,
): TraceFindings {
  const origin = `chrome-extension://${extensionId}/`;
  const isOurs = (u: unknown): boolean => typeof u === 'string' && u.startsWith(origin);
  const where = (f: StackFrame): string =>
    `${f.functionName || '(anonymous)'} ${(f.url || '?').replace(origin, '')}:${f.lineNumber ?? '?'}:${f.columnNumber ?? '?'}`;

  // The page's renderer and its main thread.
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frame = started?.args?.data?.frames?.find((f) => f.url.includes(pagePath));
  if (!frame) throw new Error(`the trace has no frame for ${pagePath}`);
  const pid = frame.processId;
  const tid = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  if (tid === undefined) throw new Error('the trace has no main thread for the page');
  const main = events.filter((e) => e.pid === pid && e.tid === tid);

  // Who asked for each timer, idle callback and animation frame: the top of the installer's script stack.
  const installer = new Map<string, StackFrame | null>();
  for (const e of main) {
    const kind = INSTALLS[e.name];
    const d = e.args?.data;
    if (kind && d) installer.set(`${kind}:${d.frame}:${d.timerId ?? d.id}`, d.stackTrace?.[0] ?? null);
  }
  /** ours: names our code; not ours: names someone else's script; null: names no script. */
  const owner = (e: TraceEvent): { ours: boolean; what: string } | null => {
    const d = e.args?.data;
    const fire = FIRES[e.name];
    if (fire) {
      const f = installer.get(`${fire}:${d?.frame}:${d?.timerId ?? d?.id}`);
      if (!f) return null; // Chromium's own (idle-time spell checking), or installed before the trace
      return { ours: isOurs(f.url), what: `${e.name} from ${where(f)}` };
    }
    if (!SCRIPT_EVENTS.has(e.name)) return null;
    if (e.name === 'v8.evaluateModule' && e.args?.worldName !== undefined)
      return { ours: worlds.has(e.args.worldName), what: `${e.name} in world "${e.args.worldName}"` };
    const url = d?.url ?? e.args?.fileName;
    if (url === undefined) return null;
    return { ours: isOurs(url), what: `${e.name} ${where({ ...d, url })}` };
  };

  // The tasks: complete events nested by time, top level = a task of the main thread's scheduler.
  type Node = { e: TraceEvent; kids: Node[] };
  const roots: Node[] = [];
  const open: Node[] = [];
  const complete = main
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number')
    .sort((x, y) => x.ts - y.ts || y.dur! - x.dur!);
  for (const e of complete) {
    while (open.length && open[open.length - 1]!.e.ts + open[open.length - 1]!.e.dur! <= e.ts) open.pop();
    const n: Node = { e, kids: [] };
    (open.length ? open[open.length - 1]!.kids : roots).push(n);
    open.push(n);
  }

  // CPU samples: time stamp, weight (time to the next sample, at most two intervals) and whether the stack runs
  // through our scripts (then the sample's own function, for the report).
  const parent = new Map<number, number>();
  const frames = new Map<number, StackFrame>();
  for (const n of profile?.nodes ?? []) {
    frames.set(n.id, n.callFrame);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const oursOnStack = (node: number): boolean => {
    for (let n: number | undefined = node; n !== undefined; n = parent.get(n))
      if (isOurs(frames.get(n)?.url)) return true;
    return false;
  };
  const samples: { t: number; w: number; ours: boolean; node: number }[] = [];
  let t = profile?.startTime ?? 0;
  (profile?.samples ?? []).forEach((node, i) => {
    t += profile!.timeDeltas?.[i] ?? 0;
    samples.push({ t, w: 0, ours: oursOnStack(node), node });
  });
  samples.forEach((s, i) => (s.w = Math.min(2 * SAMPLING_US, Math.max(0, (samples[i + 1]?.t ?? s.t) - s.t))));

  const tasks: OurTask[] = [];
  const longTasks: TraceFindings['longTasks'] = [];
  let si = 0;
  for (const root of roots) {
    const what: string[] = [];
    let oursUs = 0;
    let oursCpuUs = 0;
    let others = false;
    const walk = (n: Node): void => {
      const o = owner(n.e);
      if (o?.ours) {
        oursUs += n.e.dur!;
        oursCpuUs += n.e.tdur ?? n.e.dur!;
        what.push(`${o.what}: ${(n.e.dur! / 1000).toFixed(1)} ms`);
        return; // what runs inside ours is ours
      }
      // Someone else's script, or an event the browser dispatches (input, paste: its own work, our listeners).
      if (o || n.e.name === 'EventDispatch') others = true;
      n.kids.forEach(walk);
    };
    walk(root);
    // A task that only runs script of ours is ours whole: its promise continuations, GC, style and layout.
    const whole = oursUs > 0 && !others;
    const taskCpuUs = root.e.tdur ?? root.e.dur!;
    const eventsUs = whole ? root.e.dur! : oursUs;
    const eventsCpuUs = whole ? taskCpuUs : oursCpuUs;
    const end = root.e.ts + root.e.dur!;
    while (si < samples.length && samples[si]!.t < root.e.ts) si++;
    let samplesUs = 0;
    const self = new Map<string, number>();
    for (let i = si; i < samples.length && samples[i]!.t < end; i++) {
      const s = samples[i]!;
      if (!s.ours) continue;
      samplesUs += s.w;
      const k = where(frames.get(s.node) ?? {});
      self.set(k, (self.get(k) ?? 0) + s.w);
    }
    const samplesCpuUs = (samplesUs * taskCpuUs) / Math.max(1, root.e.dur!);
    const ms = Math.max(eventsCpuUs, samplesCpuUs) / 1000;
    const wallMs = Math.max(eventsUs, samplesUs) / 1000;
    if (root.e.dur! > TASK_BUDGET_MS * 1000) longTasks.push({ ms: root.e.dur! / 1000, ours: wallMs });
    if (!wallMs) continue;
    tasks.push({
      ts: root.e.ts,
      taskMs: root.e.dur! / 1000,
      taskCpuMs: taskCpuUs / 1000,
      eventsMs: eventsCpuUs / 1000,
      samplesMs: samplesCpuUs / 1000,
      ms,
      wallMs,
      what: what.slice(0, 6),
      hot: [...self]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 5)
        .map(([k, v]) => `${k}: ${(v / 1000).toFixed(1)} ms`),
    });
  }
  return { tasks: tasks.sort((x, y) => y.ms - x.ms), longTasks, samples: samples.length };
}

/** The extension's name (in every locale it has) as Chromium names its content scripts' world. */
function extensionWorlds(): Set<string> {
  const dir = join(DIST, '_locales');
  return new Set(
    readdirSync(dir).map(
      (l) =>
        (JSON.parse(readFileSync(join(dir, l, 'messages.json'), 'utf8')) as Record<string, { message: string }>)
          .extName!.message,
    ),
  );
}

const fmt = (t: OurTask) =>
  `${t.ms.toFixed(1)} ms CPU of ours (events ${t.eventsMs.toFixed(1)}, samples ${t.samplesMs.toFixed(1)}; ` +
  `${t.wallMs.toFixed(1)} ms wall) in a task of ${t.taskCpuMs.toFixed(1)} ms CPU, ${t.taskMs.toFixed(1)} ms wall` +
  `\n      ${[...t.what, ...t.hot.map((h) => `hot: ${h}`)].join('\n      ')}`;

// ---------------------------------------------------------------------------------------------------------------
// 1. A 1 MB paste.

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

const boxText = (page: Page, selector: string) => page.evaluate(boxDigest, selector);

const report: Record<string, unknown> = {};

for (const box of [
  { name: 'textarea', selector: '#ta' },
  { name: 'contenteditable', selector: '#ce' },
]) {
  /** One paste into a fresh page: the text and the requests are checked here; the timing is returned. */
  const attempt = async (n: number): Promise<{ over: string[]; maxGap: number }> => {
    const draft = megabyteDraft();
    expect(draft.length).toBe(1 << 20);
    const path = '/hostile/paste.html';
    const page = await b.open(HOST, path);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: b.server.url(HOST) });
    await page.evaluate((t) => navigator.clipboard.writeText(t), draft);

    const browser = b.context.browser()!;
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await cdp.send('Profiler.start');
    let trace: Buffer | null = null;
    try {
      // Focus (the content script loads and hooks the box), then paste with the keyboard.
      await page.locator(box.selector).click();
      await until(async () => (await page.locator('reply-coach-overlay').count()) === 1, 'the box to be coached');
      const t0 = Date.now();
      await page.keyboard.press('Control+V');
      await until(
        async () =>
          (await page
            .locator(box.selector)
            .evaluate((el) =>
              el instanceof HTMLTextAreaElement ? el.value.length : (el as HTMLElement).innerText.length,
            )) >= draft.length,
        'the paste to land',
        20_000,
      );
      const landedMs = Date.now() - t0;
      await page.evaluate(() => (window as unknown as { __heartbeat: { reset(): void } }).__heartbeat.reset());
      await until(
        async () => /^\d+$/.test(((await badge(page).textContent()) ?? '').trim()),
        'a hint count on the badge',
        20_000,
      );
      const badgeMs = Date.now() - t0;
      await page.waitForTimeout(1000); // whatever the check leaves for later
      const beat = await page.evaluate(() =>
        (window as unknown as { __heartbeat: { read(): { maxGap: number; beats: number } } }).__heartbeat.read(),
      );
      const { profile } = await cdp.send('Profiler.stop');
      trace = await browser.stopTracing();

      const text = await boxText(page, box.selector);
      const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
      const found = ourTasks(events, profile as CpuProfile, path, b.extensionId, extensionWorlds());
      const longest = found.tasks[0];
      console.log(
        `[hostile-load] ${box.name}: paste landed after ${landedMs} ms, badge after ${badgeMs} ms; ` +
          `heartbeat: longest gap ${beat.maxGap.toFixed(0)} ms over ${beat.beats} beats; ` +
          `${found.tasks.length} tasks with work of ours, ${found.samples} CPU samples; ` +
          `page tasks over ${TASK_BUDGET_MS} ms: ${found.longTasks.map((t) => `${t.ms.toFixed(0)} (ours ${t.ours.toFixed(0)})`).join(', ') || 'none'}\n` +
          `  longest of ours:\n    ${found.tasks.slice(0, 4).map(fmt).join('\n    ')}`,
      );
      report[`${box.name}${n ? ` (attempt ${n + 1})` : ''}`] = {
        landedMs,
        badgeMs,
        heartbeat: beat,
        longestOursMs: longest?.ms ?? 0,
        tasks: found.tasks.slice(0, 8),
        longTasks: found.longTasks,
      };
      writeReport('hostile-load.json', report);

      expect(text.length).toBe(draft.length);
      expect(text.sha256).toBe(sha256(draft));
      expect(errors).toEqual([]);
      expect(found.tasks.length, 'the trace shows work of ours').toBeGreaterThan(0);
      expect(beat.beats, 'the page heartbeat ran after the paste').toBeGreaterThan(0);
      expect(b.foreignRequests()).toEqual([]);
      return { over: found.tasks.filter((t) => t.ms > TASK_BUDGET_MS).map(fmt), maxGap: beat.maxGap };
    } finally {
      if (!trace) await browser.stopTracing().catch(() => undefined);
      await page.close();
    }
  };

  it(`a real 1 MB paste into a ${box.name}: exact text, a responsive page, no task of ours over ${TASK_BUDGET_MS} ms`, async () => {
    // Best of two fresh pages, as the first-use check does: a stall of the shared machine lands in one attempt at
    // random, a long task of ours in every one. The text is checked in each.
    const clean = (r: { over: string[]; maxGap: number }) => !r.over.length && r.maxGap <= HEARTBEAT_GAP_MS;
    let r = await attempt(0);
    if (!clean(r)) r = await attempt(1);
    expect
      .soft(r.maxGap, 'longest wait of the page heartbeat (a 10 ms timer) after the paste')
      .toBeLessThanOrEqual(HEARTBEAT_GAP_MS);
    expect.soft(r.over, `tasks of ours over ${TASK_BUDGET_MS} ms`).toEqual([]);
  }, 120_000);
}

// ---------------------------------------------------------------------------------------------------------------
// 2. 20,000 DOM mutations a second next to the box.

const statsOf = (page: Page) => page.evaluate(loadStats);
const setLoad = (page: Page, on: boolean) => page.evaluate(switchLoad, on);
const countFrames = (page: Page, ms: number) => page.evaluate(framesOver, ms);
const recordTimeline = (page: Page) => page.evaluate(installTimeline);

it('20,000 DOM mutations a second next to the box: hints within 1 s of the pause, at least 80 % of the frame rate', async () => {
  const path = '/hostile/mutations.html';
  const site = SITE_CASES.find((s) => s.id === 'etsy')!;
  const draft = 'ok, I will ship the wallet tomorrow.';
  const expected = analyze(draft, {
    ...pageOptions(site),
    thread: [{ author: 'customer', at: null, text: site.customerMessage! }],
    now: new Date(),
  }).hints.length;
  expect(expected).toBeGreaterThan(0);

  const page = await b.open(HOST, path);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  bare ??= await launchWithoutExtension();
  const plain = await bare.context.newPage();
  await plain.goto(b.server.url(HOST, path), { waitUntil: 'load' });
  await setLoad(plain, false); // one churning page at a time: the two browsers share the machine's cores
  await recordTimeline(page);

  // Type a draft into a box that has just been focused (the page churning all along), then stop.
  const s0 = await statsOf(page);
  await page.locator('textarea').click();
  await until(async () => (await page.locator('reply-coach-overlay').count()) === 1, 'the box to be coached');
  await page.keyboard.type(draft, { delay: 30 });
  await until(
    async () => ((await badge(page).textContent()) ?? '').trim() === String(expected),
    `${expected} on the badge`,
    15_000,
  );
  await page.waitForTimeout(500); // nothing changes any more
  const s1 = await statsOf(page);
  const tl = await page.evaluate(() => (window as unknown as { __timeline: Timeline }).__timeline);
  const lastKey = tl.inputs[tl.inputs.length - 1]!;
  const final = tl.badge[tl.badge.length - 1]!;
  const before = tl.badge.filter((s) => s.t <= lastKey).pop();
  const latency = final.shown - lastKey;
  const typingRate = perSecond(s1.records - s0.records, s1.at - s0.at);
  expect(await page.locator('textarea').inputValue()).toBe(draft);
  expect(tl.inputs.length).toBe(draft.length);
  expect(final).toMatchObject({ text: String(expected), hidden: false });
  // The count the badge ended on was not already there before the last keystroke (else its arrival is unknown).
  expect(before && !before.hidden && before.text === final.text, 'badge already final before the last key').toBe(false);

  // Frame rate with the extension (box focused, draft typed) and without it, alternating, two rounds each.
  await plain.locator('textarea').click();
  await plain.keyboard.insertText(draft);
  expect(await plain.locator('reply-coach-overlay').count(), 'no extension in the plain browser').toBe(0);
  expect(await page.evaluate(() => document.activeElement?.tagName), 'the box keeps the focus').toBe('TEXTAREA');
  const fps: Record<'with' | 'without', number[]> = { with: [], without: [] };
  const rates: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const [name, p, other] of [
      ['with', page, plain],
      ['without', plain, page],
    ] as const) {
      await setLoad(other, false);
      await setLoad(p, true);
      await p.waitForTimeout(250);
      const f = await countFrames(p, FPS_WINDOW_MS);
      fps[name].push(perSecond(f.frames, f.ms));
      rates.push(perSecond(f.records, f.ms));
    }
  }
  const withFps = median(fps.with);
  const withoutFps = median(fps.without);
  console.log(
    `[hostile-load] mutations: ${typingRate.toFixed(0)}/s while typing, ${rates.map((r) => r.toFixed(0)).join(', ')}/s ` +
      `in the frame windows; badge ${final.text} (expected ${expected}) ${latency.toFixed(0)} ms after the last key ` +
      `(badge states: ${tl.badge.map((s) => `${(s.t - lastKey).toFixed(0)}:${s.hidden ? 'hidden' : s.text || '✓'}`).join(' ')}); ` +
      `fps with ${fps.with.map((x) => x.toFixed(1)).join(', ')} (median ${withFps.toFixed(1)}), without ` +
      `${fps.without.map((x) => x.toFixed(1)).join(', ')} (median ${withoutFps.toFixed(1)}): ` +
      `${((100 * withFps) / withoutFps).toFixed(0)} %`,
  );
  report.mutations = { typingRate, rates, latency, badge: tl.badge, lastKey, fps, withFps, withoutFps };
  writeReport('hostile-load.json', report);

  expect(typingRate, 'mutations/s while typing').toBeGreaterThanOrEqual(MIN_MUTATIONS_PER_S);
  for (const r of rates) expect(r, 'mutations/s while counting frames').toBeGreaterThanOrEqual(MIN_MUTATIONS_PER_S);
  expect(latency, 'ms from the last keystroke to the hint count on the badge').toBeLessThanOrEqual(HINT_LATENCY_MS);
  expect(withFps, `fps with the extension vs ${withoutFps.toFixed(1)} without`).toBeGreaterThanOrEqual(
    MIN_FPS_SHARE * withoutFps,
  );
  expect(errors).toEqual([]);
  expect(b.foreignRequests()).toEqual([]);
  expect(bareForeignRequests()).toEqual([]);
  await plain.close();
  await page.close();
}, 60_000);
