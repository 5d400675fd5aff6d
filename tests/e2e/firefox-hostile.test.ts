/**
 * The hostile pages of hostile-styles.test.ts in Debian's firefox-esr (dist/firefox over WebDriver BiDi): page CSS
 * that unsets everything, lifts every element to the top under a full-screen veil or shrinks the root font, and a
 * page that breaks its own built-ins before the extension loads. Firefox is where the last one matters most: the
 * clipboard bridge (src/content/page-world/clipboard-bridge.ts) runs in the page's world, among the broken
 * built-ins. On each styled page the badge keeps its ordinary size, is what a click at its centre hits, and a real
 * click opens the panel whose fix lands in the box; on the broken page the coach either coaches with a working fix
 * or leaves the box alone, the typed text exactly as typed, with no error but the page's own.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import {
  FIREFOX,
  badgeText,
  clickOverlay,
  launchFirefox,
  overlayQuery,
  proxyPrefs,
  recordingProxy,
  type Firefox,
  type RecordingProxy,
} from './firefox';
import { ROOT, extensionCopy, fixtureHosts, startFixtureServer, until, type FixtureServer } from './harness';
import { pageOptions } from './sites';
import { analyze } from '../../src/engine';

const HOST = 'www.etsy.com';
const BOX = '[data-convo-composer] textarea';
const DRAFT = 'ok, I will ship the wallet tomorrow.';
const OPTIONS = pageOptions({ id: 'etsy', customerName: '', customerMessage: '' });
const HINTS = analyze(DRAFT, OPTIONS).hints;
/** The page's deliberate errors say so; anything else thrown on the page is ours or the browser's. */
const PAGES_OWN = '[hostile page]';

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
  let server: FixtureServer;
  let proxy: RecordingProxy;
  let ff: Firefox;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(FIREFOX))
      throw new Error(`Firefox ESR is missing at ${FIREFOX}: npm test installs it (tests/e2e/browsers.mjs).`);
    server = await startFixtureServer();
    proxy = await recordingProxy(server.port, new Set(fixtureHosts()));
    const dist = extensionCopy('firefox-hostile', () => undefined, join(ROOT, 'dist', 'firefox'));
    ff = await launchFirefox(proxyPrefs(proxy.port));
    browser = ff.browser;
    await browser.installExtension(dist);
  }, 180_000);

  afterAll(async () => {
    await ff?.close();
    await proxy?.close();
    await server?.close();
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
    await until(async () => (await overlayQuery(page, '[data-part="panel"]')).asElement() !== null, 'the panel');
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

  it('sent nothing anywhere but the fixtures', () => {
    const hosts = new Set(fixtureHosts());
    const browserOwn = new Set(['firefox.settings.services.mozilla.com']);
    expect(proxy.asked.filter((h) => !hosts.has(h) && !browserOwn.has(h))).toEqual([]);
  });
});
