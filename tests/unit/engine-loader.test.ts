// The engine's warm-up runs in slices (src/content/engine-loader.ts): never more than a slice's time in one task,
// nothing while the seller types, and a step that throws does not stop the rest.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runInSlices } from '../../src/content/engine-loader';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Ten steps of 3 ms each on a clock of their own; `ran` lists the steps run. */
function steps(n = 10, fail?: number) {
  let clock = 0;
  const ran: number[] = [];
  const list = Array.from({ length: n }, (_, i) => () => {
    clock += 3;
    ran.push(i);
    if (i === fail) throw new Error('step failed');
  });
  return { list, ran, now: () => clock };
}

describe('warm-up in slices', () => {
  it('runs at most one slice (8 ms) per task and resolves after the last step', async () => {
    const { list, ran, now } = steps();
    let done = false;
    void runInSlices(list, { sliceMs: 8, typing: () => false, now }).then(() => (done = true));
    expect(ran).toEqual([]);
    const perTask: number[] = [];
    while (!done && perTask.length < 20) {
      const before = ran.length;
      await vi.advanceTimersToNextTimerAsync();
      if (ran.length > before) perTask.push(ran.length - before);
    }
    expect(done).toBe(true);
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(perTask).toEqual([3, 3, 3, 1]);
  });

  it('waits while the seller types and goes on once they pause', async () => {
    const { list, ran, now } = steps();
    let typing = true;
    let done = false;
    void runInSlices(list, { sliceMs: 8, typing: () => typing, now }).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(2000);
    expect(ran).toEqual([]);
    typing = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(done).toBe(true);
    expect(ran).toHaveLength(10);
  });

  it('a step that throws is skipped; the others still run', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { list, ran, now } = steps(10, 4);
    let done = false;
    void runInSlices(list, { typing: () => false, now }).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(true);
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(debug).toHaveBeenCalledTimes(1);
    debug.mockRestore();
  });
});
