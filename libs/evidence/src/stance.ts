import { round3 } from '#text';
import { dayNumber, describeDate, type DateMention } from './dates.js';
import { readFacts, type Actor, type Effect, type Facts, type Location } from './facts.js';
import { groupsByKey, placesCompatible, stem } from './lexicon.js';
import { antonyms } from './wordnet.js';
import { describeAmount, relateIntervals, toInterval, type Duration, type Interval, type Quantity } from './quantities.js';

export type Stance = 'supports' | 'contradicts' | 'neutral';

export interface ClaimInput {
  text: string;
  /** ISO date of the claim's article. */
  published?: string;
}

export interface PassageInput {
  text: string;
  published?: string;
}

export interface StanceResult {
  stance: Stance;
  /** 0..1: relevance × confidence. */
  score: number;
  reasons: string[];
  /** What a decisive stance rests on: aligned facts (figures, dates, who, where, effects), negation alone, or word overlap alone. */
  basis?: 'facts' | 'negation' | 'lexical';
}

export interface StanceOptions {
  /** Weight of a term in the relevance measure; rankEvidence passes IDF over its candidates. */
  weight?: (term: string) => number;
}

export type FindingKind = 'confirm' | 'conflict' | 'compatible';

export interface Finding {
  kind: FindingKind;
  fact: 'quantity' | 'duration' | 'date' | 'actor' | 'location' | 'effect' | 'negation' | 'quote';
  reason: string;
  /** Confidence that the finding is right, 0..1. */
  weight: number;
}

