import { defineSite } from './types';

/** WEB.DE Mail: the same mail app as GMX, TinyMCE in an iframe. */
export default defineSite({
  id: 'webde',
  name: 'WEB.DE',
  matches: ['https://*.web.de/*'],
  boxes: ['body#tinymce.mce-content-body', '.mce-content-body[contenteditable="true"]', 'textarea[name="body"]'],
  ignore: ['input[name="subject"]', '[role="search"] *'],
  compose: '.mail-compose, form',
  customerName: [{ sel: '.mail-compose [data-recipient-name]', attr: 'data-recipient-name' }, { sel: '.mail-header__sender-name', last: true }],
  customerMessage: [{ sel: '.mail-body__content', last: true }],
  send: ['button[data-action="send"]'],
  editors: ['TinyMCE (iframe)', 'textarea (plain-text mode)'],
  fixture: 'navigator.web.de',
});
