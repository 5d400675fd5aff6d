/**
 * The overlay contract in a real Chromium with dist/chrome: badge and panel, keyboard, screen-reader labels,
 * dismiss and silence, Send button, following the box, no layout shift, timing, settings, and the screenshots
 * (Etsy, Gmail, Kleinanzeigen; light and dark) in tests/e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/engine';
import {
  badge,
  launch,
  modelText,
  openPanel,
  overlayHosts,
  panel,
  saveScreenshotPath,
  shownRules,
  trackContexts,
  until,
  type CoachBrowser,
} from './harness';
import { DRAFTS, SITE_CASES, pageOptions, typeDraft, underBoxCentre, waitForFixture } from './sites';

let b: CoachBrowser;
const pageErrors: string[] = [];

beforeAll(async () => {
  b = await launch();
});
afterAll(async () => {
  await b?.close();
});

const site = (id: string) => SITE_CASES.find((s) => s.id === id)!;

async function openWithDraft(id: string, draft: string): Promise<Page> {
  const s = site(id);
  const page = await b.open(s.host, s.path);
  page.on('pageerror', (e) => pageErrors.push(`${id}: ${e.message}`));
  await waitForFixture(page);
  await s.open?.(page);
  await s.focus(page);
  await typeDraft(page, draft);
  const n = analyze(draft, pageOptions(s)).hints.length;
  const want = n ? String(n) : '';
  await until(
    async () => (await badge(page).isVisible()) && (await badge(page).textContent())?.trim() === want,
    `${id}: badge with ${n}`,
  );
  return page;
}

/**
 * Alt+Shift+H is a browser command (manifest `commands`), which CDP key events do not reach: do what the browser
 * and our background then do, i.e. send rc:openPanel to the tab.
 */
async function pressShortcut(page: Page): Promise<void> {
  await page.bringToFront();
  await b.context.serviceWorkers()[0]!.evaluate(async () => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    await tabs.sendMessage(tab!.id!, { type: 'rc:openPanel' }).catch(() => undefined);
  });
}

