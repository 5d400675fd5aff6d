/** Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright cannot load Firefox extensions). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface Firefox {
  browser: Browser;
  close(): Promise<void>;
}

/** A headless firefox-esr with a fresh profile and these prefs (the fixture server's certificate is accepted). */
export async function launchFirefox(prefs: Record<string, unknown>, args: string[] = []): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'reply-coach-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    args,
    extraPrefsFirefox: { 'network.dns.disableIPv6': true, 'browser.shell.checkDefaultBrowser': false, ...prefs },
  });
  return {
    browser,
    async close() {
      // puppeteer's close can hang on a BiDi session: the process is killed either way.
      await Promise.race([browser.close().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
      browser.process()?.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
