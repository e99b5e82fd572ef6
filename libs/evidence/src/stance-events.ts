import { dayNumber, describeDate, formatDay, type DateMention } from './dates.js';
import type { Facts } from './facts.js';
import { NUMBER_WORDS } from './stance-quantities.js';
import { monthsFarApart, namedMonths, publishedMonths } from './article-months.js';

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

function eventLabel(facts: Facts, pub?: number): string {
  const op = facts.event.durations[0];
  const what = op && op.op === '=' ? `the ${NUMBER_WORDS[op.value] ?? op.value}-${op.unit} operation` : 'an operation';
  const anchor = facts.event.anchors[0];
  if (anchor) return `${what} dated ${describeDate(anchor)}`;
  return pub === undefined ? what : `${what} reported in ${formatDay(pub, 'monthYear')}`;
}

/**
 * Months a text names ("in November", "on April 25"), or failing that the month of its article and the one
 * before, or for an undated article the months it dates its operation to (articleEventMonths).
 */
function monthsOf(facts: Facts, named: boolean, article: readonly number[] = []): number[] {
  const months = namedMonths(facts);
  if (months.length || named) return months;
  return facts.event.published ? publishedMonths(facts.event.published) : [...article];
}

/**
 * Whether one side names a month (even without a year) that is more than a month away from every month
 * the other names or was published in: "the operation in November" is not the April operation.
 */
export function monthsApart(claim: Facts, passage: Facts, articles: ArticleMonths = {}): boolean {
  return monthsFarApart(monthsOf(claim, true), monthsOf(passage, false, articles.passage)) || monthsFarApart(monthsOf(passage, true), monthsOf(claim, false, articles.claim));
}

/** What the articles themselves date their operation to (articleEventMonths), for articles without a publication date. */
export interface ArticleMonths {
  claim?: readonly number[];
  passage?: readonly number[];
}

/**
 * Whether claim and passage describe the same event. Dates in the text decide first; failing those,
 * publication dates: undated reports written months apart describe different news.
 */
export function compareEvents(claim: Facts, passage: Facts, articles: ArticleMonths = {}): EventRelation {
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
  if (!(cA.length && pA.length) && !claim.event.retrospective && !passage.event.retrospective && monthsApart(claim, passage, articles)) return different();
  if (cA.length && pA.length) {
    if (close(cA, pA)) return { relation: 'same' };
    // "Two prior operations … paved the way for this week's raids" speaks of more than one event.
    return claim.event.retrospective || passage.event.retrospective ? { relation: 'unknown' } : different();
  }
  if (cA.length || pA.length) {
    const dated = cA.length ? cA : pA;
    const otherPub = cA.length ? pPub : cPub;
    // The other side neither dates its event nor has a publication date: what the articles date their operations to may still tell them apart.
    if (otherPub === undefined) return fromArticles(claim, passage, articles);
    if (close(dated, [recent(otherPub)])) return { relation: 'same' };
    // A report may look back at an earlier event without dating it; only reports far apart are told apart.
    if (cPub !== undefined && pPub !== undefined && Math.abs(cPub - pPub) <= SAME_NEWS_DAYS) return { relation: 'unknown' };
    return cPub !== undefined && pPub !== undefined ? different() : { relation: 'unknown' };
  }
  if (cPubReal === undefined || pPubReal === undefined) return fromArticles(claim, passage, articles);
  return Math.abs(cPubReal - pPubReal) <= SAME_NEWS_DAYS ? { relation: 'same' } : different();
}

const COARSE = new Set(['year', 'part-year']);
/** Two dates name different times: years that differ ("the 2016 attack", "the 2015 attacks"), or finer dates over a month and a half apart. */
const apart = (a: DateMention, b: DateMention) => gap(span(a), span(b)) > (COARSE.has(a.granularity) || COARSE.has(b.granularity) ? 0 : SAME_EVENT_DAYS);
const placedDates = (f: Facts) => f.dates.filter((d) => d.from && d.to);

/**
 * Both texts date what they say and no date of one comes near any of the other's: "the 2016 attack in
 * Florida" and "the siege in Trebes in March" of a 2018 report are two events, whatever their places.
 */
export function datedApart(claim: Facts, passage: Facts): boolean {
  const c = placedDates(claim);
  const p = placedDates(passage);
  if (c.length === 0 || p.length === 0 || !c.every((x) => p.every((y) => apart(x, y)))) return false;
  // A dated report is also about its own days: "known to police since 2014" in a report of the day after the claim's date.
  const pub = passage.event.published ? recent(dayNumber(passage.event.published)) : undefined;
  return !pub || c.every((x) => gap(span(x), pub) > (COARSE.has(x.granularity) ? 0 : SAME_EVENT_DAYS));
}

/**
 * The claim dates what it says to a month or a day, and nothing in the passage comes near that date:
 * neither a date of its own nor its article's publication (or, for an undated passage of an article
 * without one, the months it dates its operation to). Its words may then
 * describe something of the same kind at another time ("an operation hit its app" in a 2018 report,
 * against "in August 2016 an operation hit its app"). Returns the claim's date, for the reason.
 */
export function dateNotBorneOut(claim: Facts, passage: Facts, passageArticleMonths: readonly number[] = []): DateMention | undefined {
  const dated = placedDates(claim).filter((d) => !COARSE.has(d.granularity));
  if (dated.length === 0) return undefined;
  const own = placedDates(passage).map(span);
  const windows = [...own, ...(passage.event.published ? [recent(dayNumber(passage.event.published))] : [])];
  if (windows.length) return dated.every((d) => windows.every((w) => gap(span(d), w) > SAME_EVENT_DAYS)) ? dated[0] : undefined;
  // An undated passage of an undated article: the months its article dates its own operation to (articleEventMonths).
  const months = dated.map((d) => d.month ?? Number(d.from!.slice(5, 7)));
  return !passage.event.retrospective && monthsFarApart(months, passageArticleMonths) ? dated[0] : undefined;
}

const monthName = (m: number) => formatDay(Date.UTC(2000, m - 1, 1) / 86_400_000, 'month');
const monthList = (ms: readonly number[]) => ms.map(monthName).join(' and ');

/**
 * Neither sentence dates its event and an article lacks a publication date: the months each article dates
 * its own operation to tell two operations apart ("A four-day operation" in a report of November's raids
 * against "this week's two-day takedown" in a report of April's). Close or unknown months decide nothing.
 */
function fromArticles(claim: Facts, passage: Facts, { claim: c = [], passage: p = [] }: ArticleMonths): EventRelation {
  if (claim.event.retrospective || passage.event.retrospective || !monthsFarApart(c, p)) return { relation: 'unknown' };
  return {
    relation: 'different',
    reason: `Passage's article reports an operation in ${monthList(p)}; the claim's article one in ${monthList(c)}: a different event, so it is not evidence either way.`,
  };
}
