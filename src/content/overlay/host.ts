/**
 * The overlay's element in the page: <reply-coach-overlay> with an OPEN shadow root (page CSS cannot reach in, ours
 * cannot leak out), fixed and zero-size so the page never shifts, in the top layer where popovers exist.
 */
import { OVERLAY_TAG } from '../detect';
import { CSS } from './styles';

const HOST_STYLE = [
  'position:fixed',
  'top:0',
  'left:0',
  'right:auto',
  'bottom:auto',
  'background:transparent',
  'color:inherit',
  'width:0',
  'height:0',
  'margin:0',
  'padding:0',
  'border:0',
  'display:block',
  'overflow:visible',
  'z-index:2147483646',
  'pointer-events:none',
  'transform:none',
  'filter:none',
  'contain:none',
]
  .map((d) => `${d} !important`)
  .join(';');

export interface OverlayHost {
  /** The element in the page. */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the Preact tree renders. */
  mount: HTMLElement;
}

/** Create the host in `top` (styled, in the page, shown as a popover) with an element to render into. */
export function createHost(top: Document): OverlayHost {
  const host = top.createElement(OVERLAY_TAG.toLowerCase());
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const mount = top.createElement('div');
  // A constructed stylesheet is not inline style, so no page Content-Security-Policy can block it; where it cannot
  // be adopted (older engines, cross-compartment content scripts), a <style> element instead.
  let adopted = false;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    shadow.adoptedStyleSheets = [sheet];
    adopted = shadow.adoptedStyleSheets.length === 1;
  } catch {
    adopted = false;
  }
  if (!adopted) {
    const style = top.createElement('style');
    style.textContent = CSS;
    shadow.append(style);
  }
  shadow.append(mount);
  (top.documentElement ?? top.body).appendChild(host);
  // The top layer: above any z-index a page can set (some lift every element to the maximum), so the badge stays
  // clickable; the inline !important styles keep it fixed and invisible itself where popovers do not exist.
  try {
    host.setAttribute('popover', 'manual');
    host.showPopover();
  } catch {
    /* no popover support: the inline z-index is the fallback */
  }
  // Keep the page's editor focused when the overlay is clicked with a mouse (keyboard focus still works).
  shadow.addEventListener('mousedown', (e) => {
    const t = e.target as HTMLElement | null;
    if (t && t.closest('button')) e.preventDefault();
  });
  return { host, shadow, mount };
}
