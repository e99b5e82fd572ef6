import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDateString, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { NotBlank } from '../common/not-blank.js';
import { PageQuery } from '../common/page-query.dto.js';
import { hasVisibleText } from '../common/visible-text.js';
import { CITATION_STANCES, VERDICTS, type CitationStance, type VerdictValue } from './verdict.entity.js';
import { CLAIM_KINDS, CLAIM_STATUSES, REVIEW_STATUSES, type ClaimKind, type ClaimStatus, type ReviewStatus } from './claim.entity.js';
import { CLAIM_REVIEW_FILTERS, CLAIM_SORTS, type ClaimReviewFilter, type ClaimSort } from './claim-queries.js';

/** W3C TextQuoteSelector: the exact text, with optional context to pick one occurrence. */
export class TextQuoteSelectorDto {
  @ApiProperty({ example: 'led by Belgian prosecutors' })
  @IsString()
  @Length(1, 5000)
  exact: string;

  /** Text just before the quote. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  prefix?: string;

  /** Text just after the quote. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  suffix?: string;
}

/** W3C TextPositionSelector: offsets in UTF-16 code units of the cleaned text, end exclusive. */
export class TextPositionSelectorDto {
  @IsInt()
  @Min(0)
  start: number;

  @IsInt()
  @Min(1)
  end: number;
}

export class CreateClaimDto {
  /** The article the claim is in; omit for a standalone claim (give `text`). */
  @IsOptional()
  @IsUUID()
  articleId?: string;

  /** Anchor the claim by quoting the article. */
  @IsOptional()
  // IsObject: ValidateNested alone accepts an array (an empty one passes).
  @IsObject()
  @ValidateNested()
  @Type(() => TextQuoteSelectorDto)
  quote?: TextQuoteSelectorDto;

  /** Anchor the claim by offsets into the article's cleaned text. */
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TextPositionSelectorDto)
  position?: TextPositionSelectorDto;

  /** A standalone claim an editor types, not anchored in any article. */
  @ApiProperty({ required: false, example: 'Europol is based in The Hague.' })
  @IsOptional()
  @IsString()
  @Length(3, 2000)
  @NotBlank()
  text?: string;

  /** For a standalone claim: when it was made (YYYY-MM-DD), so "last month" in it can be read. */
  @IsOptional()
  @IsDateString({ strict: true })
  @Length(10, 10, { message: 'claimedOn must be a date as YYYY-MM-DD' })
  claimedOn?: string;
}

export class ClaimListQuery extends PageQuery {
  @IsOptional()
  @IsUUID()
  articleId?: string;

  @IsOptional()
  @IsIn(CLAIM_STATUSES)
  status?: ClaimStatus;

  /** The claim's main kind. */
  @IsOptional()
  @IsIn(CLAIM_KINDS)
  kind?: ClaimKind;

  /** Claims in articles of this outlet (the exact name, as on the article). */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  outlet?: string;

  /** Order: `seq` (creation, the default), `-score` (most check-worthy first, the desk's queue) or `score`; ties follow seq. A cursor belongs to the order it came from. */
  @IsOptional()
  @IsIn(CLAIM_SORTS)
  sort?: ClaimSort;

