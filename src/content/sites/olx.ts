import { defineSite } from './types';

/** OLX.ba: chat with the buyer/seller, a textarea ("Napiši poruku…"). */
export default defineSite({
  id: 'olx',
  name: 'OLX.ba',
  kind: 'classifieds',
  matches: ['https://olx.ba/*', 'https://www.olx.ba/*'],
  boxes: ['.chat-input textarea', 'textarea[name="message"]', 'textarea[placeholder*="poruk" i]'],
  ignore: ['input[name="q"]', 'textarea[name="description"]'],
  compose: '.chat-input, form',
  customerName: [{ sel: '.chat-header .chat-user-name' }, { sel: '[data-partner-name]', attr: 'data-partner-name' }],
  customerMessage: [{ sel: '.chat-messages .message.received .message-text', last: true }],
  thread: {
    message: '.chat-messages .message',
    seller: '.sent',
    text: '.message-text',
    time: { sel: '.message-time' },
  },
  send: ['.chat-input button[type="submit"]'],
  editors: ['textarea'],
  fixture: 'olx.ba',
});
