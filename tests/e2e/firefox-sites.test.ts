/**
 * dist/firefox in Debian's firefox-esr (puppeteer-core over WebDriver BiDi) on the site fixtures and every editor
 * adapter: the hints the engine gives, the greeting fix and the closing-question fix clicked in the panel, each
 * checked in the editor's own model (window.__fixture), one Ctrl+Z back to the typed draft, and no request to any
 * host but the fixtures. All traffic goes through a recording proxy, so a request anywhere else is seen.
 * A content script's paste arrives empty in Firefox; the page-world clipboard bridge is what these tests prove.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { badgeText, clickOverlay, notice, overlayQuery, startFirefoxSuite, type FirefoxSuite } from './firefox';
import { fixtureHosts, until, type FixtureServer } from './harness';
import { DRAFTS, SITE_CASES, editorCase, pageOptions, type SiteCase } from './sites';
import { analyze } from '../../src/engine';
import type { Lang } from '../../src/engine/types';

interface FirefoxCase {
  /** A SITE_CASES id (host, path, customer) or an editor on the editors case page. */
  site: SiteCase;
  lang: Lang;
  /** CSS selector of the box to click, in the top document, or [iframe, selector]. */
  box: string | [string, string];
  /** Click this first (a reply button). */
  open?: string;
  /** Pause before the second fix, as a person would (Quill merges changes within 1 s into one undo step). */
  paceMs?: number;
  /** Type line breaks with Enter, not Shift+Enter (Squire drops a Shift+Enter break at the end of a block). */
  enter?: boolean;
}

const siteCase = (id: string): SiteCase => {
  const s = SITE_CASES.find((c) => c.id === id);
  if (!s) throw new Error(`no site case ${id}`);
  return s;
};
const CASES: FirefoxCase[] = [
  { site: siteCase('etsy'), lang: 'en', box: '[data-convo-composer] textarea' },
  { site: siteCase('gmail'), lang: 'en', box: '[g_editable] > div', open: '#reply-btn' },
  { site: siteCase('outlook'), lang: 'de', box: '#editorParent_1 [contenteditable]' },
  { site: siteCase('yahoo'), lang: 'bs', box: '[data-test-id="rte"]' },
  { site: siteCase('proton'), lang: 'fi', box: ['[data-testid="rooster-iframe"]', '#rooster-editor'] },
  { site: siteCase('gmx'), lang: 'de', box: ['.tox-edit-area iframe', 'body'] },
  { site: siteCase('ebay'), lang: 'de', box: '#msg_cnt_cnt' },
  { site: siteCase('facebook'), lang: 'en', box: '[data-lexical-editor="true"]' },
  { site: siteCase('tori'), lang: 'fi', box: '[data-testid="message-composer"] textarea' },
  { site: editorCase('draftjs'), lang: 'en', box: '[data-editor="draftjs"] .public-DraftEditor-content' },
  { site: editorCase('prosemirror'), lang: 'de', box: '[data-editor="prosemirror"] .ProseMirror' },
  { site: editorCase('quill'), lang: 'fi', box: '[data-editor="quill"] .ql-editor', paceMs: 1100 },
  { site: editorCase('ckeditor5'), lang: 'bs', box: '[data-editor="ckeditor5"] .ck-editor__editable' },
  { site: editorCase('shadow'), lang: 'en', box: '[data-editor="shadow"] reply-box' },
  { site: editorCase('designmode-blank'), lang: 'de', box: '[data-editor="designmode-blank"] iframe' },
  {
    site: editorCase('slate', undefined, 'more-editors'),
    lang: 'en',
    box: '[data-editor="slate"] [data-slate-editor]',
  },
  {
    site: editorCase('squire', undefined, 'more-editors'),
    lang: 'fi',
    box: '[data-editor="squire"] .fixture-squire',
    enter: true,
  },
  { site: editorCase('tiptap', undefined, 'more-editors'), lang: 'bs', box: '[data-editor="tiptap"] .tiptap' },
];

const modelText = (page: Page, id?: string) =>
  page.evaluate(
    (i) => (window as unknown as { __fixture: { text(id?: string): string } }).__fixture.text(i ?? undefined),
    id ?? null,
  );

/** As in the Chromium site tests: rich editors may model a blank line as a paragraph. */
const loose = (t: string) =>
  t
    .replace(/\u00a0/g, ' ')
    .replace(/\n+/g, '\n')
    .replace(/\n$/, '');

