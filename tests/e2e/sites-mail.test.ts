/**
 * Webmail fixtures (Gmail, Outlook, Yahoo, Proton, GMX, WEB.DE): per site, drafts in en/de/fi/bs, the hints the
 * engine gives for them, every fix through button[data-fix], the editor's own model after each, Ctrl+Z.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, writeReport, type CoachBrowser } from './harness';
import { SITE_CASES, runSite, notes } from './sites';

const IDS = ['gmail', 'outlook', 'yahoo', 'proton', 'gmx', 'webde'];
let b: CoachBrowser;

beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
  // Fixes that landed with other blank lines (or a no-break space) than the fix text had: see runDraft.
  const seen = new Map<string, number>();
  for (const n of notes) seen.set(n.site, (seen.get(n.site) ?? 0) + 1);
  if (seen.size) console.info(`fixes that differ from the fix text only in line breaks / no-break spaces: ${[...seen].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  writeReport('sites-mail-notes.json', notes);
});

for (const [i, site] of SITE_CASES.filter((s) => IDS.includes(s.id)).entries()) {
  it(`${site.id} (${site.editor}): hints in four languages, every fix lands once in the editor's model, Ctrl+Z undoes it`, async () => {
    await runSite(b, site, i);
  });
}

it('sent nothing anywhere but the fixtures', () => {
  expect(b.foreignRequests()).toEqual([]);
});
