import { defineSite } from './types';

/** GMX Mail: TinyMCE in an iframe (body#tinymce.mce-content-body). */
export default defineSite({
  id: 'gmx',
  name: 'GMX',
  kind: 'webmail',
  matches: ['https://*.gmx.net/*', 'https://*.gmx.com/*'],
  boxes: ['body#tinymce.mce-content-body', '.mce-content-body[contenteditable="true"]', 'textarea[name="body"]'],
  ignore: ['input[name="subject"]', '[role="search"] *'],
  compose: '.mail-compose, form',
  customerName: [
    { sel: '.mail-compose [data-recipient-name]', attr: 'data-recipient-name' },
    { sel: '.mail-header__sender-name', last: true },
  ],
  customerMessage: [{ sel: '.mail-body__content', last: true }],
  send: ['button[data-action="send"]'],
  editors: ['TinyMCE (iframe)', 'textarea (plain-text mode)'],
  fixture: 'navigator.gmx.net',
});
