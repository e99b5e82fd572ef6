import { dayNumber, isoDay } from './dates.js';
import { readFacts, type Facts } from './facts.js';
import { diversify } from './retrieval.js';
import { stanceOfFacts, type ClaimInput, type Stance, type StanceResult } from './stance.js';

export interface EvidenceCandidate {
  id: string;
  articleId: string;
  text: string;
  published?: string;
  /** How a person knows the source (its title or outlet); rationale sentences use it, else the article id. */
  source?: string;
  /** Retrieval score (BM25 with the title field); when given, it orders the passages no stance rule decides. */
  retrieval?: number;
  /** Months the passage's article dates its operation to (articleEventMonths), when the article has no publication date. */
  articleMonths?: readonly number[];
}

export interface RankClaim extends ClaimInput {
  /** The claim's own article: never evidence for itself. */
  articleId?: string;
}

export interface Evidence extends EvidenceCandidate, StanceResult {}

/** The verdict the evidence suggests for a claim (an editor decides the claim's actual Verdict). */
export type SuggestedVerdict = 'verified' | 'disputed' | 'unsupported';

/** Why a suggestion is unsupported: no source addresses the claim, or sources discuss it but not this fact. */
export type UnsupportedReason = 'no-source' | 'not-this-fact';

export interface VerdictSuggestion {
  verdict: SuggestedVerdict;
  /** Calibrated: the share of suggestions of the same kind that were right on labelled data (see CALIBRATION). */
  confidence: number;
  rationale: string[];
  /** Set when the verdict is unsupported. */
  unsupportedReason?: UnsupportedReason;
}

/**
 * Confidence of a suggestion by the kind of evidence it rests on, fitted on labelled outside data: the
 * CLIMATE-FEVER dev claims whose id is a multiple of 4 (354 claims; the other half checks it), as
 * (right + 1) / (suggested + 2); BENCHMARKS.md says how to refit it when the rules change. On the seed
 * reports the same kinds are right more often: the figures are for text unlike the rules' own.
 */
export const CALIBRATION = {
  'verified-facts': 0.58,
  'verified-lexical': 0.62,
  'disputed-facts': 0.4,
  'disputed-negation': 0.86,
  unsupported: 0.37,
} as const;
export type SuggestionKind = keyof typeof CALIBRATION;

/** Below this stance score the closest passage shares too little of the claim to address it at all. */
export const ADDRESSES_CLAIM = 0.08;

const DECISIVE: ReadonlySet<Stance> = new Set(['supports', 'contradicts']);
/** A contradiction or support below this score is too weak to decide a verdict. */
export const CREDIBLE_CONTRADICTION = 0.35;
export const CREDIBLE_SUPPORT = 0.3;

