import { defineSite } from './types';

/** Proton Mail: roosterjs inside a same-origin iframe of the composer; quote in .protonmail_quote. */
export default defineSite({
  id: 'proton',
  name: 'Proton Mail',
  kind: 'webmail',
  matches: ['https://mail.proton.me/*'],
  boxes: ['#rooster-editor[contenteditable="true"]', '[data-testid="rooster-editor"][contenteditable="true"]'],
  ignore: ['[data-testid="composer:subject"]', '[role="search"] *'],
  compose: '[data-testid="composer"], .composer',
  customerName: [
    {
      sel: '[data-testid="composer:to"] [data-testid="composer-addresses-item-label"]',
      re: '^([^<@\\s](?:[^<@]*[^<@\\s])?)\\s*(?:<|$)',
    },
    { sel: '[data-testid="recipient-label"]', last: true },
  ],
  customerMessage: [{ sel: '[data-testid="message-content:body"]', last: true }],
  send: ['button[data-testid="composer:send-button"]'],
  editorHints: { quote: ['.protonmail_quote'], roosterjs: ['#rooster-editor'] },
  editors: ['roosterjs (iframe)'],
  fixture: 'mail.proton.me',
});
