/**
 * dist/firefox in Debian's firefox-esr: puppeteer-core drives Firefox over WebDriver BiDi and installs the
 * extension with webExtension.install (Playwright cannot load Firefox extensions). The fixture server from the
 * shared harness serves the built-in site's page; Firefox resolves that host name to this machine through
 * network.dns.localDomains. Also: addons-linter reports no errors for dist/firefox.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { ROOT, extensionCopy, startFixtureServer, until, type FixtureServer } from './harness';
import { launchFirefox, type Firefox } from './firefox';
import { analyze } from '../../src/engine';

const DIST_FF = join(ROOT, 'dist', 'firefox');
const HOST = 'www.etsy.com';
const NEW_SITE = 'shop.example.com';
const ADDON_ID = 'reply-coach@reply-coach.app';
/** A fixed internal UUID (extensions.webextensions.uuids), so the test knows the moz-extension:// pages' address. */
const UUID = '6f1d3c2a-8e1b-4c55-9a37-2b7de0c4a001';
const DRAFT = 'ok, I will ship the wallet tomorrow.';

describe('Firefox build', () => {
  it('dist/firefox: MV3 manifest with a gecko id and strict_min_version, and the hr/sr locale copies', () => {
    const m = JSON.parse(readFileSync(join(DIST_FF, 'manifest.json'), 'utf8'));
    expect(m.manifest_version).toBe(3);
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.strict_min_version).toMatch(/^\d+\.\d+$/);
    expect(m.background.scripts).toHaveLength(1);
    expect(m.background.service_worker).toBeUndefined();
    for (const l of ['en', 'de', 'fi', 'bs', 'hr', 'sr'])
      expect(existsSync(join(DIST_FF, '_locales', l, 'messages.json')), l).toBe(true);
    expect(readFileSync(join(DIST_FF, '_locales/hr/messages.json'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'public/_locales/bs/messages.json'), 'utf8'),
    );
    // Permissions stay the minimum.
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    for (const p of ['tabs', 'webRequest', 'history', '<all_urls>'])
      expect(JSON.stringify(m.permissions)).not.toContain(p);
  });

  it('addons-linter reports no errors', async () => {
    const bin = join(ROOT, 'node_modules', '.bin', 'addons-linter');
    const { stdout } = await promisify(execFile)(bin, ['--output', 'json', DIST_FF], {
      maxBuffer: 20 * 1024 * 1024,
    }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
    const report = JSON.parse(stdout) as {
      summary: { errors: number };
      errors: { code: string; message: string; file?: string }[];
    };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);
});

describe('store packages', () => {
  it('npm run package writes a zip per browser, manifest at the root; addons-linter accepts the Firefox one', async () => {
    const run = promisify(execFile);
    await run(process.execPath, [join(ROOT, 'src', 'build', 'package.mjs')]);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const browser of ['chrome', 'firefox']) {
      const zip = readFileSync(join(ROOT, 'dist', `reply-coach-${browser}-${version}.zip`));
      expect(zip.readUInt32LE(0)).toBe(0x04034b50);
      expect(zip.includes(Buffer.from('manifest.json'))).toBe(true);
      expect(zip.includes(Buffer.from('dist/'))).toBe(false); // paths are relative to the extension's root
    }
    const { stdout } = await run(
      join(ROOT, 'node_modules', '.bin', 'addons-linter'),
      ['--output', 'json', join(ROOT, 'dist', `reply-coach-firefox-${version}.zip`)],
      {
        maxBuffer: 20 * 1024 * 1024,
      },
    ).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
    expect((JSON.parse(stdout) as { summary: { errors: number } }).summary.errors).toBe(0);
  }, 120_000);
});

