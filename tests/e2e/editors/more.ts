// Shared by the specs of the editors added for issue 12 (slate, squire, tiptap): the adapter scenario on the
// fixture, an insert into the empty editor, and the whole extension on a composer page (hints, every fix in the
// editor's model, Ctrl+Z), each read back through the editor's own API.
import { expect, it } from 'vitest';
import { fixtureEnv, openFixture } from './harness';
import {
  adapterOnFocus,
  apiText,
  focusEditor,
  insert,
  runEditorScenario,
  type EditorCase,
  type RcWindow,
} from './scenario';
import { editorCase, openSite, runDraft, siteBrowser } from '../sites';
import type { Lang } from '../../../src/engine/types';

export interface MoreEditorCase extends EditorCase {
  /** The editable on tests/e2e/fixtures/www.vinted.de/cases/more-editors.html, inside [data-editor=<name>]. */
  editable: string;
  /** Drafts typed on the composer page, one per language. */
  langs: Lang[];
  /** The key between typed lines on the composer page (default Shift+Enter). */
  newline?: string;
  /** An element the editor renders around typed text (adapterFor must find the editor from it). */
  inner: string;
}

export function editorSpec(cases: MoreEditorCase[]): void {
  const env = fixtureEnv();

  for (const c of cases) {
    it(`${c.name}: adapter inserts at start, end, line start and mid-line; the model holds the fix; one Ctrl+Z undoes it`, async () => {
      const world = await openFixture(env.page, env.origin, c.name);
      await runEditorScenario(env.page, world, c);
    });

    for (const worldName of ['isolated', 'main'] as const) {
      it(`${c.name}: found from its editable and from an element around typed text (${worldName} world)`, async () => {
        const world = await openFixture(env.page, env.origin, c.name, worldName);
        await adapterOnFocus(world);
        await focusEditor(env.page);
        await env.page.keyboard.type('Hi there');
        const r = await world.evaluate((inner) => {
          const w = window as unknown as RcWindow;
          const own = w.__rcEditors.adapterFor(w.__rcTarget);
          const el = own?.element.querySelector<HTMLElement>(inner);
          const fromInner = el ? w.__rcEditors.adapterFor(el) : null;
          return { kind: own?.kind, inner: fromInner?.kind, sameRoot: !!own && fromInner?.element === own.element };
        }, c.inner);
        expect(r).toEqual({ kind: c.kind, inner: c.kind, sameRoot: true });
      });
    }

    it(`${c.name}: a fix that continues the text just typed (". Does…" right at its end) undoes alone`, async () => {
      const world = await openFixture(env.page, env.origin, c.name);
      await adapterOnFocus(world);
      await focusEditor(env.page);
      await env.page.keyboard.type('It ships tomorrow');
      const typed = (c.normalize ?? ((s: string) => s))(await apiText(env.page));
      expect(typed).toBe('It ships tomorrow');
      const r = await insert(world, '. Does everything look right?', 'end');
      expect(r.outcome).toEqual({ ok: true });
      const norm = async () => (c.normalize ?? ((s: string) => s))(await apiText(env.page));
      expect(await norm()).toBe('It ships tomorrow. Does everything look right?');
      await env.page.keyboard.press('Control+z');
      await expect.poll(norm, { timeout: 2000, interval: 20 }).toBe('It ships tomorrow');
    });

    it(`${c.name}: a greeting into the empty editor`, async () => {
      const world = await openFixture(env.page, env.origin, c.name);
      const r = await insert(world, 'Hi Anna,\n\n', 0);
      expect({ outcome: r.outcome, text: (c.normalize ?? ((s: string) => s))(await apiText(env.page)) }).toEqual({
        outcome: { ok: true },
        text: 'Hi Anna,\n\n',
      });
    });
  }

  const sites = siteBrowser(`more-editors-${cases.map((c) => c.name).join('-')}-notes.json`);
  for (const c of cases) {
    it(
      `${c.name} with the extension: hints, every fix lands once in the editor's model, Ctrl+Z undoes it`,
      async () => {
        const site = editorCase(
          c.name,
          async (p) => {
            // Near the top left: the open panel (next to the badge, bottom right) may cover the middle of the box.
            await p
              .locator(`[data-editor="${c.name}"] ${c.editable}`)
              .first()
              .click({ position: { x: 8, y: 8 } });
          },
          'more-editors',
        );
        const sp = await openSite(sites(), site);
        try {
          for (const lang of c.langs)
            await runDraft(sites(), sp, site, lang, {
              undoEvery: true,
              newline: c.newline,
              reveal: c.kind === 'squire',
            });
        } finally {
          await sp.page.close();
        }
      },
      60_000 * c.langs.length,
    );
  }
}
