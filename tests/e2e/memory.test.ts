/**
 * Conversation memory in Chromium: the content script reads the thread the page shows (Etsy and eBay: times in
 * <time datetime>; Kleinanzeigen, Facebook, OLX, Tori, Njuškalo, Vinted: times as each shows them, "vor 4 Tagen",
 * "Yesterday at 18:20", "jučer u 18:20", "eilen klo 14.05", "28.11.2026. 14:05", "vor 2 Stunden") and a webmail
 * reply's quoted history; a promise made days ago and missed gets the apology hint naming it, a customer question
 * left open gets unanswered-question — on a classifieds chat only once the user switches it on there; each fix goes
 * in through the editor and one Ctrl+Z takes it back.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shownMoment } from '../../src/engine/extract/dates';
import { SITES } from '../../src/content/sites';
import type { ThreadPicks } from '../../src/content/sites/types';
import { modelText, openPanel, panel, shownRules, until, type StoredSettings } from './harness';
import { SITE_CASES, openSite, siteBrowser, typeDraft } from './sites';

const browser = siteBrowser('memory-notes.json');

/** Rich editors (Facebook's Lexical) keep a multi-line fix as paragraphs: runs of line breaks compare as one, as in sites.ts. */
const loose = (t: string) =>
  t
    .replace(/\u00a0/g, ' ')
    .replace(/\n+/g, '\n')
    .replace(/\n$/, '');

/** Click a rule's first fix and wait for it in the editor's own model; returns the fix and the text before it. */
async function applyFix(page: Page, rule: string): Promise<{ fix: string; before: string }> {
  const before = await modelText(page);
  const button = panel(page).locator(`[data-rule="${rule}"] button[data-fix]`).first();
  await until(async () => {
    await openPanel(page);
    return button.isVisible();
  }, `${rule}: its fix`);
  const fix = (await button.getAttribute('data-fix-text'))!;
  await button.click();
  await until(
    async () => loose(await modelText(page)).includes(loose(fix.trim())),
    `${rule}: the fix in the editor's model`,
  ).catch(async (e) => {
    const notice = await panel(page)
      .locator('[data-part="notice"]')
      .textContent()
      .catch(() => '(none)');
    throw new Error(
      `${(e as Error).message}\nfix: ${JSON.stringify(fix)}\nmodel: ${JSON.stringify(await modelText(page))}\nnotice: ${notice}`,
    );
  });
  return { fix, before };
}

/** Ctrl+Z once per applied fix, newest first: each takes back exactly its fix. */
async function undoEach(page: Page, applied: { rule: string; before: string }[]): Promise<void> {
  for (const a of [...applied].reverse()) {
    // A person's pace between the keys (Lexical's fixture once let a Ctrl+Z pressed in the same instant go by).
    await page.waitForTimeout(250);
    await page.keyboard.press('Control+z');
    await until(
      async () => loose(await modelText(page)) === loose(a.before),
      `${a.rule}: one Ctrl+Z takes the fix back`,
    ).catch(async (e) => {
      const focus = await page.evaluate(
        () => `${document.activeElement?.tagName}.${document.activeElement?.className}`,
      );
      throw new Error(
        `${(e as Error).message}\nwanted: ${JSON.stringify(a.before)}\nmodel: ${JSON.stringify(await modelText(page))}\nfocus: ${focus}`,
      );
    });
  }
}

/** The page's conversation as the site file's thread picks find it: each message's side and shown time. */
async function pickedThread(
  page: Page,
  picks: ThreadPicks,
): Promise<{ sides: string; shown: string[]; now: { ms: number; offset: number } }> {
  return page.evaluate((p) => {
    const nodes = Array.from(document.querySelectorAll(p.message));
    const time = (n: Element) => {
      const el = p.time ? n.querySelector(p.time.sel) : null;
      return el ? (p.time!.attr ? (el.getAttribute(p.time!.attr) ?? '') : (el.textContent ?? '').trim()) : '';
    };
    return {
      sides: nodes.map((n) => (n.matches(p.seller) ? 's' : 'c')).join(''),
      shown: nodes.map(time),
      now: { ms: Date.now(), offset: -new Date().getTimezoneOffset() },
    };
  }, picks);
}

