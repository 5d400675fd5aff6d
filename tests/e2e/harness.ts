/**
 * Shared end-to-end harness: a local HTTPS server that serves tests/e2e/fixtures/<host>/… by Host header under the
 * real site hostnames, and Debian's Chromium (playwright-core, executablePath) with dist/chrome loaded unpacked.
 * Every request the browser makes is recorded; foreignRequests() lists any that went anywhere but the fixtures.
 *
 *   const b = await launch();                       // one browser per test file; reuse it
 *   const page = await b.open('www.etsy.com', '/messages/1');
 *   ...
 *   expect(b.foreignRequests()).toEqual([]);
 *   await b.close();
 *
 * Served paths (under every fixture host):
 *   /…                    tests/e2e/fixtures/<host>/… (a path without extension that does not exist → <host>/index.html)
 *   /__shared/…           tests/e2e/fixtures/_shared/…
 *   /__editors/<name>.js  the real-library fixture editors (tests/e2e/fixture-editors/, built by
 *                         ensureFixtureEditors() into tests/e2e/.tmp/site-editors/): each bundle registers
 *                         window.__fixtureEditors[<name>] = mount(container) → { editable, getText() }
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Frame, type Locator, type Page } from 'playwright-core';

/** The repository root: the nearest folder above this file (or a bundle of it) with manifest.json and package.json. */
export const ROOT = ((): string => {
  let dir = resolve(fileURLToPath(new URL('.', import.meta.url)));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, 'manifest.json')) && existsSync(join(dir, 'package.json'))) return dir;
    dir = resolve(dir, '..');
  }
  return process.cwd();
})();
export const DIST = join(ROOT, 'dist', 'chrome');
export const FIXTURES = join(ROOT, 'tests', 'e2e', 'fixtures');
export const FIXTURE_EDITORS = join(ROOT, 'tests', 'e2e', 'fixture-editors');
export const TMP = join(ROOT, 'tests', 'e2e', '.tmp');
export const EDITOR_BUNDLES = join(TMP, 'site-editors');
export const SCREENSHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Fail early and clearly when the extension was not built. */
export function assertBuilt(dist = DIST): void {
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`${dist}/manifest.json is missing: run \`npm run build\` before the end-to-end tests.`);
  }
}

function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install Debian's chromium (apt-get install chromium), or set CHROMIUM_PATH.`,
    );
  }
}

/** A self-signed certificate for the fixture server, made with openssl once and reused (tests/e2e/.tmp/). */
export function certificate(): { key: Buffer; cert: Buffer } {
  const keyPath = join(TMP, 'fixture-key.pem');
  const certPath = join(TMP, 'fixture-cert.pem');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(TMP, { recursive: true });
    const dir = mkdtempSync(join(TMP, 'cert-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-sha256',
          '-days',
          '30',
          '-subj',
          '/CN=reply-coach-fixtures',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
        ],
        { stdio: 'ignore' },
      );
      // Another test file may do the same at the same time: rename is atomic, whichever lands last wins.
      renameSync(join(dir, 'key.pem'), keyPath);
      renameSync(join(dir, 'cert.pem'), certPath);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // Read both right after each other; a concurrent writer could still pair them wrongly, so check once.
  for (let i = 0; i < 3; i++) {
    const key = readFileSync(keyPath);
    const cert = readFileSync(certPath);
    try {
      createServer({ key, cert }).close();
      return { key, cert };
    } catch {
      /* mismatched pair from a concurrent writer: try again */
    }
  }
  throw new Error('could not read a matching fixture certificate');
}

/** Host names that have a fixture directory (tests/e2e/fixtures/<host>/). */
export function fixtureHosts(): string[] {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES).filter(
    (d) => !d.startsWith('_') && !d.startsWith('.') && statSync(join(FIXTURES, d)).isDirectory(),
  );
}

export interface RecordedRequest {
  host: string;
  path: string;
  status: number;
}

