import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageQuery } from '../common/page-query.dto.js';
import { CITATION_STANCES, VERDICTS, type CitationStance, type VerdictValue } from './verdict.entity.js';
import { CLAIM_KINDS, CLAIM_STATUSES, type ClaimKind, type ClaimStatus } from './claim.entity.js';
import { CLAIM_SORTS, type ClaimSort } from './claim-queries.js';

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
  decidedBy: string;
  decidedAt: string;
  citations: CitationDto[];
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
  verdict: CurrentVerdictDto | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export class ClaimPage {
  items: ClaimDto[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}
