/**
 * Hostile documents and frames: a message box in a CLOSED shadow root (left alone), a cross-origin iframe of another
 * coached site (coached in its own frame), an iframe of a site the manifest does not match (never touched), a box
 * the page's framework re-mounts every second next to 300 other boxes (one overlay, the 300 untouched), and a coach
 * run whose draft never shows up in any console (page, content-script world, service worker).
 *
 * "Touched" is looked at from three sides: the page's own MutationObservers (they see DOM changes from every world),
 * attribute snapshots the page took at load, and the DevTools protocol's event-listener list of each element, asked
 * in the page's world and in the extension's content-script world (a listener shows in the world that added it).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CDPSession, ConsoleMessage, Frame, Page } from 'playwright-core';
import {
  badge,
  extensionWorker,
  launch,
  openPanel,
  overlayHosts,
  panel,
  trackContexts as track,
  until,
  type CoachBrowser,
  type ExecutionContext,
} from './harness';
import { closedShadowState, notTheOverlay } from './hostile-page-state';

let b: CoachBrowser;
beforeAll(async () => {
  b = await launch({ fixtureEditors: false });
});
afterAll(async () => {
  await b?.close();
});

/** A request for one of the extension's lazy chunks (see loader.test.ts). */
const chunk = (name: string) => (u: string) =>
  u.startsWith('chrome-extension://') && new RegExp(`/assets/${name}-[\\w-]+\\.js$`).test(u);

/** How long a box is given to be coached after typing, before "nothing happened" is believed (hints come ~0.2 s after a pause). */
const SETTLE_MS = 900;

/** Execution contexts of one CDP session (all worlds), kept up to date once Runtime is enabled. */
interface Contexts {
  cdp: CDPSession;
  contexts: Map<number, ExecutionContext>;
}

async function trackContexts(cdp: CDPSession): Promise<Contexts> {
  return { cdp, contexts: await track(cdp) };
}

/** The extension's content-script worlds among a session's contexts. */
function extensionWorlds(c: Contexts): number[] {
  return [...c.contexts]
    .filter(([, x]) => x.origin.startsWith(`chrome-extension://${b.extensionId}`))
    .map(([id]) => id);
}

/**
 * The event listeners on the element `expression` evaluates to in the page's world, as each world sees it: the
 * page's (main) world and every content-script world of the extension (DOM.resolveNode hands the same node to each).
 * Each entry: "<world> <type>[ capture]".
 */
async function listenersOn(c: Contexts, expression: string): Promise<string[]> {
  const { result, exceptionDetails } = await c.cdp.send('Runtime.evaluate', { expression });
  if (exceptionDetails || !result.objectId)
    throw new Error(`${expression}: ${JSON.stringify(exceptionDetails ?? result)}`);
  const { node } = await c.cdp.send('DOM.describeNode', { objectId: result.objectId });
  await c.cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  const worlds: [string, number | undefined][] = [['page', undefined]];
  for (const id of extensionWorlds(c)) worlds.push(['extension', id]);
  const out: string[] = [];
  for (const [world, executionContextId] of worlds) {
    const { object } = await c.cdp.send('DOM.resolveNode', {
      backendNodeId: node.backendNodeId,
      ...(executionContextId === undefined ? {} : { executionContextId }),
    });
    const { listeners } = await c.cdp.send('DOMDebugger.getEventListeners', { objectId: object.objectId! });
    await c.cdp.send('Runtime.releaseObject', { objectId: object.objectId! });
    for (const l of listeners) out.push(`${world} ${l.type}${l.useCapture ? ' capture' : ''}`);
  }
  return out.sort();
}

