import { ApiProperty, OmitType } from '@nestjs/swagger';
import { CLAIM_KINDS, CLAIM_STATUSES, REVIEW_STATUSES, type ClaimKind, type ClaimStatus, type ReviewStatus } from '../claims/claim.entity.js';
import { AssigneeDto, CitationDto } from '../claims/claims.dto.js';
import { VERDICTS, type VerdictValue } from '../claims/verdict.entity.js';

/*
 * The before/after of audited changes: what GET /audit returns, what the live stream reads status and
 * version from, and what webhook receivers get as-is. A public contract: add fields, never rename.
 */

/** A claim as the audit trail records it (`claim.created`). */
export class AuditClaimDto {
  articleId: string | null;
  revisionId: string | null;
  start: number | null;
  end: number | null;
  text: string;
  @ApiProperty({ enum: CLAIM_KINDS })
  kind: ClaimKind;
  @ApiProperty({ enum: ['extracted', 'editor'] })
  origin: 'extracted' | 'editor';
  @ApiProperty({ enum: CLAIM_STATUSES })
  status: ClaimStatus;
  version: number;
}

/** `claim.published`: the claim after publishing, with the verdict that was published. */
export class AuditPublishedClaimDto extends AuditClaimDto {
  verdictId: string;
  publishedAt: string;
}

/** `verdict.decided`, `verdict.corrected`: the claim's decision before the change. */
export class AuditVerdictBeforeDto {
  @ApiProperty({ enum: CLAIM_STATUSES })
  status: ClaimStatus;
  version: number;
  /** Null before the first decision. */
  verdictId: string | null;
  note: string | null;
}

/** A citation without its quote: the trail points at the cited revision, which keeps the text. */
export class AuditCitationDto extends OmitType(CitationDto, ['quote'] as const) {}

/** `verdict.decided`, `verdict.corrected`: the new decision. */
export class AuditVerdictAfterDto {
  @ApiProperty({ enum: VERDICTS })
  status: VerdictValue;
  /** The claim's new version (its ETag value). */
  version: number;
  verdictId: string;
  /** `awaiting` when a second editor must approve it before publication; null when review is off (REVIEW_REQUIRED=false); absent in events written before reviews existed. */
  @ApiProperty({ enum: ['awaiting'], nullable: true, required: false })
  reviewStatus?: 'awaiting' | null;
  note: string;
  citations: AuditCitationDto[];
}

/** `correction.published`: the verdict that was public before. */
export class AuditCorrectionBeforeDto {
  verdictId: string;
}

/** `correction.published`: the verdict published in its place and the public note. */
export class AuditCorrectionAfterDto {
  verdictId: string;
  @ApiProperty({ enum: VERDICTS })
  verdict: VerdictValue;
  correctionId: string;
  note: string;
}

/** `article.created`. */
export class AuditArticleDto {
  title: string | null;
  outlet: string | null;
  author: string | null;
  publishedOn: string | null;
  url: string | null;
  seedKey: string | null;
}

/** `article.updated`: only the fields that changed, before and after. */
export class AuditArticleFieldsDto {
  title?: string | null;
  outlet?: string | null;
  author?: string | null;
  publishedOn?: string | null;
}

/** `revision.created`: the revision that was current; null for an article's first. */
export class AuditRevisionBeforeDto {
  revisionId: string;
}

export class AuditSpanDto {
  start: number;
  end: number;
}

/** `revision.created`. */
export class AuditRevisionAfterDto {
  revisionId: string;
  number: number;
  contentHash: string;
  /** How many edits cleaning made. */
  edits: number;
  restored: AuditSpanDto[];
}

/** `comment.created`, on the claim's trail. */
export class AuditCommentDto {
  commentId: string;
  body: string;
}

/** `claim.assigned`: who had the claim before, and who has it after (null: nobody). */
export class AuditAssignmentDto {
  assignee: AssigneeDto | null;
  /** The claim's version (its ETag value) before or after the change. */
  version: number;
}

/** `verdict.reviewed`: where the current verdict's review stood before. */
export class AuditReviewBeforeDto {
  /** Null when no review had been asked for. */
  @ApiProperty({ enum: REVIEW_STATUSES, nullable: true })
  reviewStatus: ReviewStatus | null;
  version: number;
}

/** `verdict.reviewed`: a second editor's approval or rejection of the current verdict. */
export class AuditReviewAfterDto {
  verdictId: string;
  @ApiProperty({ enum: VERDICTS })
  verdict: VerdictValue;
  @ApiProperty({ enum: ['approved', 'rejected'] })
  decision: 'approved' | 'rejected';
  @ApiProperty({ enum: ['approved', 'rejected'] })
  reviewStatus: 'approved' | 'rejected';
  reviewId: string;
  /** Who decided the reviewed verdict (never the reviewer). */
  decidedBy: string;
  /** Always given with a rejection. */
  note: string | null;
  /** Who has the claim after the review: a rejection goes back to the assignee, or to the author. */
  assignee: AssigneeDto | null;
  version: number;
}
