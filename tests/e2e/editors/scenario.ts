// The per-editor scenario: type, read, insert at start / end / middle, check through the editor's own API,
// undo once, check again. Adapter calls run in a World (by default the isolated one a content script gets).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ApplyOutcome, DraftText, EditorHints } from '../../../src/content/editors/types';
import type { World } from './harness';

export interface EditorCase {
  /** Fixture bundle name. */
  name: string;
  /** Expected adapter kind. */
  kind: string;
  /** The input path the inserts must go through (adapter.lastPath), or which one for a given fix text. */
  path: string | ((fix: string) => string);
  /** The editor API's text -> the adapter's convention (e.g. Quill's trailing "\n"). */
  normalize?: (apiText: string) => string;
  /** The editor leaves no mark of its own until the seller types (Squire): check the kind after typing. */
  kindAfterTyping?: boolean;
}

/** What the adapter bundle puts on the window of the world it runs in. */
export interface RcWindow {
  /** The fixture's editable, as found in this world by openFixture. */
  __rcTarget: HTMLElement;
  /** What the site file would tell the adapters (quote markup…); set by a test that plays a site, else unset. */
  __rcHints?: EditorHints;
  __rcEditors: {
    adapterFor(
      el: HTMLElement,
      hints?: EditorHints,
    ): {
      kind: string;
      element: HTMLElement;
      lastPath?: string | null;
      read(): DraftText;
      insert(t: string, at: number): Promise<ApplyOutcome>;
    } | null;
    caretOffset(a: unknown): number | null;
  };
}

/** The editor's own text, from the page's world (the fixture's window.__editor.getText()). */
export const apiText = (page: Page) =>
  page.evaluate(() => (window as unknown as { __editor: { getText(): string } }).__editor.getText());

export const readDraft = (world: World) =>
  world.evaluate(() => {
    const w = window as unknown as RcWindow;
    return w.__rcEditors.adapterFor(w.__rcTarget, w.__rcHints)!.read();
  }, null);

/** Play a site: the adapters made from now on in this world get its site file's editor hints. */
export const useHints = (world: World, hints: EditorHints | undefined) =>
  world.evaluate((h) => {
    (window as unknown as RcWindow).__rcHints = h ?? undefined;
  }, hints ?? null);

/** As a session does on focus: the adapter exists before the seller types (Squire shows itself only then). */
export const adapterOnFocus = (world: World) =>
  world.evaluate(() => {
    const w = window as unknown as RcWindow;
    w.__rcEditors.adapterFor(w.__rcTarget);
  }, null);

export const kindOf = (world: World) =>
  world.evaluate(() => {
    const w = window as unknown as RcWindow;
    return w.__rcEditors.adapterFor(w.__rcTarget, w.__rcHints)?.kind ?? null;
  }, null);

/** Insert through a fresh adapter; returns the outcome, the caret offset and whether focus is in the editor. */
export const insert = (world: World, text: string, at: number | 'end') =>
  world.evaluate(
    async ([text, at]) => {
      const w = window as unknown as RcWindow;
      const a = w.__rcEditors.adapterFor(w.__rcTarget, w.__rcHints)!;
      const pos = at === 'end' ? a.read().draft.length : (at as number);
      const outcome = await a.insert(text as string, pos);
      const root = a.element.getRootNode() as Document | ShadowRoot;
      const active = root.activeElement;
      return {
        outcome,
        path: a.lastPath ?? null,
        at: pos,
        caret: w.__rcEditors.caretOffset(a),
        focused: !!active && (active === a.element || a.element.contains(active)),
      };
    },
    [text, at] as const,
  );

export async function focusEditor(page: Page): Promise<void> {
  const box = await page.evaluate(() => {
    const r = (window as unknown as { __editor: { editable: HTMLElement } }).__editor.editable.getBoundingClientRect();
    return { x: r.left + 20, y: r.top + 12 };
  });
  await page.mouse.click(box.x, box.y);
}

