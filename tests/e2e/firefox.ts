/** Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright cannot load Firefox extensions). */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import {
  ROOT,
  ensureFixtureEditors,
  extensionCopy,
  fixtureHosts,
  startFixtureServer,
  type FixtureServer,
} from './harness';

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

export interface RecordingProxy {
  server: Server;
  port: number;
  /** Every host asked for, in order. */
  asked: string[];
  close(): Promise<void>;
}

/** Firefox prefs that send all traffic, localhost included, through the proxy at this port. */
export const proxyPrefs = (port: number): Record<string, unknown> => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': port,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': port,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
});

/** An HTTP proxy that records every host asked for and tunnels only fixture hosts to the fixture server. */
export function recordingProxy(fixturePort: number, hosts: Set<string>): Promise<RecordingProxy> {
  const asked: string[] = [];
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  };
  const server = createServer((client) => {
    track(client);
    client.once('data', (head) => {
      const line = head.toString('latin1').split('\r\n')[0] ?? '';
      const target = /^CONNECT ([^\s:]+):(\d+)/.exec(line);
      const host = target?.[1] ?? /^\w+ https?:\/\/([^/:\s]+)/.exec(line)?.[1] ?? line;
      asked.push(host);
      if (!target || !hosts.has(host) || Number(target[2]) !== fixturePort) {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const upstream = connect(fixturePort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      track(upstream);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
      client.on('close', () => upstream.destroy());
    });
  });
  // Tunnels stay open as long as the browser keeps its connections: closing ends them all.
  const close = () =>
    new Promise<void>((ok) => {
      for (const s of sockets) s.destroy();
      server.close(() => ok());
    });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ server, port: (server.address() as { port: number }).port, asked, close }),
    ),
  );
}

/** The overlay's parts live in its open shadow root in the top document. */
export const overlayQuery = (page: Page, selector: string) =>
  page.evaluateHandle((sel) => {
    const host = document.querySelector('reply-coach-overlay');
    return (host?.shadowRoot ?? host)?.querySelector(sel) ?? null;
  }, selector);

export async function badgeText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('reply-coach-overlay');
    const b = (host?.shadowRoot ?? host)?.querySelector<HTMLElement>('[data-part="badge"]');
    if (!b || b.getBoundingClientRect().width === 0) return null;
    return (b.textContent ?? '').trim();
  });
}

export async function clickOverlay(page: Page, selector: string): Promise<void> {
  const el = (await overlayQuery(page, selector)).asElement();
  if (!el) throw new Error(`no ${selector} in the overlay`);
  await (el as ElementHandle<Element>).click();
}

export async function notice(page: Page): Promise<{ seq: number; kind: string; text: string }> {
  return page.evaluate(() => {
    const host = document.querySelector('reply-coach-overlay');
    const n = (host?.shadowRoot ?? host)?.querySelector('[data-part="notice"]');
    return {
      seq: Number(n?.getAttribute('data-seq') ?? 0),
      kind: n?.getAttribute('data-kind') ?? '',
      text: n?.textContent ?? '',
    };
  });
}

/** Firefox's own remote-settings sync, which a release build does not let a profile switch off (it asks with or
 * without any extension); it goes nowhere either: the proxy refuses it. */
const FIREFOX_OWN_HOSTS = new Set(['firefox.settings.services.mozilla.com']);

export interface FirefoxSuite {
  server: FixtureServer;
  proxy: RecordingProxy;
  browser: Browser;
  /** Hosts asked for that are neither a fixture nor Firefox's own. */
  foreignHosts(): string[];
  close(): Promise<void>;
}

/** The fixture server, a recording proxy in front of it, and firefox-esr with a copy of dist/firefox installed. */
export async function startFirefoxSuite(name: string, opts: { fixtureEditors?: boolean } = {}): Promise<FirefoxSuite> {
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox ESR is missing at ${FIREFOX}: npm test installs it (tests/e2e/browsers.mjs).`);
  if (opts.fixtureEditors) await ensureFixtureEditors();
  const server = await startFixtureServer();
  const hosts = new Set(fixtureHosts());
  const proxy = await recordingProxy(server.port, hosts);
  // A copy, so a concurrent build cannot pull files from under the browser.
  const dist = extensionCopy(name, () => undefined, join(ROOT, 'dist', 'firefox'));
  const ff = await launchFirefox(proxyPrefs(proxy.port));
  await ff.browser.installExtension(dist);
  return {
    server,
    proxy,
    browser: ff.browser,
    foreignHosts: () => proxy.asked.filter((h) => !hosts.has(h) && !FIREFOX_OWN_HOSTS.has(h)),
    async close() {
      await ff.close();
      await proxy.close();
      await server.close();
    },
  };
}
