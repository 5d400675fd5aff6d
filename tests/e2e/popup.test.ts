/**
 * Toolbar popup in Chromium: this site's switch and hint count on a built-in site; "Enable on this site" on a site
 * that is not built in (the grant stands in as a host permission in a copy of the build, since a test cannot click
 * Chromium's permission prompt) → hints after reload; removing it in the options → they stop. Screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  badge,
  extensionCopy,
  extensionWorker,
  launch,
  openOptions,
  openPopup,
  openWithTabId,
  saveScreenshotPath,
  until,
  type CoachBrowser,
} from './harness';

const NEW_SITE = 'shop.example.com';
const NEW_ORIGIN = `https://${NEW_SITE}/*`;

let b: CoachBrowser;
beforeAll(async () => {
  const dist = extensionCopy('popup-granted', (m) => {
    m.host_permissions = [...((m.host_permissions as string[] | undefined) ?? []), NEW_ORIGIN];
  });
  b = await launch({ dist });
});
afterAll(async () => {
  await b?.close();
});

async function registered(): Promise<{ id: string; matches?: string[]; js?: string[] }[]> {
  const w = await extensionWorker(b);
  return w.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: {
          scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[] }[]> };
        };
      }
    ).chrome.scripting.getRegisteredContentScripts(),
  );
}

async function typeInto(page: Page, selector: string, text: string) {
  await page.bringToFront();
  await page.locator(selector).click();
  await page.keyboard.type(text, { delay: 5 });
}

/** The badge's number, 0 for its check mark. */
async function badgeCount(page: Page): Promise<number> {
  const text = (await badge(page).innerText()).trim();
  return /^\d+$/.test(text) ? Number(text) : 0;
}

