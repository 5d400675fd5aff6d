/// <reference types="vitest/config" />
// One config, three builds: `--mode chrome` (dist/chrome), `--mode firefox` (dist/firefox), `--mode cli` (dist/cli).
import { defineConfig, transformWithEsbuild, type UserConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import type { Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

const root = fileURLToPath(new URL('.', import.meta.url));

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  const m = structuredClone(baseManifest) as Record<string, unknown>;
  // The built-in sites are host permissions too (one list: the content script's matches). Content script matches
  // alone let the script run, but the popup needs the host permission to see the tab's URL without "tabs".
  m.host_permissions = [...new Set(baseManifest.content_scripts.flatMap((c) => c.matches))];
  if (browser === 'firefox') {
    m.browser_specific_settings = {
      gecko: {
        id: 'reply-coach@reply-coach.app',
        strict_min_version: '140.0',
        // Firefox's built-in data consent: this extension collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    };
    // Firefox MV3 runs the background as an event page, not a service worker.
    m.background = { scripts: [baseManifest.background.service_worker], type: 'module' };
  }
  return m as unknown as ManifestV3Export;
}

/**
 * After the extension build:
 * - _locales/hr and _locales/sr as copies of _locales/bs (one source of strings): Chrome and Firefox pick a locale
 *   folder by the browser's UI language, and Croatian and Serbian UIs would otherwise fall back to English.
 * - web_accessible_resources that crxjs made for the content script's lazily imported chunks also get the optional
 *   host patterns, so the content script works on sites the user adds (it imports those chunks from the page).
 * - crxjs' content-script loader (which imports the content script at once) is replaced by src/content/boot.ts,
 *   which imports it on the first focus of something one can type into: a page where nobody types pays ~0.5 ms.
 */
function extensionPostBuild(browser: 'chrome' | 'firefox'): Plugin {
  const out = `${root}dist/${browser}`;
  return {
    name: 'reply-coach:post-build',
    apply: 'build',
    async closeBundle() {
      await replaceLoader(out, browser);
      if (browser === 'firefox') await addPageWorldBridge(out);
      const bs = readFileSync(`${root}public/_locales/bs/messages.json`, 'utf8');
      for (const alias of ['hr', 'sr']) {
        mkdirSync(`${out}/_locales/${alias}`, { recursive: true });
        writeFileSync(`${out}/_locales/${alias}/messages.json`, bs);
      }
      const manifestPath = `${out}/manifest.json`;
      const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
        web_accessible_resources?: { matches?: string[]; resources: string[] }[];
        optional_host_permissions?: string[];
      };
      const extra = m.optional_host_permissions ?? [];
      for (const war of m.web_accessible_resources ?? []) {
        if (!war.matches) continue;
        for (const p of extra) if (!war.matches.includes(p)) war.matches.push(p);
      }
      writeFileSync(manifestPath, JSON.stringify(m, null, 2) + '\n');
    },
  };
}

async function replaceLoader(out: string, browser: 'chrome' | 'firefox'): Promise<void> {
  const m = JSON.parse(readFileSync(`${out}/manifest.json`, 'utf8')) as { content_scripts: { js: string[] }[] };
  const loaders = [...new Set(m.content_scripts.flatMap((c) => c.js))];
  const boot = await transformWithEsbuild(readFileSync(`${root}src/content/boot.ts`, 'utf8'), 'boot.ts', {
    loader: 'ts',
    format: 'iife',
    target: browser === 'firefox' ? 'firefox140' : 'chrome120',
    minify: true,
  });
  for (const loader of loaders) {
    const code = readFileSync(`${out}/${loader}`, 'utf8');
    const module = /getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/.exec(code)?.[1];
    if (!module || !readdirSync(`${out}/assets`).includes(module.replace(/^assets\//, ''))) {
      throw new Error(`reply-coach: no content module found in ${loader}`);
    }
    writeFileSync(`${out}/${loader}`, boot.code.replace('__REPLY_COACH_CONTENT_MODULE__', module));
  }
}

/**
 * Firefox: the clipboard bridge (src/content/page-world/clipboard-bridge.ts) runs in the page's own world on the
 * same pages and frames as the content script, from document start, so an editor's paste handler gets the fix's
 * data (a paste made in a Firefox content script arrives empty).
 */
async function addPageWorldBridge(out: string): Promise<void> {
  const file = 'page-world-clipboard.js';
  const bridge = await transformWithEsbuild(
    readFileSync(`${root}src/content/page-world/clipboard-bridge.ts`, 'utf8'),
    'clipboard-bridge.ts',
    {
      loader: 'ts',
      format: 'iife',
      target: 'firefox140',
      minify: true,
    },
  );
  writeFileSync(`${out}/${file}`, bridge.code);
  const manifestPath = `${out}/manifest.json`;
  const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts: { matches: string[] }[] };
  const content = m.content_scripts[0]!;
  m.content_scripts.push({
    matches: content.matches,
    js: [file],
    all_frames: true,
    match_about_blank: true,
    run_at: 'document_start',
    world: 'MAIN',
  } as never);
  writeFileSync(manifestPath, JSON.stringify(m, null, 2) + '\n');
}

function extensionBuild(browser: 'chrome' | 'firefox'): UserConfig {
  return {
    plugins: [crx({ manifest: manifestFor(browser), browser }), extensionPostBuild(browser)],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox140' : 'chrome120',
      sourcemap: false,
      modulePreload: false,
    },
    legacy: { inconsistentCjsInterop: true },
  } as UserConfig;
}

// The CLI and the engine as standalone Node ESM files: each self-contained, running without node_modules.
function nodeBuild(name: 'reply-coach' | 'engine', entry: string): UserConfig {
  return {
    publicDir: false,
    build: {
      outDir: 'dist/cli',
      emptyOutDir: name === 'reply-coach',
      target: 'node20',
      ssr: true,
      minify: false,
      rollupOptions: {
        input: { [name]: `${root}${entry}` },
        output: { format: 'es', entryFileNames: '[name].mjs', inlineDynamicImports: true },
      },
    },
    ssr: { noExternal: true, target: 'node' },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'cli') return nodeBuild('reply-coach', 'src/cli/main.ts');
  if (mode === 'engine') return nodeBuild('engine', 'src/engine/index.ts');
  if (mode === 'firefox') return extensionBuild('firefox');
  if (mode === 'chrome') return extensionBuild('chrome');
  return {
    test: {
      include: ['tests/**/*.test.ts'],
      testTimeout: 30_000,
      hookTimeout: 120_000,
      fileParallelism: true,
    },
  };
});
