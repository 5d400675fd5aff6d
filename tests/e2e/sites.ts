/**
 * The site fixtures and the per-site flow shared by sites-*.test.ts: type a draft in each language, compare the
 * overlay's hints with what the engine says for the same text and page context, apply every fix through
 * button[data-fix], check the editor's own model text after each, and that Ctrl+Z undoes exactly the fix.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { analyze } from '../../src/engine';
import { LANGS, RULE_IDS, type AnalyzeOptions, type Hint, type Lang } from '../../src/engine/types';
import { SITES } from '../../src/content/sites';
import {
  badge,
  launch,
  modelText,
  openPanel,
  panel,
  shownRules,
  until,
  writeReport,
  type CoachBrowser,
} from './harness';

export interface SiteCase {
  /** Site file id (src/content/sites/<id>.ts). */
  id: string;
  host: string;
  path: string;
  /** What the page shows: the customer's name and last message (the content script must read exactly these). */
  customerName: string;
  customerMessage: string;
  /** Editor library in the fixture. */
  editor: string;
  /** Which window.__fixture editor holds the text (default 'main'). */
  fixtureId?: string;
  /** Get the box ready (open a reply…). */
  open?(page: Page): Promise<void>;
  /** Start a new message when select-all + delete would not do (Gmail: that would take the quote too). */
  reset?(page: Page): Promise<void>;
  /** Put focus and caret into the box. */
  focus(page: Page): Promise<void>;
}

const clickIn = (selector: string) => async (page: Page) => {
  await page.locator(selector).first().click();
};
const clickInFrame = (frame: string, selector: string) => async (page: Page) => {
  // Where a person clicks: the middle of the editor (the open panel keeps off it).
  await page.frameLocator(frame).locator(selector).first().click();
};

/**
 * What is under the middle of the focused box (its part in view): "box" when it is the box or something inside it,
 * else a description of what covers it (the open panel shows as the overlay's element). An editor that owns its
 * iframe document is looked at through its iframe.
 */