/** What has focus, looking into our shadow root: 'fix:0', 'badge', 'dismiss', … or the page element's tag. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (a?.tagName === 'REPLY-COACH-OVERLAY') {
      const inner = a.shadowRoot?.activeElement;
      if (!inner) return 'overlay';
      if (inner.hasAttribute('data-fix')) return `fix:${inner.getAttribute('data-fix')}`;
      return inner.getAttribute('data-part') ?? inner.tagName;
    }
    return a?.tagName ?? 'none';
  });
}

describe('badge and panel', () => {
  it('shows the number of hints, expands on click with aria-expanded, one [data-rule] per hint with a button[data-fix]', async () => {
    const page = await openWithDraft('etsy', DRAFTS.en);
    const expected = analyze(DRAFTS.en, pageOptions(site('etsy')));
    const bd = badge(page);
    expect(await bd.getAttribute('aria-expanded')).toBe('false');
    expect(await bd.getAttribute('aria-label')).toMatch(new RegExp(`${expected.hints.length} suggestions`));
    await bd.click();
    expect(await bd.getAttribute('aria-expanded')).toBe('true');
    const p = panel(page);
    expect(await p.getAttribute('role')).toBe('dialog');
    expect(await p.getAttribute('aria-label')).toBeTruthy();
    expect((await shownRules(page)).sort()).toEqual(expected.hints.map((h) => h.rule).sort());
    for (const h of expected.hints) {
      const item = p.locator(`[data-rule="${h.rule}"]`);
      expect(await item.textContent()).toContain(h.message);
      expect(await item.textContent()).toContain(h.explanation);
      expect(await item.locator('button[data-fix]').first().textContent()).toBe(h.fixes[0]!.label);
      expect(await item.locator('[data-part="dismiss"]').getAttribute('aria-label')).toBeTruthy();
    }
    await expect(page.locator('reply-coach-overlay [role="status"]').count()).resolves.toBe(1);
    // The overlay is an open shadow root: the page's CSS does not reach in.
    expect(await page.evaluate(() => !!document.querySelector('reply-coach-overlay')?.shadowRoot)).toBe(true);
    await bd.click();
    expect(await bd.getAttribute('aria-expanded')).toBe('false');
    expect(await p.count()).toBe(0);
    // Never changed the draft on its own.
    expect(await modelText(page)).toBe(DRAFTS.en);
    await page.close();
  });

  it('binds Alt+Shift+H to the open-suggestions command', async () => {
    const commands = await b.context.serviceWorkers()[0]!.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
        }
      ).chrome.commands.getAll(),
    );
    expect(commands.find((c) => c.name === 'open-suggestions')?.shortcut).toBe('Alt+Shift+H');
  });

  it('is keyboard reachable: Alt+Shift+H opens it into the first fix, Tab moves on, Enter applies, Escape closes', async () => {
    const page = await openWithDraft('kleinanzeigen', DRAFTS.de);
    await pressShortcut(page);
    await until(async () => (await badge(page).getAttribute('aria-expanded')) === 'true', 'panel open');
    expect(await focused(page)).toBe('fix:0');
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    console.info('Tab order from the first fix:', order.join(' → '));
    expect(order[0]).not.toBe('fix:0');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('fix:0');
    // Enter on the (greeting) fix: inserted, focus and caret back in the box right after the inserted text.
    const before = await modelText(page);
    const first = (await shownRules(page))[0]!;
    const hint = analyze(before, pageOptions(site('kleinanzeigen'))).hints.find((h) => h.rule === first)!;
    const at = hint.fixes[0]!.offset;
    await page.keyboard.press('Enter');
    await until(
      async () => (await modelText(page)) === before.slice(0, at) + hint.fixes[0]!.text + before.slice(at),
      'fix via keyboard',
    );
    // The outcome is announced once the editor has taken the fix (the adapter checks it and puts the caret back).
    await until(
      async () => (await panel(page).locator('[data-part="notice"][data-kind="info"]').count()) === 1,
      'fix announced',
    );
    await until(async () => (await focused(page)) === 'TEXTAREA', 'focus back in the box');
    const caret = await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).selectionStart);
    expect(caret).toBe(at + hint.fixes[0]!.text.length);
    // Escape in the panel closes it and returns to the box.
    await pressShortcut(page);
    await until(async () => (await focused(page)).startsWith('fix:'), 'focus in the panel').catch(async (e) => {
      throw new Error(
        `${(e as Error).message}: focus on ${await focused(page)}, expanded ${await badge(page).getAttribute('aria-expanded')}, panel buttons ${await panel(page).locator('button').count()}`,
      );
    });
    await page.keyboard.press('Escape');
    await until(async () => (await badge(page).getAttribute('aria-expanded')) === 'false', 'panel closed');
    expect(await focused(page)).toBe('TEXTAREA');
    await page.close();
  });

  it('dismisses one hint for this message, and silences the coach for this message', async () => {
    const page = await openWithDraft('etsy', DRAFTS.en);
    const n = Number(await badge(page).textContent());
    await openPanel(page);
    await panel(page).locator('[data-rule="apology"] [data-part="dismiss"]').click();
    await until(async () => !(await shownRules(page)).includes('apology'), 'apology dismissed');
    expect(Number(await badge(page).textContent())).toBe(n - 1);
    await page.keyboard.type(' More text.');
    await page.waitForTimeout(450);
    expect(await shownRules(page)).not.toContain('apology');
    await panel(page).locator('[data-part="silence"]').click();
    await until(async () => (await badge(page).getAttribute('data-state')) === 'silenced', 'silenced badge');
    expect(await panel(page).locator('[data-rule]').count()).toBe(0);
    await page.keyboard.type(' And more.');
    await page.waitForTimeout(450);
    expect(await badge(page).getAttribute('data-state')).toBe('silenced');
    await panel(page).locator('[data-part="unsilence"]').click();
    await until(async () => (await panel(page).locator('[data-rule]').count()) > 0, 'hints back');
    expect(await shownRules(page)).not.toContain('apology');
    // Sending starts a new message: a dismissed hint may come back for it.
    await page.click('[data-convo-composer] button[type="submit"]');
    await page.locator('[data-convo-composer] textarea').click();
    await typeDraft(page, DRAFTS.en);
    await openPanel(page);
    await until(async () => (await shownRules(page)).includes('apology'), 'apology back on a new message');
    await page.close();
  });
});

describe('placement', () => {
  const rect = (page: Page, sel: string) =>
    page
      .locator(sel)
      .first()
      .boundingBox()
      .then((r) => r!);
  const overlap = (
    a: { x: number; y: number; width: number; height: number },
    c: { x: number; y: number; width: number; height: number },
  ) => a.x < c.x + c.width && a.x + a.width > c.x && a.y < c.y + c.height && a.y + a.height > c.y;

  it('never covers the Send button, even one inside the box’s corner', async () => {
    const page = await openWithDraft('kleinanzeigen', DRAFTS.de);
    const send = await rect(page, '[data-testid="reply-box"] button[type="submit"]');
    const box = await rect(page, '[data-testid="reply-box"] textarea');
    const bd = (await badge(page).boundingBox())!;
    expect(overlap(bd, send)).toBe(false);
    // Still on the box.
    expect(overlap(bd, box)).toBe(true);
    // And the panel, opened, leaves Send free too when there is room above.
    await openPanel(page);
    expect(overlap((await panel(page).boundingBox())!, send)).toBe(false);
    await page.close();
  });

  /** The visible rectangle of the focused box (an iframe editor: its iframe), in the page's coordinates. */
  const boxRect = (page: Page, sel: string, frame?: string) => rect(page, frame ?? sel);

  for (const [id, sel, frame] of [
    ['etsy', '[data-convo-composer] textarea'],
    ['yahoo', '[data-test-id="rte"]'],
    ['gmx', 'body', '.tox-edit-area iframe'],
  ] as const) {
    it(`the open panel keeps off the ${id} box (${site(id).editor}) where there is room`, async () => {
      const page = await openWithDraft(id, DRAFTS.en);
      await page.setViewportSize({ width: 1100, height: 760 });
      await openPanel(page);
      await page.waitForTimeout(100);
      const box = await boxRect(page, sel, frame);
      expect(overlap((await panel(page).boundingBox())!, box), `${id}: panel over the box`).toBe(false);
      expect(await underBoxCentre(page)).toBe('box');
      // A click in the middle of the box lands in the box and keeps typing there.
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      expect(await underBoxCentre(page)).toBe('box');
      await page.close();
    });
  }

  it('with no room beside a box that fills the screen, the panel stays off the caret’s line', async () => {
    const page = await openWithDraft('yahoo', DRAFTS.en);
    await page.evaluate(() => {
      const rte = document.querySelector<HTMLElement>('[data-test-id="rte"]')!;
      Object.assign(rte.style, { position: 'fixed', inset: '0', height: '100vh', width: '100vw', zIndex: '5' });
    });
    // The caret on a line in the lower half, then in the upper half: the panel goes to the other side of it.
    for (const at of ['end', 'start'] as const) {
      await page.keyboard.press(at === 'end' ? 'Control+End' : 'Control+Home');
      await openPanel(page);
      const caret = await page.evaluate(() => {
        const r =
          getSelection()!.getRangeAt(0).getClientRects()[0] ?? getSelection()!.getRangeAt(0).getBoundingClientRect();
        return { x: 0, y: r.top, width: innerWidth, height: Math.max(1, r.height) };
      });
      await until(
        async () => !overlap((await panel(page).boundingBox())!, caret),
        `${at}: the panel off the caret line`,
        3000,
      );
      const p = (await panel(page).boundingBox())!;
      expect(p.height, `${at}: the panel still shows its content`).toBeGreaterThan(100);
    }
    await page.close();
  });

  it('follows the box when it scrolls and resizes, and hides while it is scrolled out of view', async () => {
    const page = await openWithDraft('etsy', DRAFTS.en);
    await page.setViewportSize({ width: 1000, height: 600 });
    const corner = async () => {
      const box = await rect(page, '[data-convo-composer] textarea');
      const bd = (await badge(page).boundingBox())!;
      return { dx: box.x + box.width - (bd.x + bd.width), dy: box.y + box.height - (bd.y + bd.height) };
    };
    const inCorner = async () => {
      const c = await corner();
      return c.dx >= 0 && c.dx < 40 && c.dy >= 0 && c.dy < 40;
    };
    await until(inCorner, 'badge in the bottom-right corner');
    await page.evaluate(
      () => ((document.querySelector('[data-convo-composer] textarea') as HTMLElement).style.height = '220px'),
    );
    await until(inCorner, 'badge follows a resize');
    await page.evaluate(() => window.scrollBy(0, 120));
    await until(inCorner, 'badge follows a scroll');
    await page.evaluate(() => {
      document.body.style.paddingBottom = '2000px';
      window.scrollTo(0, 0);
      (document.querySelector('[data-convo-composer]') as HTMLElement).style.marginTop = '1500px';
    });
    await until(async () => !(await badge(page).isVisible()), 'badge hidden while the box is out of view');
    await page.locator('[data-convo-composer] textarea').scrollIntoViewIfNeeded();
    await until(async () => (await badge(page).isVisible()) && (await inCorner()), 'badge back with the box');
    await page.close();
  });

  it('shifts nothing on the page', async () => {
    const s = site('kleinanzeigen');
    const page = await b.open(s.host, s.path);
    await waitForFixture(page);
    const layout = () =>
      page.evaluate(() => {
        const sels = [
          'header.site',
          '#thread',
          '[data-testid="reply-box"]',
          '[data-testid="reply-box"] textarea',
          '[data-testid="reply-box"] button',
          'nav.list',
        ];
        return {
          rects: sels.map((q) => JSON.stringify(document.querySelector(q)!.getBoundingClientRect())),
          scroll: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
          bodyChildren: document.body.children.length,
        };
      });
    const before = await layout();
    await s.focus(page);
    await typeDraft(page, DRAFTS.de);
    await until(() => badge(page).isVisible(), 'badge');
    await openPanel(page);
    expect(await layout()).toEqual(before);
    await page.close();
  });
});

