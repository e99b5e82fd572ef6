import { describe, expect, it } from 'vitest';
import { backoffMs } from './backoff.js';

describe(backoffMs.name, () => {
  const middle = () => 0.5;

  it('doubles from the base per failure, starting at the base', () => {
    expect([0, 1, 2, 3, 4].map((n) => backoffMs(n, 500, 60_000, middle))).toEqual([500, 500, 1000, 2000, 4000]);
  });

  it('jitters by at most 20 % either way', () => {
    expect(backoffMs(3, 1000, 60_000, () => 0)).toBe(3200);
    expect(backoffMs(3, 1000, 60_000, () => 0.999999)).toBe(4800);
  });

  it('stops growing at the cap, and stays finite after very many failures', () => {
    expect(backoffMs(7, 500, 30_000, middle)).toBe(30_000);
    expect(backoffMs(5_000, 500, 30_000, middle)).toBe(30_000);
  });
});