/** Two dates this far apart (in days) belong to different events; closer ones are the same event misdated. */
const SAME_EVENT_DAYS = 45;
/** Articles this far apart report different news when neither dates what it describes. */
const SAME_NEWS_DAYS = 60;
/** Slot comparisons align facts themselves (same unit and context, same role), so they need little topical overlap. */
const MIN_RELEVANCE_FOR_CONFLICT = 0.1;
const MIN_RELEVANCE_FOR_CONFIRMED = 0.1;
const MIN_RELEVANCE_FOR_DATE_ONLY = 0.3;
/** Agreement on words alone must be strong: topical sentences on a different point stay neutral. */
const MIN_RELEVANCE_FOR_LEXICAL = 0.5;

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const UNCOUNTED = new Set(['percent', 'ppm', 'ppb']);
const plural = (unit: string, value: number) => (value === 1 || UNCOUNTED.has(unit) ? unit : unit.startsWith('degree ') ? unit.replace('degree', 'degrees') : unit.endsWith('y') && !/[aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : unit === 'person' ? 'people' : `${unit}s`);
const amount = (q: { value: number; op: Quantity['op']; max?: number }) => (q.op === '=' && Number.isInteger(q.value) && q.value <= 10 ? NUMBER_WORDS[q.value] : describeAmount(q));
const shared = (a: string[], b: string[]) => a.filter((t) => b.includes(t));

function kindWeight(term: string): number {
  return groupsByKey.has(term) ? 1.5 : 1;
}

interface Relevance {
  /** Weighted share of the claim's terms the passage contains. */
  coverage: number;
  /** Weighted share of the passage's terms the claim contains: high when the passage states part of the claim. */
  precision: number;
  /** What decisions use: coverage, raised when the passage restates a part of a longer claim. */
  lexical: number;
  common: string[];
}

function relevance(claim: Facts, passage: Facts, weight: (term: string) => number): Relevance {
  const w = (term: string) => weight(term) * kindWeight(term);
  const claimTerms = new Set(claim.terms);
  const passageTerms = new Set(passage.terms);
  let total = 0;
  let hit = 0;
  const common: string[] = [];
  for (const term of claimTerms) {
    total += w(term);
    if (passageTerms.has(term)) {
      hit += w(term);
      common.push(term);
    }
  }
  let passageTotal = 0;
  for (const term of passageTerms) passageTotal += w(term);
  const coverage = total === 0 ? 0 : hit / total;
  const precision = passageTotal === 0 ? 0 : hit / passageTotal;
  const lexical = common.length >= 3 ? Math.max(coverage, (coverage + precision) / 2) : coverage;
  return { coverage, precision, lexical, common };
}

// --- events -----------------------------------------------------------------

interface EventRelation {
  relation: 'same' | 'different' | 'unknown';
  reason?: string;
}

const span = (d: DateMention): [number, number] => [dayNumber(d.from!), dayNumber(d.to!)];
const gap = (a: [number, number], b: [number, number]) => Math.max(0, a[0] - b[1], b[0] - a[1]);
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

// --- slot comparisons ---------------------------------------------------------

/**
 * Whether two figures in the same unit measure the same thing, so that different values are a conflict:
 * the words right next to each figure overlap, they refer to the same years (or neither names one), and a
 * ratio ("20 times faster") is never compared, since what it compares lives elsewhere in the sentence.
 */
export function sameMeasure(claim: Quantity, passage: Quantity, published: { claim?: string; passage?: string } = {}, agreeing = false): boolean {
  if (claim.unit !== passage.unit || claim.unit === 'time') return false;
  // A figure that names no year refers to the time of its article, when the article is dated.
  const yearOf = (iso?: string) => (iso ? [Number(iso.slice(0, 4))] : []);
  const cText = claim.years ?? [];
  const pText = passage.years ?? [];
  // For a conflict a year on one side only is enough doubt; agreeing figures need only not name different years.
  if (agreeing ? cText.length && pText.length : cText.length || pText.length) {
    // A year on one side only: the other side's figure is for an unknown time unless its article is dated.
    const cy = cText.length ? cText : yearOf(published.claim);
    const py = pText.length ? pText : yearOf(published.passage);
    if (!cy.some((y) => py.includes(y))) return false;
  }
  // What the claim says about its figure ("90 % of reefs will disappear") must be said about the passage's ("10 % are dead").
  const said = shared(claim.context, passage.context).length / Math.max(1, claim.context.length);
  // Agreeing figures may be paraphrased around ("identified radicalised individuals in" / "allowed authorities to identify radicals in");
  // a conflict needs the same words next to both figures as well.
  if (agreeing) return said >= AGREEING_CONTEXT;
  const near = shared(claim.near ?? claim.context, passage.near ?? passage.context);
  return near.length >= Math.min(2, (claim.near ?? claim.context).length) && said >= 0.6;
}

const AGREEING_CONTEXT = 0.34;

/** A figure stated as a whole number ("one degree") is read to its own precision against a more precise one (0.99). */
function statedInterval(q: Quantity, other: Quantity): Interval {
  const i = toInterval(q);
  const decimals = (x: Quantity) => (/\d\.\d/.test(x.text) ? 1 : 0);
  if (q.op === '=' && decimals(q) < decimals(other) && Number.isInteger(q.value)) return { ...i, lo: q.value - 0.5, hi: q.value + 0.5 };
  return i;
}

export function compareQuantities(claim: Quantity[], passage: Quantity[], published: { claim?: string; passage?: string } = {}): Finding[] {
  const out: Finding[] = [];
  for (const q of claim) {
    const aligned = passage.filter((p) => p.unit === q.unit && shared(q.context, p.context).length >= Math.min(2, q.context.length));
    if (aligned.length === 0) continue;
    const relations = aligned.map((p) => ({ p, rel: relateIntervals(statedInterval(q, p), statedInterval(p, q)) }));
    const best = relations.find((r) => r.rel === 'entails') ?? relations.find((r) => r.rel === 'overlaps') ?? relations[0];
    const unit = (x: Quantity) => plural(q.unit, x.op === '=' ? x.value : 2);
    // Several values of one unit ("as high as 4,000 ppm … as low as 180 ppm") are a series over times or places, not a rival figure.
    const series = new Set(aligned.map((p) => `${p.op}${p.value}${p.max ?? ''}`)).size > 1;
    // A figure bears out the claim's only when it measures the same thing (as for a conflict): 97 % of one survey is not 97 % of another.
    if (best.rel === 'entails' && sameMeasure(q, best.p, published, true)) {
      out.push({ kind: 'confirm', fact: 'quantity', weight: 0.85, reason: `Passage gives ${amount(best.p)} ${unit(best.p)}, which bears out the claim's ${amount(q)}.` });
    } else if (best.rel === 'disjoint' && !series && sameMeasure(q, best.p, published)) {
      out.push({ kind: 'conflict', fact: 'quantity', weight: 0.9, reason: `Passage says ${amount(best.p)} ${unit(best.p)}; the claim says ${amount(q)} ${unit(q)}.` });
    } else if (best.rel === 'disjoint') {
      out.push({ kind: 'compatible', fact: 'quantity', weight: 0.5, reason: `Passage gives ${amount(best.p)} ${unit(best.p)} for something else (another measure, time or series), so it does not settle the claim's ${amount(q)} ${unit(q)}.` });
    } else {
      out.push({ kind: 'compatible', fact: 'quantity', weight: 0.5, reason: `Passage says ${amount(best.p)} ${unit(best.p)}, which neither confirms nor contradicts the claim's ${amount(q)}.` });
    }
  }
  return out;
}

const DAYS_PER: Record<Duration['unit'], number> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

function inDays(d: Duration): Interval {
  const i = toInterval(d);
  const f = DAYS_PER[d.unit];
  return { ...i, lo: i.lo * f, hi: i.hi * f };
}

function compareDurations(claim: Duration[], passage: Duration[]): Finding[] {
  const out: Finding[] = [];
  for (const c of claim) {
    if (!c.about) continue;
    // "The operation" is one event (compareEvents tells events apart); another "period" or "study" must be described alike.
    const aligned = passage.filter((p) => p.about === c.about && (c.about === 'operation' || shared(c.context, p.context).length >= 0.6 * c.context.length));
    if (aligned.length === 0) continue;
    const relations = aligned.map((p) => ({ p, rel: relateIntervals(inDays(c), inDays(p)) }));
    const best = relations.find((r) => r.rel === 'entails') ?? relations.find((r) => r.rel === 'overlaps') ?? relations[0];
    const say = (d: Duration) => `${amount(d)} ${plural(d.unit, d.op === '=' ? d.value : 2)}`;
    const what = c.about === 'operation' ? 'the operation' : `the ${c.about}`;
    if (best.rel === 'entails') out.push({ kind: 'confirm', fact: 'duration', weight: 0.85, reason: `Passage says ${what} lasted ${say(best.p)}, as the claim does.` });
    else if (best.rel === 'disjoint') out.push({ kind: 'conflict', fact: 'duration', weight: 0.9, reason: `Passage says ${what} lasted ${say(best.p)}; the claim says ${say(c)}.` });
    else out.push({ kind: 'compatible', fact: 'duration', weight: 0.5, reason: `Passage says ${what} lasted ${say(best.p)}, which does not settle the claim's ${say(c)}.` });
  }
  return out;
}

interface DateSpan {
  span: [number, number];
  mention: DateMention;
}

/** Days named together ("Wednesday (April 25) and Thursday (April 26)") are one window, not rival dates. */
function dateSpans(dates: DateMention[]): DateSpan[] {
  const placed = dates.filter((d) => d.from && d.to).map((d) => ({ span: span(d), mention: d }));
  placed.sort((a, b) => a.span[0] - b.span[0]);
  const out: DateSpan[] = [];
  for (const d of placed) {
    const last = out.at(-1);
    if (last && d.mention.granularity === 'day' && last.mention.granularity === 'day' && d.span[0] - last.span[1] <= 3) {
      last.span = [last.span[0], Math.max(last.span[1], d.span[1])];
    } else out.push({ span: [...d.span], mention: d.mention });
  }
  return out;
}

const placesOf = (terms: string[]) => terms.filter((t) => { const kind = groupsByKey.get(t)?.kind; return kind === 'country' || kind === 'city' || kind === 'region'; });

/** Date contexts align when they share words and do not name incompatible places (a 2016 attack in Florida is not the Paris attacks). */
function datesAligned(a: DateMention, b: DateMention, minShared: number): boolean {
  const pa = placesOf(a.context);
  const pb = placesOf(b.context);
  if (pa.length && pb.length && !pa.some((x) => pb.some((y) => placesCompatible(x, y)))) return false;
  return shared(a.context, b.context).length >= minShared;
}

function compareDates(claim: DateMention[], passage: DateMention[], coverage: number): Finding[] {
  const out: Finding[] = [];
  const placed = dateSpans(passage);
  const single = passage.filter((d) => d.from && d.to).map((d) => ({ span: span(d), mention: d }));
  for (const c of dateSpans(claim)) {
    const overlapping = placed.filter((p) => gap(c.span, p.span) === 0);
    if (overlapping.length) {
      const inside = single.find((p) => p.span[0] >= c.span[0] && p.span[1] <= c.span[1] && datesAligned(c.mention, p.mention, 1));
      // A shared year is a shared decade's news: many things happen in 2003. Only a month or a day confirms.
      if (inside && c.mention.granularity !== 'year') {
        out.push({ kind: 'confirm', fact: 'date', weight: 0.6, reason: `Passage dates it ${describeDate(inside.mention)}, matching the claim's ${c.mention.text}.` });
      } else if (!single.some((p) => p.span[0] >= c.span[0] && p.span[1] <= c.span[1])) {
        out.push({ kind: 'compatible', fact: 'date', weight: 0.4, reason: `Passage gives ${describeDate(overlapping[0].mention)}, less precise than the claim's ${c.mention.text}.` });
      }
      continue;
    }
    // Years are too coarse to call a misdating: "the 2016 attack" and "the 2015 attacks" are usually two events.
    if (c.mention.granularity === 'year') continue;
    const near = placed
      .filter((p) => p.mention.granularity !== 'year' && gap(c.span, p.span) <= SAME_EVENT_DAYS)
      .filter((p) => datesAligned(c.mention, p.mention, coverage >= 0.7 ? 0 : 2))
      .sort((a, b) => gap(c.span, a.span) - gap(c.span, b.span))[0];
    if (near) {
      out.push({ kind: 'conflict', fact: 'date', weight: 0.8, reason: `Passage dates it ${describeDate(near.mention)} ("${near.mention.text}"); the claim says ${describeDate(c.mention)}.` });
    }
  }
  return out;
}

const countryList = (keys: string[]) => keys.map((k) => groupsByKey.get(k)?.forms.find((f) => f.length > 2) ?? k).join(', ');

function compareActors(claim: Actor[], passage: Actor[]): Finding[] {
  const out: Finding[] = [];
  for (const c of claim) {
    if (c.relation !== 'lead') continue;
    for (const p of passage) {
      if (p.relation !== 'lead' || p.role !== c.role) continue;
      if (c.object && p.object && c.object !== p.object) continue;
      const overlap = c.countries.some((x) => p.countries.some((y) => placesCompatible(x, y)));
      const what = c.object ?? 'it';
      out.push(
        overlap
          ? { kind: 'confirm', fact: 'actor', weight: 0.85, reason: `Passage says ${what === 'it' ? 'it' : `the ${what}`} was led by ${p.text}, as the claim does.` }
          : { kind: 'conflict', fact: 'actor', weight: 0.9, reason: `Passage says ${what === 'it' ? 'it' : `the ${what}`} was led by ${p.text} (${countryList(p.countries)}); the claim says ${c.text} (${countryList(c.countries)}).` },
      );
      break;
    }
  }
  return out;
}

/** A list of places that all fit together ("The Hague, Netherlands") names one location. */
const onePlace = (places: string[]) => places.every((a) => places.every((b) => placesCompatible(a, b)));

function compareLocations(claim: Location[], passage: Location[]): Finding[] {
  const out: Finding[] = [];
  for (const c of claim) {
    for (const p of passage) {
      const common = shared(c.anchor, p.anchor);
      if (!(common.includes('hq') || common.length >= 2)) continue;
      const compatible = c.places.some((x) => p.places.some((y) => placesCompatible(x, y)));
      // Confirmed only when the passage is as precise: "in Europe" does not bear out "in Spain".
      const asPrecise = c.places.some((x) => p.places.some((y) => y === x || groupsByKey.get(y)?.within === x));
      const name = (keys: string[]) => countryList(keys);
      if (asPrecise) {
        out.push({ kind: 'confirm', fact: 'location', weight: 0.75, reason: `Passage places it in ${name(p.places)}, as the claim does.` });
      } else if (compatible) {
        out.push({ kind: 'compatible', fact: 'location', weight: 0.3, reason: `Passage places it in ${name(p.places)}, less precisely than the claim.` });
      } else if (onePlace(c.places) && onePlace(p.places)) {
        out.push({ kind: 'conflict', fact: 'location', weight: 0.85, reason: `Passage places it in ${name(p.places)}; the claim says ${name(c.places)}.` });
      }
      break;
    }
  }
  return out;
}

function effectAlignment(c: Effect, p: Effect): number {
  const outletsC = c.entities.filter((e) => groupsByKey.get(e)?.kind === 'outlet');
  const outletsP = p.entities.filter((e) => groupsByKey.get(e)?.kind === 'outlet');
  if (outletsC.length || outletsP.length) {
    const common = shared(outletsC, outletsP).length;
    return common ? 2 + common + shared(c.topic, p.topic).length : 0;
  }
  // Without a named outlet, the passage's clause must be about what the claim's clause is about, not just share its topic.
  const common = shared(c.topic, p.topic).length;
  return common >= 2 && common >= 0.6 * c.topic.length ? common : 0;
}

const EFFECT_WORDS = ['not affected', 'partly disrupted', 'stopped'];
const describeLevel = ([lo, hi]: [number, number]) => (lo === hi ? EFFECT_WORDS[lo] : lo === 0 ? 'not stopped' : 'disrupted');

function compareEffects(claim: Effect[], passage: Effect[]): Finding[] {
  const out: Finding[] = [];
  for (const c of claim) {
    let best: { p: Effect; score: number } | undefined;
    for (const p of passage) {
      const score = effectAlignment(c, p);
      if (score > 0 && (!best || score > best.score)) best = { p, score };
    }
    if (!best) continue;
    const rel = relateIntervals(toLevel(c.level), toLevel(best.p.level));
    const quote = `"${best.p.text}"`;
    if (rel === 'entails') out.push({ kind: 'confirm', fact: 'effect', weight: 0.75, reason: `Passage also says it was ${describeLevel(best.p.level)}: ${quote}.` });
    else if (rel === 'disjoint') out.push({ kind: 'conflict', fact: 'effect', weight: 0.8, reason: `Passage says it was ${describeLevel(best.p.level)} (${quote}); the claim says it was ${describeLevel(c.level)}.` });
    else out.push({ kind: 'compatible', fact: 'effect', weight: 0.4, reason: `Passage says it was ${describeLevel(best.p.level)}, which does not settle whether it was ${describeLevel(c.level)}.` });
  }
  return out;
}

const toLevel = ([lo, hi]: [number, number]): Interval => ({ lo, hi, loOpen: false, hiOpen: false });

/** Every word of what is denied, at most one in four missing, appears in one part of the other text's sentence. */
const restates = (terms: string[], scope: string[]) => scope.length >= 2 && scope.filter((t) => !terms.includes(t)).length <= Math.floor(scope.length / 4);

/**
 * A denial against a plain statement of the same thing. "The same thing" is language, not topic: the
 * other text must state, in one unhedged sentence part, the denied word together with what the denial is
 * about (its clause's other words); a hedged or conditional denial ("may not", "even if it is not") and a
 * denied noun phrase on its own ("…, not climate change") deny nothing checkable.
 */
export function compareNegations(claim: Facts, passage: Facts, coverage: number): Finding[] {
  if (coverage < MIN_RELEVANCE_FOR_LEXICAL) return [];
  const effectWords = new Set([...claim.effects, ...passage.effects].map((e) => e.trigger.toLowerCase()));
  const out: Finding[] = [];
  const check = (negated: Facts, plain: Facts, claimIsNegated: boolean) => {
    for (const n of negated.negations) {
      if (n.hedged || effectWords.has((negated.display[n.target] ?? '').toLowerCase())) continue;
      if (plain.negations.some((m) => m.target === n.target)) continue;
      if (!plain.spans.some((sp) => !sp.hedged && sp.terms.includes(n.target) && restates(sp.terms, n.scope))) continue;
      const word = negated.display[n.target] ?? n.target;
      out.push({
        kind: 'conflict',
        fact: 'negation',
        weight: 0.7,
        reason: claimIsNegated ? `Passage affirms what the claim denies ("${word}").` : `Passage denies what the claim affirms ("${word}").`,
      });
      return;
    }
  };
  check(claim, passage, true);
  check(passage, claim, false);
  return out;
}

const antonymCache = new Map<string, string[]>();
const antonymTerms = (word: string) => {
  const key = word.toLowerCase();
  let hit = antonymCache.get(key);
  if (!hit) {
    // WordNet indexes base forms: "increased", "warmer" and "rising" are looked up as "increase", "warm" and "rise".
    const bases = new Set([key, key.replace(/e?d$/, ''), key.replace(/d$/, ''), key.replace(/ing$/, ''), key.replace(/ing$/, 'e'), key.replace(/e?s$/, ''), key.replace(/er$/, ''), key.replace(/ier$/, 'y')]);
    hit = [...new Set([...bases].flatMap((b) => (b.length > 2 ? antonyms(b) : [])).map(stem))];
    antonymCache.set(key, hit);
  }
  return hit;
};

/**
 * Opposite words (WordNet antonyms: "increase"/"decrease", "warmer"/"colder") in two sentence parts that
 * otherwise say the same thing: every other word of the claim's part (at least three) in the passage's
 * part, and neither hedged nor negated (a negated antonym agrees: "did not decrease").
 */
export function compareAntonyms(claim: Facts, passage: Facts, coverage: number): Finding[] {
  if (coverage < MIN_RELEVANCE_FOR_LEXICAL) return [];
  const negatedTerms = (f: Facts) => new Set(f.negations.map((n) => n.target));
  const cNeg = negatedTerms(claim);
  const pNeg = negatedTerms(passage);
  for (const cs of claim.spans) {
    if (cs.hedged) continue;
    for (const t of cs.terms) {
      if (cNeg.has(t)) continue;
      const opposite = antonymTerms(claim.display[t] ?? t);
      if (opposite.length === 0) continue;
      const rest = cs.terms.filter((x) => x !== t);
      for (const ps of passage.spans) {
        if (ps.hedged || ps.terms.includes(t)) continue;
        const a = ps.terms.find((x) => opposite.includes(x) && !pNeg.has(x));
        // Opposites are common in long sentences about one topic; only a part saying everything else the claim's part says counts.
        if (!a || rest.length < 3 || rest.some((x) => !ps.terms.includes(x))) continue;
        return [{ kind: 'conflict', fact: 'negation', weight: 0.7, reason: `Passage says "${passage.display[a] ?? a}" where the claim says "${claim.display[t] ?? t}", about the same thing.` }];
      }
    }
  }
  return [];
}

/**
 * A passage that lists participants (three places or more) and leaves out one the claim names does not
 * bear the claim out, whatever else it confirms: "involved Italy" is not supported by a list without Italy.
 */
export function compareParticipants(claim: Facts, passage: Facts): Finding[] {
  if (passage.places.length < 3) return [];
  const missing = claim.places.filter((c) => !passage.places.some((p) => placesCompatible(c, p)));
  if (missing.length === 0) return [];
  return [{ kind: 'compatible', fact: 'location', weight: 0.5, reason: `Passage lists ${countryList(passage.places)} and does not name ${countryList(missing)}; a participant it leaves out is not borne out.` }];
}

/** A quotation's words, for comparing two renderings of it: no bracketed insertions, ellipses, quote marks, hyphens or case. */
export function quoteWords(text: string): string[] {
  return text
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\.\.\.|…/g, ' ')
    .replace(/(\p{L})-(\p{L})/gu, '$1$2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

const QUOTED = /["“”«»]([^"“”«»]{20,})["“”«»]/g;
const lcs = (a: string[], b: string[]) => {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? prev[j] + 1 : Math.max(prev[j + 1], row[j]));
    prev = row;
  }
  return prev[b.length];
};

