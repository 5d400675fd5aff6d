#!/usr/bin/env node
// `npm run demo`: the fixture server and Chromium with the built extension (dist/chrome), on the fixture Etsy,
// Gmail and Kleinanzeigen pages — the coach at work without an account anywhere. Headed where a display exists
// (DISPLAY or WAYLAND_DISPLAY); otherwise headless: it types a draft on each page and saves screenshots.
//
// Node 20 does not run TypeScript, so this bundles tests/e2e/harness.ts with esbuild on the fly (import.meta.url
// kept per source file, so paths still resolve) into tests/e2e/.tmp/ and imports that.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const dist = join(root, 'dist', 'chrome');

if (!existsSync(join(dist, 'manifest.json'))) {
  console.error('dist/chrome is missing: run `npm run build` first.');
  process.exit(1);
}

const esbuild = await import('esbuild');
const out = join(here, '.tmp', 'demo-harness.mjs');
mkdirSync(dirname(out), { recursive: true });
await esbuild.build({
  entryPoints: [join(here, 'demo-main.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
  plugins: [
    {
      name: 'keep-import-meta-url',
      setup(build) {
        build.onLoad({ filter: /\.(ts|js)$/ }, (args) => {
          if (args.path.includes(`${'/'}node_modules${'/'}`)) return undefined;
          const text = readFileSync(args.path, 'utf8').replaceAll(
            'import.meta.url',
            JSON.stringify(pathToFileURL(args.path).href),
          );
          return { contents: text, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
        });
      },
    },
  ],
});
const { runDemo } = await import(pathToFileURL(out).href);
const headed = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.RC_DEMO_HEADLESS !== '1';
await runDemo({ headed, log: (m) => console.log(m), rel: (p) => relative(process.cwd(), p) });