describe('timing', () => {
  it('updates hints within 300 ms after typing pauses, and never blocks typing', async () => {
    const page = await openWithDraft('etsy', 'Hello');
    // Warm (the first focus loaded the lazy part); now a new message, typed key by key.
    await page.evaluate(() => {
      const w = window as unknown as { __t: { input: number; longest: number; badge: string[] } };
      w.__t = { input: 0, longest: 0, badge: [] };
      document.addEventListener('input', () => (w.__t.input = performance.now()), true);
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__t.longest = Math.max(w.__t.longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const samples: number[] = [];
    for (const text of ['your order ships tomorrow', 'the package is late', 'I will start on your order today']) {
      await page.locator('[data-convo-composer] textarea').fill('');
      await page.waitForTimeout(350);
      const n = analyze(text, pageOptions(site('etsy'))).hints.length;
      await page.keyboard.type(text, { delay: 25 });
      const elapsed = await page.evaluate(
        (want) =>
          new Promise<number>((resolve) => {
            const w = window as unknown as { __t: { input: number } };
            const check = () => {
              const host = document.querySelector('reply-coach-overlay');
              const bd = host?.shadowRoot?.querySelector('[data-part="badge"]');
              if (bd && !bd.hasAttribute('hidden') && bd.textContent?.trim() === String(want))
                resolve(performance.now() - w.__t.input);
              else requestAnimationFrame(check);
            };
            check();
          }),
        n,
      );
      samples.push(elapsed);
    }
    samples.sort((x, y) => x - y);
    console.info(`hints after the last keystroke: ${samples.map((s) => s.toFixed(0)).join(', ')} ms`);
    expect(samples[1]!).toBeLessThan(Number(process.env.RC_HINT_BUDGET_MS ?? 300));
    const longest = await page.evaluate(() => (window as unknown as { __t: { longest: number } }).__t.longest);
    console.info(`longest main-thread task while typing: ${longest.toFixed(0)} ms`);
    expect(longest).toBeLessThan(100);
    await page.close();
  });
});

describe('while the seller types', () => {
  it('runs nothing of ours per keystroke: the edit listeners are off during a burst and back after the pause', async () => {
    const page = await openWithDraft('etsy', 'Hello');
    const cdp = await b.context.newCDPSession(page);
    const worlds = await trackContexts(cdp);
    const coachWorld = () => [...worlds].find(([, c]) => c.name === 'Reply Coach')?.[0];
    await until(() => coachWorld() !== undefined, "the content script's world");
    const worldId = coachWorld()!;
    // The console's getEventListeners(), run in the content script's own world, lists that world's listeners.
    const listeners = async () => {
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId: worldId,
        includeCommandLineAPI: true,
        returnByValue: true,
        expression:
          'Object.keys(getEventListeners(document.querySelector("[data-convo-composer] textarea"))).sort().join(",")',
      });
      return String(result.value);
    };
    expect(await listeners()).toBe('compositionend,compositionstart,cut,drop,focus,input,paste');
    // During a burst: focus, and the two events an input method fires once per composition (not per key).
    const QUIET = 'compositionend,compositionstart,focus';
    let done = false;
    const typing = page.keyboard
      .type(' Anna, thanks for your order: it ships tomorrow.', { delay: 30 })
      .finally(() => (done = true));
    // Sampled through the burst: a busy machine may stall a key past the pause and put them back for a moment.
    const seen: string[] = [];
    await page.waitForTimeout(200);
    while (!done) {
      seen.push(await listeners());
      await page.waitForTimeout(20);
    }
    await typing;
    console.info(
      `listeners during the burst: only focus and the composition's ends in ${seen.filter((l) => l === QUIET).length} of ${seen.length} samples`,
    );
    expect(seen.filter((l) => l === QUIET).length).toBeGreaterThan(seen.length / 2);
    await until(
      async () => (await listeners()) === 'compositionend,compositionstart,cut,drop,focus,input,paste',
      'the listeners back after the pause',
    );
    await cdp.detach();
    await page.close();
  });
});

describe('first use on a page', () => {
  it('warms the engine up in small slices, never while typing: no long task from the first focus until the first hints', async () => {
    // Best of three fresh pages (each a first use): a stall of the shared machine lands in one attempt at random, a
    // long task of ours in every one.
    const worst: number[] = [];
    for (let attempt = 0; attempt < 3 && !(worst.length && Math.min(...worst) < 100); attempt++) {
      const page = await b.open('www.etsy.com', '/cases/blank.html');
      page.on('pageerror', (e) => pageErrors.push(`blank: ${e.message}`));
      await page.evaluate(() => {
        const w = window as unknown as { __lt: { start: number; end: number }[] };
        w.__lt = [];
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) w.__lt.push({ start: e.startTime, end: e.startTime + e.duration });
        }).observe({ type: 'longtask' });
      });
      const from = await page.evaluate(() => performance.now());
      await page.click('textarea');
      await page.keyboard.type('your order ships tomorrow, I will start on it today', { delay: 35 });
      const to = await page.evaluate(() => performance.now());
      // The harness's 10 s: on a loaded machine the first check may come late; what this measures is long tasks.
      await until(() => badge(page).isVisible(), 'hints after the pause');
      const tasks = await page.evaluate(() => (window as unknown as { __lt: { start: number; end: number }[] }).__lt);
      const during = tasks.filter((t) => t.end > from && t.start < to).map((t) => Math.round(t.end - t.start));
      const after = tasks.filter((t) => t.start >= to).map((t) => Math.round(t.end - t.start));
      console.info(
        `attempt ${attempt + 1}: long tasks while typing right after the first focus: ${during.join(', ') || 'none'}; after: ${after.join(', ') || 'none'}`,
      );
      worst.push(Math.max(0, ...during, ...after));
      await page.close();
    }
    // The 50 ms target is met in `npm run bench:browser`; here a shared test machine gets some slack. Before the
    // warm-up was sliced, the first check was one task of 150–490 ms.
    expect(Math.min(...worst)).toBeLessThan(100);
  });
});

