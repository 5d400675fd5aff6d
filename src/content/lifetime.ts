/**
 * When the extension is removed, disabled or updated, a tab that stays open keeps this content script but loses
 * its extension: `runtime.id` goes, and every extension call throws "Extension context invalidated". From then on
 * the script must leave the page as it found it. Whoever holds something on the page registers its teardown here;
 * the check runs at every check of a draft and every few seconds while a box is coached.
 */
import { extensionRuntime } from '../shared/messages';

const teardowns = new Set<() => void>();
let gone = false;
let timer: ReturnType<typeof setInterval> | undefined;

function extensionId(): string | undefined {
  try {
    return extensionRuntime()?.id;
  } catch {
    return undefined;
  }
}

/** Is the extension still there? If not, runs every teardown once and stops the timer. */
export function extensionAlive(): boolean {
  if (gone) return false;
  if (extensionId()) return true;
  gone = true;
  clearInterval(timer);
  for (const t of [...teardowns]) {
    try {
      t();
    } catch {
      /* leave as much as possible */
    }
  }
  teardowns.clear();
  return false;
}

/** Run `teardown` when the extension goes; returns the way to take the registration back. */
export function whenGone(teardown: () => void): () => void {
  teardowns.add(teardown);
  return () => teardowns.delete(teardown);
}

/** Look every few seconds while something is coached (a property read; nothing else runs). */
export function watchLifetime(): void {
  if (timer !== undefined || gone) return;
  timer = setInterval(() => void extensionAlive(), 2000);
}
