/**
 * Every selector of every site file, counted on that site's fixture page (as refined-github checks its selectors
 * with an expected count on saved pages): a selector that stops finding its element, or starts finding more, fails
 * here before a site test has to guess why. The page is opened as its end-to-end case opens it (Gmail: with the
 * reply box open) and counted in the document, its same-origin iframes and open shadow roots, without the extension.
 *
 * A count of 0 is a selector for a variant the fixture does not reproduce (another UI language, a reply with quoted
 * history, an older layout); it still must not match anything else there. A new selector needs its count below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SITES } from '../../src/content/sites';
import type { SiteFile } from '../../src/content/sites/types';
import { CHROMIUM, ensureFixtureEditors, startFixtureServer, until, type FixtureServer } from './harness';
import { SITE_CASES, waitForFixture } from './sites';

/** Each selector of a site file, named by the field it is in (`boxes`, `customerName[1]`, `thread.message`…). */
export function siteSelectors(site: SiteFile): [string, string][] {
  const out: [string, string][] = [];
  const add = (field: string, sels: readonly string[] | undefined) => sels?.forEach((sel) => out.push([field, sel]));
  add('boxes', site.boxes);
  add('ignore', site.ignore);
  add('compose', site.compose ? [site.compose] : undefined);
  site.customerName?.forEach((p, i) => add(`customerName[${i}]`, [p.sel]));
  site.customerMessage?.forEach((p, i) => add(`customerMessage[${i}]`, [p.sel]));
  if (site.thread) {
    add('thread.message', [site.thread.message]);
    add('thread.seller', [site.thread.seller]);
    add('thread.text', site.thread.text ? [site.thread.text] : undefined);
    add('thread.time', site.thread.time ? [site.thread.time.sel] : undefined);
  }
  add('send', site.send);
  add('editorHints.quote', site.editorHints?.quote);
  add('editorHints.quoteStart', site.editorHints?.quoteStart);
  add('editorHints.roosterjs', site.editorHints?.roosterjs);
  return out;
}

const key = (field: string, sel: string) => `${field}: ${sel}`;