describe('English questions typed without "?"', () => {
  it("are tagged by compromise in the background, and the overlay ends up with exactly the Node engine's hints", async () => {
    // "Will ship it Monday" starts like a question but is a statement: the regexes cannot tell, so until the
    // background's answer comes the sentence has the benefit of the doubt; then the closing-question hint comes.
    const statement = 'Thanks for your order, the scarf is ready to go.\n\nWill ship it Monday with the gift box';
    const nodeRules = (t: string) =>
      analyze(t, pageOptions(site('etsy')))
        .hints.map((h) => h.rule)
        .sort();
    expect(nodeRules(statement)).toContain('closing-question');
    const page = await openWithDraft('etsy', statement);
    await openPanel(page);
    // The answer comes from the background when the tagger is done: on a busy machine after the panel opened.
    const shown = async () => JSON.stringify((await shownRules(page)).sort());
    await until(async () => (await shown()) === JSON.stringify(nodeRules(statement)), "the tagger's answer");
    expect((await shownRules(page)).sort()).toEqual(nodeRules(statement));
    await page.close();
    // "Whose address …" is a question, says compromise: no closing-question hint, also after the answer arrived
    // (without the background it would count as a statement).
    const question = 'Thanks for your order, the scarf is ready to go.\n\nWhose address should I put on the label';
    expect(nodeRules(question)).not.toContain('closing-question');
    const page2 = await openWithDraft('etsy', question);
    await page2.waitForTimeout(1000);
    await openPanel(page2);
    expect((await shownRules(page2)).sort()).toEqual(nodeRules(question));
    await page2.close();
  });
});

