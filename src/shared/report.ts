/**
 * A failure inside one of our handlers, told to the console once per code: a short code and the error's kind, never
 * its message or stack (an error's message can quote the page or the seller's draft), and the page goes on.
 */
const reported = new Set<string>();

/** Where a failure happened: the codes a bug report names. */
export type FailureCode =
  | 'analyze-failed'
  | 'attach-failed'
  | 'background-failed'
  | 'engine-load-failed'
  | 'fix-failed'
  | 'no-editor-adapter'
  | 'read-failed'
  | 'render-failed'
  | 'start-failed'
  | 'warm-up-failed';

export function reportFailure(code: FailureCode, error: unknown): void {
  if (reported.has(code)) return;
  reported.add(code);
  const kind = error instanceof Error ? error.name : typeof error;
  console.debug(`[Reply Coach] ${code} (${kind})`);
}
