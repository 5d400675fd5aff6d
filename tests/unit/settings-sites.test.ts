import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import {
  BUILT_IN_PATTERNS,
  builtInHosts,
  hostMatches,
  hostOfPattern,
  isBuiltInHost,
  isValidHostEntry,
  isValidOriginPattern,
  originPatternFor,
} from '../../src/shared/sites';

describe('sites', () => {
  it('the built-in list is the manifest content script matches', () => {
    expect(BUILT_IN_PATTERNS).toEqual(manifest.content_scripts[0]!.matches);
    expect(builtInHosts()).toContain('www.etsy.com');
    expect(builtInHosts()).toContain('*.gmx.net');
  });

  it('reads hosts out of match patterns', () => {
    expect(hostOfPattern('https://www.etsy.com/*')).toBe('www.etsy.com');
    expect(hostOfPattern('https://*.gmx.net/*')).toBe('*.gmx.net');
    expect(hostOfPattern('*://*/*')).toBeNull();
    expect(hostOfPattern('<all_urls>')).toBeNull();
  });

  it('matches hosts exactly or by wildcard', () => {
    expect(hostMatches('mail.gmx.net', '*.gmx.net')).toBe(true);
    expect(hostMatches('gmx.net', '*.gmx.net')).toBe(true);
    expect(hostMatches('evilgmx.net', '*.gmx.net')).toBe(false);
    expect(hostMatches('WWW.Etsy.com', 'www.etsy.com')).toBe(true);
    expect(hostMatches('etsy.com', 'www.etsy.com')).toBe(false);
    expect(isBuiltInHost('navigator.gmx.com')).toBe(true);
    expect(isBuiltInHost('shop.example.com')).toBe(false);
  });

  it('turns a page URL into the origin pattern we request', () => {
    expect(originPatternFor('https://Shop.Example.com:8443/path?q=1#x')).toBe('https://shop.example.com/*');
    expect(originPatternFor('http://127.0.0.1:3000/')).toBe('http://127.0.0.1/*');
    expect(originPatternFor('chrome://extensions/')).toBeNull();
    expect(originPatternFor('about:blank')).toBeNull();
    expect(originPatternFor('file:///tmp/x.html')).toBeNull();
    expect(originPatternFor('not a url')).toBeNull();
  });

  it('validates stored entries', () => {
    expect(isValidOriginPattern('https://shop.example.com/*')).toBe(true);
    expect(isValidOriginPattern('https://*/*')).toBe(false);
    expect(isValidOriginPattern('https://*.example.com/*')).toBe(false);
    expect(isValidOriginPattern('https://shop.example.com/path/*')).toBe(false);
    expect(isValidOriginPattern('ftp://shop.example.com/*')).toBe(false);
    expect(isValidHostEntry('*.gmx.net')).toBe(true);
    expect(isValidHostEntry('shop.example.com')).toBe(true);
    expect(isValidHostEntry('bad host')).toBe(false);
    expect(isValidHostEntry('*')).toBe(false);
  });
});
