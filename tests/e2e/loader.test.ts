/**
 * The loader in a real Chromium with dist/chrome: which boxes count, laziness, size, boxes that come and go,
 * pushState navigation, and that nothing is thrown into the page or sent anywhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, assertBuilt, badge, launch, openPanel, overlayHosts, panel, until, type CoachBrowser } from './harness';

let b: CoachBrowser;
const pageErrors: string[] = [];

function track(page: Page): Page {
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  return page;
}

beforeAll(async () => {
  b = await launch();
});

afterAll(async () => {
  await b?.close();
});

const chunk = (name: string) => (u: string) =>
  u.startsWith('chrome-extension://') && new RegExp(`/assets/${name}-[\\w-]+\\.js$`).test(u);

describe('the content script every page loads', () => {
  it('is small: the loader and everything it imports statically stay under 20 KB gzipped', () => {
    assertBuilt();
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
      content_scripts: { js: string[] }[];
    };
    const files = new Set<string>();
    const add = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      const code = readFileSync(join(DIST, file), 'utf8');
      // crxjs' loader imports the real module through chrome.runtime.getURL("…").
      for (const m of code.matchAll(/getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) add(m[1]!);
      // Static imports only: import … from "./x.js" / import "./x.js" (dynamic import() is the lazy part).
      for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g)) {
        add(join(file, '..', m[1]!).replace(/\\/g, '/'));
      }
    };
    for (const cs of manifest.content_scripts) for (const js of cs.js) add(js);
    const gz = [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f))).length, 0);
    expect(files.size).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(join(DIST, f), 'utf8')).not.toMatch(/compromise|preact|floating-ui/i);
    expect(gz).toBeLessThan(20 * 1024);
  });

  it('loads the content script on the first focus of a text field, and the coach only when a message box gets focus', async () => {
    const page = track(await b.open('www.etsy.com', '/messages/1001'));
    const start = b.requests.length;
    await page.waitForSelector('[data-convo-composer] textarea');
    await page.waitForTimeout(300);
    const since = () => b.requests.slice(start);
    // Before any focus only the boot script has run: not even the content script's module is fetched.
    expect(since().filter(chunk('src-content-index.ts'))).toEqual([]);
    expect(since().filter(chunk('finder'))).toEqual([]);
    expect(since().filter(chunk('session'))).toEqual([]);
    expect(since().filter(chunk('coach'))).toEqual([]);
    // A search field is not a message box: still nothing loaded.
    await page.click('input[type="search"]');
    await page.keyboard.type('wallet');
    // A text field: the content script loads; a search field is not one it looks at further.
    await until(() => since().filter(chunk('src-content-index.ts')).length === 1, 'the content script module', 5000);
    await page.waitForTimeout(300);
    expect(since().filter(chunk('src-content-index.ts')).length).toBe(1);
    expect(since().filter(chunk('finder'))).toEqual([]);
    expect(since().filter(chunk('session'))).toEqual([]);
    await page.click('[data-convo-composer] textarea');
    await until(() => since().some(chunk('session')), 'the lazy session chunk');
    await page.close();
  });

  it('spends little main-thread time at load (a page without scripts of its own)', async () => {
    const page = track(await b.context.newPage());
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(b.server.url('www.etsy.com', '/cases/blank.html'), { waitUntil: 'load' });
      await page.waitForTimeout(250);
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      samples.push((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000);
    }
    samples.sort((x, y) => x - y);
    const median = samples[2]!;
    console.info(`content script main-thread time at load (ScriptDuration, median of 5): ${median.toFixed(2)} ms`);
    // The budget is 2 ms; a loaded 2-core CI machine gets some slack before this fails.
    expect(median).toBeLessThan(Number(process.env.RC_LOAD_BUDGET_MS ?? 6));
    await page.close();
  });
});

describe('which boxes count', () => {
  let page: Page;
  beforeAll(async () => {
    page = track(await b.open('www.tori.fi', '/cases/boxes.html'));
    await page.waitForSelector('#later-slot textarea');
  });
  afterAll(async () => {
    await page?.close();
  });

  async function typeInto(caseName: string): Promise<void> {
    const box = page.locator(`[data-case="${caseName}"]`);
    const frame = box.locator('iframe');
    if (await frame.count()) {
      const body = box.frameLocator('iframe').locator('body');
      await body.click();
    } else {
      await box.locator('textarea, input, [contenteditable], chat-box textarea').first().click();
    }
    await page.keyboard.type('Hallo');
  }

  it('never hooks search, subject, password, payment, one-time-code, address fields or opted-out boxes', async () => {
    const start = b.requests.length;
    const skip = await page
      .locator('[data-expect="skip"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-case')!));
    expect(skip.length).toBeGreaterThanOrEqual(14);
    for (const name of skip) await typeInto(name);
    await page.waitForTimeout(500);
    expect(await overlayHosts(page).count()).toBe(0);
    // Not even the lazy part was loaded for them.
    expect(b.requests.slice(start).filter(chunk('coach'))).toEqual([]);
  });

  it('hooks message boxes found by label in four languages, compose context, shadow roots and iframes', async () => {
    const hook = await page
      .locator('[data-expect="hook"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-case')!));
    let n = await overlayHosts(page).count();
    for (const name of hook) {
      await typeInto(name);
      await until(async () => (await overlayHosts(page).count()) === n + 1, `an overlay for case "${name}"`);
      n += 1;
      // The badge sits on this box.
      const box = page.locator(`[data-case="${name}"]`);
      const br = (await box.boundingBox())!;
      await until(
        async () => (await badge(page, n - 1).isVisible()) && (await badge(page, n - 1).boundingBox()),
        `the badge of "${name}"`,
      );
      const r = (await badge(page, n - 1).boundingBox())!;
      expect(r.x + r.width / 2, name).toBeGreaterThan(br.x);
      expect(r.x + r.width / 2, name).toBeLessThan(br.x + br.width);
      expect(r.y + r.height / 2, name).toBeGreaterThan(br.y);
      expect(r.y + r.height / 2, name).toBeLessThan(br.y + br.height);
    }
    // Focusing a hooked box again does not add a second overlay.
    await typeInto(hook[0]!);
    await page.waitForTimeout(300);
    expect(await overlayHosts(page).count()).toBe(n);
  });
});

describe('boxes that come and go', () => {
  it('follows the box Etsy replaces after Send, and drops the old overlay', async () => {
    const page = track(await b.open('www.etsy.com', '/messages/1001'));
    const ta = page.locator('[data-convo-composer] textarea');
    await ta.click();
    await page.keyboard.type('Thanks');
    await until(() => badge(page).isVisible(), 'badge');
    await page.click('[data-convo-composer] button[type="submit"]');
    await until(async () => (await overlayHosts(page).count()) === 0, 'the old overlay to go');
    await ta.click(); // the new textarea
    await page.keyboard.type('One more thing');
    await until(() => badge(page).isVisible(), 'a badge on the new box');
    expect(await overlayHosts(page).count()).toBe(1);
    await page.close();
  });

  it('hooks Gmail’s reply box that appears on click, and hides the badge while the box is hidden', async () => {
    const page = track(await b.open('mail.google.com', '/mail/u/0/'));
    await page.click('#reply-btn');
    await page.keyboard.type('Hello');
    await until(() => badge(page).isVisible(), 'badge on the reply box');
    await page.evaluate(() => ((document.querySelector('.M9') as HTMLElement).style.display = 'none'));
    await until(async () => !(await badge(page).isVisible()), 'badge hidden with its box');
    await page.evaluate(() => ((document.querySelector('.M9') as HTMLElement).style.display = ''));
    await until(() => badge(page).isVisible(), 'badge back');
    await page.evaluate(() => document.querySelector('.M9')!.remove());
    await until(async () => (await overlayHosts(page).count()) === 0, 'overlay removed with its box');
    await page.close();
  });

  it('keeps working across history.pushState navigation, with the new customer’s name', async () => {
    const page = track(await b.open('www.kleinanzeigen.de', '/m-nachrichten.html/c1'));
    const greetingFix = () =>
      panel(page).locator('[data-rule="greeting"] button[data-fix]').first().getAttribute('data-fix-text');
    await page.click('[data-testid="reply-box"] textarea');
    await page.keyboard.type('das Fahrrad ist noch da');
    await until(() => badge(page).isVisible(), 'badge');
    await openPanel(page);
    await until(async () => /Sabine/.test((await greetingFix()) ?? ''), 'a greeting for Sabine');
    await page.click('a[href$="/c2"]');
    await until(async () => (await page.textContent('#partner')) === 'Emir H.', 'navigation');
    // (The open panel covers the middle of the box: click its top-left corner, as a person would.)
    await page.click('[data-testid="reply-box"] textarea', { position: { x: 12, y: 12 } });
    await page.keyboard.press('Control+End');
    await page.keyboard.type(', die Nähmaschine auch');
    await until(async () => /Emir/.test((await greetingFix()) ?? ''), 'a greeting for Emir after navigation');
    expect(await overlayHosts(page).count()).toBe(1);
    await page.close();
  });
});

describe('strict pages', () => {
  it('styles the overlay on a page with a strict Content-Security-Policy (no inline styles)', async () => {
    const page = track(await b.open('www.etsy.com', '/cases/csp.html'));
    await page.click('textarea');
    await page.keyboard.type('your order ships tomorrow');
    await until(() => badge(page).isVisible(), 'badge');
    const style = await badge(page).evaluate((e) => {
      const cs = getComputedStyle(e);
      return { position: cs.position, radius: cs.borderRadius, width: e.getBoundingClientRect().width };
    });
    expect(style).toEqual({ position: 'fixed', radius: '12px', width: expect.any(Number) });
    expect(style.width).toBeLessThan(60);
    await page.close();
  });
});

describe('the page stays intact', () => {
  it('threw nothing into any page and sent nothing anywhere but the fixtures', () => {
    expect(pageErrors).toEqual([]);
    expect(b.foreignRequests()).toEqual([]);
  });
});
