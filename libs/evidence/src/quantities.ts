import { createRequire } from 'node:module';
import { isStopword, stem, type Token, type Unit } from './lexicon.js';

export type Op = '=' | '>' | '>=' | '<' | '<=' | '~' | 'range';
export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

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

const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
const VAGUE: Record<string, number> = { several: 3, multiple: 3, numerous: 3, dozens: 24, scores: 40, hundreds: 200, thousands: 2_000, millions: 2_000_000 };
const MONTHS = /^(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/;
const TIME_UNITS: Record<string, TimeUnit> = {
  minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour', day: 'day', days: 'day',
  week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
};
const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', police: 'police', staff: 'staff', media: 'media', data: 'data',
};
const UNIT_BREAKERS = new Set(['of', 'in', 'that', 'which', 'who', 'and', 'or', 'to', 'from', 'for', 'including', 'with', 'by', 'on', 'at', 'as', 'were', 'was', 'are', 'is', 'have', 'had', 'has', 'via', 'across', 'around']);

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
const QUALIFIER_WORDS = new Set(QUALIFIERS.flatMap(([words]) => words));

interface ParsedNumber {
  value: number;
  end: number;
}

function parseNumber(tokens: Token[], i: number): ParsedNumber | undefined {
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

function qualifierBefore(tokens: Token[], i: number): Op | 'nearly' | undefined {
  for (const [words, op] of QUALIFIERS) {
    const start = i - words.length;
    if (start < 0) continue;
    if (words.every((w, k) => tokens[start + k].lower === w)) return op;
  }
  return undefined;
}

function singular(word: string): string {
  const w = word.toLowerCase();
  if (w in IRREGULAR_PLURALS) return IRREGULAR_PLURALS[w];
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w)) return w.slice(0, -1);
  return w;
}