export interface FixtureServer {
  readonly port: number;
  /** https://<host>:<port><path> */
  url(host: string, path?: string): string;
  /** Requests the server answered (also the ones with an unknown Host: those count as foreign). */
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

function safeJoin(base: string, urlPath: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = normalize(join(base, p));
  return full === base || full.startsWith(base + sep) ? full : null;
}

function resolveFile(host: string, urlPath: string): string | null {
  let base = join(FIXTURES, host);
  let rest = urlPath;
  if (urlPath.startsWith('/__shared/')) {
    base = join(FIXTURES, '_shared');
    rest = urlPath.slice('/__shared'.length);
  } else if (urlPath.startsWith('/__editors/')) {
    base = EDITOR_BUNDLES;
    rest = urlPath.slice('/__editors'.length);
  }
  const file = safeJoin(base, rest);
  if (!file) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(file) && statSync(file).isDirectory() && existsSync(join(file, 'index.html')))
    return join(file, 'index.html');
  // Single-page apps: a route without a file extension serves the host's index.html (reload after pushState).
  if (base === join(FIXTURES, host) && !extname(rest) && existsSync(join(base, 'index.html')))
    return join(base, 'index.html');
  return null;
}

/** The editors the site fixtures mount (see tests/e2e/fixture-editors/build.ts for all of them). */
export const SITE_EDITORS = [
  'lexical',
  'roosterjs',
  'tinymce',
  'contenteditable',
  'draftjs',
  'prosemirror',
  'quill',
  'ckeditor5',
  'shadow',
  'designmode-blank',
  'slate',
  'squire',
  'tiptap',
];

function newestMtime(dir: string): number {
  let t = 0;
  for (const f of readdirSync(dir)) {
    const st = statSync(join(dir, f));
    if (st.isFile()) t = Math.max(t, st.mtimeMs);
  }
  return t;
}

/**
 * Build the real-library fixture editors once (esbuild, a few seconds) into tests/e2e/.tmp/site-editors/, or reuse
 * that build while it is newer than the sources. Parallel test files each build into their own folder and rename.
 */
