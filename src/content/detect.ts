/**
 * Which focused element is a message box. Part of the small loader: no engine, no Preact, no editors here.
 *
 * Order: the element's editing host → hard exclusions (search, subject, password, payment, one-time-code,
 * address, page opt-outs) → the site file's `ignore` → the site file's `boxes` → the generic finder (labels,
 * placeholder, name, aria in en/de/fi/bs; editor iframes; compose context = a Send button next to the box).
 */
import type { SiteFile } from './sites/types';

/** Words that make a box a message box (label, placeholder, name, id, aria). */
const MESSAGE_WORDS =
  /message|\bmsg|reply|respond|answer|compose|\bchat|nachricht|antwort|schreib|viesti|vastaa|vastaus|kirjoita|poruk|odgovor|napi[sš]i|pi[sš]ite/i;
/** Never, whatever a site file says. */
const NEVER_WORDS =
  /search|suche|suchen|\bhaku\b|\bhae\b|pretra|tra[zž]i|\bsubject|betreff|\baihe|predmet|naslov|password|passwort|salasana|lozinka|\bcc\b|\bbcc\b|address|adresse|osoite|adresa|one-time|\botp\b|\bcoupon|gutschein/i;
/** Not for the generic finder (a site file may still name such a box). */
const NOT_GENERIC_WORDS =
  /comment|kommentar|kommentti|komentar|\bnote|notiz|muistiinpano|bilje[sš]k|\btitle|titel|otsikko|description|beschreibung|kuvaus|opis|\bbio\b/i;
/** Buttons that send the message. */
export const SEND_WORDS = /^\s*(send|senden|absenden|abschicken|verschicken|l[äa]het[äa]|po[sš]alji|[sš]alji)\b/i;

const BAD_AUTOCOMPLETE = /\bcc-|one-time-code|address|postal-code|street|country|\btel\b|email|username|password/i;
const OPT_OUT =
  '[data-gramm="false"],[data-gramm_editor="false"],[data-enable-grammarly="false"],[data-reply-coach="off"]';
/** Single-line fields worth a look (type attribute, lower case; '' = no type). */
export const TEXT_INPUT_TYPES = new Set(['', 'text']);

export const OVERLAY_TAG = 'REPLY-COACH-OVERLAY';

function isEl(n: unknown): n is HTMLElement {
  return !!n && typeof n === 'object' && (n as Node).nodeType === 1;
}

/** The element the seller types into: a textarea/input itself, or the outermost contenteditable (body in designMode). */
export function editingHost(target: Element): HTMLElement | null {
  if (!isEl(target)) return null;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'INPUT') return target;
  if (!target.isContentEditable) return null;
  let host: HTMLElement = target;
  while (host.parentElement && host.parentElement.isContentEditable) host = host.parentElement;
  if (host === host.ownerDocument.documentElement) return host.ownerDocument.body;
  return host;
}

/** Label-like text of an element: aria-label, placeholder, name, id, title, <label>s, aria-labelledby. */
export function descriptors(el: HTMLElement): string {
  const parts: string[] = [];
  for (const a of [
    'aria-label',
    'aria-placeholder',
    'placeholder',
    'data-placeholder',
    'name',
    'id',
    'title',
    'aria-roledescription',
  ]) {
    const v = el.getAttribute(a);
    if (v) parts.push(v);
  }
  const ids = el.getAttribute('aria-labelledby');
  if (ids) for (const id of ids.split(/\s+/)) parts.push(el.ownerDocument.getElementById(id)?.textContent ?? '');
  const labels = (el as HTMLTextAreaElement).labels;
  if (labels) for (const l of Array.from(labels)) parts.push(l.textContent ?? '');
  return parts.join(' ').slice(0, 500);
}

function matchesAny(el: HTMLElement, selectors: readonly string[] | undefined, orAncestor: boolean): boolean {
  if (!selectors) return false;
  for (const sel of selectors) {
    try {
      if (el.matches(sel) || (orAncestor && el.closest(sel))) return true;
    } catch {
      // a bad selector in a site file must not break the page
    }
  }
  return false;
}