export async function underBoxCentre(page: Page): Promise<string> {
  return page.evaluate(() => {
    const frames: HTMLIFrameElement[] = [];
    let doc: Document = document;
    let el: Element | null = document.activeElement;
    for (let i = 0; el && i < 12; i++) {
      const inner = el.shadowRoot?.activeElement;
      if (inner) {
        el = inner;
        continue;
      }
      if (el.tagName === 'IFRAME' && (el as HTMLIFrameElement).contentDocument) {
        frames.push(el as HTMLIFrameElement);
        doc = (el as HTMLIFrameElement).contentDocument!;
        el = doc.activeElement;
        continue;
      }
      break;
    }
    if (!el) return 'nothing focused';
    // The editor that owns a whole iframe document is shown by its iframe.
    const anchor: Element = el === doc.body && frames.length ? frames.pop()! : el;
    let dx = 0;
    let dy = 0;
    for (const f of frames) {
      const r = f.getBoundingClientRect();
      dx += r.left + f.clientLeft;
      dy += r.top + f.clientTop;
    }
    const r = anchor.getBoundingClientRect();
    const left = Math.max(r.left + dx, 0);
    const top = Math.max(r.top + dy, 0);
    const right = Math.min(r.right + dx, innerWidth);
    const bottom = Math.min(r.bottom + dy, innerHeight);
    if (right <= left || bottom <= top) return 'the box is out of view';
    let x = (left + right) / 2;
    let y = (top + bottom) / 2;
    let root: Document | ShadowRoot = document;
    let hit: Element | null = null;
    for (let i = 0; i < 24; i++) {
      const h: Element | null = root.elementFromPoint(x, y);
      if (!h || h === hit) break;
      hit = h;
      if (h === anchor) return 'box';
      if (h.shadowRoot && h.shadowRoot !== root && h.tagName !== 'REPLY-COACH-OVERLAY') {
        root = h.shadowRoot;
        continue;
      }
      if (h.tagName === 'IFRAME' && frames.includes(h as HTMLIFrameElement)) {
        const fr = h.getBoundingClientRect();
        x -= fr.left + (h as HTMLIFrameElement).clientLeft;
        y -= fr.top + (h as HTMLIFrameElement).clientTop;
        root = (h as HTMLIFrameElement).contentDocument!;
        continue;
      }
      break;
    }
    if (hit && anchor.contains(hit)) return 'box';
    const name = (e: Element | null) =>
      e
        ? `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className)}` : ''}`
        : 'nothing';
    return `${name(hit)} (box: ${name(anchor)})`;
  });
}

export const SITE_CASES: SiteCase[] = [
  {
    id: 'etsy',
    host: 'www.etsy.com',
    path: '/messages/1001',
    customerName: 'Anna Becker',
    customerMessage: 'Hi! Could you engrave the initials A.B. on the wallet? And when would it ship?',
    editor: 'textarea',
    focus: clickIn('[data-convo-composer] textarea'),
  },
  {
    id: 'gmail',
    host: 'mail.google.com',
    path: '/mail/u/0/',
    customerName: 'Anna Becker',
    customerMessage: 'Hi! Could you engrave the initials A.B. on the wallet? And when would it ship?\n\nThanks,\nAnna',
    editor: 'contenteditable (g_editable) with .gmail_quote',
    open: async (page) => {
      await page.click('#reply-btn');
    },
    reset: async (page) => {
      // Discard the reply (the box and its overlay go) and start a new one.
      await page.evaluate(() => document.querySelector('.M9')?.remove());
      await until(async () => (await page.locator('reply-coach-overlay').count()) === 0, 'the old overlay to go');
      await page.click('#reply-btn');
    },
    focus: async (page) => {
      // Gmail puts the caret on the empty first line above the quote; clicking there does the same.
      await page.locator('[g_editable] > div').first().click();
    },
  },
  {
    id: 'outlook',
    host: 'outlook.live.com',
    path: '/mail/0/',
    customerName: 'Jonas Krüger',
    customerMessage: 'Hallo, meine Bestellung ist noch nicht angekommen. Können Sie nachsehen?\n\nGrüße, Jonas',
    editor: 'roosterjs',
    focus: clickIn('#editorParent_1 [contenteditable]'),
  },
  {
    id: 'yahoo',
    host: 'mail.yahoo.com',
    path: '/d/compose/1',
    customerName: 'Amra Softić',
    customerMessage: 'Pozdrav, da li je lampa još dostupna? Kada biste je mogli poslati?\n\nAmra',
    editor: 'contenteditable',
    focus: clickIn('[data-test-id="rte"]'),
  },
  {
    id: 'proton',
    host: 'mail.proton.me',
    path: '/u/0/inbox',
    customerName: 'Liisa Korhonen',
    customerMessage: 'Hei! Tilasin kaksi mukia viime viikolla. Milloin ne lähtevät?\n\nLiisa',
    editor: 'roosterjs in an iframe',
    focus: clickInFrame('[data-testid="rooster-iframe"]', '#rooster-editor'),
  },
  {
    id: 'gmx',
    host: 'navigator.gmx.net',
    path: '/mail/compose',
    customerName: 'Sabine Müller',
    customerMessage: 'Guten Tag, ist die Vase noch verfügbar? Ich würde sie gerne bestellen.\n\nSabine Müller',
    editor: 'TinyMCE (iframe)',
    focus: clickInFrame('.tox-edit-area iframe', 'body'),
  },
  {
    id: 'webde',
    host: 'navigator.web.de',
    path: '/mail/compose',
    customerName: 'Sabine Müller',
    customerMessage: 'Guten Tag, ist die Vase noch verfügbar? Ich würde sie gerne bestellen.\n\nSabine Müller',
    editor: 'TinyMCE (iframe)',
    focus: clickInFrame('.tox-edit-area iframe', 'body'),
  },
  {
    id: 'kleinanzeigen',
    host: 'www.kleinanzeigen.de',
    path: '/m-nachrichten.html/c1',
    customerName: 'Sabine M.',
    customerMessage: 'Hallo, ist das Fahrrad noch zu haben? Ich könnte es am Samstag abholen.',
    editor: 'textarea',
    focus: clickIn('[data-testid="reply-box"] textarea'),
  },
  {
    id: 'ebay',
    host: 'www.ebay.de',
    path: '/cnt/ReplyToMessages',
    customerName: 'klaus_sammelt',
    customerMessage: 'Guten Tag, funktioniert der Belichtungsmesser noch? Und versenden Sie auch nach Österreich?',
    editor: 'textarea',
    focus: clickIn('#msg_cnt_cnt'),
  },
  {
    id: 'facebook',
    host: 'www.facebook.com',
    path: '/marketplace/t/1234/',
    customerName: 'Jonas Krüger',
    customerMessage: 'Hi, is the side table still available? Can you deliver it to Hamburg?',
    editor: 'Lexical',
    focus: clickIn('[data-lexical-editor="true"]'),
  },
  {
    id: 'olx',
    host: 'olx.ba',
    path: '/mojolx/poruke/77',
    customerName: 'Amra S.',
    customerMessage: 'Pozdrav, je li bicikl još dostupan? Mogu li ga pogledati sutra?',
    editor: 'textarea',
    focus: clickIn('.chat-input textarea'),
  },
  {
    id: 'tori',
    host: 'www.tori.fi',
    path: '/messages/551',
    customerName: 'Liisa Korhonen',
    customerMessage: 'Hei! Onko pöytä vielä myynnissä? Voisinko hakea sen lauantaina?',
    editor: 'textarea',
    focus: clickIn('[data-testid="message-composer"] textarea'),
  },
  {
    id: 'njuskalo',
    host: 'www.njuskalo.hr',
    path: '/poruke/9',
    customerName: 'Ivana P.',
    customerMessage: 'Poštovani, kada biste mogli poslati zdjelu? Trebala bi mi do petka.',
    editor: 'textarea',
    focus: clickIn('.MessageThread-form textarea'),
  },
  {
    id: 'vinted',
    host: 'www.vinted.de',
    path: '/inbox/3141',
    customerName: 'lena_k',
    customerMessage: 'Hi, is the denim jacket still available in size M? Could you send it this week?',
    editor: 'textarea',
    focus: clickIn('[data-testid="message-input"]'),
  },
];

/** An editor on an editors case page (tests/e2e/fixtures/www.vinted.de/cases/<page>.html, default editors.html). */
export function editorCase(name: string, focus: SiteCase['focus'] = async () => undefined, page = 'editors'): SiteCase {
  return {
    id: `cases/${name}`,
    host: 'www.vinted.de',
    path: `/cases/${page}.html`,
    customerName: '',
    customerMessage: '',
    editor: name,
    fixtureId: name,
    focus,
  };
}

/** One draft per language: no greeting, no question, a delay without an apology, work starting without a recap. */
export const DRAFTS: Record<Lang, string> = {
  en: 'your parcel is delayed by a week.\n\nI will start on your order tomorrow.\n\nBest,\nMia',
  de: 'Ihre Bestellung verzögert sich um eine Woche. Ich beginne morgen mit der Anfertigung Ihrer Bestellung.\n\nViele Grüße\nMia',
  fi: 'Tilauksesi myöhästyy viikolla. Aloitan tilauksesi huomenna.\n\nTerveisin\nMia',
  bs: 'Vaša narudžba kasni sedmicu dana. Počinjem sa izradom vaše narudžbe sutra.\n\nSrdačan pozdrav\nMia',
};

/** The engine options the content script derives from default settings plus the page (uiLang: the browser's, en). */
export function pageOptions(
  site: Pick<SiteCase, 'customerName' | 'customerMessage'> & { id?: string },
): AnalyzeOptions {
  // On a classifieds chat unanswered-question is off by default (settings.unansweredOnClassifieds).
  const classifieds = SITES.find((s) => s.id === site.id)?.kind === 'classifieds';
  const opts: AnalyzeOptions = {
    languages: [...LANGS],
    rules: RULE_IDS.filter((r) => !(classifieds && r === 'unanswered-question')),
    formal: { en: false, de: false, fi: false, bs: false },
    custom: {},
    uiLang: 'en',
  };
  if (site.customerName) opts.customerName = site.customerName;
  if (site.customerMessage) opts.customerMessage = site.customerMessage;
  return opts;
}

/** Type like a person: the first characters key by key, then line by line; Shift+Enter (or `newline`) between lines. */
export async function typeDraft(page: Page, text: string, newline = 'Shift+Enter'): Promise<void> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === 0) {
      await page.keyboard.type(line.slice(0, 4), { delay: 15 });
      if (line.length > 4) await page.keyboard.insertText(line.slice(4));
    } else if (line) await page.keyboard.insertText(line);
    if (i < lines.length - 1) await page.keyboard.press(newline);
  }
}

export async function waitForFixture(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __fixture?: unknown; __ready?: boolean; __readyError?: string };
      if (w.__readyError) throw new Error(w.__readyError);
      return !!w.__fixture && w.__ready !== false;
    },
    undefined,
    { timeout: 15_000 },
  );
}

async function notice(page: Page): Promise<string> {
  const n = panel(page).locator('[data-part="notice"]');
  return (await n.count()) ? ((await n.textContent()) ?? '') : '(none)';
}

async function noticeSeq(page: Page): Promise<number> {
  const n = panel(page).locator('[data-part="notice"]');
  return (await n.count()) ? Number(await n.getAttribute('data-seq')) : 0;
}

/** Click a fix and wait until the overlay reports the outcome (as a person would before pressing Ctrl+Z). */
async function clickFix(page: Page, button: Locator): Promise<void> {
  const seq = await noticeSeq(page);
  await button.click();
  await until(async () => (await noticeSeq(page)) > seq, 'the outcome of the fix', 8000);
  const kind = await panel(page).locator('[data-part="notice"]').getAttribute('data-kind');
  if (kind !== 'info') throw new Error(`the fix was not applied: ${await notice(page)}`);
}

async function badgeCount(page: Page): Promise<string> {
  const b = badge(page);
  if (!(await b.isVisible())) return 'hidden';
  return ((await b.textContent()) ?? '').trim();
}

/** Fixes that landed with other blank lines than the fix text had (rich editors only; see runDraft). */
export const notes: { site: string; lang: string; wanted: string; actual: string }[] = [];

export interface FlowOptions {
  /** Check Ctrl+Z after every fix (then re-apply it with the button); otherwise after the first fix only. */
  undoEvery: boolean;
  /** Pause between one fix and the next, as a person would (editors that merge quick changes into one undo step). */
  paceMs?: number;
  /** The key between typed lines (default Shift+Enter; Squire drops a Shift+Enter break at the end of a block). */
  newline?: string;
  /**
   * Type a space and take it back once the coach is active, as a seller goes on typing: an editor that shows itself
   * only while typing (Squire) is then known before the first fix, however late the coach loaded.
   */
  reveal?: boolean;
}

export interface SitePage {
  page: Page;
  errors: string[];
  console: string[];
}

/** Open the site's fixture once; drafts are then typed one after another into the same box. */
export async function openSite(b: CoachBrowser, site: SiteCase): Promise<SitePage> {
  const page = await b.open(site.host, site.path);
  const sp: SitePage = { page, errors: [], console: [] };
  page.on('pageerror', (e) => sp.errors.push(e.message));
  page.on('console', (m) => sp.console.push(`${m.type()}: ${m.text()}`));
  await waitForFixture(page);
  await site.open?.(page);
  return sp;
}

/** Empty the box the way a person would (select all, delete); the overlay starts over for a new message. */
async function emptyBox(sp: SitePage, site: SiteCase): Promise<void> {
  const { page } = sp;
  // (A box that is not there yet, like Etsy's composer right after load, is empty.)
  if ((await modelText(page, site.fixtureId).catch(() => '')) === '') return;
  if (site.reset) {
    await site.reset(page);
    await until(async () => (await modelText(page, site.fixtureId)) === '', `${site.id}: a new, empty box`);
    return;
  }
  await site.focus(page);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await until(async () => (await modelText(page, site.fixtureId)).trim() === '', `${site.id}: the box to be empty`);
  await until(async () => !(await badge(page).isVisible()), `${site.id}: no badge on the empty box`);
}

/** Type the draft for `lang`, compare the hints with the engine's, then apply every fix (see the file comment). */
export async function runDraft(
  b: CoachBrowser,
  sp: SitePage,
  site: SiteCase,
  lang: Lang,
  flow: FlowOptions,
): Promise<{ rules: string[]; fixes: number }> {
  const { page } = sp;
  await emptyBox(sp, site);
  // A textarea's model is its value: exact. Rich editors model a line break and a paragraph differently ("\n"
  // vs "\n\n" in their plain-text export), and a multi-line fix may become paragraphs: there, runs of line
  // breaks compare as one, which still catches any lost, duplicated or misplaced text; so does a space the
  // editor keeps as a no-break space (U+00A0) at the edge of inserted text, or the final newline Quill's model
  // always ends with. Such differences go to the notes.
  const rich = site.editor !== 'textarea';
  const same = (actual: string, wanted: string): boolean => {
    if (actual === wanted) return true;
    const loose = (t: string) =>
      t
        .replace(/\u00a0/g, ' ')
        .replace(/\n+/g, '\n')
        .replace(/\n$/, '');
    if (!rich || loose(actual) !== loose(wanted)) return false;
    notes.push({ site: site.id, lang, wanted, actual });
    return true;
  };
  await site.focus(page);
  const draft = DRAFTS[lang];
  await typeDraft(page, draft, flow.newline);
  await until(
    async () => same(await modelText(page, site.fixtureId), draft),
    `${site.id}/${lang}: the editor to hold the typed draft`,
  ).catch(async (e) => {
    throw new Error(
      `${(e as Error).message}\nexpected: ${JSON.stringify(draft)}\nactual:   ${JSON.stringify(await modelText(page, site.fixtureId))}`,
    );
  });
  const typed = draft;
  const opts = pageOptions(site);
  const expected = analyze(typed, opts);
  expect(expected.lang, `${site.id}/${lang}: engine language`).toBe(lang);
  const expectedRules = expected.hints.map((h) => h.rule).sort();
  expect(expectedRules, `${site.id}/${lang}: the draft is meant to miss a greeting and a question`).toEqual(
    expect.arrayContaining(['greeting', 'closing-question']),
  );
  // Hints shortly after typing stops; the badge shows their number.
  await until(
    async () => (await badgeCount(page)) === String(expected.hints.length),
    `${site.id}/${lang}: badge with ${expected.hints.length}`,
    4000,
  ).catch(async (e) => {
    const state = {
      overlays: await page.locator('reply-coach-overlay').count(),
      badge: await badgeCount(page),
      pages: b.context.pages().map((p) => p.url()),
      console: sp.console,
    };
    throw new Error(`${(e as Error).message}\n${JSON.stringify(state)}`);
  });
  if (flow.reveal) {
    await page.keyboard.type(' ');
    await page.keyboard.press('Backspace');
    await until(async () => same(await modelText(page, site.fixtureId), draft), `${site.id}/${lang}: the draft again`);
    await until(async () => (await badgeCount(page)) === String(expected.hints.length), `${site.id}/${lang}: badge`);
  }
  await openPanel(page);
  expect((await shownRules(page)).sort(), `${site.id}/${lang}: rules in the panel`).toEqual(expectedRules);
  // The open panel leaves the box free: the seller still sees (and can click) what they type.
  expect(await underBoxCentre(page), `${site.id}/${lang}: what is under the box's centre with the panel open`).toBe(
    'box',
  );
  // The customer's name and message from the page reached the engine: the fixes offered are the engine's own.
  for (const h of expected.hints) {
    const offered = await panel(page)
      .locator(`[data-rule="${h.rule}"] button[data-fix]`)
      .first()
      .getAttribute('data-fix-text');
    expect(offered, `${site.id}/${lang}/${h.rule}: first fix offered`).toBe(h.fixes[0]?.text ?? null);
  }

  const waitText = async (wanted: string, what: string) =>
    until(async () => same(await modelText(page, site.fixtureId), wanted), what, 5000).catch(async (e) => {
      throw new Error(
        `${(e as Error).message}\nexpected: ${JSON.stringify(wanted)}\nactual:   ${JSON.stringify(await modelText(page, site.fixtureId))}\nnotice: ${await notice(page)}`,
      );
    });

  const applied = new Set<string>();
  let fixes = 0;
  for (let guard = 0; guard < 8; guard++) {
    const before = await modelText(page, site.fixtureId);
    const now = analyze(before, opts);
    const hint: Hint | undefined = now.hints.find((h) => h.fixes.length > 0 && !applied.has(h.rule));
    if (!hint) break;
    const fix = hint.fixes[0]!;
    const at = fix.offset;
    const after = before.slice(0, at) + fix.text + before.slice(at);
    const button = panel(page).locator(`[data-rule="${hint.rule}"] button[data-fix]`).first();
    await button.waitFor({ state: 'visible', timeout: 4000 });
    if (flow.paceMs && fixes > 0) await page.waitForTimeout(flow.paceMs);
    expect(await button.getAttribute('data-fix-text'), `${site.id}/${lang}/${hint.rule}: fix offered`).toBe(fix.text);
    await clickFix(page, button);
    await waitText(after, `${site.id}/${lang}/${hint.rule}: the fix in the editor's model`);
    // Focus went back to the editor, so the seller's next key (here Ctrl+Z) lands there.
    if (flow.undoEvery || fixes === 0) {
      await page.keyboard.press('Control+z');
      await waitText(before, `${site.id}/${lang}/${hint.rule}: Ctrl+Z undoes exactly the fix`);
      const again = panel(page).locator(`[data-rule="${hint.rule}"] button[data-fix]`).first();
      await again.waitFor({ state: 'visible', timeout: 4000 });
      await clickFix(page, again);
      await waitText(after, `${site.id}/${lang}/${hint.rule}: fix applied again`);
    }
    fixes++;
    applied.add(hint.rule);
    await until(
      async () => !(await shownRules(page)).includes(hint.rule),
      `${site.id}/${lang}/${hint.rule}: hint gone after the fix`,
      4000,
    );
  }
  const final = analyze(await modelText(page, site.fixtureId), opts);
  await until(
    async () => (await badgeCount(page)) === (final.hints.length ? String(final.hints.length) : ''),
    `${site.id}/${lang}: badge after all fixes`,
    4000,
  );
  expect(sp.errors, `${site.id}/${lang}: page errors`).toEqual([]);
  return { rules: expectedRules, fixes };
}

