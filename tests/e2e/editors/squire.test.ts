// Squire 2 (Fastmail): the fix goes through Squire's paste (a snapshot first), so one Ctrl+Z takes back the fix alone,
// not the word typed before it. Squire is recognised once it has taken a snapshot while the seller typed.
import { editorSpec } from './more';

editorSpec([
  {
    name: 'squire',
    kind: 'squire',
    path: 'paste',
    kindAfterTyping: true,
    // A pasted leading space goes in as a no-break space (Squire would drop a plain one).
    normalize: (s) => s.replace(/\u00a0/g, ' '),
    editable: '.fixture-squire',
    inner: 'div',
    langs: ['fi', 'bs'],
    // Squire's Shift+Enter at the end of a block leaves only a trailing <br>, which Chrome drops on the next
    // keystroke: typed line breaks are lost in Squire itself, with or without this extension.
    newline: 'Enter',
  },
]);
