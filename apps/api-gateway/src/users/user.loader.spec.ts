import { afterEach, describe, expect, it, vi } from 'vitest';
import { TtlCacheMap } from './user.loader.js';

describe('TtlCacheMap', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps an entry for its time to live, then forgets it', () => {
    vi.useFakeTimers();
    const map = new TtlCacheMap<string, number>(2000);
    map.set('a', 1);
    vi.advanceTimersByTime(1999);
    expect(map.get('a')).toBe(1);
    vi.advanceTimersByTime(2);
    expect(map.get('a')).toBeUndefined();
  });

  it('deletes and clears like a Map', () => {
    const map = new TtlCacheMap<string, number>(1000);
    map.set('a', 1);
    map.set('b', 2);
    map.delete('a');
    expect(map.get('a')).toBeUndefined();
    expect(map.get('b')).toBe(2);
    map.clear();
    expect(map.get('b')).toBeUndefined();
  });
});
