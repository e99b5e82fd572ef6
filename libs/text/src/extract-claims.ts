import { checkWorthiness, contextOf, featureWeight, unitFeatures, type CheckworthyFeatures } from './checkworthiness.js';
import { ClaimContext } from './claim-context.js';
import { claimUnits } from './claim-units.js';
import { describeUnit, type UnitDescription } from './describe-unit.js';
import { wordCount } from './lines.js';
import type { ClaimKind, CleanResult, ExtractedClaim, SentenceSpan } from './types.js';

export { CLAIM_KIND_PRIORITY } from './describe-unit.js';

/**
 * Units scoring below this are not claims (an editor can still claim any span). See the README
 * (Claims) for what passes: a figure alone does, and so does a full sentence with a date, a named
 * person or a record of what someone did; an opinion, a promise or small talk does not.
 */
export const CLAIM_SCORE_THRESHOLD = 0.11;
/** Shorter units are fragments, not claims. */
export const CLAIM_MIN_WORDS = 5;

export interface ClaimDescription {
  /** 'statement' when the text carries no check-worthy signal (only possible via describeClaim). */
  kind: ClaimKind | 'statement';
  kinds: ClaimKind[];
  score: number;
  signals: string[];
}

/** A name mentioned in at least this many units is one the article keeps coming back to (`participant`). */
export const PARTICIPANT_MENTIONS = 3;

/** Every unit of a cleaned text with what scoring needs: eligibility, features and feature weight before context. */
export interface ScoredUnit {
  unit: SentenceSpan;
  /** Could be a claim: outside segments, not a question, at least CLAIM_MIN_WORDS words, with a check-worthy signal. */
  eligible: boolean;
  described?: UnitDescription;
  features?: CheckworthyFeatures;
  weight: number;
}

/** The units of a text, described and weighted; shared by extractClaims and the weight fitting (fit-checkworthy). */
export function scoreUnits(clean: CleanResult): ScoredUnit[] {
  const text = clean.text;
  if (text.trim() === '') return [];
  const ctx = new ClaimContext(text);
  const units = claimUnits(text, ctx.sentences).map((unit) => {
    const inSegment = clean.segments.some((s) => s.start < unit.end && unit.start < s.end);
    const described = inSegment ? undefined : describeUnit(ctx, unit);
    const eligible = !!described?.checkable && !/\?["”’)]*$/.test(unit.text) && wordCount(unit.text) >= CLAIM_MIN_WORDS;
    return { unit, eligible, described };
  });
  const mentions = new Map<string, number>();
  for (const { described } of units) for (const name of new Set(described?.names)) mentions.set(name, (mentions.get(name) ?? 0) + 1);
  // Questions and fragments are never claims but still set the context ("You said 40 % …?").
  return units.map(({ unit, eligible, described }) => {
    if (!described) return { unit, eligible, weight: 0 };
    const participant = described.names.some((n) => (mentions.get(n) ?? 0) >= PARTICIPANT_MENTIONS);
    const features = unitFeatures({ ...described.evidence, participant });
    return { unit, eligible, described, features, weight: described.checkable ? featureWeight(features) : 0 };
  });
}

/**
 * Check-worthy claims in cleaned text: sentences (or multi-sentence quotes) carrying numbers,
 * dates, attributed quotes, attributions or named entities, sorted by start.
 * Never claims: text in any segment (headlines restate body claims without their context and
 * would double-count them; captions, bylines and off-topic blocks are not the article's claims),
 * questions, fragments under CLAIM_MIN_WORDS words, and units scoring under CLAIM_SCORE_THRESHOLD.
 * Score: checkWorthiness (see checkworthiness.ts).
 */
export function extractClaims(clean: CleanResult): ExtractedClaim[] {
  const units = scoreUnits(clean);
  const weights = units.map((u) => u.weight);
  const claims: ExtractedClaim[] = [];
  units.forEach(({ unit, eligible, described }, i) => {
    if (!eligible || !described) return;
    const score = checkWorthiness(weights[i], contextOf(weights, i));
    if (score < CLAIM_SCORE_THRESHOLD) return;
    claims.push({ start: unit.start, end: unit.end, text: unit.text, kind: described.kind, kinds: described.kinds, score, signals: described.signals });
  });
  return claims;
}

/** Describes an editor-chosen span as extractClaims would, without filtering it out. */
export function describeClaim(text: string): ClaimDescription {
  if (text.trim() === '') return { kind: 'statement', kinds: [], score: 0, signals: [] };
  const described = describeUnit(new ClaimContext(text), { start: 0, end: text.length, text });
  const score = described.checkable ? checkWorthiness(featureWeight(unitFeatures(described.evidence))) : 0;
  return { kind: described.kind, kinds: described.kinds, score, signals: described.signals };
}
