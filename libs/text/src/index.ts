export { cleanArticle } from './clean-article.js';
export { applyEdits, mapToClean, mapToSource, type OffsetAffinity } from './edits.js';
export { splitSentences } from './split-sentences.js';
export {
  CLAIM_KIND_PRIORITY,
  CLAIM_MIN_WORDS,
  CLAIM_SCORE_THRESHOLD,
  describeClaim,
  extractClaims,
  PARTICIPANT_MENTIONS,
  scoreUnits,
  type ClaimDescription,
  type ScoredUnit,
} from './extract-claims.js';
export {
  CHECKWORTHY_BIAS,
  CHECKWORTHY_FEATURE_SIGNS,
  CHECKWORTHY_FEATURES,
  CHECKWORTHY_WEIGHTS,
  checkWorthiness,
  contextOf,
  CONTEXT_WEIGHT,
  CONTEXT_WINDOW,
  featureWeight,
  MAX_ENTITY_SIGNALS,
  type CheckworthyFeature,
  type CheckworthyFeatures,
} from './checkworthiness.js';
export { FURNITURE_LINES, PROMO_MARKERS } from './furniture-rules.js';
export { round3 } from './round.js';
export { mainContentHtml, pageMetadata, type PageMetadata } from './web-page.js';
export { normalise, tokenize, tokensOfNormalised, type TermToken } from './terms.js';
export { stem } from './stem.js';
export { isPlaceKind, type EntityKind, type PlaceKind } from './entity-kind.js';
export { tagParts, type TaggedWord } from './pos.js';
export type {
  ArticleFormat,
  ClaimKind,
  CleanOptions,
  CleanResult,
  EditReason,
  ExtractedClaim,
  SegmentKind,
  SentenceSpan,
  TextEdit,
  TextSegment,
} from './types.js';
export { loadWordNet, readSynset, senseOffsets, WORDNET_POS, wordNetLemma, type WordNetDb, type WordNetPos, type WordNetSynset } from './wordnet.js';
export { wordTable } from './word-table.js';
export { getLexicon, type Lexicon } from './word-knowledge.js';
export { storableText, unstorable } from './storable.js';
