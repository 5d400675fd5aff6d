import { defineSite } from './types';

/** eBay (.com, .de, .co.uk): "Contact buyer/seller" and My eBay messages, a textarea. */
export default defineSite({
  id: 'ebay',
  name: 'eBay',
  kind: 'classifieds',
  matches: ['https://www.ebay.com/*', 'https://www.ebay.de/*', 'https://www.ebay.co.uk/*'],
  boxes: [
    'textarea#msg_cnt_cnt',
    'textarea[name="msg_cnt_cnt"]',
    'textarea[data-testid="message-input"]',
    '.msg-composer textarea',
  ],
  ignore: ['#gh-ac', 'input[type="search"]', 'textarea[name="itemDescription"]'],
  compose: '.msg-composer, form',
  customerName: [
    { sel: '[data-testid="conversation-header"] [data-testid="member-name"]' },
    { sel: '.msg-thread__header .msg-username' },
  ],
  customerMessage: [{ sel: '.msg-thread [data-sender="other"] .msg-text', last: true }],
  thread: {
    message: '.msg-thread [data-sender]',
    seller: '[data-sender="me"]',
    text: '.msg-text',
    time: { sel: 'time', attr: 'datetime' },
  },
  send: ['.msg-composer button[type="submit"]'],
  editors: ['textarea'],
  fixture: 'www.ebay.de',
});