describe('popup', () => {
  it('on a built-in site: the hint count of the focused box and this site’s switch', async () => {
    const { page, tabId } = await openWithTabId(b, 'www.etsy.com', '/messages/1001');
    await typeInto(page, '[data-convo-composer] textarea', 'ok, I will ship the wallet tomorrow.');
    await until(async () => (await badge(page).count()) > 0, 'the badge', 15_000);

    const popup = await openPopup(b, tabId);
    expect(await popup.locator('[data-testid="popup"]').getAttribute('data-site-kind')).toBe('builtin');
    const count = popup.locator('[data-testid="hint-count"]');
    await until(async () => (await count.count()) > 0, 'the hint count', 10_000);
    // The popup polls every second; it settles on what the page's badge shows.
    await until(
      async () => Number(await count.innerText()) === (await badgeCount(page)),
      'the popup to match the badge',
      10_000,
    );
    expect(await popup.locator('body').innerText()).toContain('www.etsy.com');
    const shot = popup.locator('[data-testid="popup"]');
    await shot.screenshot({ path: saveScreenshotPath('popup-light') });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await shot.screenshot({ path: saveScreenshotPath('popup-dark') });
    await popup.emulateMedia({ colorScheme: 'light' });

    // Off for this site: the page's overlay goes at once and the choice is stored; on again: stored, overlay back.
    const w = await extensionWorker(b);
    const storedDisabled = () =>
      w.evaluate(async () => {
        const c = (
          globalThis as unknown as {
            chrome: {
              storage: { sync: { get(k: string): Promise<Record<string, { sites: { disabled: string[] } }>> } };
            };
          }
        ).chrome;
        return (await c.storage.sync.get('settings')).settings?.sites.disabled ?? [];
      });
    await popup.locator('[data-testid="site-switch"]').setChecked(false, { force: true });
    await until(
      async () => (await badge(page).count()) === 0 || !(await badge(page).isVisible()),
      'the overlay to go',
      10_000,
    );
    await until(
      async () => (await popup.locator('body').innerText()).includes('Switched off on this site'),
      'the popup to say so',
      10_000,
    );
    // The write is asynchronous: wait for it rather than read once (a single read raced it in CI).
    await until(
      async () => JSON.stringify(await storedDisabled()) === '["www.etsy.com"]',
      'the site to be stored as off',
      10_000,
    );
    await popup.locator('[data-testid="site-switch"]').setChecked(true, { force: true });
    await until(async () => (await storedDisabled()).length === 0, 'the site to be stored as on', 10_000);
    expect(await popup.locator('[data-testid="site-switch"]').isChecked()).toBe(true);
    await page.bringToFront();
    await page.locator('[data-convo-composer] textarea').press('End');
    await page.keyboard.type(' Thanks!', { delay: 5 });
    await until(
      async () => (await badge(page).count()) > 0 && (await badge(page).isVisible()),
      'the overlay to come back',
      15_000,
    );
    await popup.close();
    await page.close();
  });

  it('says so on a page that is not a web page', async () => {
    const page = await b.context.newPage();
    await page.goto('about:blank');
    const popup = await openPopup(b, -1);
    expect(await popup.locator('[data-testid="popup"]').getAttribute('data-site-kind')).toBe('not-web');
    await popup.close();
    await page.close();
  });

  it('enable on a new site → hints after reload; remove in the options → they stop', async () => {
    const { page, tabId } = await openWithTabId(b, NEW_SITE, '/');
    await typeInto(page, '#reply', 'ok, it ships tomorrow.');
    await page.waitForTimeout(800);
    expect(await badge(page).count()).toBe(0); // not a built-in site: nothing runs yet

    const popup = await openPopup(b, tabId);
    expect(await popup.locator('[data-testid="popup"]').getAttribute('data-site-kind')).toBe('new');
    expect(await popup.locator('body').innerText()).toContain(`does not run on ${NEW_SITE} yet`);
    await popup.locator('[data-testid="popup"]').screenshot({ path: saveScreenshotPath('popup-new-site') });
    await popup.locator('[data-testid="enable-site"]').click();
    await popup.locator('[data-testid="enabled-note"]').waitFor();

    const regs = await registered();
    const manifestJs = await (
      await extensionWorker(b)
    ).evaluate(
      () =>
        (
          globalThis as unknown as { chrome: { runtime: { getManifest(): { content_scripts: { js: string[] }[] } } } }
        ).chrome.runtime.getManifest().content_scripts[0]!.js,
    );
    expect(regs).toEqual([
      expect.objectContaining({ id: `rc-added:${NEW_ORIGIN}`, matches: [NEW_ORIGIN], js: manifestJs }),
    ]);

    // Reload (the popup's button does exactly this), then the coach runs there.
    // The button reloads the tab and closes the popup itself: under load the click can outlive its page.
    await popup
      .locator('[data-testid="reload"]')
      .click({ noWaitAfter: true })
      .catch((e: unknown) => {
        if (!popup.isClosed()) throw e;
      });
    await page.waitForLoadState('load');
    await typeInto(page, '#reply', 'ok, it ships tomorrow.');
    await until(async () => (await badge(page).count()) > 0, 'the badge on the added site', 15_000);

    // The popup now treats it as an added site with a switch.
    const popup2 = await openPopup(b, tabId);
    expect(await popup2.locator('[data-testid="popup"]').getAttribute('data-site-kind')).toBe('added');
    await popup2.close();

    // The options page lists it; Remove unregisters the script and forgets the site.
    const o = await openOptions(b);
    const row = o.locator(`[data-testid="sites-added"] li[data-origin="${NEW_ORIGIN}"]`);
    await row.waitFor();
    await o.setViewportSize({ width: 900, height: 700 });
    await row.locator('[data-testid="site-remove"]').click();
    await row.waitFor({ state: 'detached' });
    await until(async () => (await registered()).length === 0, 'the registration to go', 10_000);

    await page.reload();
    await typeInto(page, '#reply', 'ok, it ships tomorrow.');
    await page.waitForTimeout(1000);
    expect(await badge(page).count()).toBe(0);
    await o.close();
    await page.close();
  });

  it('re-registers added sites from settings (as on browser start) and drops stale registrations', async () => {
    const w = await extensionWorker(b);
    type C = {
      chrome: {
        storage: {
          sync: { get(k: string): Promise<Record<string, Record<string, unknown>>>; set(v: object): Promise<void> };
        };
        scripting: {
          unregisterContentScripts(f?: object): Promise<void>;
          registerContentScripts(s: object[]): Promise<void>;
        };
        runtime: { sendMessage(m: object): Promise<unknown> };
      };
    };
    // The site is in settings, but its registration is gone (e.g. a browser without persistent registrations).
    await w.evaluate(async (origin) => {
      const c = (globalThis as unknown as C).chrome;
      const s = (await c.storage.sync.get('settings')).settings ?? {};
      await c.storage.sync.set({ settings: { ...s, version: 2, sites: { disabled: [], added: [origin] } } });
    }, NEW_ORIGIN);
    await until(async () => (await registered()).length === 1, 'the background to follow the settings change', 10_000);
    await w.evaluate(async () => {
      const c = (globalThis as unknown as C).chrome;
      await c.scripting.unregisterContentScripts();
      // A stale one from an older build (other file name) must be replaced.
      await c.scripting.registerContentScripts([
        {
          id: 'rc-added:https://shop.example.com/*',
          matches: ['https://shop.example.com/*'],
          js: ['service-worker-loader.js'],
        },
      ]);
    });
    const popup = await openPopup(b, -1);
    await popup.evaluate(() => (globalThis as unknown as C).chrome.runtime.sendMessage({ type: 'rc:syncSites' }));
    const regs = await registered();
    expect(regs).toHaveLength(1);
    expect(regs[0]!.js).not.toEqual(['service-worker-loader.js']);
    await popup.close();
  });
});