describe('Firefox: sites and editors (firefox-esr, WebDriver BiDi)', () => {
  let suite: FirefoxSuite;
  let server: FixtureServer;
  let browser: Browser;

  beforeAll(async () => {
    suite = await startFirefoxSuite('firefox-sites', { fixtureEditors: true });
    ({ server, browser } = suite);
  }, 180_000);

  afterAll(async () => {
    await suite?.close();
  });

  for (const c of CASES) {
    it(`${c.site.id} (${c.site.editor}, ${c.lang}): hints, greeting and closing-question fixes in the model, one Ctrl+Z`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      try {
        await page.goto(server.url(c.site.host, c.site.path), { waitUntil: 'load' });
        await page.waitForFunction(
          () => {
            const w = window as unknown as { __fixture?: unknown; __ready?: boolean; __readyError?: string };
            if (w.__readyError) throw new Error(w.__readyError);
            return !!w.__fixture && w.__ready !== false;
          },
          { timeout: 15_000 },
        );
        if (c.open) await page.click(c.open);
        if (typeof c.box === 'string') {
          await page.waitForSelector(c.box, { timeout: 10_000 });
          await page.click(c.box);
        } else {
          const frameEl = await page.waitForSelector(c.box[0], { timeout: 10_000 });
          const frame = await frameEl!.contentFrame();
          const inner = await frame!.waitForSelector(c.box[1], { timeout: 10_000 });
          await inner!.click();
        }
        const draft = DRAFTS[c.lang];
        const lines = draft.split('\n');
        for (const [i, line] of lines.entries()) {
          if (line) await page.keyboard.type(line, { delay: 2 });
          if (i < lines.length - 1 && c.enter) await page.keyboard.press('Enter');
          else if (i < lines.length - 1) {
            await page.keyboard.down('Shift');
            await page.keyboard.press('Enter');
            await page.keyboard.up('Shift');
          }
        }
        const fid = c.site.fixtureId;
        await until(
          async () => loose(await modelText(page, fid)) === loose(draft),
          `${c.site.id}: the typed draft in the model`,
        );
        const typed = await modelText(page, fid);
        const opts = pageOptions(c.site);
        const expected = analyze(typed, opts);
        expect(expected.lang).toBe(c.lang);
        await until(
          async () => (await badgeText(page)) === String(expected.hints.length),
          `${c.site.id}: badge with ${expected.hints.length}`,
          20_000,
        ).catch(async (e) => {
          throw new Error(
            `${(e as Error).message} (badge: ${JSON.stringify(await badgeText(page))}, overlays: ${await page.evaluate(() => document.querySelectorAll('reply-coach-overlay').length)})`,
          );
        });
        await clickOverlay(page, '[data-part="badge"]');
        await until(async () => (await overlayQuery(page, '[data-part="panel"]')).asElement() !== null, 'the panel');

        for (const rule of ['greeting', 'closing-question'] as const) {
          if (rule !== 'greeting' && c.paceMs) await new Promise((r) => setTimeout(r, c.paceMs));
          const before = await modelText(page, fid);
          const hint = analyze(before, opts).hints.find((h) => h.rule === rule);
          expect(hint, `${c.site.id}: ${rule} hint`).toBeDefined();
          const fix = hint!.fixes[0]!;
          const at = fix.offset;
          const wanted = before.slice(0, at) + fix.text + before.slice(at);
          const apply = async () => {
            const seq = (await notice(page)).seq;
            await clickOverlay(page, `[data-rule="${rule}"] button[data-fix]`);
            const n = (await until(async () => {
              const now = await notice(page);
              return now.seq > seq ? now : null;
            }, `${c.site.id}/${rule}: the outcome of the fix`)) as { kind: string; text: string };
            expect(n.kind, `${c.site.id}/${rule}: ${n.text}`).toBe('info');
            await until(
              async () => loose(await modelText(page, fid)) === loose(wanted),
              `${c.site.id}/${rule}: the fix in the editor's model`,
            ).catch(async (e) => {
              throw new Error(
                `${(e as Error).message}\nwanted: ${JSON.stringify(wanted)}\nactual: ${JSON.stringify(await modelText(page, fid))}`,
              );
            });
          };
          await apply();
          await page.keyboard.down('Control');
          await page.keyboard.press('z');
          await page.keyboard.up('Control');
          await until(
            async () => loose(await modelText(page, fid)) === loose(before),
            `${c.site.id}/${rule}: one Ctrl+Z undoes exactly the fix`,
          ).catch(async (e) => {
            throw new Error(
              `${(e as Error).message}\nwanted: ${JSON.stringify(before)}\nactual: ${JSON.stringify(await modelText(page, fid))}`,
            );
          });
          await until(
            async () => (await overlayQuery(page, `[data-rule="${rule}"] button[data-fix]`)).asElement() !== null,
            `${c.site.id}/${rule}: the hint back`,
          );
          await apply();
        }
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }, 90_000);
  }

  it('sent nothing anywhere but the fixtures', () => {
    expect(suite.foreignHosts()).toEqual([]);
    const hosts = new Set(fixtureHosts());
    expect(server.requests.filter((r) => !hosts.has(r.host))).toEqual([]);
  });
});
