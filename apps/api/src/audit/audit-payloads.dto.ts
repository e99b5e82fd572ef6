import { ApiProperty, OmitType } from '@nestjs/swagger';
import { CLAIM_KINDS, CLAIM_STATUSES, type ClaimKind, type ClaimStatus } from '../claims/claim.entity.js';
import { CitationDto } from '../claims/claims.dto.js';
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
