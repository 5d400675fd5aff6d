/**
 * A hint shows its reason: the panel quotes the sentence it is about, and pointing at the hint (hover or focus)
 * marks that sentence in the box with the CSS Custom Highlight API, without touching the page's DOM.
 */
import { expect, it } from 'vitest';
import { openPanel, panel, until } from './harness';
import { SITE_CASES, openSite, siteBrowser, waitForFixture } from './sites';

const browser = siteBrowser('reason-notes.json');
const gmail = SITE_CASES.find((s) => s.id === 'gmail')!;
const DRAFT = 'your parcel is delayed by a week. I will send the tracking number tomorrow.';

const marked = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('reply-coach-reason');
    return h ? [...h].map((r) => r.toString()) : null;
  });

it('quotes the sentence and marks it in the box while the seller points at the hint', async () => {
  const sp = await openSite(browser(), gmail);
  const { page } = sp;
  try {
    await waitForFixture(page);
    await gmail.focus(page);
    await page.keyboard.type(DRAFT.slice(0, 4), { delay: 15 });
    await page.keyboard.insertText(DRAFT.slice(4));
    // greeting, apology, closing-question, and unanswered-question ("And when would it ship?" is left open).
    await until(
      async () =>
        (await page.locator('reply-coach-overlay').locator('[data-part="badge"]').textContent())?.trim() === '4',
      'four hints',
    );
    await openPanel(page);
    const item = panel(page).locator('[data-rule="apology"]');
    expect(await item.locator('[data-part="quote"]').textContent()).toBe('“your parcel is delayed by a week.”');
    const before = await page.locator('[g_editable]').innerHTML();
    expect(await marked(page)).toBeNull();
    await item.hover();
    await until(async () => (await marked(page))?.[0] === 'your parcel is delayed by a week.', 'the sentence marked');
    expect(await page.locator('[g_editable]').innerHTML()).toBe(before);
    await panel(page).locator('[data-rule="greeting"]').hover();
    await until(async () => (await marked(page)) === null, 'no mark for a hint about something missing');
    // Keyboard: focus on the apology's fix marks it too; Escape closes the panel and the mark goes. The pointer leaves
    // the panel first, as a seller's who turns to the keyboard does: a late re-render under the resting pointer would
    // otherwise point at the greeting again (the mark follows the pointer).
    await page.mouse.move(0, 0);
    await until(async () => (await marked(page)) === null, 'no mark with the pointer away');
    await item.locator('button[data-fix]').first().focus();
    await until(async () => (await marked(page))?.[0] === 'your parcel is delayed by a week.', 'marked on focus');
    await page.keyboard.press('Escape');
    await until(async () => (await marked(page)) === null, 'the mark gone with the panel');
    expect(sp.errors).toEqual([]);
  } finally {
    await page.close();
  }
});