/** Inverse document frequency over the candidates' facts: terms every candidate shares (the topic itself) weigh little. */
function idfWeights(candidates: readonly Facts[]): ((term: string) => number) | undefined {
  if (candidates.length < 5) return undefined;
  const df = new Map<string, number>();
  for (const c of candidates) for (const t of c.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = candidates.length;
  return (term) => Math.log(1 + n / (0.5 + (df.get(term) ?? 0)));
}

/**
 * A claim that dates nothing, from an undated article, is read as being about the event most of the
 * decisive evidence describes; evidence about other events then stops counting for or against it.
 */
function borrowedDate(claim: RankClaim, facts: Facts, assessed: Evidence[]): string | undefined {
  if (claim.published) return undefined;
  if (!facts.event.mentionsOperation || facts.event.anchors.length > 0) return undefined;
  const decisive = assessed.filter((e) => DECISIVE.has(e.stance) && e.published);
  if (decisive.length < 2) return undefined;
  const clusters: Array<{ day: number; sources: Set<string>; latest: number }> = [];
  for (const e of decisive) {
    const day = dayNumber(e.published!);
    const cluster = clusters.find((c) => Math.abs(c.day - day) <= 60);
    if (cluster) {
      cluster.sources.add(e.articleId);
      cluster.latest = Math.max(cluster.latest, day);
    } else clusters.push({ day, sources: new Set([e.articleId]), latest: day });
  }
  if (clusters.length < 2) return undefined;
  clusters.sort((a, b) => b.sources.size - a.sources.size);
  // Only a clear majority of sources says which event is meant; a tie leaves the claim undated.
  if (clusters[0].sources.size === clusters[1].sources.size) return undefined;
  return isoDay(clusters[0].latest);
}

/** The first passages of the list are the most relevant ones, whatever their stance; decisive ones follow them. */
const RELEVANCE_HEAD = 5;

/** Retrieval's order (BM25 with the title field) when the candidates carry it, else the stance score. */
const byRelevance = (a: Evidence, b: Evidence) => (a.retrieval === undefined || b.retrieval === undefined ? b.score - a.score : b.retrieval - a.retrieval);
const decisiveFirst = (a: Evidence, b: Evidence) => Number(DECISIVE.has(b.stance)) - Number(DECISIVE.has(a.stance)) || (DECISIVE.has(a.stance) ? b.score - a.score : byRelevance(a, b));

const credible = (e: Evidence) => (e.stance === 'supports' && e.score >= CREDIBLE_SUPPORT) || (e.stance === 'contradicts' && e.score >= CREDIBLE_CONTRADICTION);

/**
 * The top RELEVANCE_HEAD passages are the most relevant ones, whatever their stance (decisive ones
 * lead within them, which leaves the set unchanged), except that the strongest credible support and the strongest credible contradiction
 * each take one of the head's last places when the head has none of its kind: the passages a
 * suggestion rests on are among the first an editor reads, and a dispute is never below the fold.
 * Then the other decisive passages, then the rest by relevance. Measured: decisive-first put stance-
 * rule hits ahead of relevant passages and lost recall@5 on the outside dev set; pure relevance order
 * lost seed claims whose contradicting source ranked sixth (BENCHMARKS.md).
 */
function arrange(assessed: Evidence[], limit: number): Evidence[] {
  const size = Math.min(RELEVANCE_HEAD, limit);
  const head = diversify([...assessed].sort(byRelevance), limit).slice(0, size);
  const reserved: Evidence[] = [];
  for (const stance of ['contradicts', 'supports'] as const) {
    const isKind = (e: Evidence) => e.stance === stance && credible(e);
    const strongest = assessed.filter(isKind).sort((a, b) => b.score - a.score)[0];
    if (strongest && !head.some(isKind)) reserved.push(strongest);
  }
  // Which passages make the head is relevance's choice; within it the decisive ones lead, so the editor
  // reads the support or contradiction first without a relevant passage being pushed out of the five.
  const top = [...head.filter((e) => !reserved.includes(e)).slice(0, Math.max(0, size - reserved.length)), ...reserved].slice(0, size).sort(decisiveFirst);
  const shown = new Set(top);
  return diversify([...top, ...assessed.filter((e) => !shown.has(e)).sort(decisiveFirst)], limit);
}

/** Candidates scored and stance-labelled: the most relevant first, then decisive passages, then the rest (see arrange). */
export function rankEvidence(claim: RankClaim, candidates: EvidenceCandidate[], limit = 10): Evidence[] {
  const pool = claim.articleId ? candidates.filter((c) => c.articleId !== claim.articleId) : candidates;
  // Each text is read once here, for the IDF and every stance alike, rather than once per use.
  const read = (t: ClaimInput) => readFacts(t.text, { published: t.published });
  const poolFacts = pool.map(read);
  const weight = idfWeights(poolFacts);
  const claimFacts = read(claim);
  const assess = (c: RankClaim, cf: Facts) => pool.map((p, k) => ({ ...p, ...stanceOfFacts(c, cf, p, poolFacts[k], { weight }) }));
  let assessed = assess(claim, claimFacts);
  const borrowed = borrowedDate(claim, claimFacts, assessed);
  if (borrowed) {
    const dated = { ...claim, published: borrowed };
    const reread = assess(dated, read(dated));
    const note = `The claim gives no date; it is read as being about the event most sources describe (reported ${borrowed}).`;
    assessed = reread.map((e, k) => (e.stance === assessed[k].stance ? assessed[k] : { ...e, reasons: [...e.reasons, note] }));
  }
  return arrange(assessed, limit).slice(0, Math.max(0, limit));
}

const excerpt = (text: string, max = 140) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
};
const sources = (n: number) => (n === 1 ? '1 source' : `${n} sources`);
const sourceName = (e: Evidence) => e.source ?? e.articleId;
const cite = (e: Evidence) => `${sourceName(e)} ("${excerpt(e.text)}")`;