it('leaves a message box in a closed shadow root alone: no overlay, no attribute, node or listener of ours', async () => {
  const page = await b.open('www.etsy.com', '/hostile/closed-shadow.html');
  const cdp = await trackContexts(await b.context.newCDPSession(page));
  const start = b.requests.length;
  // The content script's world is in the page (so an empty listener list below means something).
  await until(() => extensionWorlds(cdp).length > 0, 'the extension’s content-script world in the page');
  const host = (await page.locator('#closed-host').boundingBox())!;
  // A real click into the closed root's textarea (no locator can reach into a closed root).
  await page.mouse.click(host.x + 60, host.y + 60);
  expect(
    await page.evaluate(() => (window as unknown as { __closed: { activeIsBox(): boolean } }).__closed.activeIsBox()),
  ).toBe(true);
  const draft = 'ok, I will ship the wallet tomorrow.';
  await page.keyboard.type(draft, { delay: 5 });
  expect(await page.evaluate(() => (window as unknown as { __closed: { value(): string } }).__closed.value())).toBe(
    draft,
  );
  await page.waitForTimeout(SETTLE_MS);

  expect(await overlayHosts(page).count()).toBe(0);
  const state = await page.evaluate(closedShadowState);
  expect(state.mutations, 'DOM changes in the page or the closed root').toEqual([]);
  expect(state.box).toEqual(state.attributesAtLoad.box);
  expect(state.host).toEqual(state.attributesAtLoad.host);
  expect(state.overlaysInClosedRoot).toBe(0);
  expect(await listenersOn(cdp, 'window.__closed.box'), 'listeners on the closed box').toEqual([]);
  expect(await listenersOn(cdp, 'window.__closed.host'), 'listeners on the closed root’s host').toEqual([]);
  // The coach (settings) and its session (overlay, editor adapters) were never loaded for it.
  expect(b.requests.slice(start).filter((u) => chunk('coach')(u) || chunk('session')(u))).toEqual([]);

  // Control: the open shadow root's box on the same page is coached (the extension is alive here).
  await page.locator('#open-host textarea').click();
  await page.keyboard.type(draft, { delay: 5 });
  await until(
    async () => /^\d+$/.test(((await badge(page).textContent()) ?? '').trim()),
    'a hint count on the open root’s box',
  );
  expect(await overlayHosts(page).count()).toBe(1);
  // …and its listeners show up where the closed box had none (the listener check can see the extension's world).
  expect(await listenersOn(cdp, "document.querySelector('#open-host').shadowRoot.querySelector('textarea')")).toContain(
    'extension focus',
  );
  expect(b.foreignRequests()).toEqual([]);
  await page.close();
});

/** The page's (or a frame's) own state object, window[name] in the page's world. */
async function pageState<T>(target: Page | Frame, name: string, method: string): Promise<T> {
  return target.evaluate(
    ([n, m]) => (window as unknown as Record<string, Record<string, () => unknown>>)[n!]![m!]!(),
    [name, method],
  ) as Promise<T>;
}

async function frameOf(page: Page, host: string): Promise<Frame> {
  const isIt = (f: Frame) => f.url().startsWith(`https://${host}:`);
  return (await until(() => page.frames().find(isIt), `the ${host} frame`))!;
}