/** Never hook these, whatever a site file says. */
export function isExcluded(host: HTMLElement): boolean {
  if (host.closest(OPT_OUT)) return true;
  const frame = host.ownerDocument.defaultView?.frameElement as HTMLElement | null | undefined;
  if (frame && frame.closest(OPT_OUT)) return true;
  if (host.tagName === 'INPUT') {
    const type = (host.getAttribute('type') ?? '').toLowerCase();
    if (!TEXT_INPUT_TYPES.has(type)) return true;
  }
  if ((host as HTMLTextAreaElement).readOnly || (host as HTMLTextAreaElement).disabled) return true;
  if (host.getAttribute('aria-readonly') === 'true') return true;
  const ac = host.getAttribute('autocomplete');
  if (ac && BAD_AUTOCOMPLETE.test(ac)) return true;
  const role = host.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox') return true;
  if (host.closest('[role="search"], form[role="search"], search')) return true;
  if (NEVER_WORDS.test(descriptors(host))) return true;
  if (frame && NEVER_WORDS.test(descriptors(frame))) return true;
  return false;
}

function otherFields(container: HTMLElement, box: HTMLElement): boolean {
  for (const f of Array.from(
    container.querySelectorAll<HTMLElement>('textarea, [contenteditable="true"], [contenteditable=""], iframe'),
  )) {
    if (f !== box && !f.contains(box) && !box.contains(f)) return true;
  }
  return false;
}

/** Buttons near the box that send it (walks up a few ancestors; stops at a form or dialog). */
export function sendButtonsNear(box: HTMLElement, site: SiteFile | null, maxUp = 6): HTMLElement[] {
  const found: HTMLElement[] = [];
  if (site?.send) {
    let scope: ParentNode = box.ownerDocument;
    try {
      scope = (site.compose && box.closest(site.compose)) || scope;
      for (const sel of site.send) scope.querySelectorAll<HTMLElement>(sel).forEach((b) => found.push(b));
    } catch {
      /* a bad selector in a site file must not break the page */
    }
  }
  // Up through open shadow roots too: a web-component composer keeps its box inside, its Send button outside.
  const up = (n: HTMLElement): HTMLElement | null =>
    n.parentElement ?? ((n.parentNode as ShadowRoot | null)?.host as HTMLElement | undefined) ?? null;
  let node: HTMLElement | null = up(box);
  for (let i = 0; node && i < maxUp; i++, node = up(node)) {
    // A container that holds other text boxes is no longer this box's composer: its Send belongs to them.
    if (i > 0 && otherFields(node, box)) break;
    const candidates = node.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"]');
    if (candidates.length > 60) break;
    for (const b of Array.from(candidates)) {
      if (found.includes(b)) continue;
      const label =
        b.getAttribute('aria-label') ||
        b.getAttribute('title') ||
        b.getAttribute('data-tooltip') ||
        (b as HTMLInputElement).value ||
        b.textContent ||
        '';
      if (
        SEND_WORDS.test(label) ||
        (b.getAttribute('type') === 'submit' && b.closest('form') === box.closest('form') && !!box.closest('form'))
      )
        found.push(b);
    }
    if (found.length) break;
    if (node.tagName === 'FORM' || node.getAttribute('role') === 'dialog') break;
  }
  return found;
}

/**
 * The message box for a focus target, or null. `site` is this page's site file (null on a page the user added).
 */
export function messageBoxFor(target: Element, site: SiteFile | null): HTMLElement | null {
  const host = editingHost(target);
  if (!host || host.tagName === OVERLAY_TAG) return null;
  if (isExcluded(host)) return null;
  if (matchesAny(host, site?.ignore, true)) return null;
  if (matchesAny(host, site?.boxes, false)) return host;
  if (host.tagName === 'INPUT') return null; // single-line fields only when a site file names them
  const doc = host.ownerDocument;
  // An editor that owns a whole (same-origin) iframe document: TinyMCE, designMode, roosterjs in Proton.
  if (host === doc.body && doc.defaultView?.frameElement) return host;
  const words = descriptors(host);
  if (NOT_GENERIC_WORDS.test(words)) return null;
  if (MESSAGE_WORDS.test(words)) return host;
  // Compose context: a multi-line box with a Send button next to it.
  if (host.getAttribute('aria-multiline') === 'false') return null;
  if (sendButtonsNear(host, null, 5).length) return host;
  return null;
}