/** How many elements each selector must find on the site's fixture page, keyed `field: selector`. */
const EXPECTED: Record<string, Record<string, number>> = {
  etsy: {
    'boxes: [data-convo-composer] textarea': 1,
    'boxes: textarea[name="message"]': 1,
    'boxes: textarea[id^="convo-reply"]': 1,
    'boxes: textarea[aria-label*="message" i]': 0,
    'ignore: [data-listing-editor] textarea': 0,
    'ignore: textarea[name="note"]': 0,
    'ignore: textarea[name="personalization"]': 0,
    'compose: [data-convo-composer], form': 2,
    'customerName[0]: [data-convo-header] [data-buyer-name]': 1,
    'customerName[1]: [data-convo-header] h2': 1,
    'customerName[2]: .convo-header__name': 0,
    'customerMessage[0]: [data-convo-thread] [data-from="them"] [data-message-text]': 1,
    'customerMessage[1]: .convo-message--them .convo-message__text': 0,
    'thread.message: [data-convo-thread] [data-from]': 1,
    'thread.seller: [data-from="me"]': 0,
    'thread.text: [data-message-text]': 1,
    'thread.time: time': 0,
    'send: [data-convo-composer] button[type="submit"]': 1,
  },
  gmail: {
    'boxes: div[g_editable="true"][contenteditable="true"]': 1,
    'boxes: div.editable[role="textbox"][contenteditable="true"]': 1,
    'ignore: [role="search"] *': 1,
    'ignore: div[aria-label*="Signature" i]': 0,
    'compose: form, [role="dialog"], .M9, .ip': 2,
    'customerName[0]: [email][name]:not([name=""])': 2,
    'customerName[1]: span[email][data-hovercard-id]': 1,
    'customerName[2]: .gD[name]': 1,
    'customerMessage[0]: .a3s.aiL': 1,
    'customerMessage[1]: .ii.gt .a3s': 1,
    'send: [role="button"][data-tooltip^="Send"]': 1,
    'send: [role="button"][aria-label^="Send"]': 1,
    'send: .T-I.aoO': 1,
    'editorHints.quote: .gmail_quote': 2,
    'editorHints.quote: .gmail_quote_container': 0,
  },
  outlook: {
    'boxes: div[contenteditable="true"][role="textbox"][aria-label*="Message body" i]': 1,
    'boxes: div[contenteditable="true"][role="textbox"][aria-label*="Nachrichtentext" i]': 0,
    'boxes: div[contenteditable="true"][role="textbox"][aria-label*="viestin" i]': 0,
    'boxes: div[contenteditable="true"][role="textbox"][aria-label*="poruke" i]': 0,
    'boxes: #editorParent_1 [contenteditable="true"]': 1,
    'ignore: [role="search"] *': 1,
    'ignore: [aria-label*="Subject" i]': 0,
    'ignore: [aria-label*="Betreff" i]': 0,
    'compose: [data-app-section="Compose"], [role="main"] form, [role="dialog"]': 1,
    'customerName[0]: [data-app-section="Compose"] [aria-label^="To" i] [data-persona-name]': 1,
    'customerName[1]: [data-app-section="Compose"] .recipient-well [title]': 0,
    'customerName[2]: [data-testid="SenderPersona"]': 1,
    'customerMessage[0]: [aria-label="Message body"][role="document"]': 1,
    'customerMessage[1]: [data-message-body]': 0,
    'send: button[aria-label="Send"]': 1,
    'send: button[title^="Send"]': 1,
    'editorHints.quoteStart: #divRplyFwdMsg': 0,
    'editorHints.quoteStart: #appendonsend': 0,
    'editorHints.quoteStart: [id^="divRplyFwdMsg"]': 0,
    'editorHints.roosterjs: [id^="editorParent_"] > *': 1,
  },
  yahoo: {
    'boxes: [data-test-id="rte"][contenteditable="true"]': 1,
    'boxes: div[contenteditable="true"][aria-label*="Message body" i]': 1,
    'ignore: [data-test-id="compose-subject"]': 1,
    'ignore: [role="search"] *': 0,
    'compose: [data-test-id="compose"], form': 1,
    'customerName[0]: [data-test-id="compose"] [data-test-id="pill-text"]': 1,
    'customerName[1]: [data-test-id="message-from"] [data-test-id="name"]': 1,
    'customerMessage[0]: [data-test-id="message-view-body-content"]': 1,
    'send: button[data-test-id="compose-send-button"]': 1,
    'editorHints.quote: .yahoo_quoted': 0,
  },
  proton: {
    'boxes: #rooster-editor[contenteditable="true"]': 1,
    'boxes: [data-testid="rooster-editor"][contenteditable="true"]': 1,
    'ignore: [data-testid="composer:subject"]': 1,
    'ignore: [role="search"] *': 0,
    'compose: [data-testid="composer"], .composer': 1,
    'customerName[0]: [data-testid="composer:to"] [data-testid="composer-addresses-item-label"]': 1,
    'customerName[1]: [data-testid="recipient-label"]': 1,
    'customerMessage[0]: [data-testid="message-content:body"]': 1,
    'send: button[data-testid="composer:send-button"]': 1,
    'editorHints.quote: .protonmail_quote': 0,
    'editorHints.roosterjs: #rooster-editor': 1,
  },
  gmx: {
    'boxes: body#tinymce.mce-content-body': 1,
    'boxes: .mce-content-body[contenteditable="true"]': 1,
    'boxes: textarea[name="body"]': 0,
    'ignore: input[name="subject"]': 1,
    'ignore: [role="search"] *': 0,
    'compose: .mail-compose, form': 1,
    'customerName[0]: .mail-compose [data-recipient-name]': 1,
    'customerName[1]: .mail-header__sender-name': 1,
    'customerMessage[0]: .mail-body__content': 1,
    'send: button[data-action="send"]': 1,
  },
  webde: {
    'boxes: body#tinymce.mce-content-body': 1,
    'boxes: .mce-content-body[contenteditable="true"]': 1,
    'boxes: textarea[name="body"]': 0,
    'ignore: input[name="subject"]': 1,
    'ignore: [role="search"] *': 0,
    'compose: .mail-compose, form': 1,
    'customerName[0]: .mail-compose [data-recipient-name]': 1,
    'customerName[1]: .mail-header__sender-name': 1,
    'customerMessage[0]: .mail-body__content': 1,
    'send: button[data-action="send"]': 1,
  },
  kleinanzeigen: {
    'boxes: textarea[name="message"]': 1,
    'boxes: textarea#viewad-contact-message': 0,
    'boxes: [data-testid="reply-box"] textarea': 1,
    'boxes: textarea[placeholder*="Nachricht" i]': 1,
    'ignore: textarea[name="description"]': 0,
    'ignore: #site-search-query': 1,
    'ignore: input[name="keywords"]': 1,
    'compose: [data-testid="reply-box"], form': 1,
    'customerName[0]: [data-testid="conversation-header"] [data-testid="partner-name"]': 1,
    'customerName[1]: .ConversationHeader--partnerName': 0,
    'customerName[2]: .userprofile-vip a': 0,
    'customerMessage[0]: [data-testid="message-list"] [data-testid="message"][data-sender="partner"] [data-testid="message-text"]': 1,
    'customerMessage[1]: .MessageList--message.is-partner .MessageText': 0,
    'thread.message: [data-testid="message-list"] [data-testid="message"]': 1,
    'thread.seller: [data-sender="me"]': 0,
    'thread.text: [data-testid="message-text"]': 1,
    'thread.time: [data-testid="message-time"]': 0,
    'send: [data-testid="reply-box"] button[type="submit"]': 1,
    'send: button[aria-label="Senden"]': 1,
  },
  ebay: {
    'boxes: textarea#msg_cnt_cnt': 1,
    'boxes: textarea[name="msg_cnt_cnt"]': 1,
    'boxes: textarea[data-testid="message-input"]': 0,
    'boxes: .msg-composer textarea': 1,
    'ignore: #gh-ac': 1,
    'ignore: input[type="search"]': 0,
    'ignore: textarea[name="itemDescription"]': 0,
    'compose: .msg-composer, form': 1,
    'customerName[0]: [data-testid="conversation-header"] [data-testid="member-name"]': 0,
    'customerName[1]: .msg-thread__header .msg-username': 1,
    'customerMessage[0]: .msg-thread [data-sender="other"] .msg-text': 1,
    'thread.message: .msg-thread [data-sender]': 1,
    'thread.seller: [data-sender="me"]': 0,
    'thread.text: .msg-text': 1,
    'thread.time: time': 0,
    'send: .msg-composer button[type="submit"]': 1,
  },
  facebook: {
    'boxes: div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label]': 1,
    'boxes: div[contenteditable="true"][role="textbox"][aria-label="Message"]': 1,
    'boxes: div[contenteditable="true"][role="textbox"][aria-label="Nachricht"]': 0,
    'boxes: div[contenteditable="true"][role="textbox"][aria-label="Viesti"]': 0,
    'boxes: div[contenteditable="true"][role="textbox"][aria-label="Poruka"]': 0,
    'ignore: [role="search"] *': 0,
    'ignore: div[contenteditable="true"][aria-label*="comment" i]': 0,
    'ignore: div[contenteditable="true"][aria-label*="Kommentar" i]': 0,
    'ignore: div[contenteditable="true"][aria-label*="mind" i]': 0,
    'compose: [role="main"] [role="group"], [role="dialog"], form': 1,
    'customerName[0]: [data-testid="mwthreadlist-item-open"] [dir="auto"]': 0,
    'customerName[1]: [role="main"] [data-thread-partner-name]': 1,
    'customerName[2]: [role="main"] h2 [dir="auto"]': 1,
    'customerMessage[0]: [role="row"] [data-scope="messages_table"] [dir="auto"][data-sender="them"]': 0,
    'customerMessage[1]: [data-sender="them"] [dir="auto"]': 1,
    'thread.message: [data-scope="messages_table"] .bubble[data-sender], #thread .bubble[data-sender]': 1,
    'thread.seller: [data-sender="me"]': 0,
    'thread.text: [dir="auto"]': 2,
    'thread.time: abbr[aria-label], .time': 0,
    'send: [aria-label="Press Enter to send"]': 1,
    'send: [aria-label="Send"][role="button"]': 0,
    'send: [aria-label="Senden"][role="button"]': 0,
  },
  olx: {
    'boxes: .chat-input textarea': 1,
    'boxes: textarea[name="message"]': 1,
    'boxes: textarea[placeholder*="poruk" i]': 1,
    'ignore: input[name="q"]': 1,
    'ignore: textarea[name="description"]': 0,
    'compose: .chat-input, form': 1,
    'customerName[0]: .chat-header .chat-user-name': 1,
    'customerName[1]: [data-partner-name]': 0,
    'customerMessage[0]: .chat-messages .message.received .message-text': 1,
    'thread.message: .chat-messages .message': 1,
    'thread.seller: .sent': 0,
    'thread.text: .message-text': 1,
    'thread.time: .message-time': 0,
    'send: .chat-input button[type="submit"]': 1,
  },
  tori: {
    'boxes: [data-testid="message-composer"] textarea': 1,
    'boxes: textarea[name="message"]': 1,
    'boxes: textarea[placeholder*="viesti" i]': 1,
    'ignore: input[type="search"]': 1,
    'ignore: textarea[name="description"]': 0,
    'compose: [data-testid="message-composer"], form': 1,
    'customerName[0]: [data-testid="conversation-header"] [data-testid="partner-name"]': 1,
    'customerName[1]: .conversation-header h2': 0,
    'customerMessage[0]: [data-testid="message"][data-own="false"] [data-testid="message-body"]': 1,
    'thread.message: [data-testid="message"][data-own]': 1,
    'thread.seller: [data-own="true"]': 0,
    'thread.text: [data-testid="message-body"]': 1,
    'thread.time: [data-testid="message-time"]': 0,
    'send: [data-testid="message-composer"] button[type="submit"]': 1,
  },
  njuskalo: {
    'boxes: .MessageThread-form textarea': 1,
    'boxes: textarea[name="message[body]"]': 1,
    'boxes: textarea[name="message"]': 0,
    'boxes: textarea[placeholder*="poruk" i]': 1,
    'ignore: input[name="keywords"]': 1,
    'ignore: textarea[name="ad[description]"]': 0,
    'compose: .MessageThread-form, form': 1,
    'customerName[0]: .MessageThread-header .MessageThread-userName': 1,
    'customerName[1]: [data-partner-name]': 0,
    'customerMessage[0]: .MessageThread-message--received .MessageThread-messageBody': 1,
    'thread.message: .MessageThread-message': 1,
    'thread.seller: .MessageThread-message--sent': 0,
    'thread.text: .MessageThread-messageBody': 1,
    'thread.time: .MessageThread-messageTime': 0,
    'send: .MessageThread-form button[type="submit"]': 1,
  },
  vinted: {
    'boxes: [data-testid="conversation-message-input"] textarea': 1,
    'boxes: textarea[data-testid="message-input"]': 1,
    'boxes: textarea[name="message"]': 1,
    'ignore: input[type="search"]': 1,
    'ignore: #search_text': 1,
    'ignore: textarea[name="description"]': 0,
    'compose: [data-testid="conversation-message-input"], form': 1,
    'customerName[0]: [data-testid="conversation-header"] [data-testid="user-login"]': 1,
    'customerName[1]: .conversation-header__title': 0,
    'customerMessage[0]: [data-testid="conversation-message"][data-own="false"] [data-testid="message-body"]': 1,
    'thread.message: [data-testid="conversation-message"]': 1,
    'thread.seller: [data-own="true"]': 0,
    'thread.text: [data-testid="message-body"]': 1,
    'thread.time: [data-testid="message-time"]': 0,
    'send: [data-testid="conversation-message-input"] button[type="submit"]': 1,
  },
};

