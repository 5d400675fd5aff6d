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

import { hostMatches, hostOfPattern } from '../../shared/sites';

export type { SiteFile, Pick } from './types';

export const SITES: readonly SiteFile[] = [
  etsy,
  gmail,
  outlook,
  yahoo,
  proton,
  gmx,
  webde,
  kleinanzeigen,
  ebay,
  facebook,
  olx,
  tori,
  njuskalo,
  vinted,
];

export function siteFor(host: string): SiteFile | null {
  // One host rule for the whole product (src/shared/sites.ts): "*.gmx.net" also covers gmx.net.
  const covers = (pattern: string) => {
    const entry = hostOfPattern(pattern);
    return !!entry && hostMatches(host, entry);
  };
  for (const s of SITES) if (s.matches.some(covers)) return s;
  return null;
}
