import { readFacts, type Facts } from './facts.js';

/** A month's name or abbreviation: sentences without one cannot date an event to a month, so they are not read. */
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=[\s,)]|$)/i;

/** Months (1–12) a text dates something to, at day or month precision ("on April 25", "in November", "Wednesday (April 25)"). */
export function namedMonths(facts: Facts): number[] {
  // "late 2015" says when something began, not which month an event was.
  return facts.dates
    .filter((d) => d.granularity === 'day' || d.granularity === 'month' || d.granularity === 'weekday')
    .map((d) => d.month ?? (d.from ? Number(d.from.slice(5, 7)) : undefined))
    .filter((m): m is number => m !== undefined);
}

/** How many of an article's first sentences are its opening: the headline and the lede. */
export const OPENING_SENTENCES = 3;

/**
 * The months an article dates the operation it reports to, read from its own sentences: those that speak
 * of the operation ("The action that began Nov. 21", "launched on April 25, 2018") and, among its
 * `opening` sentences (the headline and the lede, which say what happened and when, whatever word they
 * use for it: "Police shut down the servers in April 2018"), any dated one; never one that looks back
 * at an earlier event ("a previous operation in August 2016" is the earlier one's month). For an article
 * without a publication date this is what tells its operation from another: two reports whose dated
 * sentences name months far apart describe different events, whatever else they share.
 */
export function articleEventMonths(sentences: readonly string[], opening: readonly string[] = []): number[] {
  const months = new Set<number>();
  for (const sentence of sentences) {
    if (!MONTH_WORD.test(sentence)) continue;
    const facts = readFacts(sentence);
    if (facts.event.retrospective || !(facts.event.mentionsOperation || opening.includes(sentence))) continue;
    for (const m of namedMonths(facts)) months.add(m);
  }
  return [...months].sort((a, b) => a - b);
}

/** A dated report's months: its date's and the one before (news reports what happened up to a month earlier). */
export function publishedMonths(published: string): number[] {
  const m = Number(published.slice(5, 7));
  return [m, m === 1 ? 12 : m - 1];
}

/** Whether two sets of months have no pair within a month of each other (December is next to January). */
export function monthsFarApart(a: readonly number[], b: readonly number[]): boolean {
  const near = (x: number, y: number) => Math.min(Math.abs(x - y), 12 - Math.abs(x - y)) <= 1;
  return a.length > 0 && b.length > 0 && !a.some((x) => b.some((y) => near(x, y)));
}
