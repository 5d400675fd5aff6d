// The editor adapters (src/content/editors) against the real editors, in Debian's Chromium.
// The adapters run in an isolated world, as in the extension's content script (the page's expando properties
// are invisible there); detection is also checked from the page's own world.
// For every editor: type a draft, read it, insert a greeting at the start (right after typing), a closing
// question at the end (right after typing), text at a line start and inside a line; after each, the editor's
// own API must show exactly the draft with the fix, and one Ctrl+Z must bring back exactly what was typed.
import { describe, expect, it } from 'vitest';
import type { EditorHints } from '../../../src/content/editors/types';
import { fixtureEnv, openFixture, type World } from './harness';
import { apiText, insert, readDraft, runEditorScenario, useHints, type EditorCase, type RcWindow } from './scenario';
import gmail from '../../../src/content/sites/gmail';
import outlook from '../../../src/content/sites/outlook';
import proton from '../../../src/content/sites/proton';
import yahoo from '../../../src/content/sites/yahoo';

const env = fixtureEnv();

const EDITORS: EditorCase[] = [
  { name: 'textarea', kind: 'textarea', path: 'execCommand' },
  { name: 'contenteditable', kind: 'contenteditable', path: 'execCommand' },
  { name: 'shadow', kind: 'contenteditable', path: 'execCommand' },
  { name: 'designmode-blank', kind: 'designmode', path: 'execCommand' },
  { name: 'designmode-srcdoc', kind: 'designmode', path: 'execCommand' },
  { name: 'lexical', kind: 'lexical', path: 'paste' },
  { name: 'lexical-compact', kind: 'lexical', path: 'paste' },
  { name: 'draftjs', kind: 'draftjs', path: 'paste' },
  { name: 'prosemirror', kind: 'prosemirror', path: 'pasteSlice' },
  { name: 'prosemirror-compact', kind: 'prosemirror', path: 'pasteSlice' },
  // Quill's getText() ends every document with the "\n" of its last line.
  { name: 'quill', kind: 'quill', path: 'paste', normalize: (s) => s.replace(/\n$/, '') },
  { name: 'ckeditor5', kind: 'ckeditor5', path: 'pasteParagraphs' },
  { name: 'tinymce', kind: 'tinymce', path: 'execCommand' },
  // roosterjs keeps the edge spaces of pasted text as NBSP (as it does for typed ones).
  { name: 'roosterjs', kind: 'roosterjs', path: 'paste', normalize: (s) => s.replace(/\u00a0/g, ' ') },
];

describe('insert a fix and undo it in one step', () => {
  for (const c of EDITORS) {
    it(c.name, async () => {
      const world = await openFixture(env.page, env.origin, c.name);
      await runEditorScenario(env.page, world, c);
    });
  }
});

describe('into an empty editor', () => {
  it('a greeting alone', async () => {
    const results: Record<string, unknown> = {};
    for (const c of EDITORS.filter((e) => !e.name.includes('compact') && !e.name.startsWith('designmode'))) {
      const world = await openFixture(env.page, env.origin, c.name);
      const r = await insert(world, 'Hi Anna,\n\n', 0);
      results[c.name] = { outcome: r.outcome, text: (c.normalize ?? ((s: string) => s))(await apiText(env.page)) };
    }
    for (const [name, r] of Object.entries(results)) {
      expect(r, name).toEqual({ outcome: { ok: true }, text: 'Hi Anna,\n\n' });
    }
  });
});

describe('detection', () => {
  const detect = (world: World) =>
    world.evaluate(() => {
      const w = window as unknown as RcWindow;
      const rc = w.__rcEditors;
      const own = rc.adapterFor(w.__rcTarget);
      if (!own) return null;
      const root = own.element;
      let deepest: Element = root;
      while (deepest.lastElementChild) deepest = deepest.lastElementChild;
      const plain = document.createElement('div');
      document.body.append(plain);
      const fromInner = rc.adapterFor(deepest as HTMLElement);
      return {
        kind: own.kind,
        inner: fromInner?.kind,
        sameRoot: fromInner?.element === root,
        wrapper: rc.adapterFor(root.parentElement!)?.kind,
        plain: rc.adapterFor(plain),
        frameBody: root.ownerDocument !== document && root === root.ownerDocument.body,
      };
    }, null);

  for (const worldName of ['isolated', 'main'] as const) {
    it(`finds each editor from its element, an element inside it, its iframe (${worldName} world)`, async () => {
      for (const name of [
        'lexical',
        'draftjs',
        'prosemirror',
        'quill',
        'ckeditor5',
        'roosterjs',
        'tinymce',
        'designmode-srcdoc',
        'tiptap',
      ]) {
        const world = await openFixture(env.page, env.origin, name, worldName);
        const r = await detect(world);
        const kind = name === 'designmode-srcdoc' ? 'designmode' : name;
        expect(r, name).toMatchObject({ kind, inner: kind, sameRoot: true, plain: null });
        if (name === 'quill') expect(r?.wrapper, 'quill container').toBe('quill');
        if (name === 'tinymce' || name === 'designmode-srcdoc') expect(r?.frameBody, name).toBe(true);
      }
    });
  }
});