describe('Firefox smoke test (firefox-esr, WebDriver BiDi)', () => {
  let server: FixtureServer;
  let ff: Firefox;
  let browser: Browser;

  beforeAll(async () => {
    server = await startFixtureServer();
    ff = await launchFirefox(
      {
        // The fixture host names resolve to this machine (the server listens on 127.0.0.1).
        'network.dns.localDomains': [HOST, NEW_SITE].join(','),
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
        // Optional host permissions are granted without the prompt a test cannot click (the request itself still
        // runs, from a real click in the popup).
        'extensions.webextOptionalPermissionPrompts': false,
      },
      // Lets WebDriver BiDi open moz-extension:// pages (the options page, the popup as a page); test profile only.
      ['--remote-allow-system-access'],
    );
    browser = ff.browser;
  }, 120_000);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  /** BiDi reports no load event for moz-extension:// pages: navigate, then wait for the page's own content. */
  async function openExtensionPage(path: string, selector: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`moz-extension://${UUID}/${path}`, { timeout: 2000 }).catch(() => undefined);
    await page.waitForSelector(selector, { timeout: 10_000 });
    return page;
  }

  it('installs the extension and shows the coach on a fixture page', async () => {
    // The shop's origin as a host permission stands in for the user granting it (the test's popup is opened as a
    // page, so it gets no activeTab to learn the tab's URL); Firefox lets the user (and permissions.remove) take
    // it back, which the last test does.
    const dist = extensionCopy(
      'firefox-granted',
      (m) => {
        m.host_permissions = [...((m.host_permissions as string[] | undefined) ?? []), `https://${NEW_SITE}/*`];
      },
      DIST_FF,
    );
    // A tab open before the install: Firefox puts manifest scripts into open tabs itself, and the background's
    // re-injection (src/background/reinject.ts) finds that coach live: at the next focus one overlay, no reload.
    const early: Page = await browser.newPage();
    const errors: string[] = [];
    early.on('pageerror', (e) => errors.push(String(e)));
    await early.goto(server.url(HOST, '/messages/1001'), { waitUntil: 'load' });
    const id = await browser.installExtension(dist);
    expect(id).toBe(ADDON_ID);
    const earlyBox = await early.waitForSelector('[data-convo-composer] textarea', { timeout: 10_000 });
    await until(
      async () => {
        await early.click('#buyer').catch(() => undefined);
        await earlyBox!.click();
        return (await readBadge(early)) !== null;
      },
      'the overlay in the tab open before the install',
      20_000,
    );
    await early.keyboard.type(DRAFT, { delay: 5 });
    if (analyze(DRAFT).hints.length > 0)
      await until(async () => /^\d+$/.test((await readBadge(early)) ?? ''), 'a hint count in the early tab', 10_000);
    expect(await early.evaluate(() => document.querySelectorAll('reply-coach-overlay').length)).toBe(1);
    expect(
      await early.evaluate(
        () => (document.querySelector('[data-convo-composer] textarea') as HTMLTextAreaElement).value,
      ),
    ).toBe(DRAFT);
    expect(errors).toEqual([]);
    await early.close();

    const page: Page = await browser.newPage();
    await page.goto(server.url(HOST, '/messages/1001'), { waitUntil: 'load' });
    const box = await page.waitForSelector('[data-convo-composer] textarea', { timeout: 10_000 });
    await box!.click();
    await page.keyboard.type(DRAFT, { delay: 5 });
    // The overlay host appears with its badge; the badge counts hints once the engine finds some for this draft.
    await until(async () => (await readBadge(page)) !== null, 'the overlay badge in Firefox', 20_000);
    if (analyze(DRAFT).hints.length > 0) {
      const count = await until(
        async () => /^\d+$/.exec((await readBadge(page)) ?? '')?.[0],
        'a hint count on the badge',
        10_000,
      );
      expect(Number(count)).toBeGreaterThan(0);
    }
    await page.close();
  }, 60_000);

  it('the options page and the popup load', async () => {
    const o = await openExtensionPage('src/options/index.html', '[data-testid="options"]');
    expect(await o.$$eval('[data-testid="sites-builtin"] li', (l) => l.length)).toBeGreaterThan(10);
    expect(await o.evaluate(() => document.body.innerText)).not.toMatch(/options_|popup_|settings_/);
    const p = await openExtensionPage('src/popup/index.html', '[data-testid="popup"]');
    await o.close();
    await p.close();
  }, 60_000);

  it('enable on a new site through the popup: permission, registration, hints after reload; remove: gone', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(NEW_SITE, '/'), { waitUntil: 'load' });
    const popup = await openExtensionPage('src/popup/index.html', '[data-testid="popup"]');
    // Point the popup at the shop's tab.
    const tabId = await popup.evaluate(async () => {
      const b = (
        globalThis as unknown as {
          browser: {
            tabs: { query(q: object): Promise<{ id: number; url?: string }[]>; getCurrent(): Promise<{ id: number }> };
          };
        }
      ).browser;
      const own = (await b.tabs.getCurrent()).id;
      return (await b.tabs.query({})).find((t) => t.id !== own && t.url?.includes('shop.example.com'))?.id;
    });
    expect(tabId).toBeTypeOf('number');
    await popup.close();
    const popup2 = await openExtensionPage(`src/popup/index.html?tabId=${tabId}`, '[data-testid="enable-site"]');
    await popup2.click('[data-testid="enable-site"]');
    await popup2.waitForSelector('[data-testid="enabled-note"]', { timeout: 10_000 });
    // The added site gets the coach and the page-world clipboard bridge, as the built-in sites do.
    const registered = await popup2.evaluate(async () => {
      const b = (
        globalThis as unknown as {
          browser: {
            scripting: { getRegisteredContentScripts(): Promise<{ id: string; js?: string[]; world?: string }[]> };
          };
        }
      ).browser;
      return (await b.scripting.getRegisteredContentScripts()).map((r) => ({
        id: r.id,
        world: r.world ?? 'ISOLATED',
        js: r.js ?? [],
      }));
    });
    expect(registered.map((r) => `${r.id} ${r.world}`).sort()).toEqual([
      `rc-added:https://${NEW_SITE}/* ISOLATED`,
      `rc-added:https://${NEW_SITE}/*#1 MAIN`,
    ]);
    expect(registered.find((r) => r.world === 'MAIN')?.js).toEqual(['page-world-clipboard.js']);

    await page.bringToFront();
    await page.reload({ waitUntil: 'load' });
    await page.click('#reply');
    await page.keyboard.type(DRAFT, { delay: 5 });
    await until(async () => (await readBadge(page)) !== null, 'the badge on the added site in Firefox', 20_000);

    const o = await openExtensionPage(
      'src/options/index.html',
      `[data-testid="sites-added"] li[data-origin="https://${NEW_SITE}/*"]`,
    );
    await o.click('[data-testid="site-remove"]');
    await o.waitForFunction(() => !document.querySelector('[data-testid="sites-added"] li'), { timeout: 10_000 });
    // The list updates as soon as the settings change; the background releases the permission right after.
    const granted = () =>
      o.evaluate(
        (origin) =>
          (
            globalThis as unknown as { browser: { permissions: { contains(p: object): Promise<boolean> } } }
          ).browser.permissions.contains({ origins: [origin] }),
        `https://${NEW_SITE}/*`,
      );
    await until(async () => (await granted()) === false, 'the permission released', 10_000);

    await page.bringToFront();
    await page.reload({ waitUntil: 'load' });
    await page.click('#reply');
    await page.keyboard.type(DRAFT, { delay: 5 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await readBadge(page)).toBeNull();
    await Promise.all([o.close(), popup2.close(), page.close()]);
  }, 90_000);
});

function readBadge(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('reply-coach-overlay');
    const b = host?.shadowRoot?.querySelector('[data-part="badge"]') ?? host?.querySelector('[data-part="badge"]');
    return b ? (b.textContent ?? '').trim() : null;
  });
}
