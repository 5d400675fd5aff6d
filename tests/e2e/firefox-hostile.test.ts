/**
 * The hostile pages of hostile-styles.test.ts in Debian's firefox-esr (dist/firefox over WebDriver BiDi): page CSS
 * that unsets everything, lifts every element to the top under a full-screen veil or shrinks the root font, and a
 * page that breaks its own built-ins before the extension loads. Firefox is where the last one matters most: the
 * clipboard bridge (src/content/page-world/clipboard-bridge.ts) runs in the page's world, among the broken
 * built-ins. On each styled page the badge keeps its ordinary size, is what a click at its centre hits, and a real
 * click opens the panel whose fix lands in the box; on the broken page the coach either coaches with a working fix
 * or leaves the box alone, the typed text exactly as typed, with no error but the page's own. Then the page that
 * lifts everything to the highest z-index, the frame pages (a coached site's cross-origin frame, a frame of a site the
 * manifest does not match), a box in a closed shadow root and a box re-mounted every second, as in
 * hostile-stacking.test.ts and hostile-frames.test.ts (their listener checks need CDP; here the pages' own records of
 * every DOM change stand in).
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, ElementHandle, Frame, Page } from 'puppeteer-core';
import { badgeText, clickOverlay, launchFirefox, proxyPrefs, startFirefoxSuite, type FirefoxSuite } from './firefox';
import { until, type FixtureServer } from './harness';
import {
  boxDigest,
  closedShadowState,
  framesOver,
  installTimeline,
  loadStats,
  median,
  megabyteDraft,
  notTheOverlay,
  perSecond,
  switchLoad,
  type Timeline,
} from './hostile-page-state';
import { SITE_CASES, pageOptions } from './sites';
import { analyze } from '../../src/engine';

const HOST = 'www.etsy.com';
const BOX = '[data-convo-composer] textarea';
const DRAFT = 'ok, I will ship the wallet tomorrow.';
const OPTIONS = pageOptions({ id: 'etsy', customerName: '', customerMessage: '' });
const HINTS = analyze(DRAFT, OPTIONS).hints;
/** The page's deliberate errors say so; anything else thrown on the page is ours or the browser's. */
const PAGES_OWN = '[hostile page]';

/** The overlay's badge text in a page or a frame (null while hidden or absent). */
const badgeIn = (target: Page | Frame) =>
  target.evaluate(() => {
    const host = document.querySelector('reply-coach-overlay');
    const b = (host?.shadowRoot ?? host)?.querySelector<HTMLElement>('[data-part="badge"]');
    if (!b || b.getBoundingClientRect().width === 0) return null;
    return (b.textContent ?? '').trim();
  });
const overlaysIn = (target: Page | Frame) =>
  target.evaluate(() => document.querySelectorAll('reply-coach-overlay').length);
/** The page's (or a frame's) own record, window[name][method]() in its world. */
const pageState = <T>(target: Page | Frame, name: string, method: string) =>
  target.evaluate(
    (n, m) => (window as unknown as Record<string, Record<string, () => unknown>>)[n]![m]!(),
    name,
    method,
  ) as Promise<T>;
/** Time for a coach that would hook a box to have done so (hostile-frames.test.ts waits as long). */
const SETTLE_MS = 900;
const COUNT = /^\d+$/;
/** After the paste has landed, the page's 10 ms timer never waits longer than this (as in hostile-load.test.ts). */
const HEARTBEAT_GAP_MS = 100;
/** The badge's aria-expanded: "true" once its panel is open. */
const expanded = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('reply-coach-overlay');
    return (host?.shadowRoot ?? host)?.querySelector('[data-part="badge"]')?.getAttribute('aria-expanded') ?? null;
  });

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const STYLE_PAGES = [
  { path: '/hostile/unset-all.html', hostile: () => getComputedStyle(document.body).display === 'inline' },
  {
    path: '/hostile/veil.html',
    hostile: () => {
      const r = document.getElementById('veil')!.getBoundingClientRect();
      const composer = document.querySelector('[data-convo-composer]')!;
      return r.right >= innerWidth && r.bottom >= innerHeight && getComputedStyle(composer).zIndex === '2147483647';
    },
  },
  { path: '/hostile/tiny-font.html', hostile: () => getComputedStyle(document.documentElement).fontSize === '1px' },
];

