// Shared set-up for the editor specs: build the fixture editors and the adapter bundle once, serve them on
// 127.0.0.1, and drive Debian's Chromium with playwright-core.
import * as esbuild from 'esbuild';
import { afterAll, beforeAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildFixtureEditors } from '../fixture-editors/build';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..', '..');
export const tmpDir = join(repoRoot, 'tests', 'e2e', '.tmp', 'editors-suite');

/** Builds the adapter test bundle: src/content/editors/index.ts as an IIFE exposing window.__rcEditors. */
export async function buildAdapterBundle(outFile: string): Promise<void> {
  await esbuild.build({
    entryPoints: [join(repoRoot, 'src', 'content', 'editors', 'index.ts')],
    outfile: outFile,
    bundle: true,
    format: 'iife',
    globalName: '__rcEditors',
    target: 'chrome120',
    logLevel: 'error',
  });
}

let built: Promise<void> | null = null;
export function buildAll(): Promise<void> {
  built ??= (async () => {
    mkdirSync(tmpDir, { recursive: true });
    await Promise.all([buildFixtureEditors(tmpDir), buildAdapterBundle(join(tmpDir, 'rc-editors.js'))]);
  })();
  return built;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** GET /fixture/<name> -> a page that loads <name>.js (+ .css) and mounts it on #editor; other paths: files. */
export function pageFor(name: string): string {
  const css = existsSync(join(tmpDir, `${name}.css`)) ? `<link rel="stylesheet" href="/${name}.css">` : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title>${css}</head>
<body><div id="editor"></div><script src="/${name}.js"></script></body></html>`;
}

export async function startServer(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/fixture/')) {
      res.writeHead(200, { 'content-type': TYPES['.html']! });
      res.end(pageFor(url.pathname.slice('/fixture/'.length)));
      return;
    }
    const file = normalize(join(tmpDir, url.pathname));
    if (!file.startsWith(tmpDir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(browser: Browser, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return context;
}

/**
 * Runs functions in one JavaScript world of a page: the page's own (`main`), or an isolated world like the one
 * an extension's content script gets (`isolated`), where the page's expando properties are invisible and
 * properties set on DOM objects stay private. `fn` must be self-contained, as for page.evaluate.
 */
export interface World {
  readonly name: 'main' | 'isolated';
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

const bundleSource = () => readFileSync(join(tmpDir, 'rc-editors.js'), 'utf8');

async function isolatedWorld(page: Page): Promise<World> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'reply-coach-test',
  })) as { executionContextId: number };
  const run = async (expression: string): Promise<unknown> => {
    const res = (await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { exception?: { description?: string }; text: string } };
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value;
  };
  await run(bundleSource());
  return {
    name: 'isolated',
    evaluate: async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      (await run(`(${fn.toString()})(${JSON.stringify(arg === undefined ? null : arg)})`)) as R,
  };
}

/**
 * Open the fixture page for `name`, wait for its editor, mark its editable with `data-rc-target` (attributes
 * are shared by all worlds) and load the adapter bundle (window.__rcEditors) into the requested world.
 */
export async function openFixture(
  page: Page,
  origin: string,
  name: string,
  world: 'main' | 'isolated' = 'isolated',
): Promise<World> {
  await page.goto(`${origin}/fixture/${name}`);
  await page.waitForFunction(() => {
    const w = window as unknown as { __editor?: unknown; __editorError?: string };
    if (w.__editorError) throw new Error(w.__editorError);
    return !!w.__editor;
  });
  await page.evaluate(() =>
    (window as unknown as { __editor: { editable: HTMLElement } }).__editor.editable.setAttribute('data-rc-target', ''),
  );
  const w: World =
    world === 'isolated'
      ? await isolatedWorld(page)
      : (await page.addScriptTag({ content: bundleSource() }),
        { name: 'main', evaluate: (fn, arg) => page.evaluate(fn as never, arg) });
  // Keep the element itself in that world (editors such as CKEditor drop attributes they did not set).
  await w.evaluate(() => {
    const find = (root: Document | ShadowRoot): HTMLElement | null => {
      const hit = root.querySelector<HTMLElement>('[data-rc-target]');
      if (hit) return hit;
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const inner = el.shadowRoot ? find(el.shadowRoot) : null;
        if (inner) return inner;
      }
      return null;
    };
    (window as unknown as { __rcTarget: HTMLElement | null }).__rcTarget = find(document);
  }, null);
  return w;
}

/** The browser page a spec file runs its editors in, on the fixture server: set up before its tests, closed after. */
export interface FixtureEnv {
  page: Page;
  origin: string;
}

export function fixtureEnv(): FixtureEnv {
  const env = {} as FixtureEnv;
  let browser: Browser | undefined;
  let server: Server | undefined;
  beforeAll(async () => {
    await buildAll();
    const started = await startServer();
    server = started.server;
    env.origin = started.origin;
    browser = await launch();
    const context = await newContext(browser, env.origin);
    env.page = await context.newPage();
    env.page.on('pageerror', (e) => console.error('page error:', e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
  return env;
}
