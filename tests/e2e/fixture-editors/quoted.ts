// Reply drafts with quoted history below the seller's text, as Gmail and Outlook on the web lay them out.
import type { FixtureEditor } from './types';
import { mount as mountEditable } from './contenteditable';

const GMAIL = `<div dir="ltr">Thanks for your order.</div><div dir="ltr">It ships tomorrow.</div><br>
<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Mon, Anna wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Where is my parcel?</blockquote></div>`;

const OUTLOOK = `<div class="elementToProof">Thanks for your order.</div><div class="elementToProof">It ships tomorrow.</div>
<div id="appendonsend"></div><hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Anna<br><b>Sent:</b> Monday<br><b>Subject:</b> Parcel</div>
<div>Where is my parcel?</div>`;

/** A Gmail-like composer: the draft, then `.gmail_quote` holding the quoted message. */
export function mountGmail(container: HTMLElement): FixtureEditor {
  return { ...mountEditable(container, GMAIL), name: 'gmail' };
}

/** An Outlook-like composer: the draft, then `#appendonsend`, `<hr>`, `#divRplyFwdMsg` and the original. */
export function mountOutlook(container: HTMLElement): FixtureEditor {
  return { ...mountEditable(container, OUTLOOK), name: 'outlook' };
}