it('coaches a cross-origin iframe of another coached site in its own frame', async () => {
  const page = await b.open('www.etsy.com', '/hostile/frame-matched.html');
  const frame = await frameOf(page, 'www.kleinanzeigen.de');
  await frame.waitForLoadState('load');
  // A cross-site frame runs in its own process: its own DevTools session, its own content script.
  const cdp = await trackContexts(await b.context.newCDPSession(frame));
  await until(() => extensionWorlds(cdp).length > 0, 'the content script in the Kleinanzeigen frame');
  await frame.locator('[data-testid="reply-box"] textarea').click();
  await page.keyboard.type('das Fahrrad ist noch da', { delay: 5 });
  const frameBadge = frame.locator('reply-coach-overlay [data-part="badge"]');
  await until(async () => /^\d+$/.test(((await frameBadge.textContent()) ?? '').trim()), 'a hint count in the frame');
  expect(await frame.locator('reply-coach-overlay').count()).toBe(1);
  // On the frame's box, as the page shows it.
  const boxRect = (await frame.locator('[data-testid="reply-box"] textarea').boundingBox())!;
  const badgeRect = (await frameBadge.boundingBox())!;
  const [cx, cy] = [badgeRect.x + badgeRect.width / 2, badgeRect.y + badgeRect.height / 2];
  expect(cx > boxRect.x && cx < boxRect.x + boxRect.width && cy > boxRect.y && cy < boxRect.y + boxRect.height).toBe(
    true,
  );
  // The hints are the frame's site's: a greeting for the chat partner the frame shows.
  await frameBadge.click();
  const greeting = frame.locator('reply-coach-overlay [data-part="panel"] [data-rule="greeting"] button[data-fix]');
  await until(
    async () => /Sabine/.test((await greeting.first().getAttribute('data-fix-text')) ?? ''),
    'a greeting for Sabine',
  );
  // The top page (another origin) got nothing.
  expect(await overlayHosts(page).count()).toBe(0);
  expect(b.foreignRequests()).toEqual([]);
  await page.close();
});

it('never touches an iframe of a site the manifest does not match, even after typing in it', async () => {
  const page = await b.open('www.etsy.com', '/hostile/frame-unmatched.html');
  const frame = await frameOf(page, 'shop.example.com');
  await frame.waitForLoadState('load');
  const cdp = await trackContexts(await b.context.newCDPSession(frame));
  const top = await trackContexts(await b.context.newCDPSession(page));
  await until(() => extensionWorlds(top).length > 0, 'the content script in the Etsy page');
  // Control: the top page's own box is coached.
  await page.locator('[data-convo-composer] textarea').click();
  await page.keyboard.type('ok, I will ship the wallet tomorrow.', { delay: 5 });
  await until(
    async () => /^\d+$/.test(((await badge(page).textContent()) ?? '').trim()),
    'a hint count on the Etsy box',
  );

  const box = frame.locator('#reply');
  await box.click();
  await page.keyboard.type('ok, I will ship the wallet tomorrow. Thanks for waiting!', { delay: 5 });
  expect(await box.inputValue()).toBe('ok, I will ship the wallet tomorrow. Thanks for waiting!');
  await page.waitForTimeout(SETTLE_MS);

  expect(extensionWorlds(cdp), 'a content-script world of the extension in the frame').toEqual([]);
  expect(await frame.locator('reply-coach-overlay').count()).toBe(0);
  expect(await pageState<string[]>(frame, '__frame', 'mutations'), 'DOM changes in the frame').toEqual([]);
  expect(await pageState<string[]>(frame, '__frame', 'changed'), 'elements changed or added in the frame').toEqual([]);
  expect(await listenersOn(cdp, 'window.__frame.box'), 'listeners on the frame’s box').toEqual([]);
  // The top page kept its one overlay, for its own box.
  expect(await overlayHosts(page).count()).toBe(1);
  expect(b.foreignRequests()).toEqual([]);
  await page.close();
});