/**
 * The same quotation in both, compared modulo bracketed insertions ("[Isis]"), ellipses, quote marks,
 * hyphenation and whoever is said to have said it: nine words in ten of the claim's quotation, in order.
 */
export function compareQuotes(claimText: string, passageText: string): Finding[] {
  const quotes = [...claimText.matchAll(QUOTED)].map((m) => quoteWords(m[1])).filter((q) => q.length >= 6);
  if (quotes.length === 0) return [];
  const passage = quoteWords(passageText);
  for (const q of quotes) {
    if (lcs(q, passage) >= 0.9 * q.length) return [{ kind: 'confirm', fact: 'quote', weight: 0.9, reason: 'Passage quotes the same words (leaving aside bracketed insertions, ellipses, quote marks and who is said to have said them).' }];
  }
  return [];
}

/**
 * The denied word when the claim is a denial ("there is no trend", "isn't increasing") of something the
 * passage mentions without denying: agreement on the words is not agreement on the denial.
 */
export function deniedOnlyInClaim(claim: Facts, passage: Facts): string | undefined {
  const n = claim.negations.find((x) => !x.hedged && passage.terms.includes(x.target) && !passage.negations.some((m) => m.target === x.target));
  return n ? (claim.display[n.target] ?? n.target) : undefined;
}