interface MemoryCase {
  name: string;
  site: string;
  path: string;
  draft: string;
  /** What the apology hint quotes of the promise. */
  promise: RegExp;
  /** The apology the fix inserts (in the draft's language). */
  sorry: RegExp;
  /** The quote of unanswered-question, or null where it must not show. */
  question: RegExp | null;
  /** The answer stub unanswered-question's fix inserts. */
  stub?: RegExp;
  /** Stored settings for this case (default: none, what a new user gets). */
  settings?: StoredSettings;
  /** The sides of the page's messages as the site file's picks read them ("c" customer, "s" seller), oldest first. */
  sides?: string;
}

const SWITCH_ON: StoredSettings = { version: 2, unansweredOnClassifieds: true };

const CASES: MemoryCase[] = [
  {
    name: 'Etsy: a promise four days old (<time datetime>) and a question left open',
    site: 'etsy',
    path: '/messages/1004',
    draft: 'Hi Lena, the wallet is ready to order in dark brown. Would you like it?',
    promise: /send you a photo of it tomorrow/,
    sorry: /sorry/i,
    question: /gift wrapping/,
    stub: /About|You asked/,
  },
  {
    name: 'Kleinanzeigen: times as the chat shows them; unanswered-question stays off on a classifieds chat',
    site: 'kleinanzeigen',
    path: '/m-nachrichten.html/c3',
    draft: 'Hallo Jonas, der Sessel ist noch da. Willst du ihn am Samstag holen?',
    promise: /ich schick dir morgen Fotos/,
    sorry: /entschuldig|leid/i,
    question: null,
  },
  {
    // The draft gives news of the photo asked about, without a word of apology: the apology hint names the promise.
    name: 'Gmail: the promise sits in the quoted history of the reply',
    site: 'gmail',
    path: '/mail/u/0/?promise',
    draft: 'Hi Anna,\nthe photo of the engraving comes on Monday, with the wallet. Is that all right?',
    promise: /send you a photo of the engraving tomorrow/,
    sorry: /sorry/i,
    question: null,
  },
  {
    name: 'eBay: <time datetime> on each message; a photo promised five days ago; the price question stays off by default',
    site: 'ebay',
    path: '/cnt/ViewMessage',
    draft:
      'Hallo Sandra, das Objektiv ist noch da und geht nach dem Kauf am nächsten Werktag raus. Möchten Sie es kaufen?',
    promise: /Ich schicke Ihnen morgen ein Foto von der Linse/,
    sorry: /entschuldig/i,
    question: null,
    sides: 'cscsc',
  },
  {
    name: 'OLX.ba: "prije 4 dana", "jučer u 18:20", "prije 2 sata"; photos promised "sutra"',
    site: 'olx',
    path: '/mojolx/poruke/78',
    draft: 'Zdravo Dino, gume su još tu, šara je oko 7 mm. Da li su vam i dalje zanimljive?',
    promise: /Poslat ću vam slike sutra/,
    sorry: /Izvinite/,
    question: null,
    sides: 'cscscc',
  },
  {
    name: 'Tori.fi: a weekday and time ("la 11.02"), "eilen klo 14.05"; photos promised "huomenna"',
    site: 'tori',
    path: '/messages/552',
    draft: 'Hei Mikko, hylly on vielä myynnissä. Milloin haluaisit hakea sen?',
    promise: /Lähetän kuvat huomenna/,
    sorry: /Pahoittelen/,
    question: null,
    sides: 'cscsc',
  },
  {
    name: 'Tori.fi with unanswered-question switched on for classifieds: the open question shows',
    site: 'tori',
    path: '/messages/552',
    draft: 'Hei Mikko, hylly on vielä myynnissä. Milloin haluaisit hakea sen?',
    promise: /Lähetän kuvat huomenna/,
    sorry: /Pahoittelen/,
    question: /Tuleeko kuvia/,
    stub: /Kysyit/,
    settings: SWITCH_ON,
    sides: 'cscsc',
  },
  {
    name: 'Njuškalo: dates as "28.11.2026. 15:30" and "jučer"; photos promised "sutra ujutro"',
    site: 'njuskalo',
    path: '/poruke/10',
    draft: 'Poštovani, kolica su još dostupna. Kada biste ih htjeli pogledati?',
    promise: /Poslat ću vam slike sutra ujutro/,
    sorry: /Izvinite/,
    question: null,
    sides: 'cscsc',
  },
  {
    name: 'Njuškalo with unanswered-question switched on: the price question shows',
    site: 'njuskalo',
    path: '/poruke/10',
    draft: 'Poštovani, kolica su još dostupna. Kada biste ih htjeli pogledati?',
    promise: /Poslat ću vam slike sutra ujutro/,
    sorry: /Izvinite/,
    question: /Je li cijena fiksna/,
    stub: /Što se tiče/,
    settings: SWITCH_ON,
    sides: 'cscsc',
  },
  {
    name: 'Vinted: "vor 5 Tagen", "vor 2 Stunden"; a photo promised "tomorrow"',
    site: 'vinted',
    path: '/inbox/3142',
    draft: 'Hi Tom, the jeans are still available. When would you like them sent?',
    promise: /send you a photo of the back pocket tomorrow/,
    sorry: /sorry/i,
    question: null,
    sides: 'cscc',
  },
  {
    name: 'Facebook: times as Messenger shows them ("Sat 11:52", "Yesterday at 18:20"); unanswered-question off by default',
    site: 'facebook',
    path: '/marketplace/t/5678/',
    draft: 'Hi Sarah, the table is still here. When would you like to pick it up?',
    promise: /send you the measurements tomorrow/,
    sorry: /sorry/i,
    question: null,
    sides: 'cscsc',
  },
  {
    name: 'Facebook with unanswered-question switched on: both open questions show',
    site: 'facebook',
    path: '/marketplace/t/5678/',
    draft: 'Hi Sarah, the table is still here. When would you like to pick it up?',
    promise: /send you the measurements tomorrow/,
    sorry: /sorry/i,
    question: /deliver it to Altona/,
    stub: /About shipping/,
    settings: SWITCH_ON,
    sides: 'cscsc',
  },
];

