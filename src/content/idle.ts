/** Run `fn` in an idle moment (at the latest after `timeoutMs`); a plain timer where requestIdleCallback is missing. */
export function idle(fn: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: timeoutMs });
  else setTimeout(fn, 0);
}
