// Squire 2 (Fastmail): the fix goes through Squire's paste (a snapshot first), so one Ctrl+Z takes back the fix alone,
// not the word typed before it. Squire shows itself once it has taken a snapshot — while the seller typed, or on the
// first fix, which is offered to its paste before insertText.
import { expect, it } from 'vitest';
import { editorSpec } from './more';
import { fixtureEnv, openFixture } from './harness';
import { adapterOnFocus, apiText, focusEditor, insert, kindOf } from './scenario';

const normalize = (s: string) => s.replace(/\u00a0/g, ' ');

editorSpec([
  {
    name: 'squire',
    kind: 'squire',
    path: 'paste',
    kindAfterTyping: true,
    // A pasted leading space goes in as a no-break space (Squire would drop a plain one).
    normalize,
    editable: '.fixture-squire',
    inner: 'div',
    langs: ['fi', 'bs'],
    // Squire's Shift+Enter at the end of a block leaves only a trailing <br>, which Chrome drops on the next
    // keystroke: typed line breaks are lost in Squire itself, with or without this extension.
    newline: 'Enter',
  },
]);

const env = fixtureEnv();

it('squire: a fix before the first typed space goes through its paste and undoes alone', async () => {
  const world = await openFixture(env.page, env.origin, 'squire');
  await adapterOnFocus(world);
  await focusEditor(env.page);
  await env.page.keyboard.type('Thanks');
  // No space, Enter or paste yet: Squire has left no bookmark.
  expect(await kindOf(world)).toBe('contenteditable');
  const r = await insert(world, 'Hi Anna,\n\n', 0);
  expect({ outcome: r.outcome, path: r.path }).toEqual({ outcome: { ok: true }, path: 'paste' });
  expect(normalize(await apiText(env.page))).toBe('Hi Anna,\n\nThanks');
  expect(await kindOf(world)).toBe('squire');
  await env.page.keyboard.press('Control+z');
  await expect.poll(async () => normalize(await apiText(env.page)), { timeout: 2000, interval: 20 }).toBe('Thanks');
});