describe('quoted history', () => {
  it('Gmail: .gmail_quote is quoted, not draft; a fix goes above it', async () => {
    const world = await openFixture(env.page, env.origin, 'gmail');
    await useHints(world, gmail.editorHints);
    const before = await readDraft(world);
    // Gmail's <br> between the reply and the quote is a blank line of the draft.
    expect(before.draft).toBe('Thanks for your order.\nIt ships tomorrow.\n');
    expect(before.quoted).toBe('On Mon, Anna wrote:\nWhere is my parcel?');
    const closing = '\n\nDoes everything look right?';
    const at = before.draft.trimEnd().length;
    const r = await insert(world, closing, at);
    expect(r.outcome).toEqual({ ok: true });
    expect(r.caret).toBe(at + closing.length);
    expect(await readDraft(world)).toEqual({
      draft: before.draft.slice(0, at) + closing + before.draft.slice(at),
      quoted: before.quoted,
    });
    expect(await apiText(env.page)).toBe(
      'Thanks for your order.\nIt ships tomorrow.\n\nDoes everything look right?\n\nOn Mon, Anna wrote:\nWhere is my parcel?',
    );
    await env.page.keyboard.press('Control+z');
    expect(await readDraft(world)).toEqual(before);
  });

  it('Outlook: #appendonsend / #divRplyFwdMsg and all after it are quoted', async () => {
    const world = await openFixture(env.page, env.origin, 'outlook');
    await useHints(world, outlook.editorHints);
    const before = await readDraft(world);
    expect(before.draft).toBe('Thanks for your order.\nIt ships tomorrow.');
    expect(before.quoted).toBe('From: Anna\nSent: Monday\nSubject: Parcel\nWhere is my parcel?');
    const r = await insert(world, 'Hi Anna,\n\n', 0);
    expect(r.outcome).toEqual({ ok: true });
    expect(await readDraft(world)).toEqual({ draft: 'Hi Anna,\n\n' + before.draft, quoted: before.quoted });
    await env.page.keyboard.press('Control+z');
    expect(await readDraft(world)).toEqual(before);
  });

  it('blockquote everywhere; Yahoo and Proton quotes where their site file names them, nowhere else', async () => {
    const world = await openFixture(env.page, env.origin, 'contenteditable');
    const yahooQuote =
      '<div>Sure, done.</div><div class="yahoo_quoted"><div>On Friday Anna wrote:</div><div>Can you ship Friday?</div></div>';
    const cases: [string, EditorHints | undefined][] = [
      ['<div>Sure, done.</div><blockquote>Can you ship Friday?</blockquote>', undefined],
      [yahooQuote, yahoo.editorHints],
      [
        '<div>Sure, done.</div><div><br></div><div class="protonmail_quote"><blockquote>Can you ship Friday?</blockquote></div>',
        proton.editorHints,
      ],
      [yahooQuote, gmail.editorHints],
    ];
    const results = await world.evaluate(
      (cs) => {
        const w = window as unknown as RcWindow;
        return cs.map(([html, hints]) => {
          w.__rcTarget.innerHTML = html;
          return w.__rcEditors.adapterFor(w.__rcTarget, hints ?? undefined)!.read();
        });
      },
      cases.map(([html, hints]) => [html, hints ?? null] as const),
    );
    expect(results).toEqual([
      { draft: 'Sure, done.', quoted: 'Can you ship Friday?' },
      { draft: 'Sure, done.', quoted: 'On Friday Anna wrote:\nCan you ship Friday?' },
      { draft: 'Sure, done.\n', quoted: 'Can you ship Friday?' },
      { draft: 'Sure, done.\nOn Friday Anna wrote:\nCan you ship Friday?', quoted: '' },
    ]);
  });
});

describe('when the editor will not take the fix', () => {
  const clipboard = () => env.page.evaluate(() => navigator.clipboard.readText());

  it('an editor that swallows all input: refused, draft unchanged, fix on the clipboard', async () => {
    const world = await openFixture(env.page, env.origin, 'swallow');
    const before = await apiText(env.page);
    const r = await insert(world, 'Hi Anna,\n\n', 0);
    expect(r.outcome).toEqual({ ok: false, reason: 'refused', copied: true });
    expect(await apiText(env.page)).toBe(before);
    expect(await clipboard()).toBe('Hi Anna,\n\n');
  });

  it('an editor that mangles the insert: undone through its own undo, fix on the clipboard', async () => {
    const world = await openFixture(env.page, env.origin, 'mangle');
    const before = await apiText(env.page);
    const r = await insert(world, '\n\nDoes everything look right?', 'end');
    expect(r.outcome).toEqual({ ok: false, reason: 'restored', copied: true });
    expect(await apiText(env.page)).toBe(before);
    expect(await clipboard()).toBe('\n\nDoes everything look right?');
  });

  it('a framework box that wipes the insert at its next render: not called added, draft as it was, fix on the clipboard', async () => {
    const world = await openFixture(env.page, env.origin, 'revert');
    const before = await apiText(env.page);
    const r = await insert(world, '\n\nDoes everything look right?', 'end');
    expect(r.outcome).toMatchObject({ ok: false, copied: true });
    // A moment later (several renders on) the box still holds what it held.
    await env.page.waitForTimeout(200);
    expect(await apiText(env.page)).toBe(before);
    expect(await clipboard()).toBe('\n\nDoes everything look right?');
  });

  it('an offset outside the draft is refused without touching it', async () => {
    const world = await openFixture(env.page, env.origin, 'contenteditable');
    await world.evaluate(() => {
      (window as unknown as RcWindow).__rcTarget.innerHTML = '<div>Hello</div>';
    }, null);
    const r = await insert(world, 'x', 99);
    expect(r.outcome).toMatchObject({ ok: false, reason: 'refused' });
    expect(await apiText(env.page)).toBe('Hello');
  });
});
