import { defineSite } from './types';

/** Etsy Messages (/messages/…, /your/conversations/…): a plain textarea under the thread. */
export default defineSite({
  id: 'etsy',
  name: 'Etsy',
  kind: 'marketplace',
  matches: ['https://www.etsy.com/*'],
  boxes: [
    '[data-convo-composer] textarea',
    'textarea[name="message"]',
    'textarea[id^="convo-reply"]',
    'textarea[aria-label*="message" i]',
  ],
  ignore: ['[data-listing-editor] textarea', 'textarea[name="note"]', 'textarea[name="personalization"]'],
  compose: '[data-convo-composer], form',
  customerName: [
    { sel: '[data-convo-header] [data-buyer-name]', attr: 'data-buyer-name' },
    { sel: '[data-convo-header] h2' },
    { sel: '.convo-header__name' },
  ],
  customerMessage: [
    { sel: '[data-convo-thread] [data-from="them"] [data-message-text]', last: true },
    { sel: '.convo-message--them .convo-message__text', last: true },
  ],
  thread: {
    message: '[data-convo-thread] [data-from]',
    seller: '[data-from="me"]',
    text: '[data-message-text]',
    time: { sel: 'time', attr: 'datetime' },
  },
  send: ['[data-convo-composer] button[type="submit"]'],
  editors: ['textarea'],
  fixture: 'www.etsy.com',
});
