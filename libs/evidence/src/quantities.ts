import { stem, type TermToken as Token, wordTable } from '#text';
import type { Op } from './intervals.js';
import type { Unit } from './lexicon.js';
import { clauseHasOperation, clauseYears, contextTerms, nearTerms } from './quantity-context.js';
import { bounds, parseNumber, qualifierBefore, type ParsedNumber } from './quantity-numbers.js';
import { measureAfter, TIME_UNITS, unitAfter, type TimeUnit } from './quantity-units.js';
import { isStopword } from './stopwords.js';

export type { Op } from './intervals.js';
export type { TimeUnit } from './quantity-units.js';

export interface Quantity {
  value: number;
  op: Op;
  /** Upper bound when op is 'range' ("nearly 100" → 85..100). */
  max?: number;
  /** Singular head noun: "country", "language", "item". */
  unit: string;
  text: string;
  /** Content terms around the figure: what is being counted. */
  context: string[];
  /** Content terms within a few words of the figure: what is measured, told apart from the sentence's topic. */
  near?: string[];
  /** Years named in the figure's clause ("since 1850", "by 2100"): the time the figure refers to. */
  years?: number[];
}

export interface Duration {
  value: number;
  op: Op;
  max?: number;
  unit: TimeUnit;
  /** What lasted: a concept key ("operation") or a word, null when unclear ("two hours after …"). */
  about: string | null;
  text: string;
  context: string[];
}

