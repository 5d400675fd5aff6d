/**
 * A very long draft in a real Chromium with dist/chrome: the panel says only its opening and closing parts were
 * checked, and the hints from those parts still work — the greeting fix lands at the very start of the full text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { ROOT, badge, launch, modelText, openPanel, panel, shownRules, until, type CoachBrowser } from './harness';
import { SITE_CASES, pageOptions, waitForFixture } from './sites';

let b: CoachBrowser;
beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

const PARTIAL = (
  JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >
).overlay_partial!.message;

it('a pasted 350 KB draft in a textarea: the notice, a greeting hint, and its fix at the very start', async () => {
  const site = SITE_CASES.find((s) => s.id === 'etsy')!;
  const rows = Array.from({ length: 6_000 }, (_, i) => `Row ${i} of the pattern is knit in soft wool from the farm.`);
  const draft = `thanks for your order of the wallet.\n\n${rows.join('\n')}\n\nI start on it tomorrow.`;
  const expected = analyze(draft, pageOptions(site));
  expect(expected.partial).toBeDefined();
  expect(expected.hints.map((h) => h.rule)).toContain('greeting');

  const page = await b.open(site.host, site.path);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await waitForFixture(page);
  await site.focus(page);
  await page.keyboard.type('than', { delay: 15 });
  // A paste: CDP's insertText takes minutes for this much text in a textarea, so the page's own input path.
  await page.evaluate((rest) => {
    const box = document.activeElement as HTMLTextAreaElement;
    box.setRangeText(rest, box.value.length, box.value.length, 'end');
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, draft.slice(4));
  await until(
    async () => (await badge(page).textContent())?.trim() === String(expected.hints.length),
    `badge with ${expected.hints.length}`,
    20_000,
  );
  expect(await badge(page).getAttribute('aria-label')).toContain(PARTIAL);
  await openPanel(page);
  expect((await panel(page).locator('[data-part="partial"]').textContent())?.trim()).toBe(PARTIAL);
  expect((await shownRules(page)).sort()).toEqual(expected.hints.map((h) => h.rule).sort());

  const button = panel(page).locator('[data-rule="greeting"] button[data-fix]').first();
  const fix = (await button.getAttribute('data-fix-text'))!;
  await button.click();
  await until(async () => (await modelText(page)).length === draft.length + fix.length, 'the greeting in the box');
  expect(await modelText(page)).toBe(fix + draft);
  // After the fix the draft is checked again: still long, still said.
  await until(async () => !(await panel(page).locator('[data-rule="greeting"]').count()), 'greeting hint gone');
  expect(await panel(page).locator('[data-part="partial"]').count()).toBe(1);
  // A draft of everyday length says nothing of the kind.
  await page.evaluate(() => {
    const box = document.querySelector<HTMLTextAreaElement>('[data-convo-composer] textarea')!;
    box.focus();
    box.select();
    box.setRangeText('Hi Anna, would you like it in blue?', 0, box.value.length, 'end');
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
  });
  await until(async () => !(await panel(page).locator('[data-part="partial"]').count()), 'no notice on a short draft');
  expect(await badge(page).getAttribute('aria-label')).not.toContain(PARTIAL);
  expect(errors).toEqual([]);
  await page.close();
}, 90_000);
