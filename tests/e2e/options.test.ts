/**
 * Options page in Chromium with the built extension: a change there reaches an open fixture tab at once, without a
 * reload; import/export; screenshots (light and dark) for the README.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  badge,
  launch,
  openOptions,
  openPanel,
  saveScreenshotPath,
  shownRules,
  until,
  type CoachBrowser,
} from './harness';

let b: CoachBrowser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

const DRAFT = 'ok, I will ship the wallet tomorrow.';

/** The etsy fixture with a draft typed into its composer; a marker proves later that the page never reloaded. */
async function etsyWithDraft(text = DRAFT): Promise<Page> {
  const page = await b.open('www.etsy.com', '/messages/1001');
  const box = page.locator('[data-convo-composer] textarea');
  await box.click();
  await box.pressSequentially(text, { delay: 5 });
  await page.evaluate(() => ((window as unknown as { __noReload: number }).__noReload = 1));
  return page;
}

async function rulesOn(page: Page): Promise<string[]> {
  await page.bringToFront();
  await openPanel(page);
  return shownRules(page);
}

const stillSamePage = (page: Page) =>
  page.evaluate(() => (window as unknown as { __noReload?: number }).__noReload === 1);

async function setSwitch(o: Page, testId: string, on: boolean) {
  await o.bringToFront();
  await o.locator(`[data-testid="${testId}"]`).setChecked(on, { force: true });
  await o.locator('[data-testid="notice"].on').waitFor();
}