const VAGUE = wordTable<number>({ several: 3, multiple: 3, numerous: 3, dozens: 24, scores: 40, hundreds: 200, thousands: 2_000, millions: 2_000_000 });
const MONTHS = /^(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/;

interface Found {
  quantities: Quantity[];
  durations: Duration[];
}

/** "thousands of items", "several languages": a vague figure is a lower bound. */
function readVague(tokens: Token[], units: Unit[], i: number, found: Found): void {
  const token = tokens[i];
  const next = tokens[i + 1]?.lower === 'of' ? i + 2 : i + 1;
  const unit = unitAfter(tokens, next, 2);
  if (!unit || isStopword(unit)) return;
  const timeUnit = TIME_UNITS[unit] ?? TIME_UNITS[`${unit}s`];
  const text = tokens.slice(i, next + 1).map((t) => t.raw).join(' ');
  if (timeUnit) {
    found.durations.push({ value: VAGUE[token.lower], op: '>=', unit: timeUnit, about: null, text, context: contextTerms(units, i, next + 1, []) });
  } else {
    found.quantities.push({ value: VAGUE[token.lower], op: '>=', unit, text, context: contextTerms(units, i, next + 1, [stem(unit)]) });
  }
}

/** Days of the month, years, ordinals and digits of a formula or code ("CO2", "PM2.5") count nothing. */
function countsNothing(tokens: Token[], i: number, parsed: ParsedNumber): boolean {
  const token = tokens[i];
  const prev = tokens[i - 1]?.lower ?? '';
  const prev2 = tokens[i - 2]?.lower ?? '';
  const next = tokens[parsed.end]?.lower ?? '';
  const isDigits = /^\d/.test(token.raw);
  if (isDigits && (MONTHS.test(prev) || (prev === '.' && MONTHS.test(prev2)) || MONTHS.test(next))) return true;
  if (isDigits && /^\d{4}$/.test(token.raw) && parsed.value >= 1900 && parsed.value < 2100) return true;
  if (/^(st|nd|rd|th)$/.test(next)) return true;
  return isDigits && /^(?:[A-Z][A-Za-z]?|[A-Z]{2,4})$/.test(tokens[i - 1]?.raw ?? '');
}

interface Amount {
  op: Op;
  value: number;
  max?: number;
}

/**
 * The figure's qualified amount. "32 to 58 percent", "between 260 and 280 parts per million", "1,000-2,300 ppm"
 * are one interval, not two figures (parsed.end then moves past the upper value); "from 280 to 400 ppm" is a change.
 */
function amountAt(tokens: Token[], i: number, parsed: ParsedNumber, qualifier: Op | 'nearly'): Amount {
  const amount: Amount = bounds(qualifier, parsed.value);
  const prev = tokens[i - 1]?.lower ?? '';
  const joiner = tokens[parsed.end]?.lower;
  if ((((joiner === 'to' || joiner === '-') && prev !== 'from') || (joiner === 'and' && prev === 'between')) && tokens[parsed.end + 1]) {
    const upper = parseNumber(tokens, parsed.end + 1);
    if (upper && upper.value > parsed.value && !TIME_UNITS[tokens[parsed.end]?.lower ?? '']) {
      amount.op = 'range';
      amount.value = parsed.value;
      amount.max = upper.value;
      parsed.end = upper.end;
    }
  }
  return amount;
}

/** A duration ("two hours", "a 10-day operation") at the figure; returns the index of its last token. */
function readDuration(tokens: Token[], units: Unit[], at: { i: number; unitIndex: number; hyphenated: boolean }, amount: Amount, qualifier: Op | 'nearly', found: Found): number {
  const { i, unitIndex, hyphenated } = at;
  let { op } = amount;
  // "over two days" says when it happened at least as often as how long: read it as at least that long.
  if (qualifier === '>' && tokens[i - 1]?.lower === 'over' && tokens[i - 2]?.lower !== 'just') op = '>=';
  let about: string | null = null;
  if (hyphenated) {
    const following = units.filter((u) => u.from > unitIndex && u.kind !== 'punct' && u.term !== 'long').slice(0, 4);
    about = following.some((u) => u.term === 'operation') ? 'operation' : (following[0]?.term ?? null);
  } else if (clauseHasOperation(units, i)) {
    about = 'operation';
  }
  const text = tokens.slice(i, unitIndex + 1).map((t) => t.raw).join(hyphenated ? '' : ' ');
  found.durations.push({ value: amount.value, op, max: amount.max, unit: TIME_UNITS[tokens[unitIndex].lower], about, text, context: contextTerms(units, i, unitIndex + 1, []) });
  return unitIndex;
}

/** A figure with its unit of measure, its time unit or its counted noun; returns the index of the last token read. */
function readFigure(tokens: Token[], units: Unit[], i: number, parsed: ParsedNumber, found: Found): number {
  const qualifier = qualifierBefore(tokens, i) ?? '=';
  const { op, value, max } = amountAt(tokens, i, parsed, qualifier);
  const measure = measureAfter(tokens, parsed.end);
  if (measure) {
    const end = parsed.end + measure.length;
    const text = tokens.slice(i, end).map((t) => t.raw).join(' ');
    found.quantities.push({ value, op, max, unit: measure.unit, text, context: contextTerms(units, i, end, []), near: nearTerms(units, i, end), years: clauseYears(tokens, i) });
    return end - 1;
  }
  const hyphenated = tokens[parsed.end]?.raw === '-';
  const unitIndex = hyphenated ? parsed.end + 1 : parsed.end;
  if (TIME_UNITS[tokens[unitIndex]?.lower ?? '']) return readDuration(tokens, units, { i, unitIndex, hyphenated }, { op, value, max }, qualifier, found);
  const unit = unitAfter(tokens, parsed.end, parsed.value);
  if (!unit) return i;
  const text = tokens.slice(i, parsed.end).map((t) => t.raw).join(' ') + ' ' + unit;
  found.quantities.push({ value, op, max, unit, text, context: contextTerms(units, i, parsed.end + 1, [stem(unit)]), near: nearTerms(units, i, parsed.end + 1, [stem(unit)]), years: clauseYears(tokens, i) });
  return parsed.end - 1;
}

/** The figures (counts and measures) and durations a text states, each with what it is about. */
export function readQuantities(tokens: Token[], units: Unit[]): { quantities: Quantity[]; durations: Duration[] } {
  const found: Found = { quantities: [], durations: [] };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.lower in VAGUE && !/^\d/.test(token.raw)) {
      readVague(tokens, units, i, found);
      continue;
    }
    const parsed = parseNumber(tokens, i);
    if (!parsed || countsNothing(tokens, i, parsed)) continue;
    i = readFigure(tokens, units, i, parsed, found);
  }
  return found;
}