for (const c of CASES) {
  it(c.name, async () => {
    const site = { ...SITE_CASES.find((s) => s.id === c.site)!, path: c.path };
    if (c.settings) await browser().setSettings(c.settings);
    const sp = await openSite(browser(), site);
    try {
      if (c.sides) {
        // The site file's picks find every message with its side, and a time the engine reads, in the last week, oldest first.
        const t = await pickedThread(sp.page, SITES.find((s) => s.id === c.site)!.thread!);
        expect(t.sides).toBe(c.sides);
        const at = t.shown.map((x) => shownMoment(x, t.now)?.ms ?? null);
        expect(
          at.every((ms) => ms !== null && ms <= t.now.ms && ms > t.now.ms - 8 * 864e5),
          `${c.site}: ${t.shown.join(' | ')}`,
        ).toBe(true);
        expect([...at].sort((a, b) => a! - b!)).toEqual(at);
      }
      await site.focus(sp.page);
      await typeDraft(sp.page, c.draft);
      const wanted = c.question ? ['apology', 'unanswered-question'] : ['apology'];
      await until(
        async () => {
          await openPanel(sp.page);
          const shown = await shownRules(sp.page);
          return wanted.every((r) => shown.includes(r));
        },
        `${wanted.join(' and ')} shown`,
      );
      expect(await panel(sp.page).locator('[data-rule="apology"]').textContent()).toMatch(c.promise);
      // Both fixes go in, one after the other; then one Ctrl+Z each takes them back, newest first. (A fix clicked right
      // after a Ctrl+Z in Lexical is sometimes refused and copied instead: reported, not this test's subject.)
      const applied: { rule: string; before: string }[] = [];
      const sorry = await applyFix(sp.page, 'apology');
      expect(sorry.fix).toMatch(c.sorry);
      applied.push({ rule: 'apology', before: sorry.before });
      if (c.question) {
        expect(
          await panel(sp.page).locator('[data-rule="unanswered-question"] [data-part="quote"]').textContent(),
        ).toMatch(c.question);
        const stub = await applyFix(sp.page, 'unanswered-question');
        expect(stub.fix).toMatch(c.stub!);
        applied.push({ rule: 'unanswered-question', before: stub.before });
      } else {
        expect(await shownRules(sp.page)).not.toContain('unanswered-question');
      }
      await undoEach(sp.page, applied);
      expect(sp.errors).toEqual([]);
    } finally {
      await sp.page.close();
      if (c.settings) await browser().setSettings(null);
    }
  });
}
