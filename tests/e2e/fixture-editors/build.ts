// Builds one self-contained IIFE bundle (+ a .css when the editor has styles) per fixture editor.
// Usage: `await buildFixtureEditors(outDir)`; see README.md in this folder.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

/** bundle name -> [entry file in this folder, exported mount function]. */
export const FIXTURE_EDITORS: Record<string, [file: string, exportName: string]> = {
  textarea: ['textarea.ts', 'mount'],
  contenteditable: ['contenteditable.ts', 'mount'],
  shadow: ['shadow.ts', 'mount'],
  'designmode-blank': ['designmode.ts', 'mount'],
  'designmode-srcdoc': ['designmode.ts', 'mountSrcdoc'],
  gmail: ['quoted.ts', 'mountGmail'],
  outlook: ['quoted.ts', 'mountOutlook'],
  swallow: ['swallow.ts', 'mount'],
  mangle: ['mangle.ts', 'mount'],
  revert: ['revert.ts', 'mount'],
  lexical: ['lexical.ts', 'mount'],
  'lexical-compact': ['lexical.ts', 'mountCompact'],
  draftjs: ['draftjs.js', 'mount'],
  prosemirror: ['prosemirror.ts', 'mount'],
  'prosemirror-compact': ['prosemirror.ts', 'mountCompact'],
  quill: ['quill.ts', 'mount'],
  ckeditor5: ['ckeditor5.ts', 'mount'],
  tinymce: ['tinymce.ts', 'mount'],
  roosterjs: ['roosterjs.ts', 'mount'],
  slate: ['slate.js', 'mount'],
  squire: ['squire.ts', 'mount'],
  tiptap: ['tiptap.ts', 'mount'],
};

/** Build the bundles `names` (default: all) into `outDir` as `<name>.js` and, if styled, `<name>.css`. */
export async function buildFixtureEditors(
  outDir: string,
  names: string[] = Object.keys(FIXTURE_EDITORS),
): Promise<void> {
  const virtual: esbuild.Plugin = {
    name: 'fixture-entry',
    setup(build) {
      build.onResolve({ filter: /^fixture-entry:/ }, (args) => ({
        path: args.path.slice('fixture-entry:'.length),
        namespace: 'fixture-entry',
      }));
      build.onLoad({ filter: /.*/, namespace: 'fixture-entry' }, (args) => {
        const [file, exportName] = FIXTURE_EDITORS[args.path]!;
        return {
          contents:
            `import { ${exportName} as mount } from ${JSON.stringify(join(here, file))};\n` +
            `import { autoMount } from ${JSON.stringify(join(here, 'auto.ts'))};\n` +
            `autoMount(${JSON.stringify(args.path)}, mount);\n`,
          resolveDir: here,
          loader: 'ts',
        };
      });
    },
  };
  await esbuild.build({
    entryPoints: Object.fromEntries(names.map((n) => [n, `fixture-entry:${n}`])),
    outdir: outDir,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
    plugins: [virtual],
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: {
      '.woff': 'dataurl',
      '.woff2': 'dataurl',
      '.ttf': 'dataurl',
      '.svg': 'dataurl',
      '.png': 'dataurl',
      '.gif': 'dataurl',
    },
  });
}