/** Whether the focused element (in whichever frame has it) is a box the site file names, not one the generic finder found. */
export async function siteFileNamesFocusedBox(page: Page, site: SiteCase): Promise<boolean> {
  const boxes = SITES.find((s) => s.id === site.id)?.boxes ?? [];
  for (const frame of page.frames()) {
    const hit = await frame
      .evaluate((sels) => {
        if (!document.hasFocus()) return false;
        let a: Element | null = document.activeElement;
        while (a && (a as HTMLElement).isContentEditable && a.parentElement?.isContentEditable) a = a.parentElement;
        return (
          !!a &&
          sels.some((q) => {
            try {
              return a!.matches(q);
            } catch {
              return false;
            }
          })
        );
      }, boxes)
      .catch(() => false);
    if (hit) return true;
  }
  return false;
}

/** Every language on one site: one page, Ctrl+Z after every fix in one language (rotating by site), after the first fix in the others. */
export async function runSite(b: CoachBrowser, site: SiteCase, index: number): Promise<void> {
  const sp = await openSite(b, site);
  try {
    await site.focus(sp.page);
    expect(
      await siteFileNamesFocusedBox(sp.page, site),
      `${site.id}: the site file's boxes selectors name the fixture's box`,
    ).toBe(true);
    for (const [i, lang] of LANGS.entries()) {
      await runDraft(b, sp, site, lang, { undoEvery: i === index % LANGS.length });
    }
  } finally {
    await sp.page.close();
  }
}

/** One browser for a site test file; afterwards, a report of the fixes that landed differing only in line breaks. */
export function siteBrowser(report: string): () => CoachBrowser {
  let b: CoachBrowser | undefined;
  beforeAll(async () => {
    b = await launch();
  });
  afterAll(async () => {
    await b?.close();
    // Fixes that landed with other blank lines (or a no-break space) than the fix text had: see runDraft.
    const seen = new Map<string, number>();
    for (const n of notes) seen.set(n.site, (seen.get(n.site) ?? 0) + 1);
    if (seen.size)
      console.info(
        `fixes that differ from the fix text only in line breaks / no-break spaces: ${[...seen].map(([k, v]) => `${k} ${v}`).join(', ')}`,
      );
    writeReport(report, notes);
  });
  return () => b!;
}
