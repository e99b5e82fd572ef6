import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache.js';

describe(BoundedCache.name, () => {
  it('holds at most its limit and forgets the oldest first', () => {
    const cache = new BoundedCache<number>(3);
    for (const [k, v] of [['a', 1], ['b', 2], ['c', 3]] as const) cache.set(k, v);
    expect(cache.size).toBe(3);
    cache.set('d', 4);
    expect(cache.size).toBe(3);
    expect(cache.has('a')).toBe(false);
    expect([cache.get('b'), cache.get('c'), cache.get('d')]).toEqual([2, 3, 4]);
    cache.set('e', 5);
    cache.set('f', 6);
    cache.set('g', 7);
    expect(['d', 'e', 'f', 'g'].map((k) => cache.has(k))).toEqual([false, true, true, true]);
  });

  it('gives a key it holds the new value without evicting anything or making it younger', () => {
    const cache = new BoundedCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 10);
    expect([cache.size, cache.get('a'), cache.get('b')]).toEqual([2, 10, 2]);
    cache.set('c', 3);
    expect([cache.has('a'), cache.get('b'), cache.get('c')]).toEqual([false, 2, 3]);
  });

  it('forgets as a first-in-first-out map of the same limit does, over many keys', () => {
    const cache = new BoundedCache<number>(50);
    const reference = new Map<string, number>();
    for (let i = 0; i < 2_000; i++) {
      const key = `k${(i * 7919) % 300}`;
      if (!reference.has(key)) {
        if (reference.size >= 50) reference.delete(reference.keys().next().value as string);
        reference.set(key, i);
      }
      if (!cache.has(key)) cache.set(key, i);
    }
    expect(cache.size).toBe(reference.size);
    for (const [k, v] of reference) expect(cache.get(k)).toBe(v);
  });

  it('refuses a limit below one', () => {
    expect(() => new BoundedCache(0)).toThrow(RangeError);
  });
});
