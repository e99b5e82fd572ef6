import { dayNumber, describeDate, type DateMention } from './dates.js';
import type { Facts } from './facts.js';
import { NUMBER_WORDS } from './stance-quantities.js';

/** Two dates this far apart (in days) belong to different events; closer ones are the same event misdated. */
export const SAME_EVENT_DAYS = 45;
/** Articles this far apart report different news when neither dates what it describes. */
const SAME_NEWS_DAYS = 60;

export interface EventRelation {
  relation: 'same' | 'different' | 'unknown';
  reason?: string;
}

export const span = (d: DateMention): [number, number] => [dayNumber(d.from!), dayNumber(d.to!)];
export const gap = (a: [number, number], b: [number, number]) => Math.max(0, a[0] - b[1], b[0] - a[1]);
const recent = (published: number): [number, number] => [published - 31, published + 1];
const monthYear = (day: number) => new Date(day * 86_400_000).toLocaleDateString('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

function eventLabel(facts: Facts, pub?: number): string {
  const op = facts.event.durations[0];
  const what = op && op.op === '=' ? `the ${NUMBER_WORDS[op.value] ?? op.value}-${op.unit} operation` : 'an operation';
  const anchor = facts.event.anchors[0];
  if (anchor) return `${what} dated ${describeDate(anchor)}`;
  return pub === undefined ? what : `${what} reported in ${monthYear(pub)}`;
}

/** Months a text names ("in November", "on April 25"), or failing that the month of its article and the one before. */
function monthsOf(facts: Facts, named: boolean): number[] {
  // Only dates precise to the month: "late 2015" says when something began, not which month the event was.
  const months = facts.dates
    .filter((d) => d.granularity === 'day' || d.granularity === 'month' || d.granularity === 'weekday')
    .map((d) => d.month ?? (d.from ? Number(d.from.slice(5, 7)) : undefined))
    .filter((m): m is number => m !== undefined);
  if (months.length || named) return months;
  if (!facts.event.published) return [];
  const m = Number(facts.event.published.slice(5, 7));
  return [m, m === 1 ? 12 : m - 1];
}

/**
 * Whether one side names a month (even without a year) that is more than a month away from every month
 * the other names or was published in: "the operation in November" is not the April operation.
 */
export function monthsApart(claim: Facts, passage: Facts): boolean {
  const near = (a: number, b: number) => Math.min(Math.abs(a - b), 12 - Math.abs(a - b)) <= 1;
  const apart = (named: number[], other: number[]) => named.length > 0 && other.length > 0 && !named.some((a) => other.some((b) => near(a, b)));
  return apart(monthsOf(claim, true), monthsOf(passage, false)) || apart(monthsOf(passage, true), monthsOf(claim, false));
}

/**
 * Whether claim and passage describe the same event. Dates in the text decide first; failing those,
 * publication dates: undated reports written months apart describe different news.
 */
export function compareEvents(claim: Facts, passage: Facts): EventRelation {
  if (!claim.event.mentionsOperation || !passage.event.mentionsOperation) return { relation: 'unknown' };
  const cA = claim.event.anchors.map(span);
  const pA = passage.event.anchors.map(span);
  const cPubReal = claim.event.published ? dayNumber(claim.event.published) : undefined;
  const pPubReal = passage.event.published ? dayNumber(passage.event.published) : undefined;
  const cPub = cPubReal ?? (cA.length ? Math.max(...cA.map((a) => a[1])) : undefined);
  const pPub = pPubReal ?? (pA.length ? Math.max(...pA.map((a) => a[1])) : undefined);
  const different = (): EventRelation => ({
    relation: 'different',
    reason: `Passage is about ${eventLabel(passage, pPub)}; the claim concerns ${eventLabel(claim, cPub)}, a different event, so it is not evidence either way.`,
  });
  const close = (xs: Array<[number, number]>, ys: Array<[number, number]>) => xs.some((x) => ys.some((y) => gap(x, y) <= SAME_EVENT_DAYS));
  if (!(cA.length && pA.length) && !claim.event.retrospective && !passage.event.retrospective && monthsApart(claim, passage)) return different();
  if (cA.length && pA.length) {
    if (close(cA, pA)) return { relation: 'same' };
    // "Two prior operations … paved the way for this week's raids" speaks of more than one event.
    return claim.event.retrospective || passage.event.retrospective ? { relation: 'unknown' } : different();
  }
  if (cA.length || pA.length) {
    const dated = cA.length ? cA : pA;
    const otherPub = cA.length ? pPub : cPub;
    if (otherPub === undefined) return { relation: 'unknown' };
    if (close(dated, [recent(otherPub)])) return { relation: 'same' };
    // A report may look back at an earlier event without dating it; only reports far apart are told apart.
    if (cPub !== undefined && pPub !== undefined && Math.abs(cPub - pPub) <= SAME_NEWS_DAYS) return { relation: 'unknown' };
    return cPub !== undefined && pPub !== undefined ? different() : { relation: 'unknown' };
  }
  if (cPubReal === undefined || pPubReal === undefined) return { relation: 'unknown' };
  return Math.abs(cPubReal - pPubReal) <= SAME_NEWS_DAYS ? { relation: 'same' } : different();
}
