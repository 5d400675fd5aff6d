import { defineSite } from './types';

/** Njuškalo: the messages (Poruke) page and the "Pošalji poruku" form on an ad, a textarea. */
export default defineSite({
  id: 'njuskalo',
  name: 'Njuškalo',
  kind: 'classifieds',
  matches: ['https://www.njuskalo.hr/*'],
  boxes: [
    '.MessageThread-form textarea',
    'textarea[name="message[body]"]',
    'textarea[name="message"]',
    'textarea[placeholder*="poruk" i]',
  ],
  ignore: ['input[name="keywords"]', 'textarea[name="ad[description]"]'],
  compose: '.MessageThread-form, form',
  customerName: [
    { sel: '.MessageThread-header .MessageThread-userName' },
    { sel: '[data-partner-name]', attr: 'data-partner-name' },
  ],
  customerMessage: [{ sel: '.MessageThread-message--received .MessageThread-messageBody', last: true }],
  thread: {
    message: '.MessageThread-message',
    seller: '.MessageThread-message--sent',
    text: '.MessageThread-messageBody',
    time: { sel: '.MessageThread-messageTime' },
  },
  send: ['.MessageThread-form button[type="submit"]'],
  editors: ['textarea'],
  fixture: 'www.njuskalo.hr',
});
