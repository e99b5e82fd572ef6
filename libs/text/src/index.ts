export { cleanArticle } from './clean-article.js';
export { applyEdits, mapToClean, mapToSource, type OffsetAffinity } from './edits.js';
export { splitSentences } from './split-sentences.js';
export {
  CLAIM_KIND_PRIORITY,
  CLAIM_MIN_WORDS,
  CLAIM_SCORE_THRESHOLD,
  CHECKWORTHY_BIAS,
  CHECKWORTHY_WEIGHTS,
  checkWorthiness,
  CONTEXT_WEIGHT,
  CONTEXT_WINDOW,
  describeClaim,
  extractClaims,
  type ClaimDescription,
  MAX_ENTITY_SIGNALS,
} from './extract-claims.js';
export { FURNITURE_LINES, PROMO_MARKERS } from './furniture-rules.js';
export { mainContentHtml, pageMetadata, type PageMetadata } from './web-page.js';
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
