/**
 * The engine (language packs and rules; compromise stays in the background) is a chunk of its own, loaded in an idle
 * moment after a box is hooked. Its first analysis would build every regex and segmenter at once (100+ ms), so that
 * work runs first as small warm-up steps, in slices between which the page (and the seller's typing) goes first;
 * the engine counts as loaded once the detector and the likely language (the draft's, else the customer's, else the
 * UI's) are ready, and the other languages go on warming the same way after; a draft in one of them waits for it
 * (warmedFor), so that no check builds a language in one long task. One engine per frame, shared by every box.
 */
import type { AnalyzeOptions, Lang } from '../engine/types';
import { idle } from './idle';
import { anyoneTyping, POLL_MS } from './typing-watcher';
import { reportFailure } from '../shared/report';

export type Engine = typeof import('../engine/core');

/** Most main-thread time one idle slice of the engine's warm-up may take (a step itself takes a few ms). */
const WARM_SLICE_MS = 8;
/** Longest wait for an idle moment to load or warm the engine in (a busy page still gets its first hints). */
const WARM_TIMEOUT_MS = 200;

let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;
/** The languages the warm-up prepares, and those it has prepared so far. */
const planned = new Set<Lang>();
const warmed = new Set<Lang>();
/** Every language prepared. */
let allWarm: Promise<void> | null = null;

/** The engine once loaded and warmed up for the draft's language, else null. */
export function loadedEngine(): Engine | null {
  return engine;
}

/**
 * Load and warm up the engine (once; later calls get the same promise). `options` and `draft` only pick what the
 * warm-up prepares first (the seller's languages and own phrases).
 */
export function loadEngine(options: AnalyzeOptions, draft: string): Promise<Engine> {
  // Imported in an idle moment of its own, not in the task that hooks the box and draws the overlay.
  loading ??= new Promise<void>((r) => whenQuiet(r))
    .then(() => import('../engine/core'))
    .then((m) => {
      const [first, ...later] = m.warmUpStages(options, draft);
      for (const s of [first, ...later]) if (s) planned.add(s.lang);
      return runInSlices(first?.steps ?? []).then(() => {
        if (first) warmed.add(first.lang);
        engine = m;
        allWarm = later.reduce(
          (done, s) => done.then(() => runInSlices(s.steps)).then(() => void warmed.add(s.lang)),
          Promise.resolve(),
        );
        return m;
      });
    });
  return loading;
}

/** Is the loaded engine ready for a draft in `lang` (null: none of the seller's languages) without building it? */
export function warmedFor(lang: Lang | null): boolean {
  return lang === null || !planned.has(lang) || warmed.has(lang);
}

/** Has the warm-up prepared every language it planned (then no draft needs to be read for its language first)? */
export function everyLanguageWarm(): boolean {
  return engine !== null && warmed.size === planned.size;
}

/** Resolves once the warm-up has prepared every language (after the engine has loaded). */
export function whenAllWarm(): Promise<void> {
  return (loading ?? Promise.resolve()).then(() => allWarm ?? undefined);
}

/** Run `fn` in an idle moment while nobody types: loading and warming the engine never sits between keystrokes. */
export function whenQuiet(fn: () => void, typing: () => boolean = anyoneTyping): void {
  idle(() => (typing() ? setTimeout(() => whenQuiet(fn, typing), POLL_MS) : fn()), WARM_TIMEOUT_MS);
}

export interface SliceOptions {
  sliceMs?: number;
  /** Is the seller typing? Then the steps wait for a quiet idle moment. */
  typing?: () => boolean;
  now?: () => number;
}

/**
 * Run `steps` in slices of at most `sliceMs` with a yield between them (input waiting meanwhile runs first); while
 * the seller types it stops and goes on in a quiet idle moment after. A step that throws is skipped. Resolves when
 * every step has run.
 */
export function runInSlices(steps: ReadonlyArray<() => void>, opts: SliceOptions = {}): Promise<void> {
  const { sliceMs = WARM_SLICE_MS, typing = anyoneTyping, now = () => performance.now() } = opts;
  return new Promise<void>((resolve) => {
    let next = 0;
    const slice = () => {
      if (typing()) return whenQuiet(slice, typing);
      const start = now();
      while (next < steps.length && now() - start < sliceMs) {
        try {
          steps[next++]!();
        } catch (e) {
          reportFailure('warm-up-failed', e);
        }
      }
      if (next < steps.length) setTimeout(slice, 0);
      else resolve();
    };
    whenQuiet(slice, typing);
  });
}