describe('options page', () => {
  it('renders every section from the locale files', async () => {
    const o = await openOptions(b);
    for (const id of [
      'rule-greeting',
      'rule-closing-question',
      'rule-apology',
      'rule-order-recap',
      'lang-en',
      'ui-lang',
      'profile-name',
      'enabled-all',
      'export',
      'import',
      'reset',
    ]) {
      await expect(o.locator(`[data-testid="${id}"]`).count(), id).resolves.toBe(1);
    }
    const text = await o.locator('body').innerText();
    expect(text).not.toMatch(/options_|popup_|settings_/); // no raw message keys
    expect(await o.locator('[data-testid="sites-builtin"] li').count()).toBeGreaterThan(10);
    await o.close();
  });

  it('switching a rule off removes its hint from an open tab at once, without reload', async () => {
    const page = await etsyWithDraft();
    await until(async () => (await rulesOn(page)).includes('greeting'), 'a greeting hint', 15_000);
    const o = await openOptions(b);
    await setSwitch(o, 'rule-greeting', false);
    await until(async () => !(await rulesOn(page)).includes('greeting'), 'the greeting hint to go', 10_000);
    await setSwitch(o, 'rule-greeting', true);
    await until(async () => (await rulesOn(page)).includes('greeting'), 'the greeting hint to come back', 10_000);
    expect(await stillSamePage(page)).toBe(true);
    await o.close();
    await page.close();
  });

  it('an own greeting counts as a greeting', async () => {
    const o = await openOptions(b);
    await o.locator('[data-testid="phrases-tab-en"]').click();
    const field = o.locator('[data-testid="phrases-en-greetings"]');
    await field.fill('Ahoy');
    await field.blur();
    await o.locator('[data-testid="notice"].on').waitFor();
    const page = await etsyWithDraft('Ahoy Anna, I will ship the wallet tomorrow. Is the engraving A.B. right?');
    await until(async () => (await badge(page).count()) > 0, 'the badge', 15_000);
    await page.waitForTimeout(500);
    expect(await rulesOn(page)).not.toContain('greeting');
    await field.fill('');
    await field.blur();
    await page.close();
    await o.close();
  });

  it('the hint language follows the options, without reload', async () => {
    const page = await etsyWithDraft();
    await until(async () => (await rulesOn(page)).includes('greeting'), 'a greeting hint', 15_000);
    const text = () =>
      page.locator('reply-coach-overlay [data-part="panel"] [data-rule="greeting"]').first().innerText();
    const before = await text();
    const o = await openOptions(b);
    await o.bringToFront();
    await o.locator('[data-testid="ui-lang"]').selectOption('de');
    await o.locator('[data-testid="notice"].on').waitFor();
    await until(
      async () => (await rulesOn(page)).includes('greeting') && (await text()) !== before,
      'German hints',
      10_000,
    );
    // The options page itself follows too.
    await until(
      async () => (await o.locator('html').getAttribute('lang')) === 'de',
      'the options page in German',
      10_000,
    );
    expect(await o.locator('h1').innerText()).toContain('Einstellungen');
    await o.locator('[data-testid="ui-lang"]').selectOption('auto');
    // Let the change reach storage before the tab closes, as it does for a person.
    await until(
      async () => (await o.locator('html').getAttribute('lang')) !== 'de',
      'the options page back in the browser language',
      10_000,
    );
    expect(await stillSamePage(page)).toBe(true);
    await o.close();
    await page.close();
  });

  it('switching the site off takes the overlay away at once; on brings it back', async () => {
    const page = await etsyWithDraft();
    await until(async () => (await badge(page).count()) > 0, 'the badge', 15_000);
    const o = await openOptions(b);
    const etsy = o.locator('[data-testid="sites-builtin"] li', { hasText: 'www.etsy.com' }).locator('input');
    await o.bringToFront();
    await etsy.setChecked(false, { force: true });
    await until(
      async () => (await badge(page).count()) === 0 || !(await badge(page).isVisible()),
      'the overlay to go',
      10_000,
    );
    await etsy.setChecked(true, { force: true });
    await page.bringToFront();
    // Focus the box again, as a seller would when coming back to it.
    await page.locator('h2#buyer').click();
    await page.locator('[data-convo-composer] textarea').click();
    await until(
      async () => (await badge(page).count()) > 0 && (await badge(page).isVisible()),
      'the overlay to return',
      10_000,
    );
    expect(await stillSamePage(page)).toBe(true);
    await o.close();
    await page.close();
  });

  it('export, then import: the same settings; a foreign or broken file changes nothing and says why', async () => {
    const o = await openOptions(b);
    await o.locator('[data-testid="profile-name"]').fill('Ana Kovač');
    await o.locator('[data-testid="profile-name"]').blur();
    await o.locator('[data-testid="notice"].on').waitFor();
    const [download] = await Promise.all([o.waitForEvent('download'), o.locator('[data-testid="export"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^reply-coach-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({
      format: 'reply-coach-settings',
      settings: { profile: { name: 'Ana Kovač' } },
    });

    const input = o.locator('[data-testid="import-file"]');
    const notice = o.locator('[data-testid="notice"]');
    await input.setInputFiles({
      name: 'package.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"name":"x","version":"1.0.0"}'),
    });
    await until(
      async () => (await notice.innerText()).includes('not a Reply Coach settings file'),
      'the foreign-file message',
      10_000,
    );
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "reply-'),
    });
    await until(
      async () => (await notice.innerText()).includes('not valid JSON'),
      'the malformed-file message',
      10_000,
    );
    expect(await o.locator('[data-testid="profile-name"]').inputValue()).toBe('Ana Kovač');

    const changed = JSON.parse(exported);
    changed.settings.profile.name = 'Imported Name';
    await input.setInputFiles({
      name: 'settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(changed)),
    });
    await until(
      async () => (await o.locator('[data-testid="profile-name"]').inputValue()) === 'Imported Name',
      'the imported name',
      10_000,
    );
    await input.setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await until(
      async () => (await o.locator('[data-testid="profile-name"]').inputValue()) === 'Ana Kovač',
      'the name back',
      10_000,
    );
    await o.close();
  });

  it('screenshots, light and dark', async () => {
    const o = await openOptions(b);
    await o.setViewportSize({ width: 900, height: 900 });
    await o.locator('[data-testid="profile-name"]').fill('Ana Kovač');
    await o.locator('[data-testid="profile-signoff"]').fill('Lijep pozdrav, Ana');
    await o.locator('[data-testid="profile-signoff"]').blur();
    await o.locator('[data-testid="phrases-en-greetings"]').fill('Hey there\nGood morning');
    await o.locator('[data-testid="phrases-en-greetings"]').blur();
    // No toast in the picture.
    await o.locator('[data-testid="notice"].on').waitFor();
    await o.locator('[data-testid="notice"]:not(.on)').waitFor();
    await o.waitForTimeout(250);
    await o.screenshot({ path: saveScreenshotPath('options-light'), fullPage: true });
    await o.emulateMedia({ colorScheme: 'dark' });
    await o.waitForTimeout(200);
    await o.screenshot({ path: saveScreenshotPath('options-dark'), fullPage: true });
    await o.close();
  });
});
