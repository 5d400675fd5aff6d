// Which open tabs and frames the background injects the coach into after an install or update
// (src/background/reinject.ts): a URL against the manifest's and the added sites' match patterns.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PATTERNS, patternMatches } from '../../src/shared/sites';

describe('patternMatches', () => {
  it('matches the built-in sites, their subdomains where the pattern says so, any port and path', () => {
    const any = (url: string) => BUILT_IN_PATTERNS.some((p) => patternMatches(p, url));
    expect(any('https://www.etsy.com/messages/1001')).toBe(true);
    expect(any('https://www.etsy.com:8443/messages/1001?x=1')).toBe(true);
    expect(any('https://navigator.gmx.net/mail/compose')).toBe(true);
    expect(any('https://gmx.net/')).toBe(true);
    expect(any('https://olx.ba/mojolx')).toBe(true);
  });

  it('never matches other sites, look-alike hosts, other schemes or pages that are not web pages', () => {
    const any = (url: string) => BUILT_IN_PATTERNS.some((p) => patternMatches(p, url));
    expect(any('https://shop.example.com/')).toBe(false);
    expect(any('https://etsy.com/messages')).toBe(false);
    expect(any('https://www.etsy.com.evil.example/')).toBe(false);
    expect(any('https://evilgmx.net/')).toBe(false);
    expect(any('http://www.etsy.com/')).toBe(false);
    expect(any('about:blank')).toBe(false);
    expect(any('chrome://extensions/')).toBe(false);
    expect(any('not a url')).toBe(false);
  });

  it('an added site: its origin pattern, http or https as stored', () => {
    expect(patternMatches('https://shop.example.com/*', 'https://shop.example.com/contact')).toBe(true);
    expect(patternMatches('https://shop.example.com/*', 'https://other.example.com/')).toBe(false);
    expect(patternMatches('http://192.168.1.5/*', 'http://192.168.1.5/a')).toBe(true);
    expect(patternMatches('*://a.example/*', 'http://a.example/')).toBe(true);
  });
});
