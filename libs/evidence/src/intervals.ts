/** How a figure is qualified: exactly, more than, at least, fewer than, at most, about, or between two values. */
export type Op = '=' | '>' | '>=' | '<' | '<=' | '~' | 'range';

export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

export function toInterval(q: { value: number; op: Op; max?: number }): Interval {
  switch (q.op) {
    case '>':
      return { lo: q.value, hi: Infinity, loOpen: true, hiOpen: true };
    case '>=':
      return { lo: q.value, hi: Infinity, loOpen: false, hiOpen: true };
    case '<':
      return { lo: 0, hi: q.value, loOpen: false, hiOpen: true };
    case '<=':
      return { lo: 0, hi: q.value, loOpen: false, hiOpen: false };
    case '~':
      return { lo: q.value * 0.9, hi: q.value * 1.1, loOpen: false, hiOpen: false };
    case 'range':
      return { lo: q.value, hi: q.max ?? q.value, loOpen: false, hiOpen: false };
    default:
      return { lo: q.value, hi: q.value, loOpen: false, hiOpen: false };
  }
}

/** 'entails': every value the passage allows satisfies the claim. 'disjoint': no value satisfies both. */
export function relateIntervals(claim: Interval, passage: Interval): 'entails' | 'disjoint' | 'overlaps' {
  const below = (a: Interval, b: Interval) => a.hi < b.lo || (a.hi === b.lo && (a.hiOpen || b.loOpen));
  if (below(claim, passage) || below(passage, claim)) return 'disjoint';
  const loInside = passage.lo > claim.lo || (passage.lo === claim.lo && (passage.loOpen || !claim.loOpen));
  const hiInside = passage.hi < claim.hi || (passage.hi === claim.hi && (passage.hiOpen || !claim.hiOpen));
  return loInside && hiInside ? 'entails' : 'overlaps';
}

/** Made once: toLocaleString builds a new number format on every call. */
const AMOUNT = new Intl.NumberFormat('en-US');

export function describeAmount(q: { value: number; op: Op; max?: number }): string {
  const n = AMOUNT.format(q.value);
  switch (q.op) {
    case '>':
      return `more than ${n}`;
    case '>=':
      return `at least ${n}`;
    case '<':
      return `fewer than ${n}`;
    case '<=':
      return `at most ${n}`;
    case '~':
      return `about ${n}`;
    case 'range':
      return `between ${n} and ${AMOUNT.format(q.max ?? q.value)}`;
    default:
      return n;
  }
}
