/**
 * The other rich-text editors such sites use (Draft.js, ProseMirror, Quill, CKEditor 5), each the real npm library,
 * found by compose context (a Send button in the same form): hints, every fix through the editor's own input path,
 * the editor's model text after each, Ctrl+Z.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, writeReport, type CoachBrowser } from './harness';
import { openSite, runDraft, type SiteCase, notes } from './sites';

const EDITORS = ['draftjs', 'prosemirror', 'quill', 'ckeditor5'] as const;
const EDITABLE: Record<(typeof EDITORS)[number], string> = {
  draftjs: '.public-DraftEditor-content',
  prosemirror: '.ProseMirror',
  quill: '.ql-editor',
  ckeditor5: '.ck-editor__editable',
};

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
  writeReport('sites-editors-notes.json', notes);
});

for (const [i, name] of EDITORS.entries()) {
  const site: SiteCase = {
    id: `cases/${name}`,
    host: 'www.vinted.de',
    path: '/cases/editors.html',
    customerName: '',
    customerMessage: '',
    editor: name,
    fixtureId: name,
    focus: async (page) => {
      await page.locator(`[data-editor="${name}"] ${EDITABLE[name]}`).first().click();
    },
  };
  it(`${name}: hints, every fix lands once in the editor's model, Ctrl+Z undoes it`, async () => {
    const sp = await openSite(b, site);
    try {
      const lang = (['en', 'de', 'fi', 'bs'] as const)[i]!;
      // Quill merges changes less than a second apart into one undo step (its history "delay"), and the adapter
      // cannot cut its history from the content script's world: the next fix comes a second later, as from a person.
      await runDraft(b, sp, site, lang, { undoEvery: true, paceMs: name === 'quill' ? 1100 : 0 });
    } finally {
      await sp.page.close();
    }
  });
}

it('sent nothing anywhere but the fixtures', () => {
  expect(b.foreignRequests()).toEqual([]);
});
