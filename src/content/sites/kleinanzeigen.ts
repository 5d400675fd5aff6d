import { defineSite } from './types';

/** Kleinanzeigen: the chat (Nachrichten) and the "Nachricht schreiben" form on an ad, both textareas. */
export default defineSite({
  id: 'kleinanzeigen',
  name: 'Kleinanzeigen',
  kind: 'classifieds',
  matches: ['https://www.kleinanzeigen.de/*'],
  boxes: [
    'textarea[name="message"]',
    'textarea#viewad-contact-message',
    '[data-testid="reply-box"] textarea',
    'textarea[placeholder*="Nachricht" i]',
  ],
  ignore: ['textarea[name="description"]', '#site-search-query', 'input[name="keywords"]'],
  compose: '[data-testid="reply-box"], form',
  customerName: [
    { sel: '[data-testid="conversation-header"] [data-testid="partner-name"]' },
    { sel: '.ConversationHeader--partnerName' },
    { sel: '.userprofile-vip a' },
  ],
  customerMessage: [
    {
      sel: '[data-testid="message-list"] [data-testid="message"][data-sender="partner"] [data-testid="message-text"]',
      last: true,
    },
    { sel: '.MessageList--message.is-partner .MessageText', last: true },
  ],
  thread: {
    message: '[data-testid="message-list"] [data-testid="message"]',
    seller: '[data-sender="me"]',
    text: '[data-testid="message-text"]',
    time: { sel: '[data-testid="message-time"]' },
  },
  send: ['[data-testid="reply-box"] button[type="submit"]', 'button[aria-label="Senden"]'],
  editors: ['textarea'],
  fixture: 'www.kleinanzeigen.de',
});
