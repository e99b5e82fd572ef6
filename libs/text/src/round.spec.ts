import { describe, expect, it } from 'vitest';
import { round3 } from './round.js';

/** What the API's DTOs used before round3: the shortest decimal of the value rounded by toFixed. */
const viaToFixed = (n: number) => Number(n.toFixed(3));

describe(round3.name, () => {
  it('rounds to three decimals, halves up', () => {
    expect([0, 1, 0.1234, 0.1235, 0.9996, 2 / 3].map(round3)).toEqual([0, 1, 0.123, 0.124, 1, 0.667]);
  });

  it('gives a claim score read back from a float4 column exactly as toFixed did', () => {
    for (let k = 0; k <= 1000; k++) {
      const stored = Math.fround(round3(k / 1000));
      expect(round3(stored)).toBe(viaToFixed(stored));
      expect(round3(stored)).toBe(round3(k / 1000));
    }
  });

  it('gives a Dice similarity of two claims (up to 159 distinct terms between them) exactly as toFixed did', () => {
    for (let terms = 1; terms < 160; terms++) {
      for (let shared = 0; shared <= terms / 2; shared++) expect(round3((2 * shared) / terms)).toBe(viaToFixed((2 * shared) / terms));
    }
  });
});
