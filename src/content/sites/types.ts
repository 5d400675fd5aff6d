/**
 * A site file is DATA: which boxes count on a site and where the customer's name and last message are.
 * Nothing in here runs code; the generic finder (../detect.ts) covers whatever a site file does not name,
 * so a redesign of the site degrades to the generic rules instead of breaking.
 */
import type { EditorHints } from '../editors/types';

/** Where to read one piece of text from the page. */
export interface Pick {
  /** CSS selector. */
  sel: string;
  /** Read this attribute instead of the rendered text. */
  attr?: string;
  /** Take the last visible match instead of the first (e.g. the newest message in a thread). */
  last?: boolean;
  /** Look only inside the box's compose container (site.compose), not the whole document. */
  inCompose?: boolean;
  /** A regular expression (source text, case-insensitive) whose first group is the value, e.g. "^Conversation with (.+)$". */
  re?: string;
}

export interface ThreadPicks {
  /** Every message of the conversation, oldest first. */
  message: string;
  /** A message matching this is the seller's; the others are the customer's. */
  seller: string;
  /** The text inside a message; default: the whole message. */
  text?: string;
  /** The time inside a message: `attr` (e.g. "datetime") or the element's shown text. */
  time?: { sel: string; attr?: string };
}

export interface SiteFile {
  /** File name without .ts; also the id used in settings and tests. */
  id: string;
  /** How the README and the options page name it. */
  name: string;
  /** What kind of conversation: a shop's (Etsy), a letter (webmail) or a classifieds chat (one-line replies). */
  kind: 'marketplace' | 'webmail' | 'classifieds';
  /** Exactly the manifest content_scripts match patterns this site owns. */
  matches: string[];
  /** Boxes that are message boxes on this site (the focused element or its editing host matches one). */
  boxes: string[];
  /** Editable things on this site that are never message boxes (notes, listing editors, search-as-you-type…). */
  ignore?: string[];
  /** The container around a box holding recipients, quote, Send button (closest ancestor matching). */
  compose?: string;
  /** The customer's name, first match that yields text wins. */
  customerName?: Pick[];
  /** The customer's last message, first selector that yields text wins. */
  customerMessage?: Pick[];
  /**
   * The conversation the page shows next to the box (conversation memory): every message in page order, which of
   * them are the seller's, their text and their time (an attribute such as `datetime`, or the shown text: "Mon
   * 14:05", "vor 3 Tagen", "eilen", "jučer"). Webmail has none: the reply's quoted history is its conversation.
   */
  thread?: ThreadPicks;
  /** Send buttons (to keep the badge off them); the generic send-button finder runs as well. */
  send?: string[];
  /** What the editor adapters need to know of this site's editors: its quote markup, hosts its editor library hides. */
  editorHints?: EditorHints;
  /** For the README table: which editors this site uses. */
  editors: string[];
  /** Host name of the test fixture that reproduces this site's boxes (tests/e2e/fixtures/<host>/). */
  fixture: string;
}

export function defineSite(site: SiteFile): SiteFile {
  return site;
}
