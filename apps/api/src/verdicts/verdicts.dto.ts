import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { CITATION_STANCES, VERDICTS, type CitationStance, type VerdictValue } from './verdict.entity.js';

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
  note?: string = '';

  /** The passages relied on. verified needs a supporting and disputed a contradicting passage of another article. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CitationInputDto)
  citations?: CitationInputDto[] = [];

  /** Required when the claim already has a verdict: changing it is a correction. */
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  reason?: string;
}
