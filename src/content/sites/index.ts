/** All site files. A test checks these cover exactly the manifest's content_scripts matches. */
import type { SiteFile } from './types';
import ebay from './ebay';
import etsy from './etsy';
import facebook from './facebook';
import gmail from './gmail';
import gmx from './gmx';
import kleinanzeigen from './kleinanzeigen';
import njuskalo from './njuskalo';
import olx from './olx';
import outlook from './outlook';
import proton from './proton';
import tori from './tori';
import vinted from './vinted';
import webde from './webde';
import yahoo from './yahoo';

export type { SiteFile, Pick } from './types';

export const SITES: readonly SiteFile[] = [etsy, gmail, outlook, yahoo, proton, gmx, webde, kleinanzeigen, ebay, facebook, olx, tori, njuskalo, vinted];

/** Does a manifest match pattern like https://*.gmx.net/* or https://www.etsy.com/* cover this host? */
export function hostMatches(pattern: string, host: string): boolean {
  const m = /^[a-z*]+:\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  const h = m[1]!;
  if (h.startsWith('*.')) return host === h.slice(2) || host.endsWith(h.slice(1));
  return host === h;
}

export function siteFor(host: string): SiteFile | null {
  for (const s of SITES) if (s.matches.some((p) => hostMatches(p, host))) return s;
  return null;
}
