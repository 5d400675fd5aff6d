import { defineSite } from './types';

/** Outlook on the web (personal and work): roosterjs; the reply header (#divRplyFwdMsg) and below is quoted history. */
export default defineSite({
  id: 'outlook',
  name: 'Outlook',
  kind: 'webmail',
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  boxes: [
    'div[contenteditable="true"][role="textbox"][aria-label*="Message body" i]',
    'div[contenteditable="true"][role="textbox"][aria-label*="Nachrichtentext" i]',
    'div[contenteditable="true"][role="textbox"][aria-label*="viestin" i]',
    'div[contenteditable="true"][role="textbox"][aria-label*="poruke" i]',
    '#editorParent_1 [contenteditable="true"]',
  ],
  ignore: ['[role="search"] *', '[aria-label*="Subject" i]', '[aria-label*="Betreff" i]'],
  compose: '[data-app-section="Compose"], [role="main"] form, [role="dialog"]',
  customerName: [
    { sel: '[data-app-section="Compose"] [aria-label^="To" i] [data-persona-name]', attr: 'data-persona-name' },
    { sel: '[data-app-section="Compose"] .recipient-well [title]', attr: 'title' },
    { sel: '[data-testid="SenderPersona"]', last: true },
  ],
  customerMessage: [
    { sel: '[aria-label="Message body"][role="document"]', last: true },
    { sel: '[data-message-body]', last: true },
  ],
  send: ['button[aria-label="Send"]', 'button[title^="Send"]'],
  // The reply header and all below it is quoted; roosterjs sits right inside #editorParent_N before it marks its div.
  editorHints: {
    quoteStart: ['#divRplyFwdMsg', '#appendonsend', '[id^="divRplyFwdMsg"]'],
    roosterjs: ['[id^="editorParent_"] > *'],
  },
  editors: ['roosterjs'],
  fixture: 'outlook.live.com',
});
