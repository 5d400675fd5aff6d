/**
 * The other rich-text editors such sites use (Draft.js, ProseMirror, Quill, CKEditor 5, a web component with an open
 * shadow root, a designMode iframe), the real npm libraries where there is one,
 * found by compose context (a Send button in the same form): hints, every fix through the editor's own input path,
 * the editor's model text after each, Ctrl+Z.
 */
import { expect, it } from 'vitest';
import { editorCase, openSite, runDraft, siteBrowser } from './sites';

const EDITORS = ['draftjs', 'prosemirror', 'quill', 'ckeditor5', 'shadow', 'designmode-blank'] as const;
const EDITABLE: Record<(typeof EDITORS)[number], string> = {
  draftjs: '.public-DraftEditor-content',
  prosemirror: '.ProseMirror',
  quill: '.ql-editor',
  ckeditor5: '.ck-editor__editable',
  // An unlabelled contenteditable in an open shadow root, its Send button outside the shadow root.
  shadow: 'reply-box',
  'designmode-blank': 'iframe',
};

const browser = siteBrowser('sites-editors-notes.json');

for (const [i, name] of EDITORS.entries()) {
  const site = editorCase(name, async (page) => {
    await page.locator(`[data-editor="${name}"] ${EDITABLE[name]}`).first().click();
  });
  it(`${name}: hints, every fix lands once in the editor's model, Ctrl+Z undoes it`, async () => {
    const sp = await openSite(browser(), site);
    try {
      const lang = (['en', 'de', 'fi', 'bs'] as const)[i % 4]!;
      // Quill merges changes less than a second apart into one undo step (its history "delay"), and the adapter
      // cannot cut its history from the content script's world: the next fix comes a second later, as from a person.
      await runDraft(browser(), sp, site, lang, { undoEvery: true, paceMs: name === 'quill' ? 1100 : 0 });
    } finally {
      await sp.page.close();
    }
  });
}

it('sent nothing anywhere but the fixtures', () => {
  expect(browser().foreignRequests()).toEqual([]);
});
