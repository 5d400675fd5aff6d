/**
 * Webmail fixtures (Gmail, Outlook, Yahoo, Proton, GMX, WEB.DE): per site, drafts in en/de/fi/bs, the hints the
 * engine gives for them, every fix through button[data-fix], the editor's own model after each, Ctrl+Z.
 */
import { expect, it } from 'vitest';
import { SITE_CASES, runSite, siteBrowser } from './sites';

const IDS = ['gmail', 'outlook', 'yahoo', 'proton', 'gmx', 'webde'];
const browser = siteBrowser('sites-mail-notes.json');

for (const [i, site] of SITE_CASES.filter((s) => IDS.includes(s.id)).entries()) {
  it(`${site.id} (${site.editor}): hints in four languages, every fix lands once in the editor's model, Ctrl+Z undoes it`, async () => {
    await runSite(browser(), site, i);
    // Four languages × up to five fixes, each applied, undone and applied again through the real editor.
  }, 60_000);
}

it('sent nothing anywhere but the fixtures', () => {
  expect(browser().foreignRequests()).toEqual([]);
});