export async function runEditorScenario(page: Page, world: World, c: EditorCase): Promise<void> {
  const norm = c.normalize ?? ((s: string) => s);
  const text = async () => norm(await apiText(page));
  const pathFor = (fix: string) => (typeof c.path === 'string' ? c.path : c.path(fix));
  if (!c.kindAfterTyping) expect(await kindOf(world)).toBe(c.kind);
  else expect(await kindOf(world)).toBe('contenteditable');

  await focusEditor(page);
  await page.keyboard.type('Thanks for your order.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('It ships tomorrow.');
  const typed = await text();
  if (c.kindAfterTyping) expect(await kindOf(world)).toBe(c.kind);
  expect(typed.replace(/\n+/g, '\n')).toBe('Thanks for your order.\nIt ships tomorrow.');
  expect((await readDraft(world)).draft).toBe(typed);

  // 1. A greeting at the start, right after typing; one Ctrl+Z takes exactly the greeting back.
  const greeting = 'Hi Anna,\n\n';
  let r = await insert(world, greeting, 0);
  expect(r.outcome, 'greeting').toEqual({ ok: true });
  expect(r.path).toBe(pathFor(greeting));
  expect(await text()).toBe(greeting + typed);
  expect((await readDraft(world)).draft).toBe(greeting + typed);
  expect(r.focused).toBe(true);
  expect(r.caret).toBe(greeting.length);
  await page.keyboard.press('Control+z');
  // Some editors apply an undo a task later (Draft.js defers it with setTimeout).
  await expect.poll(text, { message: 'undo greeting', timeout: 2000, interval: 20 }).toBe(typed);

  // 2. More typing at the end, then at once a closing question at the end.
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Thanks again!');
  const typed2 = await text();
  expect(typed2).toBe(typed + ' Thanks again!');
  const closing = '\n\nDoes everything look right?';
  r = await insert(world, closing, 'end');
  expect(r.outcome, 'closing').toEqual({ ok: true });
  expect(r.path).toBe(pathFor(closing));
  expect(await text()).toBe(typed2 + closing);
  expect(r.caret).toBe(typed2.length + closing.length);
  expect(r.focused).toBe(true);
  await page.keyboard.press('Control+z');
  await expect.poll(text, { message: 'undo closing', timeout: 2000, interval: 20 }).toBe(typed2);

  // 3. In the middle: at the start of the second line (with the focus elsewhere first, as after clicking a
  //    hint), and inside a line.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const lineStart = typed2.indexOf('It ships');
  r = await insert(world, 'Sorry for the wait. ', lineStart);
  expect(r.outcome, 'line start').toEqual({ ok: true });
  expect(r.path).toBe(pathFor('Sorry for the wait. '));
  expect(await text()).toBe(typed2.slice(0, lineStart) + 'Sorry for the wait. ' + typed2.slice(lineStart));
  expect(r.caret).toBe(lineStart + 'Sorry for the wait. '.length);
  expect(r.focused).toBe(true);
  await page.keyboard.press('Control+z');
  await expect.poll(text, { message: 'undo line start', timeout: 2000, interval: 20 }).toBe(typed2);

  const mid = typed2.indexOf(' tomorrow');
  r = await insert(world, ' out', mid);
  expect(r.outcome, 'mid-line').toEqual({ ok: true });
  expect(await text()).toBe(typed2.slice(0, mid) + ' out' + typed2.slice(mid));
  await page.keyboard.press('Control+z');
  await expect.poll(text, { message: 'undo mid-line', timeout: 2000, interval: 20 }).toBe(typed2);
  expect((await readDraft(world)).draft).toBe(typed2);

  // 4. With a selection active (the seller's first word selected): the fix goes where it belongs and replaces
  //    nothing; one Ctrl+Z takes back exactly the fix.
  await focusEditor(page);
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'Thanks'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  r = await insert(world, closing, 'end');
  expect(r.outcome, 'with a selection').toEqual({ ok: true });
  expect(await text()).toBe(typed2 + closing);
  await page.keyboard.press('Control+z');
  await expect.poll(text, { message: 'undo with a selection', timeout: 2000, interval: 20 }).toBe(typed2);

  // 5. Two fixes in a row (a greeting, then at once a closing question): after each the text is the old one plus
  //    exactly that fix, and each Ctrl+Z takes back one fix, the last first.
  r = await insert(world, greeting, 0);
  expect(r.outcome, 'first of two').toEqual({ ok: true });
  expect(await text()).toBe(greeting + typed2);
  r = await insert(world, closing, 'end');
  expect(r.outcome, 'second of two').toEqual({ ok: true });
  expect(await text()).toBe(greeting + typed2 + closing);
  await page.keyboard.press('Control+z');
  await expect.poll(text, { message: 'undo the second of two', timeout: 2000, interval: 20 }).toBe(greeting + typed2);
  await page.keyboard.press('Control+z');
  await expect.poll(text, { message: 'undo the first of two', timeout: 2000, interval: 20 }).toBe(typed2);
}
