import { defineSite } from './types';

/** Yahoo Mail: a contenteditable body (data-test-id="rte"). */
export default defineSite({
  id: 'yahoo',
  name: 'Yahoo Mail',
  kind: 'webmail',
  matches: ['https://mail.yahoo.com/*'],
  boxes: ['[data-test-id="rte"][contenteditable="true"]', 'div[contenteditable="true"][aria-label*="Message body" i]'],
  ignore: ['[data-test-id="compose-subject"]', '[role="search"] *'],
  compose: '[data-test-id="compose"], form',
  customerName: [
    { sel: '[data-test-id="compose"] [data-test-id="pill-text"]', re: '^([^<@\\s](?:[^<@]*[^<@\\s])?)\\s*(?:<|$)' },
    { sel: '[data-test-id="message-from"] [data-test-id="name"]', last: true },
  ],
  customerMessage: [{ sel: '[data-test-id="message-view-body-content"]', last: true }],
  send: ['button[data-test-id="compose-send-button"]'],
  editorHints: { quote: ['.yahoo_quoted'] },
  editors: ['contenteditable'],
  fixture: 'mail.yahoo.com',
});
