/**
 * The extension goes away while a tab is open (removed, disabled, updated): the content script notices within a few
 * seconds, takes its overlay and listeners away and coaches no more. chrome.runtime.reload() in headless Chromium
 * unloads the extension for good, which is exactly that moment.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { extensionWorker, launch, until, type CoachBrowser } from './harness';

let b: CoachBrowser;
beforeAll(async () => {
  b = await launch({ fixtureEditors: false });
});
afterAll(async () => {
  await b?.close();
});

const overlays = (page: import('playwright-core').Page) => page.locator('reply-coach-overlay').count();

it('an open tab removes its overlay and stops coaching once the extension is gone', async () => {
  const page = await b.open('www.etsy.com', '/messages/1001');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const box = page.locator('[data-convo-composer] textarea');
  await box.click();
  await page.keyboard.type('ok, I will ship the wallet tomorrow.', { delay: 5 });
  await until(async () => (await overlays(page)) === 1, 'the overlay');
  await until(
    async () =>
      /^\d+$/.test((await page.locator('reply-coach-overlay [data-part="badge"]').textContent())?.trim() ?? ''),
    'a hint count',
  );

  const sw = await extensionWorker(b);
  await sw
    .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
    .catch(() => undefined);
  // Without typing: the periodic look (every 2 s) finds the extension gone (slack for a busy CI runner).
  await until(async () => (await overlays(page)) === 0, 'the overlay gone without any edit', 12_000);
  // Typing, focusing another box: nothing comes back, nothing throws.
  await box.click();
  await page.keyboard.type(' Still there?', { delay: 5 });
  await page.waitForTimeout(1500);
  expect(await overlays(page)).toBe(0);
  expect(errors).toEqual([]);
  expect(await box.inputValue()).toBe('ok, I will ship the wallet tomorrow. Still there?');
});
