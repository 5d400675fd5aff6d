/** Which sites the coach runs on: the per-site switch over the master switch. */
import { hostMatches } from '../sites';
import type { Settings } from './schema';

export function isSiteEnabled(s: Settings, hostname: string): boolean {
  return s.enabled && !s.sites.disabled.some((d) => hostMatches(hostname, d));
}

/** Switch a site on or off by hostname (the popup) or host entry (the options list). Returns a new object. */
export function setSiteEnabled(s: Settings, host: string, on: boolean): Settings {
  const h = host.toLowerCase();
  const next = structuredClone(s);
  if (on) {
    // Remove every entry that switches this host off: the exact one and a wildcard covering it.
    next.sites.disabled = next.sites.disabled.filter((d) => !(d === h || (!h.startsWith('*.') && hostMatches(h, d))));
  } else if (!next.sites.disabled.includes(h)) {
    next.sites.disabled.push(h);
  }
  return next;
}
