/**
 * Pages that try to break the coach on purpose, served under www.etsy.com from tests/e2e/fixtures/www.etsy.com/hostile/:
 *
 * - styles: `* { all: unset !important }` (unset-all.html), every element at the highest z-index under a
 *   full-screen veil (veil.html), a 1px root font size (tiny-font.html). On each the badge keeps the size it has on
 *   an ordinary page (plain.html), is what a click at its centre hits, opens the panel on a real click, and a fix
 *   lands in the box.
 * - built-ins: a page that replaces execCommand, attachShadow, getSelection, MutationObserver, requestIdleCallback
 *   and Array.prototype.includes in its own world before the extension loads (builtins.html). In Chrome the
 *   content script runs in an isolated world with built-ins of its own; only Firefox adds a script in the page's
 *   world (src/content/page-world/clipboard-bridge.ts, not in dist/chrome). So the test checks that the page really
 *   is broken in its world, looks at the coach's world directly, collects uncaught errors and console errors from
 *   every world (and tells the page's own errors from ours by their stack), and accepts either outcome: coaching
 *   with a working fix, or a box left alone; the typed text stays exactly as typed either way.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { analyze } from '../../src/engine';
import { badge, launch, panel, trackContexts, until, type CoachBrowser, type ExecutionContext } from './harness';
import { pageOptions } from './sites';

const HOST = 'www.etsy.com';
const BOX = '[data-convo-composer] textarea';
/** A draft with hints (a greeting and a closing question) and no context needed from the page. */
const DRAFT = 'ok, I will ship the wallet tomorrow.';
const OPTIONS = pageOptions({ id: 'etsy', customerName: '', customerMessage: '' });
const HINTS = analyze(DRAFT, OPTIONS).hints;
/** The content script's isolated world is named after the extension. */
const COACH_WORLD = 'Reply Coach';
/** A stack frame in the extension's own files (Chrome, Firefox). */
const EXTENSION_CODE = /(chrome|moz)-extension:\/\//;

let b: CoachBrowser;
beforeAll(async () => {
  b = await launch({ fixtureEditors: false });
});
afterAll(async () => {
  await b?.close();
});

interface Problem {
  world: string;
  kind: 'pageerror' | 'exception' | 'console' | 'log';
  text: string;
  stack: string;
}

interface Watched {
  page: Page;
  cdp: CDPSession;
  /** Uncaught errors and console errors from every world of the page, in order. */
  problems: Problem[];
  /** Execution context id → world name ('' for the page's own world). */
  worlds: Map<number, ExecutionContext>;
}

/**
 * Open a fixture page with everything that goes wrong in it recorded: Playwright's pageerror, and over CDP the
 * uncaught exceptions and console errors of every execution context, the content script's isolated world included
 * (Playwright's console event leaves that world out).
 */
async function openWatched(path: string): Promise<Watched> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const problems: Problem[] = [];
  let worlds = new Map<number, ExecutionContext>();
  const worldOf = (id: number | undefined) => (id === undefined ? '?' : (worlds.get(id)?.name ?? `#${id}`));
  page.on('pageerror', (e) => problems.push({ world: '?', kind: 'pageerror', text: e.message, stack: e.stack ?? '' }));
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails;
    const stack = (d.stackTrace?.callFrames ?? []).map((f) => `${f.functionName} ${f.url}:${f.lineNumber}`).join('\n');
    problems.push({
      world: worldOf(d.executionContextId),
      kind: 'exception',
      text: d.exception?.description ?? d.text,
      stack: `${d.url ?? ''}\n${stack}`,
    });
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type !== 'error' && e.type !== 'assert') return;
    const stack = (e.stackTrace?.callFrames ?? []).map((f) => `${f.functionName} ${f.url}:${f.lineNumber}`).join('\n');
    problems.push({
      world: worldOf(e.executionContextId),
      kind: 'console',
      text: e.args.map((a) => a.description ?? String(a.value)).join(' '),
      stack,
    });
  });
  cdp.on('Log.entryAdded', (e) => {
    if (e.entry.level !== 'error') return;
    problems.push({ world: e.entry.source, kind: 'log', text: e.entry.text, stack: e.entry.url ?? '' });
  });
  worlds = await trackContexts(cdp);
  await cdp.send('Log.enable');
  await page.goto(b.server.url(HOST, path), { waitUntil: 'load' });
  return { page, cdp, problems, worlds };
}

