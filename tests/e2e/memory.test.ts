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

interface MemoryCase {
  name: string;
  site: string;
  path: string;
  draft: string;
  /** What the apology hint quotes of the promise. */
  promise: RegExp;
  /** The quote of unanswered-question, or null where it must not show. */
  question: RegExp | null;
}

const CASES: MemoryCase[] = [
  { name: 'Etsy: a promise four days old (<time datetime>) and a question left open', site: 'etsy', path: '/messages/1004', draft: 'Hi Lena, the wallet is ready to order in dark brown. Would you like it?', promise: /send you a photo of it tomorrow/, question: /gift wrapping/ },
  { name: 'Kleinanzeigen: times as the chat shows them; unanswered-question stays off on a classifieds chat', site: 'kleinanzeigen', path: '/m-nachrichten.html/c3', draft: 'Hallo Jonas, der Sessel ist noch da. Willst du ihn am Samstag holen?', promise: /ich schick dir morgen Fotos/, question: null },
  { name: 'Gmail: the promise sits in the quoted history of the reply', site: 'gmail', path: '/mail/u/0/?promise', draft: 'Hi Anna,\nthe wallet can go out on Monday. Is that all right?', promise: /send you a photo of the engraving tomorrow/, question: null },
];

for (const c of CASES) {
  it(c.name, async () => {
    const site = { ...SITE_CASES.find((s) => s.id === c.site)!, path: c.path };
    const sp = await openSite(browser(), site);
    try {
      await site.focus(sp.page);
      await typeDraft(sp.page, c.draft);
      const wanted = c.question ? ['apology', 'unanswered-question'] : ['apology'];
      await until(async () => {
        await openPanel(sp.page);
        const shown = await shownRules(sp.page);
        return wanted.every((r) => shown.includes(r));
      }, `${wanted.join(' and ')} shown`);
      expect(await panel(sp.page).locator('[data-rule="apology"]').textContent()).toMatch(c.promise);
      expect(await applyAndUndo(sp.page, 'apology')).toMatch(/sorry|entschuldig|leid/i);
      if (c.question) {
        expect(await panel(sp.page).locator('[data-rule="unanswered-question"] [data-part="quote"]').textContent()).toMatch(c.question);
        expect(await applyAndUndo(sp.page, 'unanswered-question')).toMatch(/About|You asked/);
      } else {
        expect(await shownRules(sp.page)).not.toContain('unanswered-question');
      }
      expect(sp.errors).toEqual([]);
    } finally {
      await sp.page.close();
    }
  });
}
