import { ClaimDto } from '../claims/claims.dto.js';

export class RelatedArticleDto {
  id: string;
  /** How Factdesk names the article (as on `ArticleSummaryDto`): its title; else its outlet and date; else its opening words in quotes. */
  name: string;
  title: string | null;
  outlet: string | null;
  /** The day the article was published, when known (YYYY-MM-DD). */
  publishedOn: string | null;
}

export class RelatedClaimDto {
  /** The earlier claim, decided, with its current verdict and the citations it rests on. */
  claim: ClaimDto;
  /** Its article; null for a standalone claim. */
  article: RelatedArticleDto | null;
  /** Share of content words the two claims have in common (0..1); 1 when the wordings are equal. */
  similarity: number;
}

export class RelatedClaimsDto {
  /**
   * Decided claims elsewhere that say the same thing: the same wording, or the same words with no
   * differing number, date, name or negation. Most similar first, at most ten.
   */
  items: RelatedClaimDto[];
}
