import { wordTable } from '#text';
import { canonicalTerms } from './lexicon.js';

type Granularity = 'day' | 'week' | 'month' | 'part-year' | 'year' | 'weekday';

/**
 * A date mention. `from`/`to` are ISO days (inclusive) when the date could be placed on the calendar,
 * either because it says its year or because it was resolved against the article's publication date.
 */
export interface DateMention {
  text: string;
  granularity: Granularity;
  from?: string;
  to?: string;
  month?: number;
  day?: number;
  weekday?: number;
  relative: boolean;
  /**
   * "Today", "yesterday": the day is the publication date's, which may be a day or two after the writer's
   * (a report out the next morning, a statement repeated from the day before), so it only dates roughly.
   */
  roughDay?: boolean;
  context: string[];
}

const MONTH_INDEX = wordTable<number>({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
});
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PART = '(early|mid|late|the end of|the beginning of)';

const DAY_MS = 86_400_000;
export const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
export const isoDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const ymd = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const lastDay = (y: number, m: number) => ymd(y, m + 1, 1) - 1;

interface Pattern {
  re: RegExp;
  read: (m: RegExpExecArray, published?: number) => Omit<DateMention, 'text' | 'context'> | undefined;
}

/** A month-and-day without a year is taken in the publication year, unless that lands well after publication. */
function yearFor(month: number, day: number, published?: number): number | undefined {
  if (published === undefined) return undefined;
  const year = new Date(published * DAY_MS).getUTCFullYear();
  return ymd(year, month, day) > published + 7 ? year - 1 : year;
}

function dayMention(month: number, day: number, year: number | undefined, weekday: number | undefined, published?: number) {
  const y = year ?? yearFor(month, day, published);
  const at = y === undefined ? undefined : isoDay(ymd(y, month, day));
  return { granularity: 'day' as const, from: at, to: at, month, day, weekday, relative: year === undefined };
}

function partOfYear(part: string | undefined, year: number) {
  const p = (part ?? '').toLowerCase();
  if (p === 'early' || p === 'the beginning of') return { granularity: 'part-year' as const, from: isoDay(ymd(year, 1, 1)), to: isoDay(ymd(year, 4, 30)) };
  if (p === 'mid') return { granularity: 'part-year' as const, from: isoDay(ymd(year, 5, 1)), to: isoDay(ymd(year, 8, 31)) };
  if (p === 'late' || p === 'the end of') return { granularity: 'part-year' as const, from: isoDay(ymd(year, 9, 1)), to: isoDay(ymd(year, 12, 31)) };
  return { granularity: 'year' as const, from: isoDay(ymd(year, 1, 1)), to: isoDay(ymd(year, 12, 31)) };
}

function monthMention(month: number, year: number | undefined, published?: number, relative = false) {
  let y = year;
  if (y === undefined && published !== undefined) {
    y = new Date(published * DAY_MS).getUTCFullYear();
    if (ymd(y, month, 1) > published) y -= 1;
  }
  return {
    granularity: 'month' as const,
    from: y === undefined ? undefined : isoDay(ymd(y, month, 1)),
    to: y === undefined ? undefined : isoDay(lastDay(y, month)),
    month,
    relative: relative || year === undefined,
  };
}

/** Most recent such weekday on or before publication: news reports look back ("on Wednesday" in a Friday report). */
function weekdayMention(weekday: number, published?: number) {
  if (published === undefined) return { granularity: 'weekday' as const, weekday, relative: true };
  const today = new Date(published * DAY_MS).getUTCDay();
  const at = isoDay(published - ((today - weekday + 7) % 7));
  return { granularity: 'day' as const, from: at, to: at, weekday, relative: true };
}

function relativeMention(unit: string, which: string, published?: number) {
  if (published === undefined) return undefined;
  const now = new Date(published * DAY_MS);
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  const back = which === 'last' || which === 'past' ? 1 : 0;
  if (unit === 'month') {
    const month = ((m - 1 - back + 12) % 12) + 1;
    return monthMention(month, m - back < 1 ? y - 1 : y, undefined, true);
  }
  if (unit === 'year') return { ...partOfYear(undefined, y - back), relative: true };
  if (unit === 'week') {
    const monday = published - ((now.getUTCDay() + 6) % 7) - 7 * back;
    return { granularity: 'week' as const, from: isoDay(monday), to: isoDay(monday + 6), relative: true };
  }
  return undefined;
}