export async function ensureFixtureEditors(names: string[] = SITE_EDITORS): Promise<void> {
  const stamp = join(EDITOR_BUNDLES, '.built');
  const fresh = () =>
    existsSync(stamp) &&
    statSync(stamp).mtimeMs >= newestMtime(FIXTURE_EDITORS) &&
    names.every((n) => existsSync(join(EDITOR_BUNDLES, `${n}.js`)));
  if (fresh()) return;
  mkdirSync(TMP, { recursive: true });
  // One builder at a time (test files start together): the others wait for its stamp.
  const lock = join(TMP, 'site-editors.lock');
  for (const start = Date.now(); ;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (fresh()) return;
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released just now
      }
      if (Date.now() - start > 180_000 || age > 120_000) {
        rmSync(lock, { recursive: true, force: true }); // a builder that died
        continue;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (!fresh()) await buildEditorsInto(names, fresh);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function buildEditorsInto(names: string[], fresh: () => boolean): Promise<void> {
  const out = mkdtempSync(join(TMP, 'site-editors-'));
  try {
    const { buildFixtureEditors } = (await import('./fixture-editors/build')) as {
      buildFixtureEditors(outDir: string, names?: string[]): Promise<void>;
    };
    await buildFixtureEditors(out, names);
    writeFileSync(join(out, '.built'), new Date().toISOString());
    if (fresh()) return; // another file finished first
    rmSync(EDITOR_BUNDLES, { recursive: true, force: true });
    try {
      renameSync(out, EDITOR_BUNDLES);
    } catch {
      /* another file renamed its build in place first: use that one */
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const hosts = new Set(fixtureHosts());
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(certificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
    if (hosts.has(host) && path === '/favicon.ico') {
      requests.push({ host, path, status: 204 });
      res.writeHead(204);
      res.end();
      return;
    }
    const file = hosts.has(host) ? resolveFile(host, path) : null;
    const status = file ? 200 : 404;
    requests.push({ host, path, status });
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not a fixture');
      return;
    }
    // A fixture may ask for response headers (e.g. a strict Content-Security-Policy) in <file>.headers.json.
    const extra = existsSync(`${file}.headers.json`)
      ? (JSON.parse(readFileSync(`${file}.headers.json`, 'utf8')) as Record<string, string>)
      : {};
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...extra,
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    url: (host, path = '/') => `https://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

/** Every file the manifest names for content scripts and web-accessible resources is there. */
function completeBuild(dir: string): boolean {
  try {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      content_scripts?: { js?: string[] }[];
      web_accessible_resources?: { resources: string[] }[];
    };
    const files = [
      ...(m.content_scripts ?? []).flatMap((c) => c.js ?? []),
      ...(m.web_accessible_resources ?? []).flatMap((w) => w.resources),
    ];
    return files.every((f) => f.includes('*') || existsSync(join(dir, f)));
  } catch {
    return false;
  }
}

export interface LaunchOptions {
  /** Default: headless. */
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number } | null;
  /** Extension directory; default dist/chrome. */
  dist?: string;
  /** Build the real-library fixture editors first (served at /__editors/); default true. */
  fixtureEditors?: boolean;
}

export interface StoredSettings {
  [key: string]: unknown;
}

export interface CoachBrowser {
  readonly context: BrowserContext;
  readonly server: FixtureServer;
  /** Every URL the browser requested (pages, frames, workers), in order. */
  readonly requests: string[];
  readonly extensionId: string;
  /** Open a fixture page: https://<host>:<port><path>. */
  open(host: string, path?: string): Promise<Page>;
  /** Requests that went anywhere but the fixture server's known hosts or the extension itself. */
  foreignRequests(): string[];
  /**
   * Write the extension's stored settings item ("settings" in storage.sync, see src/shared/settings.ts; missing
   * fields take their defaults), or remove it (null) to go back to the defaults.
   */
  setSettings(value: StoredSettings | null): Promise<void>;
  close(): Promise<void>;
}

export function chromiumArgs(dist: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
    '--ignore-certificate-errors',
  ];
}

export async function launch(opts: LaunchOptions = {}): Promise<CoachBrowser> {
  const dist = opts.dist ?? DIST;
  assertBuilt(dist);
  assertChromium();
  if (opts.fixtureEditors !== false) await ensureFixtureEditors();
  const server = await startFixtureServer();
  mkdirSync(TMP, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'reply-coach-e2e-'));
  // Load a copy: a concurrent `npm run build` empties dist/chrome and would pull the files from under the browser.
  const extDir = join(userDataDir, 'extension');
  for (let attempt = 0; ; attempt++) {
    rmSync(extDir, { recursive: true, force: true });
    try {
      cpSync(dist, extDir, { recursive: true });
      if (completeBuild(extDir)) break;
    } catch {
      /* a build is rewriting dist right now */
    }
    if (attempt >= 20) throw new Error(`${dist} stays incomplete (is a build running?)`);
    await new Promise((r) => setTimeout(r, 1500));
  }
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: opts.headless ?? true,
      args: chromiumArgs(extDir),
      ignoreDefaultArgs: ['--disable-extensions'],
      colorScheme: opts.colorScheme ?? 'light',
      viewport: opts.viewport === undefined ? { width: 1280, height: 860 } : opts.viewport,
      ignoreHTTPSErrors: true,
    });
  } catch (e) {
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  const hosts = new Set(fixtureHosts());

  const isOwn = (u: string): boolean => {
    if (/^(data|blob|about):/.test(u)) return true;
    if (u.startsWith(`chrome-extension://${extensionId}/`)) return true;
    try {
      const url = new URL(u);
      return url.protocol === 'https:' && url.port === String(server.port) && hosts.has(url.hostname);
    } catch {
      return false;
    }
  };

  return {
    context,
    server,
    requests,
    extensionId,
    async open(host, path = '/') {
      const page = await context.newPage();
      await page.goto(server.url(host, path), { waitUntil: 'load' });
      return page;
    },
    foreignRequests() {
      const fromBrowser = requests.filter((u) => !isOwn(u));
      const fromServer = server.requests.filter((r) => !hosts.has(r.host)).map((r) => `https://${r.host}${r.path}`);
      return [...fromBrowser, ...fromServer];
    },
    async setSettings(value) {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await sw.evaluate(async (v) => {
        type Sync = { set(x: object): Promise<void>; remove(k: string): Promise<void> };
        const sync = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage.sync;
        if (v) await sync.set({ settings: v });
        else await sync.remove('settings');
      }, value);
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The overlay contract, for any test (the overlay sits in the top document of the page; Playwright's CSS locators
// pierce its open shadow root).

export function overlayHosts(page: Page): Locator {
  return page.locator('reply-coach-overlay');
}

/** The badge of the n-th overlay on the page (0: the first one). */
export function badge(page: Page, n = 0): Locator {
  return page.locator('reply-coach-overlay').nth(n).locator('[data-part="badge"]');
}

export function panel(page: Page, n = 0): Locator {
  return page.locator('reply-coach-overlay').nth(n).locator('[data-part="panel"]');
}

/** Rule ids shown in the open panel of the n-th overlay. */
export async function shownRules(page: Page, n = 0): Promise<string[]> {
  return panel(page, n)
    .locator('[data-rule]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''));
}

/** Open the panel (click the badge) unless it is open. */
export async function openPanel(page: Page, n = 0): Promise<void> {
  const b = badge(page, n);
  if ((await b.getAttribute('aria-expanded')) !== 'true') await b.click();
  await panel(page, n).waitFor({ state: 'visible' });
}

/** The fixture's own editor API (window.__fixture in the page or frame): the text as the editor's model has it. */
export async function modelText(target: Page | Frame, id?: string): Promise<string> {
  return target.evaluate(
    (i) => (window as unknown as { __fixture: { text(id?: string): string } }).__fixture.text(i),
    id,
  );
}

/** One execution context a CDP session reports: the page's world, or a content script's (named after the extension). */
export interface ExecutionContext {
  origin: string;
  name: string;
  frameId: string;
  type: string;
}

/**
 * The execution contexts of a CDP session (every world of its page and frames), kept up to date; enables Runtime, so
 * register any other Runtime listener first.
 */
export async function trackContexts(cdp: CDPSession): Promise<Map<number, ExecutionContext>> {
  const contexts = new Map<number, ExecutionContext>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = (context.auxData ?? {}) as { frameId?: string; type?: string };
    contexts.set(context.id, {
      origin: context.origin,
      name: context.name,
      frameId: aux.frameId ?? '',
      type: aux.type ?? '',
    });
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  return contexts;
}

/** Poll until fn() is truthy (default 10 s: a busy CI machine can be slow; only a failing wait takes that long). */
export async function until<T>(fn: () => Promise<T> | T, what = 'condition', timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

export function saveScreenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name.endsWith('.png') ? name : `${name}.png`);
}

/** Write a small JSON report next to the screenshots (used by tests that measure). */
export function writeReport(name: string, data: unknown): void {
  mkdirSync(TMP, { recursive: true });
  writeFileSync(join(TMP, name), JSON.stringify(data, null, 2));
}

// ---------------------------------------------------------------------------------------------------------------
// Popup, options page and the extension's own APIs (added for the options/popup tests).

/** The extension's service worker (Chrome), for calling extension APIs from a test. */
export async function extensionWorker(b: CoachBrowser): Promise<import('playwright-core').Worker> {
  const find = () => b.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${b.extensionId}/`));
  return (
    find() ??
    (await b.context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(`chrome-extension://${b.extensionId}/`),
      timeout: 15_000,
    }))
  );
}

/** Tab ids the extension can see now (no "tabs" permission needed for the ids themselves). */
async function tabIds(b: CoachBrowser): Promise<number[]> {
  const w = await extensionWorker(b);
  return w.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    return (await c.tabs.query({})).map((t) => t.id).filter((id): id is number => typeof id === 'number');
  });
}

/** Open a fixture page and learn its tab id (by the tab that appeared), for pointing the popup at it. */
export async function openWithTabId(b: CoachBrowser, host: string, path = '/'): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(b));
  const page = await b.context.newPage();
  const after = (await tabIds(b)).filter((id) => !before.has(id));
  if (after.length !== 1) throw new Error(`expected one new tab, saw ${after.length}`);
  await page.goto(b.server.url(host, path), { waitUntil: 'load' });
  return { page, tabId: after[0]! };
}

/**
 * The toolbar popup as a page, pointed at a tab (?tabId=): a test cannot click the toolbar button, so it opens the
 * popup's own URL. Viewport: the popup's width.
 */
export async function openPopup(b: CoachBrowser, tabId: number, height = 360): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 340, height });
  await page.goto(`chrome-extension://${b.extensionId}/src/popup/index.html?tabId=${tabId}`);
  await page.locator('[data-testid="popup"]').waitFor();
  return page;
}

export async function openOptions(b: CoachBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
  await page.locator('[data-testid="options"]').waitFor();
  return page;
}

/**
 * A copy of the built extension with its manifest changed (e.g. a fixture host in host_permissions, which stands in
 * for the user granting it: Chromium offers no way to click its permission prompt from a test).
 */
export function extensionCopy(name: string, edit: (manifest: Record<string, unknown>) => void, dist = DIST): string {
  assertBuilt(dist);
  const out = join(TMP, `ext-${name}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  execFileSync('cp', ['-r', dist, out]);
  const manifestPath = join(out, 'manifest.json');
  const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  edit(m);
  writeFileSync(manifestPath, JSON.stringify(m, null, 2));
  return out;
}
