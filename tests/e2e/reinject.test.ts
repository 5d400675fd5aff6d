/**
 * Installed or updated while pages are open: Chrome puts manifest content scripts only into pages loaded afterwards,
 * so the background injects the coach into the open tabs of coached sites (src/background/reinject.ts). Here the
 * browser starts without the extension, tabs are opened, and the extension is then loaded through the DevTools
 * protocol (Extensions.loadUnpacked, which needs --enable-unsafe-extension-debugging and Playwright's pipe) — a
 * real install, and loading it again from the same folder a real update. No reload of any tab.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, DIST, assertBuilt, startFixtureServer, until, type FixtureServer } from './harness';

let server: FixtureServer;
let context: BrowserContext;
let cdp: CDPSession;
let dir: string;
let extDir: string;
let extensionId = '';

beforeAll(async () => {
  assertBuilt();
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'reply-coach-reinject-'));
  extDir = join(dir, 'extension');
  cpSync(DIST, extDir, { recursive: true });
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-extension-debugging',
      '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
      '--ignore-certificate-errors',
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 860 },
    ignoreHTTPSErrors: true,
  });
  cdp = await context.browser()!.newBrowserCDPSession();
});
afterAll(async () => {
  await context?.close().catch(() => undefined);
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function loadExtension(): Promise<Worker> {
  const seen = new Set(context.serviceWorkers());
  const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: extDir } as never)) as { id: string };
  extensionId = id;
  const sw = await until(
    () => context.serviceWorkers().find((w) => !seen.has(w) && w.url().startsWith(`chrome-extension://${id}/`)),
    'the (new) service worker',
  );
  return sw!;
}

/** Whether a live coach runs in the tab's top frame (asked through the extension, in its own world). */
async function coached(sw: Worker, host: string): Promise<boolean> {
  return sw.evaluate(async (h) => {
    type Api = {
      tabs: { query(q: object): Promise<{ id?: number }[]> };
      scripting: { executeScript(o: object): Promise<{ result?: unknown }[]> };
    };
    const c = (globalThis as unknown as { chrome: Api }).chrome;
    const [tab] = await c.tabs.query({ url: `https://${h}/*` });
    if (tab?.id === undefined) return false;
    const [r] = await c.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => {
        const g = globalThis as { __replyCoachLive?: () => boolean };
        return typeof g.__replyCoachLive === 'function' && g.__replyCoachLive();
      },
    });
    return r?.result === true;
  }, host);
}

const badgeText = async (page: Page) =>
  (
    (await page
      .locator('reply-coach-overlay [data-part="badge"]')
      .first()
      .textContent()
      .catch(() => '')) ?? ''
  ).trim();

it('tabs open before the install are coached at the next focus, others are left alone, nothing is injected twice; after an update too', async () => {
  const etsy = await context.newPage();
  await etsy.goto(server.url('www.etsy.com', '/messages/1001'));
  const gmx = await context.newPage();
  await gmx.goto(server.url('navigator.gmx.net', '/mail/compose'));
  const other = await context.newPage();
  const otherRequests: string[] = [];
  other.on('request', (r) => otherRequests.push(r.url()));
  await other.goto(server.url('shop.example.com', '/'));
  const errors: string[] = [];
  for (const p of [etsy, gmx, other]) p.on('pageerror', (e) => errors.push(e.message));

  let sw = await loadExtension();
  await until(() => coached(sw, 'www.etsy.com'), 'the coach injected into the open Etsy tab');
  await until(() => coached(sw, 'navigator.gmx.net'), 'the coach injected into the open GMX tab');

  // The next focus coaches, without a reload.
  const box = etsy.locator('[data-convo-composer] textarea');
  await box.click();
  await etsy.keyboard.type('ok, I will ship the wallet tomorrow.', { delay: 5 });
  await until(async () => /^\d+$/.test(await badgeText(etsy)), 'a hint count on the Etsy tab');
  await gmx.frameLocator('.tox-edit-area iframe').locator('body').click();
  await gmx.keyboard.type('ok, I will ship the vase tomorrow.', { delay: 5 });
  await until(async () => /^\d+$/.test(await badgeText(gmx)), 'a hint count on the GMX tab (TinyMCE iframe)');

  // A site that is not coached: nothing of ours, not even the boot script.
  await other.locator('#reply').click();
  await other.keyboard.type('ok, I will ship the wallet tomorrow.', { delay: 5 });
  await other.waitForTimeout(800);
  expect(await other.locator('reply-coach-overlay').count()).toBe(0);
  expect(otherRequests.filter((u) => u.startsWith('chrome-extension:'))).toEqual([]);

  // Asked again while the coach is live: no tab gets a second copy.
  const again = await sw.evaluate(() =>
    (globalThis as unknown as { replyCoachInjectIntoOpenTabs(): Promise<unknown[]> }).replyCoachInjectIntoOpenTabs(),
  );
  expect(again).toEqual([]);
  expect(await etsy.locator('reply-coach-overlay').count()).toBe(1);

  // An update (the same folder loaded again): the old copy stops, a new one is injected, the next focus coaches.
  // (Focus off the box first: a new copy coaches a box that has focus at once, which would hide the old one going.)
  await etsy.locator('#buyer').click();
  const before = extensionId;
  sw = await loadExtension();
  expect(extensionId).toBe(before);
  // The old copy looks every 2 s; a busy CI runner once needed more than 6 s for the reload to reach the tab.
  await until(async () => (await etsy.locator('reply-coach-overlay').count()) === 0, 'the old overlay gone', 12_000);
  await until(() => coached(sw, 'www.etsy.com'), 'the coach injected again after the update');
  expect(await etsy.locator('reply-coach-overlay').count()).toBe(0);
  await box.click();
  await etsy.keyboard.press('End');
  await etsy.keyboard.type(' Thanks!', { delay: 5 });
  await until(async () => /^\d+$/.test(await badgeText(etsy)), 'a hint count after the update');
  expect(await etsy.locator('reply-coach-overlay').count()).toBe(1);
  expect(await box.inputValue()).toBe('ok, I will ship the wallet tomorrow. Thanks!');
  expect(errors).toEqual([]);
}, 90_000);
