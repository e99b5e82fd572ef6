import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { ClaimDto } from '../claims/claims.dto.js';
import { ProblemDto } from '../common/problem.dto.js';
import { CITATION_STANCES, VERDICTS, type CitationStance, type VerdictValue } from '../claims/verdict.entity.js';

export class CitationInputDto {
  /** The cited article (another source than the claim's own). */
  @IsUUID()
  articleId: string;

  /** The cited revision; defaults to the article's current revision. */
  @IsOptional()
  @IsUUID()
  revisionId?: string;

  /** Start of the cited passage in the revision's cleaned text (UTF-16 code units). */
  @IsInt()
  @Min(0)
  start: number;

  /** End of the cited passage, exclusive. */
  @IsInt()
  @Min(1)
  end: number;

  @ApiProperty({ enum: CITATION_STANCES })
  @IsIn(CITATION_STANCES)
  stance: CitationStance;
}

export class DecideVerdictDto {
  @ApiProperty({ enum: VERDICTS, example: 'verified' })
  @IsIn(VERDICTS)
  verdict: VerdictValue;

  /** The editor's note on the decision. */
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;

  /** The passages relied on. verified needs a supporting and disputed a contradicting passage of another article. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  // IsObject: ValidateNested alone lets an array through as an element ([[]] passes).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => CitationInputDto)
  citations?: CitationInputDto[];

  /** Required when the claim already has a verdict: changing it is a correction. */
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string;

  /** Required when the claim is published: the public note shown in the corrections feeds. */
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  correctionNote?: string;
}

export class BulkVerdictItemDto {
  @IsUUID()
  claimId: string;

  /** The claim's ETag as read; a stale one fails this item with 412, a missing one on a decided claim with 428. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  ifMatch?: string;
}

export class BulkVerdictDto extends DecideVerdictDto {
  /** The claims to decide, each with the version the editor saw. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => BulkVerdictItemDto)
  items: BulkVerdictItemDto[];
}

export class BulkVerdictResultDto {
  claimId: string;
  /** The HTTP status this item would have had on its own (200, 404, 412, 422, …). */
  status: number;
  /** The decided claim, when status is 200. */
  claim?: ClaimDto;
  /** What went wrong, when status is not 200. */
  problem?: ProblemDto;
}

export class BulkVerdictResponseDto {
  /** One result per item, in request order. */
  results: BulkVerdictResultDto[];
  succeeded: number;
  failed: number;
}
