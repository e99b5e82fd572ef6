import { getLexicon, normalise } from '#text';
import { describeDate, type DateMention } from './dates.js';
import { readFacts, type Facts } from './facts.js';
import { describeAmount } from './intervals.js';

/** Share of content terms two wordings must have in common (Dice) to be one claim when no detail differs. */
export const SAME_CLAIM_SIMILARITY = 0.75;

export interface SameClaimResult {
  /** The two texts state the same checkable thing: a verdict on one answers the other. */
  same: boolean;
  /** Dice overlap of their content terms, 0..1 (1 when the wordings are equal). */
  similarity: number;
  /** The details that make them different claims, for a person to read ("a different number: 133 / 100"). */
  differences: string[];
}

/** Lower case, one space, no punctuation or quote marks: two copies of one sentence compare equal. */
export function claimKey(text: string): string {
  return normalise(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/**
 * Whether two claims say the same thing. A changed number, date, name or a negation makes them
 * different claims however alike the rest is; otherwise they are the same when their content
 * words overlap enough. Pure: no database, no I/O.
 */
export function compareClaims(first: string, second: string): SameClaimResult {
  if (claimKey(first) === claimKey(second)) return { same: true, similarity: 1, differences: [] };
  // Whether a report adds "…, officials said" does not change what is claimed; a different source does.
  const { statement: a, attribution: sourceA } = splitAttribution(first);
  const { statement: b, attribution: sourceB } = splitAttribution(second);
  const fa = readFacts(a);
  const fb = readFacts(b);
  const differences = [
    sourceA && sourceB ? differentSource(sourceNames(sourceA), sourceNames(sourceB)) : null,
    differ('number', numbersOf(a, fa), numbersOf(b, fb)),
    differ('date', datesOf(fa), datesOf(fb)),
    differ('name', namesOf(fa), namesOf(fb)),
    fa.negations.length > 0 !== fb.negations.length > 0 ? 'one of them is negated' : null,
  ].filter((d): d is string => d !== null);
  const similarity = dice(fa.terms, fb.terms);
  return { same: differences.length === 0 && similarity >= SAME_CLAIM_SIMILARITY, similarity, differences };
}

const SAYING = '(?:said|says|say|reported|reports|told\\s+\\S+|announced|stated|added|confirmed|claimed|claims|wrote|according to)';

/**
 * Sets a reporting clause apart: "…, Europol said." / "According to Europol, …" / "Europol said that …".
 * The statement and who it is attributed to ('' when the text names no one).
 */
export function splitAttribution(text: string): { statement: string; attribution: string } {
  const removed: string[] = [];
  const drop = (match: string, ...rest: unknown[]) => {
    removed.push(match);
    return typeof rest[0] === 'string' && /^[.!?]?$/.test(rest[0]) ? rest[0] : '';
  };
  const statement = text
    .replace(new RegExp(`^\\s*according to [^,]{1,80},\\s*`, 'i'), drop)
    .replace(new RegExp(`,\\s*(?:[^,.!?]{1,60}\\s+${SAYING}|${SAYING}\\s+[^,.!?]{1,60})\\s*([.!?]?)\\s*$`, 'i'), drop)
    // "Said" always introduces what was said; "reported" or "confirmed" only with "that": "Police
    // reported 40 cases" reports the cases, it does not quote someone.
    .replace(/^\s*\p{Lu}[^,.]{0,60}?\s+(?:(?:said|says|stated|told\s+\S+)(?:\s+that)?|(?:announced|confirmed|reported)\s+that)\s+/u, drop);
  return { statement, attribution: removed.join(' ') };
}

function differ(kind: string, a: Map<string, string>, b: Map<string, string>): string | null {
  const onlyA = [...a.keys()].filter((k) => !b.has(k)).map((k) => a.get(k)!);
  const onlyB = [...b.keys()].filter((k) => !a.has(k)).map((k) => b.get(k)!);
  if (onlyA.length === 0 && onlyB.length === 0) return null;
  return `a different ${kind}: ${onlyA.join(', ') || '(none)'} / ${onlyB.join(', ') || '(none)'}`;
}

/** Every figure, stated amounts as read ("more than 100") and bare digits the reader did not place (a year, a count). */
function numbersOf(text: string, facts: Facts): Map<string, string> {
  const found = new Map<string, string>();
  for (const q of [...facts.quantities, ...facts.durations]) found.set(`${q.op}:${q.value}:${q.max ?? ''}:${q.unit}`, `${describeAmount(q)} ${q.unit}`);
  const stated = new Set([...facts.quantities, ...facts.durations].map((q) => q.value));
  for (const m of normalise(text).matchAll(/\d+(?:[.,]\d+)*/g)) {
    const value = Number(m[0].replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
    if (!stated.has(value)) found.set(`n:${value}`, m[0]);
  }
  return found;
}

function datesOf(facts: Facts): Map<string, string> {
  const key = (d: DateMention) => [d.granularity, d.from ?? '', d.to ?? '', d.month ?? '', d.day ?? '', d.weekday ?? ''].join(':');
  return new Map(facts.dates.map((d) => [key(d), describeDate(d)]));
}

/** People, organisations, places and other named things, by their canonical key. */
function namesOf(facts: Facts): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of facts.entities) names.set(e.key, facts.display[e.key] ?? e.key);
  for (const p of facts.places) names.set(p, facts.display[p] ?? p);
  return names;
}

/**
 * Two reporting clauses name different sources, unless they name the same ones and one merely adds what
 * they are ("a statement from the German central bank Bundesbank" is the Bundesbank described at more
 * length: the added name is a demonym). A clause that names no one ("officials said") is not the named source.
 */
function differentSource(a: Map<string, string>, b: Map<string, string>): string | null {
  const lexicon = getLexicon();
  const describes = (x: Map<string, string>, y: Map<string, string>) =>
    x.size > 0 && [...x.keys()].every((k) => y.has(k)) && [...y].every(([k, shown]) => x.has(k) || lexicon.isDemonym(shown));
  return describes(a, b) || describes(b, a) ? null : differ('source', a, b);
}

/** Who a reporting clause names: known names, and any capitalised word (an agency the lexicon does not know). */
function sourceNames(attribution: string): Map<string, string> {
  const names = namesOf(readFacts(attribution));
  for (const m of attribution.matchAll(/\b\p{Lu}[\p{L}-]+/gu)) if (!/^(According|The|A|An)$/.test(m[0])) names.set(m[0].toLowerCase(), m[0]);
  return names;
}

function dice(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size + sb.size === 0) return 1;
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  return (2 * shared) / (sa.size + sb.size);
}
