// Failures inside our handlers (src/shared/report.ts): told once per code, by code and kind, never by message.
import { describe, expect, it, vi } from 'vitest';
import { reportFailure } from '../../src/shared/report';

describe('reportFailure', () => {
  it('tells each code once, with the error kind and never its message', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const secret = 'Hello Anna, your vase ships Friday';
    reportFailure('fix-failed', new TypeError(`cannot insert "${secret}"`));
    reportFailure('fix-failed', new Error('again'));
    reportFailure('render-failed', secret);
    const lines = debug.mock.calls.map((c) => c.map(String).join(' '));
    debug.mockRestore();
    expect(lines).toEqual(['[Reply Coach] fix-failed (TypeError)', '[Reply Coach] render-failed (string)']);
    expect(lines.join('\n')).not.toContain('Anna');
  });
});