/**
 * The hedge word when the passage says what the claim says only in hedged parts ("may", "reportedly",
 * "if") while the claim asserts it: agreement with a possibility is not support for a fact.
 */
export function hedgedAgreement(claim: Facts, passage: Facts, common: string[]): string | undefined {
  if (common.length === 0 || claim.spans.some((s) => s.hedged)) return undefined;
  const carrying = passage.spans.filter((s) => shared(s.terms, common).length >= Math.max(1, common.length / 2));
  if (carrying.length === 0 || !carrying.every((s) => s.hedged)) return undefined;
  return carrying[0].hedge;
}

// --- verdict on one pair --------------------------------------------------------

/**
 * Whether a passage supports, contradicts or says nothing decisive about a claim, with reasons a person can read.
 * Conflicts in aligned facts (figures, durations, dates, who led, where, effects, negation) contradict;
 * confirmed facts or strong lexical agreement support; a passage about a different event is neutral.
 */
export function assessStance(claim: ClaimInput, passage: PassageInput, options: StanceOptions = {}): StanceResult {
  const cf = readFacts(claim.text, { published: claim.published });
  const pf = readFacts(passage.text, { published: passage.published });
  const weight = options.weight ?? (() => 1);
  const { lexical: coverage, common } = relevance(cf, pf, weight);
  const sharedNames = common.slice(0, 5).map((t) => cf.display[t] ?? t);

  if (coverage === 0) return { stance: 'neutral', score: 0, reasons: ['Passage shares no key terms with the claim.'] };

  const event = compareEvents(cf, pf);
  if (event.relation === 'different') {
    return { stance: 'neutral', score: round3(0.15 * coverage), reasons: [event.reason!] };
  }

  const findings = [
    ...compareQuantities(cf.quantities, pf.quantities, { claim: claim.published, passage: passage.published }),
    ...compareDurations(cf.durations, pf.durations),
    ...compareDates(cf.dates, pf.dates, coverage),
    ...compareActors(cf.actors, pf.actors),
    ...compareLocations(cf.locations, pf.locations),
    ...compareEffects(cf.effects, pf.effects),
    ...compareNegations(cf, pf, coverage),
    ...compareAntonyms(cf, pf, coverage),
    ...compareParticipants(cf, pf),
  ];
  const quoted = compareQuotes(claim.text, passage.text);
  // The same quotation with another description of its speaker: who said it and where are the outlet's words, not a conflict.
  if (quoted.length) findings.splice(0, findings.length, ...findings.filter((f) => !['actor', 'location', 'effect', 'negation'].includes(f.fact)), ...quoted);
  const conflicts = findings.filter((f) => f.kind === 'conflict');
  const confirms = findings.filter((f) => f.kind === 'confirm');
  // A figure or place the passage gives only loosely leaves the claim's own figure or place open.
  const undecided = findings.filter((f) => f.kind === 'compatible' && (f.fact === 'quantity' || f.fact === 'duration' || f.fact === 'location'));
  const relevanceScore = Math.min(1, 0.35 + 0.65 * coverage);
  const hedge = hedgedAgreement(cf, pf, common);

  if (conflicts.length && coverage >= MIN_RELEVANCE_FOR_CONFLICT) {
    const confidence = Math.max(...conflicts.map((f) => f.weight));
    const basis = conflicts.every((f) => f.fact === 'negation') ? 'negation' : 'facts';
    return { stance: 'contradicts', score: round3(relevanceScore * confidence), reasons: conflicts.map((f) => f.reason), basis };
  }
  const specific = cf.quantities.length > 0 || cf.durations.some((d) => d.about) || cf.dates.some((d) => d.granularity === 'day' && d.from);
  // A matching date or place alone is a circumstance, not the claim: many things happen in late 2015, or
  // at an agency's headquarters. A place confirms a claim that says more than where only when the passage
  // also shares some of that more (two of its words, or all when fewer).
  const placeWords = new Set(cf.locations.flatMap((l) => [...l.places, ...l.anchor]));
  const besidesPlace = cf.terms.filter((t) => !placeWords.has(t));
  const beyondPlace = shared(besidesPlace, common).length >= Math.min(2, besidesPlace.length);
  const strongConfirms = confirms.filter((f) => f.fact !== 'date' && (f.fact !== 'location' || beyondPlace));
  const confirmedEnough = strongConfirms.length ? coverage >= MIN_RELEVANCE_FOR_CONFIRMED : confirms.some((f) => f.fact === 'date') && coverage >= MIN_RELEVANCE_FOR_DATE_ONLY;
  if (hedge && (confirmedEnough || coverage >= MIN_RELEVANCE_FOR_LEXICAL)) {
    return { stance: 'neutral', score: round3(0.5 * relevanceScore * coverage), reasons: [`Passage only says it may be so ("${hedge}"), which does not establish the claim.`] };
  }
  const denied = deniedOnlyInClaim(cf, pf);
  if (denied && (confirmedEnough || coverage >= MIN_RELEVANCE_FOR_LEXICAL)) {
    return { stance: 'neutral', score: round3(0.5 * relevanceScore * coverage), reasons: [`The claim denies "${denied}"; the passage states its words without the denial, which does not bear the denial out.`] };
  }
  if (confirmedEnough && undecided.length === 0) {
    const confidence = Math.min(0.95, Math.max(...confirms.map((f) => f.weight)) + 0.05 * (confirms.length - 1));
    return { stance: 'supports', score: round3(relevanceScore * confidence), reasons: confirms.map((f) => f.reason), basis: 'facts' };
  }
  if (undecided.length) {
    return { stance: 'neutral', score: round3(0.5 * relevanceScore * coverage), reasons: undecided.map((f) => f.reason) };
  }
  if (specific && coverage < 0.85) {
    return {
      stance: 'neutral',
      score: round3(0.5 * relevanceScore * coverage),
      reasons: [`Passage is on the same subject (${sharedNames.join(', ')}) but does not state the claim's figures or dates.`],
    };
  }
  const sharedEntities = common.filter((t) => groupsByKey.has(t)).length;
  if (coverage >= MIN_RELEVANCE_FOR_LEXICAL && (sharedEntities > 0 || common.length >= 3)) {
    return {
      stance: 'supports',
      score: round3(relevanceScore * Math.min(0.85, 0.5 + 0.4 * coverage)),
      reasons: [`Passage states the same thing in its own words (${sharedNames.join(', ')}) and nothing in it conflicts with the claim.`, ...confirms.map((f) => f.reason)],
      basis: 'lexical',
    };
  }
  return {
    stance: 'neutral',
    score: round3(0.5 * relevanceScore * coverage),
    reasons: [`Passage is on a related subject (${sharedNames.join(', ')}) but does not state what the claim says.`],
  };
}

