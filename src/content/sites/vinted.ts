import { defineSite } from './types';

/** Vinted (.de, .com, .fi, .hr): the inbox conversation, a textarea. */
export default defineSite({
  id: 'vinted',
  name: 'Vinted',
  kind: 'classifieds',
  matches: [
    'https://www.vinted.de/*',
    'https://www.vinted.com/*',
    'https://www.vinted.fi/*',
    'https://www.vinted.hr/*',
  ],
  boxes: [
    '[data-testid="conversation-message-input"] textarea',
    'textarea[data-testid="message-input"]',
    'textarea[name="message"]',
  ],
  ignore: ['input[type="search"]', '#search_text', 'textarea[name="description"]'],
  compose: '[data-testid="conversation-message-input"], form',
  customerName: [
    { sel: '[data-testid="conversation-header"] [data-testid="user-login"]' },
    { sel: '.conversation-header__title' },
  ],
  customerMessage: [
    { sel: '[data-testid="conversation-message"][data-own="false"] [data-testid="message-body"]', last: true },
  ],
  thread: {
    message: '[data-testid="conversation-message"]',
    seller: '[data-own="true"]',
    text: '[data-testid="message-body"]',
    time: { sel: '[data-testid="message-time"]' },
  },
  send: ['[data-testid="conversation-message-input"] button[type="submit"]'],
  editors: ['textarea'],
  fixture: 'www.vinted.de',
});