describe('Firefox: hostile pages (firefox-esr, WebDriver BiDi)', () => {
  let suite: FirefoxSuite;
  let server: FixtureServer;
  let browser: Browser;

  beforeAll(async () => {
    suite = await startFirefoxSuite('firefox-hostile');
    ({ server, browser } = suite);
  }, 180_000);

  afterAll(async () => {
    await suite?.close();
  });

  /** A fixture page with its uncaught errors collected. */
  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url(HOST, path), { waitUntil: 'load' });
    return { page, errors };
  }

  const readBox = (page: Page) => page.$eval(BOX, (el) => (el as HTMLTextAreaElement).value);

  async function typeDraft(page: Page): Promise<void> {
    await page.waitForSelector(BOX, { timeout: 10_000 });
    await page.click(BOX);
    await page.keyboard.type(DRAFT, { delay: 2 });
    await until(async () => (await badgeText(page)) === String(HINTS.length), `a badge with ${HINTS.length} hints`);
  }

  async function badgeRect(page: Page): Promise<Rect> {
    const r = await page.evaluate(() => {
      const host = document.querySelector('reply-coach-overlay');
      const b = (host?.shadowRoot ?? host)?.querySelector('[data-part="badge"]')?.getBoundingClientRect();
      return b ? { x: b.x, y: b.y, width: b.width, height: b.height } : null;
    });
    if (!r) throw new Error('the badge has no box');
    return r;
  }

  /** A real click at the badge's centre opens the panel; the first hint's first fix lands where the engine puts it. */
  async function openPanelAndFix(page: Page, at: Rect): Promise<void> {
    await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
    await until(async () => (await expanded(page)) === 'true', 'the panel opened by a real click');
    const before = await readBox(page);
    expect(before).toBe(DRAFT);
    const rule = await page.evaluate(() => {
      const host = document.querySelector('reply-coach-overlay');
      return (host?.shadowRoot ?? host)?.querySelector('[data-part="panel"] [data-rule]')?.getAttribute('data-rule');
    });
    const hint = analyze(before, OPTIONS).hints.find((h) => h.rule === rule);
    expect(hint, `the engine's hint for the panel's first rule ${rule}`).toBeTruthy();
    const fix = hint!.fixes[0]!;
    const want = before.slice(0, fix.offset) + fix.text + before.slice(fix.offset);
    await clickOverlay(page, `[data-rule="${rule}"] button[data-fix]`);
    await until(async () => (await readBox(page)) === want, `the ${rule} fix in the box`).catch(async (e) => {
      throw new Error(`${(e as Error).message}\nexpected: ${JSON.stringify(want)}\nactual: ${await readBox(page)}`);
    });
  }

  let plain: Rect;
  it('measures the badge on an ordinary page with the same box and draft', async () => {
    const { page, errors } = await open('/hostile/plain.html');
    await typeDraft(page);
    plain = await badgeRect(page);
    expect(plain.width).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  for (const s of STYLE_PAGES)
    it(`keeps the badge's size, on top and clickable, and applies a fix on ${s.path}`, async () => {
      const { page, errors } = await open(s.path);
      try {
        expect(await page.evaluate(s.hostile), 'the fixture is as hostile as it means to be').toBe(true);
        await typeDraft(page);
        const box = await badgeRect(page);
        expect(Math.abs(box.width - plain.width), `badge ${box.width} vs ${plain.width}`).toBeLessThanOrEqual(1.5);
        expect(Math.abs(box.height - plain.height), `badge ${box.height} vs ${plain.height}`).toBeLessThanOrEqual(1.5);
        const hit = await page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.tagName ?? null,
          [box.x + box.width / 2, box.y + box.height / 2],
        );
        expect(hit).toBe('REPLY-COACH-OVERLAY');
        await openPanelAndFix(page, box);
        console.info(
          `Firefox, ${s.path}: badge ${box.width.toFixed(2)} × ${box.height.toFixed(2)} px, plain page ${plain.width.toFixed(2)} × ${plain.height.toFixed(2)}`,
        );
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);

  it('coaches with a working fix, or leaves the box alone, on a page that broke its built-ins', async () => {
    const { page, errors } = await open('/hostile/builtins.html');
    try {
      const installed = await page.evaluate(
        () => (window as unknown as { __hostile: { installed: string[] } }).__hostile.installed.length,
      );
      expect(installed, 'the page replaced its built-ins').toBe(8);
      await until(() => errors.some((e) => e.includes(PAGES_OWN)), "the page's own deliberate error");
      await page.click(BOX);
      await page.keyboard.type(DRAFT, { delay: 5 });
      const coached = await until(
        async () => (await badgeText(page)) === String(HINTS.length),
        `a badge with ${HINTS.length} hints`,
      ).catch(() => false);
      expect(await readBox(page)).toBe(DRAFT);
      if (coached) await openPanelAndFix(page, await badgeRect(page));
      else expect(await badgeText(page)).toBe(null);
      console.info(`Firefox, broken built-ins page: ${coached ? 'coached, fix applied' : 'box left alone'}`);
      expect(errors.filter((e) => !e.includes(PAGES_OWN))).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('keeps the badge on top and clickable on a page that sets z-index 2147483647 on everything', async () => {
    const { page, errors } = await open('/hostile/stacking.html');
    try {
      await page.click('textarea');
      await page.keyboard.type(DRAFT, { delay: 2 });
      await until(async () => COUNT.test((await badgeIn(page)) ?? ''), 'a hint count on the badge');
      const box = await badgeRect(page);
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      expect(await page.evaluate((px, py) => document.elementFromPoint(px, py)?.tagName ?? null, x, y)).toBe(
        'REPLY-COACH-OVERLAY',
      );
      await page.mouse.click(x, y);
      await until(async () => (await expanded(page)) === 'true', 'the panel opened by a real click');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  const frameOf = (page: Page, host: string) =>
    until(() => page.frames().find((f) => f.url().startsWith(`https://${host}:`)), `the ${host} frame`);

  it("coaches a cross-origin iframe of another coached site in its own frame, with that site's customer", async () => {
    const { page, errors } = await open('/hostile/frame-matched.html');
    try {
      const frame = (await frameOf(page, 'www.kleinanzeigen.de'))!;
      const box = await frame.waitForSelector('[data-testid="reply-box"] textarea', { timeout: 10_000 });
      await box!.click();
      await page.keyboard.type('das Fahrrad ist noch da', { delay: 2 });
      await until(async () => COUNT.test((await badgeIn(frame)) ?? ''), 'a hint count in the frame');
      expect(await overlaysIn(frame)).toBe(1);
      const fixText = () =>
        frame.evaluate(() => {
          const host = document.querySelector('reply-coach-overlay');
          const root = host?.shadowRoot ?? host;
          root?.querySelector<HTMLElement>('[data-part="badge"]')?.click();
          return root?.querySelector('[data-rule="greeting"] button[data-fix]')?.getAttribute('data-fix-text') ?? '';
        });
      await until(async () => /Sabine/.test(await fixText()), 'a greeting for Sabine');
      expect(await overlaysIn(page), 'the top page (another origin) got nothing').toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('never touches an iframe of a site the manifest does not match, even after typing in it', async () => {
    const { page, errors } = await open('/hostile/frame-unmatched.html');
    try {
      const frame = (await frameOf(page, 'shop.example.com'))!;
      // Control: the top page's own box is coached.
      await typeDraft(page);
      const box = await frame.waitForSelector('#reply', { timeout: 10_000 });
      await box!.click();
      const typed = 'ok, I will ship the wallet tomorrow. Thanks for waiting!';
      await page.keyboard.type(typed, { delay: 2 });
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      expect(await frame.$eval('#reply', (el) => (el as HTMLTextAreaElement).value)).toBe(typed);
      expect(await overlaysIn(frame)).toBe(0);
      expect(await pageState<string[]>(frame, '__frame', 'mutations'), 'DOM changes in the frame').toEqual([]);
      expect(await pageState<string[]>(frame, '__frame', 'changed'), 'elements changed in the frame').toEqual([]);
      expect(await overlaysIn(page)).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('leaves a message box in a closed shadow root alone, and coaches the open one beside it', async () => {
    const { page, errors } = await open('/hostile/closed-shadow.html');
    try {
      const host = (await (await page.$('#closed-host'))!.boundingBox())!;
      await page.mouse.click(host.x + 60, host.y + 60);
      expect(await pageState<boolean>(page, '__closed', 'activeIsBox')).toBe(true);
      await page.keyboard.type(DRAFT, { delay: 2 });
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      expect(await pageState<string>(page, '__closed', 'value')).toBe(DRAFT);
      expect(await overlaysIn(page)).toBe(0);
      const state = await page.evaluate(closedShadowState);
      expect(state.mutations, 'DOM changes in the page or the closed root').toEqual([]);
      expect(state.box).toEqual(state.attributesAtLoad.box);
      expect(state.host).toEqual(state.attributesAtLoad.host);
      expect(state.overlaysInClosedRoot).toBe(0);
      // Control: the open root's box is coached.
      const open = await page.evaluateHandle(() =>
        document.querySelector('#open-host')!.shadowRoot!.querySelector('textarea')!,
      );
      await (open.asElement() as ElementHandle<Element>).click();
      await page.keyboard.type(DRAFT, { delay: 2 });
      await until(async () => COUNT.test((await badgeIn(page)) ?? ''), 'a hint count on the open root’s box');
      expect(await overlaysIn(page)).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('keeps exactly one overlay for a box re-mounted every second, and never touches 300 boxes nobody focused', async () => {
    const { page, errors } = await open('/hostile/remount.html');
    try {
      await page.click('textarea.composer');
      await page.keyboard.type(DRAFT, { delay: 2 });
      await until(async () => COUNT.test((await badgeIn(page)) ?? ''), 'a hint count on the box');
      const remounts = () =>
        page.evaluate(() => (window as unknown as { __remount: { remounts(): number } }).__remount.remounts());
      const before = await remounts();
      const samples: number[] = [];
      const t0 = Date.now();
      while (Date.now() - t0 < 4000) {
        samples.push(await overlaysIn(page));
        await new Promise((r) => setTimeout(r, 200));
      }
      expect((await remounts()) - before, 're-mounts while sampling').toBeGreaterThanOrEqual(3);
      expect(samples, 'overlay elements, sampled every 200 ms').toEqual(samples.map(() => 1));
      await until(async () => COUNT.test((await badgeIn(page)) ?? ''), 'the hint count after re-mounts');
      expect(await pageState<string[]>(page, '__remount', 'changedBoxes'), 'boxes changed since load').toEqual([]);
      const foreign = (await pageState<string[]>(page, '__remount', 'mutations')).filter(notTheOverlay);
      expect(foreign, 'DOM changes outside the overlay element').toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('20,000 DOM mutations a second next to the box: hints within 1 s of the pause, at least 80 % of the frame rate', async () => {
    const path = '/hostile/mutations.html';
    const site = SITE_CASES.find((c) => c.id === 'etsy')!;
    const expected = analyze(DRAFT, {
      ...pageOptions(site),
      thread: [{ author: 'customer', at: null, text: site.customerMessage! }],
      now: new Date(),
    }).hints.length;
    expect(expected).toBeGreaterThan(0);
    const { page, errors } = await open(path);
    // The same page in a Firefox without the extension, its churn off while the other one runs.
    const bare = await launchFirefox(proxyPrefs(suite.proxy.port));
    try {
      const plain = await bare.browser.newPage();
      await plain.goto(server.url(HOST, path), { waitUntil: 'load' });
      await plain.evaluate(switchLoad, false);
      await page.evaluate(installTimeline);
      const s0 = await page.evaluate(loadStats);
      await page.click('textarea');
      await until(async () => (await overlaysIn(page)) === 1, 'the box to be coached');
      await page.keyboard.type(DRAFT, { delay: 30 });
      await until(async () => (await badgeIn(page)) === String(expected), `${expected} on the badge`, 15_000);
      await new Promise((r) => setTimeout(r, 500));
      const s1 = await page.evaluate(loadStats);
      const tl = await page.evaluate(() => (window as unknown as { __timeline: Timeline }).__timeline);
      const lastKey = tl.inputs[tl.inputs.length - 1]!;
      const final = tl.badge[tl.badge.length - 1]!;
      const before = tl.badge.filter((x) => x.t <= lastKey).pop();
      const latency = final.shown - lastKey;
      expect(await readBox(page)).toBe(DRAFT);
      expect(tl.inputs.length).toBe(DRAFT.length);
      expect(final).toMatchObject({ text: String(expected), hidden: false });
      expect(before && !before.hidden && before.text === final.text, 'badge already final before the last key').toBe(
        false,
      );
      // Frame rate with the extension (box focused, draft typed) and without it, alternating, two rounds each.
      const fps: Record<'with' | 'without', number[]> = { with: [], without: [] };
      const rates: number[] = [];
      for (let round = 0; round < 2; round++)
        for (const [name, p, other] of [
          ['with', page, plain],
          ['without', plain, page],
        ] as const) {
          await other.evaluate(switchLoad, false);
          await p.evaluate(switchLoad, true);
          await new Promise((r) => setTimeout(r, 250));
          const f = await p.evaluate(framesOver, 3000);
          fps[name].push(perSecond(f.frames, f.ms));
          rates.push(perSecond(f.records, f.ms));
        }
      const typingRate = perSecond(s1.records - s0.records, s1.at - s0.at);
      console.info(
        `Firefox, mutations: ${typingRate.toFixed(0)}/s while typing, ${rates.map((r) => r.toFixed(0)).join(', ')}/s ` +
          `in the frame windows; badge ${final.text} ${latency.toFixed(0)} ms after the last key; fps with ` +
          `${fps.with.map((x) => x.toFixed(1)).join(', ')}, without ${fps.without.map((x) => x.toFixed(1)).join(', ')}`,
      );
      expect(typingRate, 'mutations/s while typing').toBeGreaterThanOrEqual(10_000);
      for (const r of rates) expect(r, 'mutations/s while counting frames').toBeGreaterThanOrEqual(10_000);
      expect(latency, 'ms from the last keystroke to the hint count on the badge').toBeLessThanOrEqual(1000);
      expect(median(fps.with)).toBeGreaterThanOrEqual(0.8 * median(fps.without));
      expect(errors).toEqual([]);
    } finally {
      await bare.close();
      await page.close();
    }
  }, 90_000);

  for (const box of [
    { name: 'textarea', selector: '#ta' },
    { name: 'contenteditable', selector: '#ce' },
  ]) {
    /** One paste into a fresh page: the text is checked here; the page heartbeat's longest gap is returned. */
    const attempt = async (): Promise<number> => {
      const draft = megabyteDraft();
      const { page, errors } = await open('/hostile/paste.html');
      try {
        // Focus (the content script loads and hooks the box; the click is the activation the clipboard asks for),
        // then paste with the keyboard.
        await page.click(box.selector);
        await until(async () => (await overlaysIn(page)) === 1, 'the box to be coached');
        await page.evaluate((t) => navigator.clipboard.writeText(t), draft);
        const t0 = Date.now();
        await page.keyboard.down('Control');
        await page.keyboard.press('v');
        await page.keyboard.up('Control');
        await until(
          async () => (await page.evaluate(boxDigest, box.selector)).length >= draft.length,
          'the paste',
          20_000,
        );
        const landedMs = Date.now() - t0;
        await page.evaluate(() => (window as unknown as { __heartbeat: { reset(): void } }).__heartbeat.reset());
        await until(async () => COUNT.test((await badgeIn(page)) ?? ''), 'a hint count on the badge', 20_000);
        const badgeMs = Date.now() - t0;
        await new Promise((r) => setTimeout(r, 1000));
        const beat = await page.evaluate(() =>
          (window as unknown as { __heartbeat: { read(): { maxGap: number; beats: number } } }).__heartbeat.read(),
        );
        const text = await page.evaluate(boxDigest, box.selector);
        console.info(
          `Firefox, 1 MB paste into a ${box.name}: landed after ${landedMs} ms, badge after ${badgeMs} ms; ` +
            `heartbeat: longest gap ${beat.maxGap.toFixed(0)} ms over ${beat.beats} beats`,
        );
        expect(text.length).toBe(draft.length);
        expect(text.sha256).toBe(createHash('sha256').update(draft, 'utf8').digest('hex'));
        expect(beat.beats, 'the page heartbeat ran after the paste').toBeGreaterThan(0);
        expect(errors).toEqual([]);
        return beat.maxGap;
      } finally {
        await page.close();
      }
    };

    it(`a real 1 MB paste into a ${box.name}: exact text, a hint count, a responsive page`, async () => {
      // Best of three fresh pages: a stall of the shared machine (both browsers' suites run side by side in npm test)
      // lands in an attempt at random; a page our script freezes stalls in every one.
      let gap = await attempt();
      for (let i = 0; i < 2 && gap > HEARTBEAT_GAP_MS; i++) gap = Math.min(gap, await attempt());
      expect
        .soft(gap, 'longest wait of the page heartbeat (a 10 ms timer) after the paste')
        .toBeLessThanOrEqual(HEARTBEAT_GAP_MS);
    }, 120_000);
  }

  it('sent nothing anywhere but the fixtures', () => {
    expect(suite.foreignHosts()).toEqual([]);
  });
});
