// The format check a writer runs on a new batch, with the loaders' own tables (never the labels). Writers run it and
// never read it; it is bundled into the folder they write to:
//   npx esbuild tests/check-batch.ts --bundle --platform=node --format=esm --outfile=<folder>/check.mjs
//   node <folder>/check.mjs <folder>/<batch>-<lang>.jsonl <prefix> [drafts|threads]
import { basename, dirname, resolve } from 'node:path';
import type { CorpusLang } from './corpus/metrics';

const [path = '', prefix = '', kind = 'drafts'] = process.argv.slice(2);
const name = /^(.+)-(en|de|fi|bs)\.jsonl$/.exec(basename(path));
if (!name || !/^[a-z]{2}$/.test(prefix) || !['drafts', 'threads'].includes(kind)) {
  console.log('usage: node check.mjs <folder>/<batch>-<en|de|fi|bs>.jsonl <two-letter prefix> [drafts|threads]');
  process.exit(1);
}
const [, file, lang] = name as unknown as [string, string, CorpusLang];
// The loaders read the folder their variable names, fixed when they load: set before importing them.
process.env.RC_DATASET_DIR = process.env.RC_THREADS_DIR = dirname(resolve(path));
try {
  const n =
    kind === 'threads'
      ? (await import('./threads/threads')).loadThreadFile(file, prefix, lang).length
      : (await import('./dataset/dataset')).loadBatches([{ file, prefix }], lang).length;
  console.log(`OK (${n} lines)`);
} catch (e) {
  console.log((e as Error).message);
  process.exit(1);
}
