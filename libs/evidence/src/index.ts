export { canonicalTerms, entityForms, searchTerms, termGroups, type TermGroup } from './lexicon.js';
export { readFacts, type FactActor, type DateMention, type Duration, type Effect, type EventSignature, type Facts, type FactsContext, type Location, type Negation, type Op, type Quantity, type TimeUnit } from './facts.js';
export { compareEvents } from './stance-events.js';
export { articleEventMonths, OPENING_SENTENCES, publishedMonths } from './article-months.js';
export { assessStance, type ClaimInput, type PassageInput, type Stance, type StanceOptions, type StanceResult } from './stance.js';
export {
  CREDIBLE_CONTRADICTION,
  ADDRESSES_CLAIM,
  CALIBRATION,
  CREDIBLE_SUPPORT,
  describeSuggestion,
  rankEvidence,
  suggestVerdict,
  type SuggestionKind,
  type UnsupportedReason,
  type Evidence,
  type EvidenceCandidate,
  type RankClaim,
  type SuggestedVerdict,
  type VerdictSuggestion,
} from './ranking.js';
export { scoreEvaluation, type EvaluationItem, type EvaluationScores, type Prediction } from './evaluate.js';
export { diversify, queryTerms, RETRIEVAL, type QueryOptions, type QueryTerm } from './retrieval.js';
export { claimKey, compareClaims, SAME_CLAIM_SIMILARITY, splitAttribution, type SameClaimResult } from './same-claim.js';
export { antonyms, synonyms, wordnetAvailable } from './wordnet.js';
export { alignment } from './alignment.js';
export { blendMeaning, cosine, MEANING, textVector } from './meaning.js';
export { BoundedCache } from './bounded-cache.js';
export { buildVectorCache, vectorCachePaths, wordVectors, type WordVectors } from './word-vectors.js';