it('keeps exactly one overlay for a box re-mounted every second, and never touches 300 boxes nobody focused', async () => {
  const page = await b.open('www.etsy.com', '/hostile/remount.html');
  const cdp = await trackContexts(await b.context.newCDPSession(page));
  type Remount = { remounts(): number; mutations(): string[]; changedBoxes(): string[]; count: number };
  const state = <T>(fn: (r: Remount) => T): Promise<T> =>
    page.evaluate(`(${fn.toString()})(window.__remount)`) as Promise<T>;
  await page.locator('textarea.composer').click();
  await page.keyboard.type('ok, I will ship the wallet tomorrow.', { delay: 5 });
  await until(async () => /^\d+$/.test(((await badge(page).textContent()) ?? '').trim()), 'a hint count on the box');

  // From here on the page notes the number of overlay elements after every change to the document's overlays
  // (a MutationObserver runs after each task that changed them) and at every rendered frame.
  await page.evaluate(() => {
    const count = () => document.querySelectorAll('reply-coach-overlay').length;
    const seen: string[] = [];
    const t0 = performance.now();
    const at = () => `${Math.round(performance.now() - t0)} ms`;
    let frames = 0;
    let odd: { n: number; since: number; frames: number } | null = null;
    new MutationObserver((list) => {
      const ours = list.some((m) =>
        [...m.addedNodes, ...m.removedNodes].some((n) => (n as Element).tagName === 'REPLY-COACH-OVERLAY'),
      );
      if (!ours) return;
      const n = count();
      if (n !== 1 && !odd) odd = { n, since: performance.now(), frames };
      else if (n === 1 && odd) {
        seen.push(
          `${odd.n} overlays from ${Math.round(odd.since - t0)} ms for ${Math.round(performance.now() - odd.since)} ms ` +
            `(${frames - odd.frames} frame(s) began meanwhile)`,
        );
        odd = null;
      }
    }).observe(document.documentElement, { childList: true });
    const frame = () => {
      frames++;
      if (count() !== 1) seen.push(`${count()} overlays at a rendered frame at ${at()}`);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    (window as unknown as { __overlayCounts: string[] }).__overlayCounts = seen;
  });
  const remountsBefore = await state((r) => r.remounts());
  const samples: number[] = [];
  const t0 = Date.now();
  while (Date.now() - t0 < 4000) {
    samples.push(await overlayHosts(page).count());
    await page.waitForTimeout(200);
  }
  const remounts = (await state((r) => r.remounts())) - remountsBefore;
  expect(remounts, 're-mounts while sampling').toBeGreaterThanOrEqual(3);
  expect.soft(samples, 'overlay elements in the document, sampled every 200 ms').toEqual(samples.map(() => 1));
  expect
    .soft(
      await page.evaluate(() => (window as unknown as { __overlayCounts: string[] }).__overlayCounts),
      'overlay counts other than 1, seen by the page after changes and at frames',
    )
    .toEqual([]);
  // The one overlay still coaches the current box.
  await until(
    async () => /^\d+$/.test(((await badge(page).textContent()) ?? '').trim()),
    'the hint count after re-mounts',
  );
  expect(await badge(page).isVisible()).toBe(true);

  // Nothing of ours on the 300 boxes: attributes, value and children as the page made them, no DOM change anywhere
  // but the overlay's own element, and no listener in any world.
  expect(await state((r) => r.changedBoxes()), 'boxes changed since load').toEqual([]);
  const foreign = (await state((r) => r.mutations())).filter(notTheOverlay);
  expect(foreign, 'DOM changes outside the overlay element').toEqual([]);
  const count = await state((r) => r.count);
  expect(count).toBe(300);
  const touched = (
    await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const l = await listenersOn(cdp, `window.__remount.box(${i})`);
        return l.length ? [`box ${i}: ${l.join(', ')}`] : [];
      }),
    )
  ).flat();
  expect(touched, 'listeners on boxes nobody focused').toEqual([]);
  // Control: the focused box carries the coach's listeners, in the extension's world (a box re-mounted a moment ago
  // is hooked a few milliseconds later).
  await until(
    async () => (await listenersOn(cdp, 'window.__remount.current()')).includes('extension focus'),
    'the coach’s listeners on the focused box',
  );
  expect(b.foreignRequests()).toEqual([]);
  await page.close();
});

/**
 * Everything written to a console while it listens: the page's (Playwright, main world), every world of the page and
 * its same-process frames (DevTools protocol: console calls with their arguments stringified in full, uncaught
 * exceptions, the browser's own log entries) and the extension's service worker (Playwright's context console).
 */
class ConsoleRecorder {
  readonly lines: string[] = [];
  private readonly pending: Promise<unknown>[] = [];