const looksPlural = (w: string) => w.toLowerCase() in IRREGULAR_PLURALS || (/[^su'i]s$/i.test(w) && w.length > 3);

type Tagger = (text: string) => Array<{ word: string; pos: string }>;
let tagger: Tagger | null | undefined;

/** wink-nlp's tagger, loaded on first need; null when the model cannot be loaded (the heuristic then stands alone). */
function loadTagger(): Tagger | null {
  if (tagger !== undefined) return tagger;
  try {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp');
    const model = require('wink-eng-lite-web-model');
    const nlp = winkNLP(model, ['pos']);
    tagger = (text) => {
      const tokens = nlp.readDoc(text).tokens();
      const pos = tokens.out(nlp.its.pos) as string[];
      return (tokens.out() as string[]).map((word, k) => ({ word, pos: pos[k] }));
    };
  } catch {
    tagger = null;
  }
  return tagger;
}

/**
 * The counted noun after a figure. A plural within the next few words wins ("nine online service providers");
 * when none is plural the tagger picks the last noun of the first noun run ("1,200 staff").
 */
function unitAfter(tokens: Token[], start: number, value: number): string | undefined {
  const window: Token[] = [];
  for (let k = start; k < tokens.length && window.length < 5; k++) {
    const t = tokens[k];
    if (!/\p{L}/u.test(t.raw)) {
      if (t.raw === '-' || t.raw === '"') continue;
      break;
    }
    if (UNIT_BREAKERS.has(t.lower)) break;
    window.push(t);
  }
  if (window.length === 0) return undefined;
  if (value === 1) return singular(window[0].raw);
  const plural = window.find((t) => looksPlural(t.raw));
  if (plural) return singular(plural.raw);
  const tags = loadTagger()?.(window.map((t) => t.raw).join(' '));
  if (tags) {
    let head: string | undefined;
    for (const { word, pos } of tags) {
      if (pos === 'NOUN' || pos === 'PROPN') head = word;
      else if (head || pos !== 'ADJ') break;
    }
    if (head) return singular(head);
  }
  return singular(window[window.length - 1].raw);
}

/** Content terms around a figure: `before` units before it and `after` units after it (what is counted, what is said of it). */
function termsAround(units: Unit[], tokenFrom: number, tokenTo: number, exclude: string[], before: number, after: number): string[] {
  const idx = units.findIndex((u) => u.to > tokenFrom);
  const at = idx < 0 ? units.length : idx;
  const out = new Set<string>();
  for (let k = Math.max(0, at - before); k < Math.min(units.length, at + after); k++) {
    const u = units[k];
    if (u.stop || u.kind === 'punct' || u.kind === 'number' || QUALIFIER_WORDS.has(u.surface.toLowerCase())) continue;
    if (u.from >= tokenFrom && u.to <= tokenTo) continue;
    if (exclude.includes(u.term)) continue;
    out.add(u.term);
  }
  return [...out];
}

const contextTerms = (units: Unit[], tokenFrom: number, tokenTo: number, exclude: string[]) => termsAround(units, tokenFrom, tokenTo, exclude, 8, 9);

/** Content terms within four words of a figure: "emissions from power generation" rather than the whole sentence. */
function nearTerms(units: Unit[], tokenFrom: number, tokenTo: number, exclude: string[] = []): string[] {
  const first = units.findIndex((u) => u.to > tokenFrom);
  const last = units.findIndex((u) => u.from >= tokenTo);
  const width = (last < 0 ? units.length : last) - (first < 0 ? units.length : first);
  return termsAround(units, tokenFrom, tokenTo, exclude, 4, width + 4);
}

/** Units of measure written with symbols or several words: a percentage is not a count, Celsius is not Fahrenheit. */
function measureAfter(tokens: Token[], at: number): { unit: string; length: number } | undefined {
  const t = (k: number) => tokens[at + k]?.lower ?? '';
  if (t(0) === '%') return { unit: 'percent', length: 1 };
  if (t(0) === 'percent' || t(0) === 'pct') return { unit: 'percent', length: 1 };
  if (t(0) === 'per' && t(1) === 'cent') return { unit: 'percent', length: 2 };
  if (t(0) === 'ppm' || t(0) === 'ppmv') return { unit: 'ppm', length: 1 };
  if ((t(0) === 'parts' || t(0) === 'part') && t(1) === 'per' && t(2) === 'million') return { unit: 'ppm', length: 3 };
  if (t(0) === 'ppb') return { unit: 'ppb', length: 1 };
  if ((t(0) === 'parts' || t(0) === 'part') && t(1) === 'per' && t(2) === 'billion') return { unit: 'ppb', length: 3 };
  const scale = (k: number) => (/^(c|celsius|centigrade)$/.test(t(k)) ? 'celsius' : /^(f|fahrenheit)$/.test(t(k)) ? 'fahrenheit' : undefined);
  if (t(0) === '°') return { unit: `degree ${scale(1) ?? ''}`.trim(), length: scale(1) ? 2 : 1 };
  if (t(0) === 'degree' || t(0) === 'degrees') return { unit: `degree ${scale(1) ?? ''}`.trim(), length: scale(1) ? 2 : 1 };
  return undefined;
}

/** Years in the clause around token i (up to the nearest ., ;, : or parenthesis). */
function clauseYears(tokens: Token[], i: number): number[] {
  const isEnd = (t: Token | undefined) => !t || /^[.;:!?()]$/.test(t.raw);
  let from = i;
  while (from > 0 && !isEnd(tokens[from - 1])) from--;
  let to = i;
  while (to < tokens.length && !isEnd(tokens[to])) to++;
  const years = new Set<number>();
  for (let k = from; k < to; k++) {
    const raw = tokens[k].raw;
    if (/^\d{4}$/.test(raw) && Number(raw) >= 1000 && Number(raw) < 2200) years.add(Number(raw));
    else if (/^\d{4}s$/.test(raw)) years.add(Number(raw.slice(0, 4)));
  }
  return [...years];
}

function clauseHasOperation(units: Unit[], tokenIndex: number): boolean {
  const at = units.findIndex((u) => u.to > tokenIndex);
  for (let k = at - 1; k >= 0; k--) {
    const u = units[k];
    if (u.kind === 'punct' && /[.;:!?]/.test(u.surface)) break;
    if (u.term === 'operation') return true;
  }
  for (let k = at + 1; k < units.length && k < at + 6; k++) {
    const u = units[k];
    if (u.kind === 'punct' && /[.;:!?,]/.test(u.surface)) break;
    if (u.term === 'operation') return true;
  }
  return false;
}

function bounds(op: Op | 'nearly', value: number): { op: Op; value: number; max?: number } {
  if (op === 'nearly') return { op: 'range', value: Math.round(value * 0.85 * 100) / 100, max: value };
  return { op, value };
}

export function readQuantities(tokens: Token[], units: Unit[]): { quantities: Quantity[]; durations: Duration[] } {
  const quantities: Quantity[] = [];
  const durations: Duration[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // "thousands of items", "several languages"
    if (token.lower in VAGUE && !/^\d/.test(token.raw)) {
      const next = tokens[i + 1]?.lower === 'of' ? i + 2 : i + 1;
      const unit = unitAfter(tokens, next, 2);
      if (!unit || isStopword(unit)) continue;
      const timeUnit = TIME_UNITS[unit] ?? TIME_UNITS[`${unit}s`];
      const text = tokens.slice(i, next + 1).map((t) => t.raw).join(' ');
      if (timeUnit) {
        durations.push({ value: VAGUE[token.lower], op: '>=', unit: timeUnit, about: null, text, context: contextTerms(units, i, next + 1, []) });
      } else {
        quantities.push({ value: VAGUE[token.lower], op: '>=', unit, text, context: contextTerms(units, i, next + 1, [stem(unit)]) });
      }
      continue;
    }
    const parsed = parseNumber(tokens, i);
    if (!parsed) continue;
    const prev = tokens[i - 1]?.lower ?? '';
    const prev2 = tokens[i - 2]?.lower ?? '';
    const next = tokens[parsed.end]?.lower ?? '';
    const isDigits = /^\d/.test(token.raw);
    // Days of the month and years belong to dates.
    if (isDigits && (MONTHS.test(prev) || (prev === '.' && MONTHS.test(prev2)) || MONTHS.test(next))) continue;
    if (isDigits && /^\d{4}$/.test(token.raw) && parsed.value >= 1900 && parsed.value < 2100) continue;
    if (/^(st|nd|rd|th)$/.test(next)) continue;
    // "CO2", "CO 2 levels", "PM2.5": a digit that belongs to a formula or a code counts nothing.
    if (isDigits && /^(?:[A-Z][A-Za-z]?|[A-Z]{2,4})$/.test(tokens[i - 1]?.raw ?? '')) continue;
    const qualifier = qualifierBefore(tokens, i) ?? '=';
    let { op, value, max } = bounds(qualifier, parsed.value);
    // "32 to 58 percent", "between 260 and 280 parts per million", "1,000-2,300 ppm": one interval, not two figures.
    const joiner = tokens[parsed.end]?.lower;
    // "from 280 to 400 ppm" is a change between two values, not a range.
    if ((((joiner === 'to' || joiner === '-') && prev !== 'from') || (joiner === 'and' && prev === 'between')) && tokens[parsed.end + 1]) {
      const upper = parseNumber(tokens, parsed.end + 1);
      if (upper && upper.value > parsed.value && !TIME_UNITS[tokens[parsed.end]?.lower ?? '']) {
        op = 'range';
        value = parsed.value;
        max = upper.value;
        parsed.end = upper.end;
      }
    }
    const measure = measureAfter(tokens, parsed.end);
    if (measure) {
      const text = tokens.slice(i, parsed.end + measure.length).map((t) => t.raw).join(' ');
      quantities.push({ value, op, max, unit: measure.unit, text, context: contextTerms(units, i, parsed.end + measure.length, []), near: nearTerms(units, i, parsed.end + measure.length), years: clauseYears(tokens, i) });
      i = parsed.end + measure.length - 1;
      continue;
    }
    const hyphenated = tokens[parsed.end]?.raw === '-';
    const unitIndex = hyphenated ? parsed.end + 1 : parsed.end;
    const timeUnit = TIME_UNITS[tokens[unitIndex]?.lower ?? ''];
    if (timeUnit) {
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
      durations.push({ value, op, max, unit: timeUnit, about, text, context: contextTerms(units, i, unitIndex + 1, []) });
      i = unitIndex;
      continue;
    }
    const unit = unitAfter(tokens, parsed.end, parsed.value);
    if (!unit) continue;
    const text = tokens.slice(i, parsed.end).map((t) => t.raw).join(' ') + ' ' + unit;
    quantities.push({ value, op, max, unit, text, context: contextTerms(units, i, parsed.end + 1, [stem(unit)]), near: nearTerms(units, i, parsed.end + 1, [stem(unit)]), years: clauseYears(tokens, i) });
    i = parsed.end - 1;
  }
  return { quantities, durations };
}

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

export function describeAmount(q: { value: number; op: Op; max?: number }): string {
  const n = q.value.toLocaleString('en-US');
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
      return `between ${n} and ${(q.max ?? q.value).toLocaleString('en-US')}`;
    default:
      return n;
  }
}
