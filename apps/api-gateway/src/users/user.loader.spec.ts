import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { recentCache } from './user.loader.js';

describe('recentCache', () => {
  it('keeps an entry for its time to live, then forgets it', () => {
    let now = 1_000_000;
    const map = recentCache<string, number>({ max: 10, ttlMs: 2000 }, { now: () => now });
    map.set('a', 1);
    now += 1999;
    expect(map.get('a')).toBe(1);
    now += 2;
    expect(map.get('a')).toBeUndefined();
    expect(map.size).toBe(0);
  });

  it('holds at most `max` entries, dropping the least recently used one (not the whole cache)', () => {
    const map = recentCache<string, number>({ max: 3, ttlMs: 60_000 });
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3);
    expect(map.get('a')).toBe(1); // a is now the most recently used
    map.set('d', 4);
    expect(map.size).toBe(3);
    expect(map.get('b')).toBeUndefined();
    expect([map.get('a'), map.get('c'), map.get('d')]).toEqual([1, 3, 4]);
  });

  it('deletes and clears like a Map', () => {
    const map = recentCache<string, number>({ max: 10, ttlMs: 1000 });
    map.set('a', 1);
    map.set('b', 2);
    map.delete('a');
    expect(map.get('a')).toBeUndefined();
    expect(map.get('b')).toBe(2);
    map.clear();
    expect(map.get('b')).toBeUndefined();
  });

  it("serves as a DataLoader's cacheMap: a key is loaded once while cached, again after it expired", async () => {
    let now = 5_000;
    const loads: string[][] = [];
    const loader = new DataLoader<string, string>(
      async (keys) => {
        loads.push([...keys]);
        return keys.map((k) => k.toUpperCase());
      },
      { cacheMap: recentCache<string, Promise<string>>({ max: 100, ttlMs: 2000 }, { now: () => now }) },
    );
    expect(await Promise.all([loader.load('x'), loader.load('y')])).toEqual(['X', 'Y']);
    expect(await loader.load('x')).toBe('X');
    expect(loads).toEqual([['x', 'y']]);
    now += 2001;
    expect(await loader.load('x')).toBe('X');
    expect(loads).toEqual([['x', 'y'], ['x']]);
  });
});
