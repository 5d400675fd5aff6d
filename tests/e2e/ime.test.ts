/**
 * A fix during an IME composition (Japanese, Chinese, a dead-key accent): the composing text is not final, and text
 * inserted then lands inside it or is lost when it commits. The fix is refused, the seller is told, the box keeps
 * exactly what was typed; once the composition ends the same fix goes in.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { badge, launch, openPanel, panel, until, type CoachBrowser } from './harness';

let b: CoachBrowser;
beforeAll(async () => {
  b = await launch({ fixtureEditors: false });
});
afterAll(async () => {
  await b?.close();
});

it('refuses a fix while an input method composes in the box, and applies it after the composition ends', async () => {
  const page = await b.open('www.etsy.com', '/cases/blank.html');
  const box = page.locator('textarea');
  await box.click();
  const draft = 'ok, I will ship the wallet tomorrow.';
  await page.keyboard.type(draft, { delay: 5 });
  await until(async () => /^\d+$/.test(((await badge(page).textContent()) ?? '').trim()), 'a hint count on the badge');
  await openPanel(page);
  const button = panel(page).locator('[data-rule="closing-question"] button[data-fix]').first();
  await until(() => button.isVisible(), 'the closing-question fix');
  const fix = (await button.getAttribute('data-fix-text'))!;

  // Back in the box, the caret at the end, an input method starts composing.
  await box.focus();
  await page.keyboard.press('End');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'にほ', selectionStart: 2, selectionEnd: 2 });
  await until(async () => (await box.inputValue()) === `${draft}にほ`, 'the composing text in the box');

  // A click that leaves focus (and so the composition) where it is.
  await button.evaluate((el) => (el as HTMLButtonElement).click());
  const notice = panel(page).locator('[data-part="notice"]');
  await until(() => notice.isVisible(), 'a notice');
  expect(await notice.textContent()).toMatch(/composing/i);
  expect(await box.inputValue()).toBe(`${draft}にほ`);

  // The composition commits; the same fix now goes in.
  await cdp.send('Input.insertText', { text: 'にほん' });
  await until(async () => (await box.inputValue()) === `${draft}にほん`, 'the committed text');
  await until(async () => button.isVisible(), 'the fix still offered');
  await button.evaluate((el) => (el as HTMLButtonElement).click());
  await until(async () => (await box.inputValue()).includes(fix.trim()), 'the fix in the box');
  // What was typed stays as it was, the fix after it (with the stop the fresh check puts after "にほん").
  const after = await box.inputValue();
  expect(after.startsWith(`${draft}にほん`)).toBe(true);
  expect(after.slice(`${draft}にほん`.length).replace(/^[.\s]+/u, '')).toBe(fix.trim());
  expect(b.foreignRequests()).toEqual([]);
});
