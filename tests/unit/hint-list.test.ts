// What one box's overlay shows (src/content/hint-list.ts) and how long a notice stays (src/content/notice.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Hint } from '../../src/engine/types';
import { HintList } from '../../src/content/hint-list';
import { Notice, NOTICE_MS } from '../../src/content/notice';

const hint = (rule: string) => ({ rule, fixes: [] }) as unknown as Hint;

describe('HintList', () => {
  it('a dismissed rule stays out of later checks until the box is empty again', () => {
    const list = new HintList();
    list.show([hint('greeting'), hint('closing-question')], 'en');
    list.dismiss('greeting');
    expect(list.visible.map((h) => h.rule)).toEqual(['closing-question']);
    list.show([hint('greeting'), hint('apology')], 'en');
    expect(list.visible.map((h) => h.rule)).toEqual(['apology']);
    expect(list.find('greeting')).toBeUndefined();
    list.clear();
    list.show([hint('greeting')], 'de');
    expect(list.visible.map((h) => h.rule)).toEqual(['greeting']);
  });

  it('silenced shows nothing but keeps the hints for a fix; an empty box ends the silence', () => {
    const list = new HintList();
    list.show([hint('greeting')], 'fi');
    list.silenced = true;
    expect(list.visible).toEqual([]);
    expect(list.find('greeting')).toBeDefined();
    list.clear();
    expect(list.silenced).toBe(false);
    expect(list.lang).toBeNull();
  });

  it('says whether the last check read only part of the draft, until the next check or an empty box', () => {
    const list = new HintList();
    list.show([hint('greeting')], 'en', true);
    expect(list.partial).toBe(true);
    list.show([hint('greeting')], 'en');
    expect(list.partial).toBe(false);
    list.show([], 'en', true);
    list.clear();
    expect(list.partial).toBe(false);
  });

  it('a failed check (no language) keeps the language it had', () => {
    const list = new HintList();
    list.show([hint('greeting')], 'bs');
    list.show([]);
    expect(list.lang).toBe('bs');
    expect(list.visible).toEqual([]);
    list.show([], null);
    expect(list.lang).toBeNull();
  });
});

describe('Notice', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('good news goes by itself; an error stays; an older timer does not clear a newer notice', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const expired = vi.fn();
    const n = new Notice(expired);
    n.say('Added to your reply', 'info');
    vi.advanceTimersByTime(NOTICE_MS - 1000);
    n.say('Added to your reply', 'info');
    vi.advanceTimersByTime(1000);
    expect(n.current?.text).toBe('Added to your reply');
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(NOTICE_MS);
    expect(n.current).toBeNull();
    expect(expired).toHaveBeenCalledTimes(1);
    n.say('Could not add it', 'error');
    vi.advanceTimersByTime(NOTICE_MS * 3);
    expect(n.current?.kind).toBe('error');
    n.clear();
    expect(n.current).toBeNull();
  });
});