  /** Text the claim contains (case-insensitive). */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  /** Claims handed to the calling token (`me`), to another token (its id), or to nobody (`none`). */
  @IsOptional()
  @IsString()
  @MaxLength(36)
  @Matches(/^(me|none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, { message: 'assignee must be me, none or a token id' })
  assignee?: string;

  /** Where the current verdict stands with its review; `for-me`: awaiting a review the caller may give (decided by someone else). */
  @IsOptional()
  @IsIn(CLAIM_REVIEW_FILTERS)
  review?: ClaimReviewFilter;
}

export class ArticleClaimsQuery extends PageQuery {
  /** A revision of the article; defaults to the current one. */
  @IsOptional()
  @IsUUID()
  revisionId?: string;
}

export class ClaimSelectorDto {
  quote: TextQuoteSelectorDto;
  position: TextPositionSelectorDto;
}

export class CitationDto {
  articleId: string;
  revisionId: string;
  start: number;
  end: number;
  @ApiProperty({ enum: CITATION_STANCES })
  stance: CitationStance;
  /** The cited text as it was when cited. */
  quote: string;
}

export class CurrentVerdictDto {
  id: string;
  @ApiProperty({ enum: VERDICTS })
  verdict: VerdictValue;
  note: string;
  /** Why the previous verdict was corrected; null for a first decision. */
  reason: string | null;
  /**
   * The public note this verdict corrects a published one with (what readers of the corrections feeds
   * will read once it is published), so its reviewer sees the wording they approve; null for a verdict
   * that corrects nothing or was published straight away.
   */
  correctionNote: string | null;
  decidedBy: string;
  decidedAt: string;
  citations: CitationDto[];
}

export class AssigneeDto {
  tokenId: string;
  /** The token's name when it was assigned. */
  name: string;
}

export class ClaimReviewStateDto {
  /** `awaiting`: decided, not yet reviewed; `approved`: may be published; `rejected`: sent back, decide it again. */
  @ApiProperty({ enum: REVIEW_STATUSES })
  status: ReviewStatus;
  /** Who reviewed the current verdict; null while it awaits review. */
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** The reviewer's note (always given with a rejection). */
  note: string | null;
}

export class AssignClaimDto {
  /** The editor's or admin's token to hand the claim to (GET /tokens lists them); null: nobody. */
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  @ValidateIf((o: AssignClaimDto) => o.tokenId !== null)
  @IsUUID()
  tokenId: string | null;
}

export class ReviewClaimDto {
  /** true approves the current verdict for publication; false sends it back to the assignee with the note. */
  @IsBoolean()
  approve: boolean;

  /** What the author should change; required when rejecting. */
  @ApiProperty({ required: false, nullable: true, type: 'string', minLength: 1, maxLength: 2000 })
  @ValidateIf((o: ReviewClaimDto) => o.approve === false || (o.note !== undefined && o.note !== null))
  @ValidateBy({
    name: 'reviewNote',
    validator: {
      // One check, one sentence: a missing note used to come back as three messages (type, length, blank).
      validate: (value: unknown) => hasVisibleText(value) && value.length <= 2000,
      defaultMessage: () => 'note must say what the author should change (up to 2000 characters); it is required when approve is false',
    },
  })
  note?: string | null;
}

export class ClaimDto {
  id: string;
  /** Null for a standalone claim. */
  articleId: string | null;
  /** The revision whose text the selector points into. */
  revisionId: string | null;
  text: string;
  /** Null for a standalone claim. */
  selector: ClaimSelectorDto | null;
  /** When a standalone claim was made; null for claims in articles (the article's date applies). */
  claimedOn: string | null;
  @ApiProperty({ enum: CLAIM_KINDS })
  kind: ClaimKind;
  @ApiProperty({ enum: CLAIM_KINDS, isArray: true })
  kinds: ClaimKind[];
  /** Check-worthiness, 0..1. */
  score: number;
  /** What made it check-worthy, for a person. */
  signals: string[];
  @ApiProperty({ enum: ['extracted', 'editor'] })
  origin: 'extracted' | 'editor';
  @ApiProperty({ enum: CLAIM_STATUSES })
  status: ClaimStatus;
  /** Also sent as the ETag; send it back as If-Match when deciding. */
  version: number;
  /** When the verdict was (last) published as a ClaimReview; null when unpublished. */
  publishedAt: string | null;
  /** The verdict readers see; not the current one while a correction awaits its review or publication. */
  publishedVerdictId: string | null;
  verdict: CurrentVerdictDto | null;
  /** Who has the claim; null when nobody does. */
  assignee: AssigneeDto | null;
  /** The current verdict's review; null when no review was asked for (no verdict, or REVIEW_REQUIRED=false). */
  review: ClaimReviewStateDto | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export class ClaimPage {
  items: ClaimDto[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}
