import { defineSite } from './types';

/** Gmail: compose and reply bodies are contenteditable divs with g_editable; quoted history in .gmail_quote. */
export default defineSite({
  id: 'gmail',
  name: 'Gmail',
  kind: 'webmail',
  matches: ['https://mail.google.com/*'],
  boxes: ['div[g_editable="true"][contenteditable="true"]', 'div.editable[role="textbox"][contenteditable="true"]'],
  ignore: ['[role="search"] *', 'div[aria-label*="Signature" i]'],
  compose: 'form, [role="dialog"], .M9, .ip',
  customerName: [
    { sel: '[email][name]:not([name=""])', attr: 'name', inCompose: true },
    { sel: 'span[email][data-hovercard-id]', attr: 'name', inCompose: true },
    { sel: '.gD[name]', attr: 'name', last: true },
  ],
  customerMessage: [
    { sel: '.a3s.aiL', last: true },
    { sel: '.ii.gt .a3s', last: true },
  ],
  send: ['[role="button"][data-tooltip^="Send"]', '[role="button"][aria-label^="Send"]', '.T-I.aoO'],
  editorHints: { quote: ['.gmail_quote', '.gmail_quote_container'] },
  editors: ['contenteditable (g_editable)'],
  fixture: 'mail.google.com',
});
