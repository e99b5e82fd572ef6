export type EditReason =
  | 'advertisement'
  | 'navigation'
  | 'video-embed'
  | 'related-link'
  | 'error-page'
  | 'separator'
  | 'sentence-split'
  | 'whitespace';

/** One difference between `sourceText` and the cleaned `text`. Offsets are UTF-16 code units. */
export interface TextEdit {
  /** Source range replaced (`sourceText.slice(start, end) === removed`). */
  start: number;
  end: number;
  removed: string;
  inserted: string;
  reason: EditReason;
  /** Offset in the cleaned text where `inserted` begins. */
  at: number;
}

/** `teaser`: a short paragraph cut off with an ellipsis (a CMS teaser, or interrupted speech): kept, never a claim. */
export type SegmentKind = 'headline' | 'caption' | 'byline' | 'off-topic' | 'teaser';

/** A marked (not removed) region of the cleaned text. */
export interface TextSegment {
  start: number;
  end: number;
  kind: SegmentKind;
}

/** `page`: a whole web page, whose main content Readability finds before the HTML rules run. */
export type ArticleFormat = 'text' | 'html' | 'page';

export interface CleanOptions {
  format?: ArticleFormat | 'auto';
  /** Editor undo: an edit whose exact source range is listed is not applied. */
  restore?: Array<{ start: number; end: number }>;
}

export interface CleanResult {
  format: ArticleFormat;
  /** Plain text before cleaning: the input for plain text, the extracted text for HTML. */
  sourceText: string;
  text: string;
  /** Every difference between `sourceText` and `text`, in source order, non-overlapping. */
  edits: TextEdit[];
  /** Marked regions of `text`, sorted, non-overlapping. */
  segments: TextSegment[];
}

export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

export type ClaimKind = 'quantity' | 'date' | 'attribution' | 'quote' | 'entity';

export interface ExtractedClaim {
  start: number;
  end: number;
  text: string;
  /** Primary kind: the first of `kinds` in CLAIM_KIND_PRIORITY order; `statement` when only cue words (voted, cut, jobs …) make it check-worthy. */
  kind: ClaimKind | 'statement';
  kinds: ClaimKind[];
  /** Check-worthiness 0..1, three decimals. */
  score: number;
  signals: string[];
}