/** Evaluate an expression in one execution context and return its value (JSON-able). */
async function evaluateIn<T>(w: Watched, contextId: number, expression: string): Promise<T> {
  const { result, exceptionDetails } = await w.cdp.send('Runtime.evaluate', {
    contextId,
    expression,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`evaluate in #${contextId}: ${exceptionDetails.exception?.description}`);
  return result.value as T;
}

const badgeText = async (page: Page) =>
  (await badge(page).isVisible()) ? ((await badge(page).textContent()) ?? '').trim() : null;

/** Click into the box and type the draft like a person; resolves once the badge shows the draft's hint count. */
async function typeDraft(page: Page): Promise<void> {
  await page.locator(BOX).click();
  await page.keyboard.type(DRAFT, { delay: 5 });
  await until(async () => (await badgeText(page)) === String(HINTS.length), `a badge with ${HINTS.length} hints`);
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The badge's box (measured before the mouse is on it: it grows by 6% on hover). */
async function badgeRect(page: Page): Promise<Rect> {
  const r = await badge(page).boundingBox();
  if (!r) throw new Error('the badge has no box');
  return r;
}

/** The badge's size on an ordinary page with the same box and draft, measured once. */
let plain: Promise<Rect> | null = null;
function plainBadge(): Promise<Rect> {
  plain ??= (async () => {
    const page = await b.open(HOST, '/hostile/plain.html');
    try {
      await typeDraft(page);
      return await badgeRect(page);
    } finally {
      await page.close();
    }
  })();
  return plain;
}

/** What a real click at a point hits (the overlay's host when it is the badge: its shadow root is retargeted). */
function hitAt(page: Page, x: number, y: number): Promise<string | null> {
  return page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.tagName ?? null, [x, y]);
}

/**
 * Open the panel with a real mouse click at the badge's centre, click the first hint's first fix (as the sites'
 * flow does), and wait for the box to hold the draft with that fix inserted where the engine places it.
 */
async function openPanelAndFix(page: Page, at: Rect, readBox: () => Promise<string>): Promise<void> {
  await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
  await until(async () => (await badge(page).getAttribute('aria-expanded')) === 'true', 'the panel opened by a click');
  expect(await panel(page).isVisible()).toBe(true);
  const before = await readBox();
  expect(before).toBe(DRAFT);
  const rule = await panel(page).locator('[data-rule]').first().getAttribute('data-rule');
  const hint = analyze(before, OPTIONS).hints.find((h) => h.rule === rule);
  expect(hint, `the engine's hint for the panel's first rule ${rule}`).toBeTruthy();
  const fix = hint!.fixes[0]!;
  const want = before.slice(0, fix.offset) + fix.text + before.slice(fix.offset);
  const button = panel(page).locator(`[data-rule="${rule}"] button[data-fix]`).first();
  expect(await button.getAttribute('data-fix-text')).toBe(fix.text);
  await button.click();
  await until(async () => (await readBox()) === want, `the ${rule} fix in the box`).catch(async (e) => {
    const notice = await panel(page)
      .locator('[data-part="notice"]')
      .textContent({ timeout: 500 })
      .catch(() => null);
    throw new Error(
      `${(e as Error).message}\nexpected: ${JSON.stringify(want)}\nactual:   ${JSON.stringify(await readBox())}\nnotice: ${notice}`,
    );
  });
}

const STYLE_PAGES = [
  {
    name: '`* { all: unset !important }`',
    path: '/hostile/unset-all.html',
    // The page's rule is in force: even <body> is inline.
    hostile: () => getComputedStyle(document.body).display === 'inline',
  },
  {
    name: '`body * { position: relative; z-index: 2147483647 }` (!important) under a full-screen veil',
    path: '/hostile/veil.html',
    // The veil is there, covers the whole viewport and lets clicks through; the composer is lifted to the top.
    hostile: () => {
      const veil = document.getElementById('veil')!;
      const r = veil.getBoundingClientRect();
      const composer = document.querySelector('[data-convo-composer]')!;
      return (
        r.left <= 0 &&
        r.top <= 0 &&
        r.right >= innerWidth &&
        r.bottom >= innerHeight &&
        getComputedStyle(veil).pointerEvents === 'none' &&
        getComputedStyle(composer).zIndex === '2147483647'
      );
    },
  },
  {
    name: '`html { font-size: 1px }`',
    path: '/hostile/tiny-font.html',
    hostile: () => getComputedStyle(document.documentElement).fontSize === '1px',
  },
];

for (const s of STYLE_PAGES) {
  it(`keeps the badge's size, on top and clickable, and applies a fix on a page with ${s.name}`, async () => {
    const normal = await plainBadge();
    const w = await openWatched(s.path);
    const { page } = w;
    expect(await page.evaluate(s.hostile), 'the fixture is as hostile as it means to be').toBe(true);
    await typeDraft(page);
    const box = await badgeRect(page);
    expect(Math.abs(box.width - normal.width), `badge width ${box.width} vs ${normal.width}`).toBeLessThanOrEqual(1.5);
    expect(Math.abs(box.height - normal.height), `badge height ${box.height} vs ${normal.height}`).toBeLessThanOrEqual(
      1.5,
    );
    // In view, on the box.
    const field = (await page.locator(BOX).boundingBox())!;
    expect(box.x + box.width / 2).toBeGreaterThan(field.x);
    expect(box.y + box.height / 2).toBeGreaterThan(field.y);
    expect(box.x + box.width / 2).toBeLessThan(field.x + field.width);
    expect(box.y + box.height / 2).toBeLessThan(field.y + field.height);
    expect(await hitAt(page, box.x + box.width / 2, box.y + box.height / 2)).toBe('REPLY-COACH-OVERLAY');
    await openPanelAndFix(page, box, () => page.locator(BOX).inputValue());
    expect(w.problems).toEqual([]);
    expect(b.foreignRequests()).toEqual([]);
    await page.close();
  });
}

it('coaches (or leaves the box alone) without an error of its own on a page that broke its built-ins', async () => {
  const w = await openWatched('/hostile/builtins.html');
  const { page } = w;
  const isPagesOwn = (p: Problem) => p.text.includes('[hostile page]') && !EXTENSION_CODE.test(p.stack);

  // The page's world really is broken: every replacement took effect before anything of ours ran…
  const installed = await page.evaluate(() => (window as unknown as { __hostile: { installed: string[] } }).__hostile);
  expect(installed.installed.sort()).toEqual(
    [
      'Array.prototype.includes',
      'Document.prototype.execCommand',
      'Document.prototype.getSelection',
      'Element.prototype.attachShadow',
      'document.execCommand',
      'window.MutationObserver',
      'window.getSelection',
      'window.requestIdleCallback',
    ].sort(),
  );
  // …and its own deliberate error is seen (so an error of ours would be too).
  await until(() => w.problems.some(isPagesOwn), "the page's own deliberate error");

  await page.locator(BOX).click();
  await page.keyboard.type(DRAFT, { delay: 5 });
  const readBox = () => page.locator(BOX).inputValue();
  const coached = await until(
    async () => (await badgeText(page)) === String(HINTS.length),
    `a badge with ${HINTS.length} hints`,
  ).catch(() => false);

  // Where the coach runs: in Chrome an isolated world of its own, where what the page did is not seen. Where it is
  // there, an uncaught error in it must reach the collector too (a probe thrown there).
  const world = [...w.worlds].find(([, c]) => c.name === COACH_WORLD)?.[0];
  let own: Record<string, boolean> | string = 'no isolated world';
  if (world !== undefined) {
    own = await evaluateIn<Record<string, boolean>>(
      w,
      world,
      `(() => {
        const native = (f) => typeof f === 'function' && /\\[native code\\]/.test(Function.prototype.toString.call(f));
        return {
          execCommand: native(document.execCommand),
          attachShadow: native(Element.prototype.attachShadow),
          getSelection: native(window.getSelection) && native(Document.prototype.getSelection),
          MutationObserver: native(window.MutationObserver),
          requestIdleCallback: native(window.requestIdleCallback),
          includes: [1].includes(2) === false,
        };
      })()`,
    );
    await evaluateIn(w, world, `setTimeout(() => { throw new Error('[probe] thrown in the coach world'); }, 0), 0`);
    await until(() => w.problems.some((p) => p.text.includes('[probe]')), 'the probe error from the coach world');
  }

  if (coached) {
    expect(await readBox()).toBe(DRAFT);
    await openPanelAndFix(page, await badgeRect(page), readBox);
  } else {
    // Left alone: no badge half-shown, the draft untouched.
    expect(await badgeText(page)).toBe(null);
    expect(await readBox()).toBe(DRAFT);
  }
  const calls = await page.evaluate(
    () => (window as unknown as { __hostile: { calls: { name: string; stack: string }[] } }).__hostile.calls,
  );
  const ours = calls.filter((c) => EXTENSION_CODE.test(c.stack));
  console.info(
    `broken built-ins page: ${coached ? 'coached, fix applied' : 'box left alone'}; coach world built-ins native: ${JSON.stringify(own)}; calls of the broken built-ins from extension code: ${ours.map((c) => c.name).join(', ') || 'none'}`,
  );
  const errors = w.problems.filter((p) => !isPagesOwn(p) && !p.text.includes('[probe]'));
  expect(errors).toEqual([]);
  expect(b.foreignRequests()).toEqual([]);
  await page.close();
});
