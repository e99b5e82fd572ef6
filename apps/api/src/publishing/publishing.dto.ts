import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsOptional, MaxLength } from 'class-validator';
import { PageQuery } from '../common/page-query.dto.js';

export class ClaimReviewQuery extends PageQuery {
  /** Only reviews published (or corrected) at or after this time (ISO 8601). */
  @IsOptional()
  // strict: a well-formed but impossible date (2018-02-30) would otherwise reach PostgreSQL and fail there.
  @IsDateString({ strict: true })
  @MaxLength(40)
  since?: string;
}

export class CorrectionQuery extends PageQuery {}

/** schema.org ClaimReview as JSON-LD (see https://schema.org/ClaimReview). */
export class ClaimReviewDto {
  @ApiProperty({ name: '@context', example: 'https://schema.org' })
  '@context': string;
  @ApiProperty({ name: '@type', example: 'ClaimReview' })
  '@type': string;
  /** The public page of this review (`/reviews/{id}`), which carries this markup. */
  url: string;
  claimReviewed: string;
  /** When the review was first published; corrections do not change it. */
  datePublished: string;
  /** When the review was last corrected; absent until then. */
  dateModified?: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { '@type': 'Organization', name: 'Factdesk' } })
  author: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'verified → 5 "Verified", unsupported → 3 "Unsupported", disputed → 1 "Disputed" (bestRating 5, worstRating 1).',
    example: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'Verified' },
  })
  reviewRating: Record<string, unknown>;
  /** The editor's note. */
  reviewBody?: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The Claim: appearance and firstAppearance (article URL), author and datePublished where known.' })
  itemReviewed: Record<string, unknown>;
}

export class ClaimReviewPage {
  items: ClaimReviewDto[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export class CorrectionDto {
  id: string;
  claimId: string;
  /** The claim as published. */
  claimReviewed: string;
  @ApiProperty({ enum: ['verified', 'disputed', 'unsupported'] })
  previousVerdict: string;
  @ApiProperty({ enum: ['verified', 'disputed', 'unsupported'] })
  verdict: string;
  /** The public correction note. */
  note: string;
  publishedAt: string;
  /** The public page of the corrected review. */
  url: string;
}

export class CorrectionPage {
  items: CorrectionDto[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}
