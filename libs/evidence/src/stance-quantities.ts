import type { Duration, Quantity } from './facts.js';
import { describeAmount, relateIntervals, toInterval, type Interval } from './intervals.js';
import { shared, type Finding } from './stance-finding.js';

export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const UNCOUNTED = new Set(['percent', 'ppm', 'ppb']);
const plural = (unit: string, value: number) => (value === 1 || UNCOUNTED.has(unit) ? unit : unit.startsWith('degree ') ? unit.replace('degree', 'degrees') : unit.endsWith('y') && !/[aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : unit === 'person' ? 'people' : `${unit}s`);
type Amount = { value: number; op: Quantity['op']; max?: number };
const inWords = (q: Amount) => q.op === '=' && Number.isInteger(q.value) && q.value <= 10;
/** A figure as a rationale writes it: small whole numbers in words, unless the figure it is set beside is written in digits ("8 tonnes; the claim says 11"). */
const amount = (q: Amount, beside?: Amount) => (inWords(q) && (!beside || inWords(beside)) ? NUMBER_WORDS[q.value] : describeAmount(q));

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
    const [given, claimed] = [`${amount(best.p, q)} ${unit(best.p)}`, `${amount(q, best.p)} ${unit(q)}`];
    // Several values of one unit ("as high as 4,000 ppm … as low as 180 ppm") are a series over times or places, not a rival figure.
    const series = new Set(aligned.map((p) => `${p.op}${p.value}${p.max ?? ''}`)).size > 1;
    // A figure bears out the claim's only when it measures the same thing (as for a conflict): 97 % of one survey is not 97 % of another.
    if (best.rel === 'entails' && sameMeasure(q, best.p, published, true)) {
      out.push({ kind: 'confirm', fact: 'quantity', weight: 0.85, reason: `Passage gives ${given}, which bears out the claim's ${claimed}.` });
    } else if (best.rel === 'disjoint' && !series && sameMeasure(q, best.p, published)) {
      out.push({ kind: 'conflict', fact: 'quantity', weight: 0.9, reason: `Passage says ${given}; the claim says ${claimed}.` });
    } else if (best.rel === 'disjoint') {
      out.push({ kind: 'compatible', fact: 'quantity', weight: 0.5, reason: `Passage gives ${given} for something else (another measure, time or series), so it does not settle the claim's ${claimed}.` });
    } else if (best.rel === 'entails') {
      // The same figure, but the words around it differ too much (or another year): it may count something else.
      out.push({ kind: 'compatible', fact: 'quantity', weight: 0.5, reason: `Passage also gives ${given}, but says it of something described differently or of another time, so on its own it does not bear out the claim's ${claimed}.` });
    } else {
      out.push({ kind: 'compatible', fact: 'quantity', weight: 0.5, reason: `Passage says ${given}, which neither confirms nor contradicts the claim's ${claimed}.` });
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

export function compareDurations(claim: Duration[], passage: Duration[]): Finding[] {
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