function bestPerSource(evidence: Evidence[]): Evidence[] {
  const best = new Map<string, Evidence>();
  for (const e of evidence) if (!best.has(e.articleId) || best.get(e.articleId)!.score < e.score) best.set(e.articleId, e);
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * verified: independent support and no credible contradiction; disputed: a credible contradiction;
 * unsupported: nothing decisive. Rationale sentences name the sources and the passages.
 */
export function suggestVerdict(evidence: Evidence[]): VerdictSuggestion {
  return describeSuggestion(evidence).suggestion;
}

/** The suggestion and the kind of evidence it rests on (the key of its calibrated confidence). */
export function describeSuggestion(evidence: Evidence[]): { suggestion: VerdictSuggestion; kind: SuggestionKind } {
  const supporting = bestPerSource(evidence.filter((e) => e.stance === 'supports' && e.score >= CREDIBLE_SUPPORT));
  const contradicting = bestPerSource(evidence.filter((e) => e.stance === 'contradicts' && e.score >= CREDIBLE_CONTRADICTION));
  const supportLine = supporting.length
    ? `${sources(supporting.length)} ${supporting.length === 1 ? 'supports' : 'support'} it, e.g. ${cite(supporting[0])}: ${supporting[0].reasons[0]}`
    : undefined;
  if (contradicting.length) {
    const rationale = [
      `${sources(contradicting.length)} ${contradicting.length === 1 ? 'contradicts' : 'contradict'} it: ${contradicting.map(cite).join('; ')}.`,
      ...contradicting.slice(0, 3).map((e) => `${sourceName(e)}: ${e.reasons[0]}`),
    ];
    if (supportLine) rationale.push(supportLine);
    const kind: SuggestionKind = contradicting[0].basis === 'negation' ? 'disputed-negation' : 'disputed-facts';
    return { kind, suggestion: { verdict: 'disputed', confidence: CALIBRATION[kind], rationale } };
  }
  if (supporting.length) {
    const kind: SuggestionKind = supporting[0].basis === 'lexical' ? 'verified-lexical' : 'verified-facts';
    return { kind, suggestion: { verdict: 'verified', confidence: CALIBRATION[kind], rationale: [supportLine!, ...supporting.slice(1, 3).map((e) => `${cite(e)}: ${e.reasons[0]}`)] } };
  }
  const best = [...evidence].sort((a, b) => b.score - a.score)[0];
  const addressed = best !== undefined && best.score >= ADDRESSES_CLAIM;
  const rationale = [addressed ? 'Sources discuss this, but none states or contradicts this fact.' : 'No source addresses this.'];
  // Below ADDRESSES_CLAIM the nearest passage is shown for the editor's eye, not as a source on the subject.
  if (best && best.score > 0) rationale.push(`${addressed ? 'Closest passage' : 'Nearest passage, too loosely related to count as addressing it'}: ${cite(best)}: ${best.reasons[0]}`);
  return { kind: 'unsupported', suggestion: { verdict: 'unsupported', confidence: CALIBRATION.unsupported, rationale, unsupportedReason: addressed ? 'not-this-fact' : 'no-source' } };
}
