import { type TermToken as Token, wordTable } from '#text';
import type { Op } from './intervals.js';

/** Figures in words and digits, and the qualifiers before them ("at least", "nearly"). */
const ONES = wordTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
});
const MULTIPLIERS = wordTable<number>({ hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 });

/** Qualifiers read right-to-left from the figure; longest first. */
const QUALIFIERS: Array<[string[], Op | 'nearly']> = [
  [['no', 'fewer', 'than'], '>='],
  [['no', 'less', 'than'], '>='],
  [['no', 'more', 'than'], '<='],
  [['as', 'many', 'as'], '<='],
  [['more', 'than'], '>'],
  [['just', 'over'], '>'],
  [['at', 'least'], '>='],
  [['less', 'than'], '<'],
  [['fewer', 'than'], '<'],
  [['at', 'most'], '<='],
  [['up', 'to'], '<='],
  [['close', 'to'], 'nearly'],
  [['over'], '>'],
  [['above'], '>'],
  [['under'], '<'],
  [['about'], '~'],
  [['around'], '~'],
  [['roughly'], '~'],
  [['approximately'], '~'],
  [['some'], '~'],
  [['nearly'], 'nearly'],
  [['almost'], 'nearly'],
  [['exactly'], '='],
];

/** Words of the qualifiers above ("at least", "nearly"): how a figure is hedged, not what it measures. */
export const QUALIFIER_WORDS = new Set(QUALIFIERS.flatMap(([words]) => words));

export interface ParsedNumber {
  value: number;
  end: number;
}

export function parseNumber(tokens: Token[], i: number): ParsedNumber | undefined {
  const first = tokens[i];
  let value: number;
  let end = i + 1;
  if (/^\d+(?:,\d{3})*(?:\.\d+)?$/.test(first.raw)) {
    value = Number(first.raw.replace(/,/g, ''));
  } else if (first.lower in ONES) {
    value = ONES[first.lower];
    // "twenty-five", "twenty five"
    const hyphen = tokens[end]?.raw === '-' ? 1 : 0;
    const next = tokens[end + hyphen]?.lower;
    if (value >= 20 && value % 10 === 0 && next && next in ONES && ONES[next] < 10) {
      value += ONES[next];
      end += hyphen + 1;
    }
  } else if (first.lower === 'a' && (tokens[i + 1]?.lower === 'dozen' || tokens[i + 1]?.lower in MULTIPLIERS)) {
    value = tokens[i + 1].lower === 'dozen' ? 12 : MULTIPLIERS[tokens[i + 1].lower];
    end = i + 2;
  } else {
    return undefined;
  }
  while (tokens[end] && tokens[end].lower in MULTIPLIERS) {
    value *= MULTIPLIERS[tokens[end].lower];
    end++;
  }
  return { value, end };
}

export function qualifierBefore(tokens: Token[], i: number): Op | 'nearly' | undefined {
  for (const [words, op] of QUALIFIERS) {
    const start = i - words.length;
    if (start < 0) continue;
    if (words.every((w, k) => tokens[start + k].lower === w)) return op;
  }
  return undefined;
}

export function bounds(op: Op | 'nearly', value: number): { op: Op; value: number; max?: number } {
  if (op === 'nearly') return { op: 'range', value: Math.round(value * 0.85 * 100) / 100, max: value };
  return { op, value };
}
