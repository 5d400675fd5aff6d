import { defineSite } from './types';

/** Tori.fi: messages between buyer and seller, a textarea ("Kirjoita viesti"). */
export default defineSite({
  id: 'tori',
  name: 'Tori.fi',
  kind: 'classifieds',
  matches: ['https://www.tori.fi/*'],
  boxes: ['[data-testid="message-composer"] textarea', 'textarea[name="message"]', 'textarea[placeholder*="viesti" i]'],
  ignore: ['input[type="search"]', 'textarea[name="description"]'],
  compose: '[data-testid="message-composer"], form',
  customerName: [
    { sel: '[data-testid="conversation-header"] [data-testid="partner-name"]' },
    { sel: '.conversation-header h2' },
  ],
  customerMessage: [{ sel: '[data-testid="message"][data-own="false"] [data-testid="message-body"]', last: true }],
  thread: {
    message: '[data-testid="message"][data-own]',
    seller: '[data-own="true"]',
    text: '[data-testid="message-body"]',
    time: { sel: '[data-testid="message-time"]' },
  },
  send: ['[data-testid="message-composer"] button[type="submit"]'],
  editors: ['textarea'],
  fixture: 'www.tori.fi',
});
