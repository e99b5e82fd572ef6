/**
 * The wait before the next try after `failures` failures in a row: base · 2^(failures−1), capped, then
 * ±20 % jitter so that everything retrying after the same outage does not come back in the same instant.
 */
export function backoffMs(failures: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, failures - 1), maxMs);
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
