/// <reference types="vitest/config" />
// One config, three builds: `--mode chrome` (dist/chrome), `--mode firefox` (dist/firefox), `--mode cli` (dist/cli).
import { defineConfig, type UserConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { fileURLToPath } from 'node:url';
import baseManifest from './manifest.json' with { type: 'json' };

const root = fileURLToPath(new URL('.', import.meta.url));

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  const m = structuredClone(baseManifest) as Record<string, unknown>;
  if (browser === 'firefox') {
    m.browser_specific_settings = { gecko: { id: 'reply-coach@reply-coach.app', strict_min_version: '128.0' } };
    // Firefox MV3 runs the background as an event page, not a service worker.
    m.background = { scripts: [baseManifest.background.service_worker], type: 'module' };
  }
  return m as unknown as ManifestV3Export;
}

function extensionBuild(browser: 'chrome' | 'firefox'): UserConfig {
  return {
    plugins: [crx({ manifest: manifestFor(browser), browser })],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      sourcemap: false,
      modulePreload: false,
    },
    legacy: { inconsistentCjsInterop: true },
  } as UserConfig;
}

// The CLI and a standalone engine module: self-contained Node ESM files that run without node_modules.
const cliBuild: UserConfig = {
  publicDir: false,
  build: {
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    rollupOptions: {
      input: { 'reply-coach': `${root}src/cli/main.ts`, engine: `${root}src/engine/index.ts` },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
};

export default defineConfig(({ mode }) => {
  if (mode === 'cli') return cliBuild;
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