  async attach(page: Page): Promise<Contexts> {
    page.on('console', (m: ConsoleMessage) => this.lines.push(`page console ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => this.lines.push(`page error: ${e.message}\n${e.stack ?? ''}`));
    const cdp = await b.context.newCDPSession(page);
    cdp.on('Runtime.consoleAPICalled', (e) => {
      this.lines.push(`cdp console (context ${e.executionContextId}): ${JSON.stringify(e)}`);
      // Objects (an Error, a draft in an object…) are only previewed in the event: read each in full.
      for (const arg of e.args) {
        if (!arg.objectId) continue;
        this.pending.push(
          cdp
            .send('Runtime.callFunctionOn', {
              objectId: arg.objectId,
              functionDeclaration: `function () {
                let json = '';
                try { json = JSON.stringify(this, (k, v) => (v instanceof Error ? { ...v, message: v.message, stack: v.stack } : v)); } catch { json = ''; }
                return String(this && this.stack || '') + ' ' + String(this) + ' ' + json;
              }`,
              returnByValue: true,
            })
            .then((r) => this.lines.push(`cdp console argument: ${String(r.result.value)}`))
            .catch(() => undefined),
        );
      }
    });
    cdp.on('Runtime.exceptionThrown', (e) => this.lines.push(`cdp exception: ${JSON.stringify(e)}`));
    cdp.on('Log.entryAdded', (e) => this.lines.push(`cdp log: ${JSON.stringify(e)}`));
    const contexts = await trackContexts(cdp);
    await cdp.send('Log.enable');
    return contexts;
  }

  private readonly onContextConsole = (m: ConsoleMessage) =>
    this.lines.push(`context console ${m.type()} (${m.worker()?.url() ?? m.page()?.url() ?? '?'}): ${m.text()}`);

  /** Pages and the service worker of the whole browser context. */
  listenToContext(): void {
    b.context.on('console', this.onContextConsole);
  }

  async stop(): Promise<string[]> {
    b.context.off('console', this.onContextConsole);
    await Promise.all(this.pending);
    return this.lines;
  }
}

it('never writes the draft to any console: page, content-script world or service worker', async () => {
  const token = `rc-secret-${randomBytes(6).toString('hex')}`;
  const probe = `rc-probe-${randomBytes(6).toString('hex')}`;
  const rec = new ConsoleRecorder();
  rec.listenToContext();
  const sw = await extensionWorker(b);
  // Test instrumentation in the service worker: notes (as a flag only) that a sentence of the draft reached it.
  await sw.evaluate((t) => {
    const g = globalThis as unknown as {
      __rcSawToken?: boolean;
      chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } };
    };
    g.__rcSawToken = false;
    g.chrome.runtime.onMessage.addListener((m) => {
      if (JSON.stringify(m).includes(t)) g.__rcSawToken = true;
    });
  }, token);
  const page = await b.context.newPage();
  const cdp = await rec.attach(page);
  await page.goto(b.server.url('www.etsy.com', '/hostile/privacy.html'), { waitUntil: 'load' });
  await until(() => extensionWorlds(cdp).length > 0, 'the content script’s world');

  const box = page.locator('[data-convo-composer] textarea');
  await box.click();
  // The token in a statement and in an English question typed without "?" that only the service worker's tagger
  // judges (a run-on tail whose subject is a day; an auxiliary before a pronoun is settled without it).
  const draft = `ok, I will ship the wallet ${token} tomorrow. just seen this now is tuesday still ok for the ${token} one`;
  await page.keyboard.type(draft, { delay: 2 });
  await until(async () => /^\d+$/.test(((await badge(page).textContent()) ?? '').trim()), 'a hint count');
  await until(
    () => sw.evaluate(() => (globalThis as { __rcSawToken?: boolean }).__rcSawToken === true),
    'the draft’s question at the service worker',
  );
  await openPanel(page);

  // A fix the page refuses (it makes the box read-only when the overlay is pressed): the error path.
  const fix = panel(page).locator('button[data-fix]').first();
  const fixText = (await fix.getAttribute('data-fix-text')) ?? '';
  const rule = await fix.evaluate((el) => el.closest('[data-rule]')!.getAttribute('data-rule'));
  await page.evaluate(
    () => ((window as unknown as { __privacy: { lockOnAssist: boolean } }).__privacy.lockOnAssist = true),
  );
  await fix.click();
  const notice = panel(page).locator('[data-part="notice"]');
  await until(async () => (await notice.getAttribute('data-kind')) === 'error', 'the refused fix’s notice');
  expect(await box.inputValue()).toBe(draft);

  // The same fix once the page lets it in: the applied path.
  await page.evaluate(() => {
    const p = (window as unknown as { __privacy: { lockOnAssist: boolean } }).__privacy;
    p.lockOnAssist = false;
    (document.querySelector('[data-convo-composer] textarea') as HTMLTextAreaElement).readOnly = false;
  });
  await panel(page).locator(`[data-rule="${rule}"] button[data-fix]`).first().click();
  await until(async () => (await box.inputValue()).includes(fixText.trim()), 'the fix in the box');
  await until(async () => (await notice.getAttribute('data-kind')) === 'info', 'the applied fix’s notice');
  expect(await box.inputValue()).toContain(token);
  // Dismiss the other hints, silence and unsilence the box, close the panel, and clear the draft (the empty-box path).
  await until(
    async () =>
      (await panel(page).locator('[data-rule]').count()) > 0 ||
      (await panel(page).locator('[data-part="all-good"]').count()) > 0,
    'the re-checked hints',
  );
  while ((await panel(page).locator('[data-part="dismiss"]').count()) > 0) {
    const before = await panel(page).locator('[data-part="dismiss"]').count();
    await panel(page).locator('[data-part="dismiss"]').first().click();
    await until(async () => (await panel(page).locator('[data-part="dismiss"]').count()) < before, 'a hint dismissed');
  }
  await panel(page).locator('[data-part="silence"]').click();
  await panel(page).locator('[data-part="unsilence"]').click();
  await panel(page).locator('[data-part="close"]').click();
  await until(async () => (await badge(page).getAttribute('aria-expanded')) === 'false', 'the panel closed');
  await box.fill('');
  await until(() => badge(page).isHidden(), 'the badge gone with the draft');

  // Controls: the recorders do hear the content script's world and the service worker.
  const [world] = extensionWorlds(cdp);
  await cdp.cdp.send('Runtime.evaluate', { expression: `console.debug(${JSON.stringify(probe)})`, contextId: world! });
  await sw.evaluate((p) => console.log(p), `${probe}-sw`);
  await until(
    () => rec.lines.some((l) => l.includes(probe) && l.startsWith('cdp console')),
    'the probe from the content-script world',
  );
  await until(
    () => rec.lines.some((l) => l.includes(`${probe}-sw`) && l.startsWith('context console')),
    'the probe from the service worker',
  );

  const lines = await rec.stop();
  console.info(`privacy: ${lines.length} console lines recorded (the 2 probes included)`);
  expect(
    lines.filter((l) => l.includes(token)),
    'console lines with the draft’s token',
  ).toEqual([]);
  // Nor kept in the extension's storage.
  const stored = await sw.evaluate(async () => {
    type Area = { get(k: null): Promise<object> };
    const s = (globalThis as unknown as { chrome: { storage: Record<string, Area | undefined> } }).chrome.storage;
    const out: Record<string, object> = {};
    for (const a of ['local', 'sync', 'session']) if (s[a]) out[a] = await s[a]!.get(null);
    return JSON.stringify(out);
  });
  expect(stored.includes(token), 'the token in the extension’s storage').toBe(false);
  expect(b.requests.filter((u) => u.includes(token))).toEqual([]);
  expect(b.foreignRequests()).toEqual([]);
  await page.close();
});
