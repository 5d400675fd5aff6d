import { defineSite } from './types';

/** Facebook Marketplace and Messenger: a Lexical editor (role=textbox, aria-label "Message"/"Nachricht"…). */
export default defineSite({
  id: 'facebook',
  name: 'Facebook Marketplace / Messenger',
  kind: 'classifieds',
  matches: ['https://www.facebook.com/*', 'https://www.messenger.com/*'],
  boxes: [
    'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"][aria-label]',
    'div[contenteditable="true"][role="textbox"][aria-label="Message"]',
    'div[contenteditable="true"][role="textbox"][aria-label="Nachricht"]',
    'div[contenteditable="true"][role="textbox"][aria-label="Viesti"]',
    'div[contenteditable="true"][role="textbox"][aria-label="Poruka"]',
  ],
  ignore: [
    '[role="search"] *',
    'div[contenteditable="true"][aria-label*="comment" i]',
    'div[contenteditable="true"][aria-label*="Kommentar" i]',
    'div[contenteditable="true"][aria-label*="mind" i]',
  ],
  compose: '[role="main"] [role="group"], [role="dialog"], form',
  customerName: [
    { sel: '[data-testid="mwthreadlist-item-open"] [dir="auto"]' },
    { sel: '[role="main"] [data-thread-partner-name]', attr: 'data-thread-partner-name' },
    { sel: '[role="main"] h2 [dir="auto"]' },
  ],
  customerMessage: [
    { sel: '[role="row"] [data-scope="messages_table"] [dir="auto"][data-sender="them"]', last: true },
    { sel: '[data-sender="them"] [dir="auto"]', last: true },
  ],
  thread: {
    message: '[data-scope="messages_table"] .bubble[data-sender], #thread .bubble[data-sender]',
    seller: '[data-sender="me"]',
    text: '[dir="auto"]',
    time: { sel: 'abbr[aria-label], .time' },
  },
  send: [
    '[aria-label="Press Enter to send"]',
    '[aria-label="Send"][role="button"]',
    '[aria-label="Senden"][role="button"]',
  ],
  editors: ['Lexical'],
  fixture: 'www.facebook.com',
});