describe('settings', () => {
  it('follows the switch and the hint language from the options', async () => {
    const page = await openWithDraft('etsy', DRAFTS.en);
    try {
      await b.setSettings({ version: 2, uiLang: 'de' });
      await until(
        async () => /Vorschläge/.test((await badge(page).getAttribute('aria-label')) ?? ''),
        'German overlay',
      );
      await openPanel(page);
      expect(await panel(page).getAttribute('aria-label')).toBe('Vorschläge für diese Antwort');
      await b.setSettings({ version: 2, enabled: false });
      await until(async () => (await overlayHosts(page).count()) === 0, 'overlay gone when switched off');
      await page.locator('[data-convo-composer] textarea').click();
      await page.keyboard.type(' x');
      await page.waitForTimeout(400);
      expect(await overlayHosts(page).count()).toBe(0);
    } finally {
      await b.setSettings(null);
    }
    await page.locator('[data-convo-composer] textarea').click();
    await page.keyboard.type('y');
    await until(() => badge(page).isVisible(), 'back when switched on');
    await page.close();
  });
});

describe('popup', () => {
  it('answers rc:getStatus with the hints of the box focused last', async () => {
    const page = await openWithDraft('etsy', DRAFTS.en);
    await page.bringToFront();
    const n = analyze(DRAFTS.en, pageOptions(site('etsy'))).hints.length;
    const sw = b.context.serviceWorkers()[0]!;
    const status = (await sw.evaluate(async () => {
      type Tabs = {
        query(q: object): Promise<{ id?: number }[]>;
        sendMessage(id: number, m: object, o: object): Promise<unknown>;
      };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
      return tabs.sendMessage(tab!.id!, { type: 'rc:getStatus' }, { frameId: 0 });
    })) as { hints: number; lang: string | null; enabled: boolean; focusedAt: number };
    expect(status).toMatchObject({ hints: n, lang: 'en', enabled: true });
    expect(status.focusedAt).toBeGreaterThan(0);
    await page.close();
  });
});

describe('screenshots', () => {
  for (const [id, lang] of [
    ['etsy', 'en'],
    ['gmail', 'en'],
    ['kleinanzeigen', 'de'],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${id}, ${scheme}`, async () => {
        const s = site(id);
        // Kleinanzeigen with the hints in German (the options' hint language), the others in English.
        await b.setSettings(lang === 'de' ? { version: 2, uiLang: 'de' } : null);
        const page = await b.open(s.host, s.path);
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 1100, height: 760 });
        await waitForFixture(page);
        await s.open?.(page);
        await s.focus(page);
        await typeDraft(page, DRAFTS[lang]);
        await until(() => badge(page).isVisible(), 'badge');
        await page.waitForTimeout(350);
        await page.screenshot({ path: saveScreenshotPath(`${id}-badge-${scheme}`) });
        await openPanel(page);
        await page.waitForTimeout(150);
        await page.screenshot({ path: saveScreenshotPath(`${id}-panel-${scheme}`) });
        await page.close();
        await b.setSettings(null);
      });
    }
  }
});

it('threw nothing into the pages and sent nothing anywhere but the fixtures', () => {
  expect(pageErrors).toEqual([]);
  expect(b.foreignRequests()).toEqual([]);
});