let browser: Browser;
let server: FixtureServer;

beforeAll(async () => {
  await ensureFixtureEditors();
  server = await startFixtureServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
      '--ignore-certificate-errors',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Count each selector in the page: document, same-origin iframes and open shadow roots; -1 for an invalid one. */
function countIn(page: Page, sels: string[]): Promise<number[]> {
  return page.evaluate((list) => {
    const roots = (doc: Document): ParentNode[] => {
      const out: ParentNode[] = [doc];
      const walk = (root: ParentNode) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          if (el.shadowRoot) {
            out.push(el.shadowRoot);
            walk(el.shadowRoot);
          }
          if (el.tagName === 'IFRAME') {
            try {
              const inner = (el as HTMLIFrameElement).contentDocument;
              if (inner) out.push(...roots(inner));
            } catch {
              /* cross-origin */
            }
          }
        }
      };
      walk(doc);
      return out;
    };
    const all = roots(document);
    return list.map((sel) => {
      try {
        return all.reduce((n, r) => n + r.querySelectorAll(sel).length, 0);
      } catch {
        return -1;
      }
    });
  }, sels);
}

describe('site file selectors on their fixture pages', () => {
  it('has an expected count for every site file, and only for those', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(SITES.map((s) => s.id).sort());
  });

  for (const site of SITES) {
    it(`${site.id}: each selector finds exactly its expected number of elements`, async () => {
      const c = SITE_CASES.find((x) => x.id === site.id && x.host === site.fixture);
      if (!c) throw new Error(`${site.id}: no case in tests/e2e/sites.ts`);
      const page = await browser.newPage();
      try {
        await page.goto(server.url(c.host, c.path), { waitUntil: 'load' });
        await waitForFixture(page);
        await c.open?.(page);
        const pairs = siteSelectors(site);
        const keys = pairs.map(([f, s]) => key(f, s));
        const expected = EXPECTED[site.id] ?? {};
        // The page may still be building (editors mount after load): wait for the counts to settle on the table.
        const counts = async () =>
          Object.fromEntries(
            (
              await countIn(
                page,
                pairs.map(([, s]) => s),
              )
            ).map((n, i) => [keys[i]!, n]),
          );
        let seen: Record<string, number> = {};
        await until(
          async () => {
            seen = await counts();
            return Object.keys({ ...seen, ...expected }).every((k) => seen[k] === expected[k]);
          },
          `${site.id} counts`,
          5_000,
        ).catch(() => undefined);
        if (process.env.RC_PRINT_COUNTS) console.log(`  ${site.id}: ${JSON.stringify(seen, null, 4)},`);
        expect(seen).toEqual(expected);
      } finally {
        await page.close();
      }
    });
  }
});
