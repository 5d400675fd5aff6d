/**
 * What the page shows about the customer: their name and their last message, read with the site file's picks.
 * Only visible text, only on the page the box is on; nothing is stored.
 */
import type { Pick, SiteFile } from './sites/types';
import { framePath } from './anchor';

export interface CustomerContext {
  customerName?: string;
  customerMessage?: string;
}

const NAME_MAX = 80;
const MESSAGE_MAX = 4000;

function visible(el: Element): boolean {
  const h = el as HTMLElement;
  if (typeof h.checkVisibility === 'function')
    return h.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  return h.getClientRects().length > 0;
}

function clean(text: string, keepLines: boolean): string {
  const t = text.replace(/\u00a0/g, ' ');
  if (!keepLines) return t.replace(/\s+/g, ' ').trim();
  return t
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The documents to search: the box's own, then each same-origin document around it (iframe editors). */
function scopes(box: HTMLElement, site: SiteFile, inCompose: boolean): ParentNode[] {
  // The box, then each frame element up the same-origin chain: where the site's compose container may be.
  const around = [box, ...framePath(box.ownerDocument, null).flatMap((s) => (s.frame ? [s.frame] : []))];
  return around.flatMap((el): ParentNode[] => {
    if (!inCompose) return [el.ownerDocument];
    try {
      const c = site.compose ? el.closest(site.compose) : null;
      return c ? [c] : [];
    } catch {
      return [];
    }
  });
}

function pick(p: Pick, box: HTMLElement, site: SiteFile, keepLines: boolean, max: number): string | undefined {
  let re: RegExp | null = null;
  try {
    re = p.re ? new RegExp(p.re, 'i') : null;
  } catch {
    return undefined;
  }
  for (const scope of scopes(box, site, !!p.inCompose)) {
    let nodes: Element[];
    try {
      nodes = Array.from(scope.querySelectorAll(p.sel));
    } catch {
      return undefined;
    }
    if (p.last) nodes.reverse();
    for (const n of nodes) {
      if (n === box || n.contains(box) || !visible(n)) continue;
      const raw = p.attr ? (n.getAttribute(p.attr) ?? '') : ((n as HTMLElement).innerText ?? n.textContent ?? '');
      let v = clean(raw, keepLines);
      if (re) v = clean(re.exec(v)?.[1] ?? '', keepLines);
      if (v) return v.slice(0, max);
    }
  }
  return undefined;
}

function first(
  picks: Pick[] | undefined,
  box: HTMLElement,
  site: SiteFile,
  keepLines: boolean,
  max: number,
): string | undefined {
  for (const p of picks ?? []) {
    const v = pick(p, box, site, keepLines, max);
    if (v) return v;
  }
  return undefined;
}

export function readCustomer(box: HTMLElement, site: SiteFile | null): CustomerContext {
  if (!site) return {};
  const out: CustomerContext = {};
  const name = first(site.customerName, box, site, false, NAME_MAX);
  if (name) out.customerName = name;
  const message = first(site.customerMessage, box, site, true, MESSAGE_MAX);
  if (message) out.customerMessage = message;
  return out;
}