const PATTERNS: Pattern[] = [
  // "Wednesday (April 25)", "Wednesday, April 25, 2018", "April 25, 2018", "Nov. 21"
  {
    re: new RegExp(`\\b(?:${WEEKDAY},?\\s*\\(?\\s*)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b\\)?(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    read: (m, published) => {
      const weekday = m[1] ? WEEKDAYS.indexOf(m[1].toLowerCase()) : undefined;
      return dayMention(MONTH_INDEX[m[2].toLowerCase()], Number(m[3]), m[4] ? Number(m[4]) : undefined, weekday, published);
    },
  },
  // "25 April 2018", "on 25 April"
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4})\\b)?`, 'gi'),
    read: (m, published) => dayMention(MONTH_INDEX[m[2].toLowerCase()], Number(m[1]), m[3] ? Number(m[3]) : undefined, undefined, published),
  },
  // "late March 2018", "July 2017"
  {
    re: new RegExp(`\\b(?:${PART}[\\s-]+)?${MONTH}\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => monthMention(MONTH_INDEX[m[2].toLowerCase()], Number(m[3])),
  },
  // "late 2015", "in 2016", "the 2016 nightclub attack"
  {
    re: new RegExp(`\\b(?:${PART}[\\s-]+)?((?:19|20)\\d{2})\\b(?!\\s*(?:,\\d|[-–]))`, 'gi'),
    read: (m) => ({ ...partOfYear(m[1], Number(m[2])), relative: false }),
  },
  // "last month", "this week's", "earlier this year"
  {
    re: /\b(last|this|past|earlier this|later this)\s+(week|month|year)\b/gi,
    read: (m, published) => relativeMention(m[2].toLowerCase(), m[1].toLowerCase().replace(/^(earlier|later) /, ''), published),
  },
  // "in March", "in late March" (no year)
  {
    re: new RegExp(`\\b(?:in|since|during|until|by|of)\\s+(?:${PART}[\\s-]+)?${MONTH}\\b(?!\\s*\\d)`, 'gi'),
    read: (m, published) => monthMention(MONTH_INDEX[m[2].toLowerCase()], undefined, published),
  },
  {
    re: /\b(yesterday|today)\b/gi,
    read: (m, published) => {
      if (published === undefined) return undefined;
      const at = isoDay(published - (m[1].toLowerCase() === 'yesterday' ? 1 : 0));
      return { granularity: 'day', from: at, to: at, relative: true, roughDay: true };
    },
  },
  // "on Wednesday", "Friday"
  {
    re: new RegExp(`\\b(?:last\\s+)?${WEEKDAY}\\b`, 'gi'),
    read: (m, published) => weekdayMention(WEEKDAYS.indexOf(m[1].toLowerCase()), published),
  },
];

/** The text around a match, widened to whole words. */
function wordWindow(text: string, start: number, end: number, reach: number): string {
  let from = Math.max(0, start - reach);
  let to = Math.min(text.length, end + reach);
  while (from > 0 && /\S/.test(text[from - 1])) from--;
  while (to < text.length && /\S/.test(text[to])) to++;
  return text.slice(from, to);
}

/** Dates in a text, absolute or relative, resolved against the publication date when one is given. */
export function readDates(text: string, published?: string): DateMention[] {
  const ref = published && !Number.isNaN(Date.parse(published)) ? dayNumber(published) : undefined;
  const taken: Array<[number, number]> = [];
  const found: Array<DateMention & { at: number }> = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      // "May" is too often the verb to stand alone.
      if (/^may$/i.test(m[0].trim())) continue;
      const mention = read(m, ref);
      if (!mention) continue;
      taken.push([start, end]);
      const window = wordWindow(text, start, end, 80);
      found.push({ ...mention, text: m[0].trim(), context: canonicalTerms(window), at: start });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...rest }) => rest);
}

/**
 * How reasons write dates ("25 April 2018", "April 2018", "April"). The formats are made once: a
 * toLocaleDateString call builds a new one each time, which was over a quarter of rankEvidence's time
 * on the scale corpus's reports (the reasons of passages about another dated operation).
 */
const DATE_FORMAT = {
  day: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }),
  monthYear: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' }),
  month: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long' }),
} as const;
export type DateFormat = keyof typeof DATE_FORMAT;

/** A day number (days since 1970-01-01, UTC) written in one of the reasons' formats. */
export const formatDay = (day: number, format: DateFormat) => DATE_FORMAT[format].format(day * DAY_MS);

export function describeDate(d: DateMention): string {
  if (!d.from || !d.to) return d.text;
  const fmt = (iso: string, format: DateFormat) => DATE_FORMAT[format].format(new Date(`${iso}T00:00:00Z`));
  switch (d.granularity) {
    case 'day':
      return fmt(d.from, 'day');
    case 'month':
      return fmt(d.from, 'monthYear');
    case 'week':
      return `the week of ${fmt(d.from, 'day')}`;
    case 'year':
      return d.from.slice(0, 4);
    default:
      return `${fmt(d.from, 'month')}–${fmt(d.to, 'monthYear')}`;
  }
}
