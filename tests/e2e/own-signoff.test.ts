/**
 * The engine decides where a fix goes, with the options the hints came from: a seller whose sign-off is only in
 * their settings ("Liebe Grüße aus der Werkstatt") gets the closing question above it, not below the signature —
 * in a textarea and in a rich editor (Lexical).
 */
import { expect, it } from 'vitest';
import { modelText, openPanel, panel, until } from './harness';
import { SITE_CASES, openSite, siteBrowser, typeDraft } from './sites';

const browser = siteBrowser('own-signoff-notes.json');
const DRAFT = 'ich schicke dir die Kette morgen.\nLiebe Grüße aus der Werkstatt\nMia';

for (const id of ['kleinanzeigen', 'facebook']) {
  it(`${id}: the closing-question fix goes above the seller's own sign-off`, async () => {
    const b = browser();
    await b.setSettings({ version: 2, profile: { signOff: 'Liebe Grüße aus der Werkstatt' } });
    const site = SITE_CASES.find((s) => s.id === id)!;
    const sp = await openSite(b, site);
    try {
      await site.focus(sp.page);
      await typeDraft(sp.page, DRAFT);
      await until(
        async () => (await modelText(sp.page, site.fixtureId)).replace(/\n+/g, '\n').trim() === DRAFT,
        'the typed draft',
      );
      const button = panel(sp.page).locator('[data-rule="closing-question"] button[data-fix]').first();
      await until(async () => {
        await openPanel(sp.page);
        return button.isVisible();
      }, 'the closing-question fix');
      const fix = (await button.getAttribute('data-fix-text'))!;
      await button.click();
      await until(async () => (await modelText(sp.page, site.fixtureId)).includes(fix.trim()), 'the fix in the box');
      const text = (await modelText(sp.page, site.fixtureId)).replace(/\n+/g, '\n');
      expect(text.indexOf(fix.trim())).toBeLessThan(text.indexOf('Liebe Grüße aus der Werkstatt'));
      expect(text.trim().endsWith('Mia')).toBe(true);
    } finally {
      await sp.page.close();
      await b.setSettings(null);
    }
  });
}
