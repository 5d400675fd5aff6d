/**
 * Sites: the built-in list (the manifest's content_scripts matches), sites the user added (an origin pattern per
 * site, granted as an optional host permission) and host matching. Pure: no browser API, so it runs in unit tests.
 */
import manifest from '../../manifest.json' with { type: 'json' };

/** The match patterns the content script is declared for in manifest.json (one source for the built-in list). */
export const BUILT_IN_PATTERNS: readonly string[] = manifest.content_scripts[0]?.matches ?? [];

/** "https://*.gmx.net/*" → "*.gmx.net"; "https://www.etsy.com/*" → "www.etsy.com". Null when not a host pattern. */
export function hostOfPattern(pattern: string): string | null {
  const m = /^(?:\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(?::\d+)?\/.*$/.exec(pattern);
  if (!m || m[1] === '*') return null;
  return m[1]!.toLowerCase();
}

/** Whether `hostname` is covered by a host entry: exact, or "*.example.com" (which also covers example.com). */
export function hostMatches(hostname: string, entry: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const e = entry.toLowerCase();
  if (e.startsWith('*.')) {
    const base = e.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === e;
}

/** Built-in hosts, deduplicated, in manifest order: "www.etsy.com", "*.gmx.net", … */
export function builtInHosts(): string[] {
  const out: string[] = [];
  for (const p of BUILT_IN_PATTERNS) {
    const h = hostOfPattern(p);
    if (h && !out.includes(h)) out.push(h);
  }
  return out;
}

export function isBuiltInHost(hostname: string): boolean {
  return builtInHosts().some((h) => hostMatches(hostname, h));
}

/** The origin pattern we request and register for a page URL: "https://shop.example.com/*". Null for non-web URLs. */
export function originPatternFor(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (!u.hostname || !isValidHostname(u.hostname)) return null;
  return `${u.protocol}//${u.hostname.toLowerCase()}/*`;
}

/** A plain DNS name or IPv4 address, as stored in settings (no wildcard, no port). */
export function isValidHostname(h: string): boolean {
  if (h.length === 0 || h.length > 253) return false;
  return /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(h);
}

/** A host entry in the per-site list: a hostname, or "*." plus a hostname (only built-in patterns use those). */
export function isValidHostEntry(h: string): boolean {
  return isValidHostname(h.startsWith('*.') ? h.slice(2) : h);
}

/** "https://shop.example.com/*" or "http://…/*" with a plain hostname: the only shape we store for added sites. */
export function isValidOriginPattern(p: string): boolean {
  const m = /^(https?):\/\/([^/*:]+)\/\*$/.exec(p);
  return !!m && isValidHostname(m[2]!);
}

/** A match pattern ("https://*.gmx.net/*") against a URL; only the scheme and host forms our patterns use. */
export function patternMatches(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(\/.*)$/.exec(pattern);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (!m || (u.protocol !== 'https:' && u.protocol !== 'http:')) return false;
  if (m[1] !== '*' && `${m[1]}:` !== u.protocol) return false;
  const host = m[2]!;
  const ok =
    host === '*' ||
    (host.startsWith('*.') ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1)) : u.hostname === host);
  if (!ok) return false;
  const path = new RegExp(`^${m[3]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return path.test(u.pathname + u.search);
}
