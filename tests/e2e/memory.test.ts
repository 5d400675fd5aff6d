/**
 * Conversation memory in Chromium: the content script reads the thread the page shows (Etsy: times in <time
 * datetime>; Kleinanzeigen: shown as "vor 4 Tagen", "14:05") and a webmail reply's quoted history; a promise of
 * photos "tomorrow" made four days ago gets the apology hint naming it, a customer question left open gets
 * unanswered-question (not on a classifieds chat by default); each fix goes in through the editor and one Ctrl+Z
 * takes it back.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { modelText, openPanel, panel, shownRules, until } from './harness';
import { SITE_CASES, openSite, siteBrowser, typeDraft } from './sites';

const browser = siteBrowser('memory-notes.json');

async function applyAndUndo(page: Page, rule: string, fixtureId?: string): Promise<string> {
  const before = await modelText(page, fixtureId);
  const button = panel(page).locator(`[data-rule="${rule}"] button[data-fix]`).first();
  await until(async () => {
    await openPanel(page);
    return button.isVisible();
  }, `${rule}: its fix`);
  const fix = (await button.getAttribute('data-fix-text'))!;
  await button.click();
  await until(async () => (await modelText(page, fixtureId)).includes(fix.trim()), `${rule}: the fix in the editor's model`);
  await page.keyboard.press('Control+z');
  await until(async () => (await modelText(page, fixtureId)) === before, `${rule}: one Ctrl+Z takes the fix back`);
  return fix;
}

it('Etsy: a promise four days old and a question left open', async () => {
  const b = browser();
  const site = { ...SITE_CASES.find((s) => s.id === 'etsy')!, path: '/messages/1004' };
  const sp = await openSite(b, site);
  try {
    await site.focus(sp.page);
    await typeDraft(sp.page, 'Hi Lena, the wallet is ready to order in dark brown. Would you like it?');
    await until(async () => {
      await openPanel(sp.page);
      const r = await shownRules(sp.page);
      return r.includes('apology') && r.includes('unanswered-question');
    }, 'apology and unanswered-question shown');
    const apology = panel(sp.page).locator('[data-rule="apology"]');
    expect(await apology.textContent()).toMatch(/send you a photo of it tomorrow/);
    const question = panel(sp.page).locator('[data-rule="unanswered-question"] [data-part="quote"]');
    expect(await question.textContent()).toMatch(/gift wrapping/);
    expect(await applyAndUndo(sp.page, 'apology')).toMatch(/sorry/i);
    expect(await applyAndUndo(sp.page, 'unanswered-question')).toMatch(/About|You asked/);
    expect(sp.errors).toEqual([]);
  } finally {
    await sp.page.close();
  }
});

it('Kleinanzeigen: times as the chat shows them; unanswered-question stays off on a classifieds chat', async () => {
  const b = browser();
  const site = { ...SITE_CASES.find((s) => s.id === 'kleinanzeigen')!, path: '/m-nachrichten.html/c3' };
  const sp = await openSite(b, site);
  try {
    await site.focus(sp.page);
    await typeDraft(sp.page, 'Hallo Jonas, der Sessel ist noch da. Willst du ihn am Samstag holen?');
    await until(async () => {
      await openPanel(sp.page);
      return (await shownRules(sp.page)).includes('apology');
    }, 'the promise hint');
    expect(await panel(sp.page).locator('[data-rule="apology"]').textContent()).toMatch(/ich schick dir morgen Fotos/);
    expect(await shownRules(sp.page)).not.toContain('unanswered-question');
    await applyAndUndo(sp.page, 'apology');
    expect(sp.errors).toEqual([]);
  } finally {
    await sp.page.close();
  }
});

it('Gmail: the promise sits in the quoted history of the reply', async () => {
  const b = browser();
  const site = { ...SITE_CASES.find((s) => s.id === 'gmail')!, path: '/mail/u/0/?promise' };
  const sp = await openSite(b, site);
  try {
    await site.focus(sp.page);
    await typeDraft(sp.page, 'Hi Anna,\nthe wallet can go out on Monday. Is that all right?');
    await until(async () => {
      await openPanel(sp.page);
      return (await shownRules(sp.page)).includes('apology');
    }, 'the promise hint');
    expect(await panel(sp.page).locator('[data-rule="apology"]').textContent()).toMatch(/send you a photo of the engraving tomorrow/);
    await applyAndUndo(sp.page, 'apology');
    expect(sp.errors).toEqual([]);
  } finally {
    await sp.page.close();
  }
});
