import type { ClaimReview, WithContext } from 'schema-dts';

export type PublishedVerdict = 'verified' | 'disputed' | 'unsupported';

/**
 * How verdicts map to a schema.org Rating (1 worst … 5 best). `alternateName` is the plain-words
 * verdict that search engines show: verified → 5 "Verified"; unsupported → 3 "Unsupported"
 * (no other source decides it either way); disputed → 1 "Disputed" (a credible source contradicts it).
 */
export const RATINGS: Record<PublishedVerdict, { ratingValue: number; alternateName: string }> = {
  verified: { ratingValue: 5, alternateName: 'Verified' },
  unsupported: { ratingValue: 3, alternateName: 'Unsupported' },
  disputed: { ratingValue: 1, alternateName: 'Disputed' },
};

export interface ClaimReviewInput {
  url: string;
  claimText: string;
  verdict: PublishedVerdict;
  /** The verdict's public note, used as the review body. */
  note: string;
  /** The first publication: datePublished, which corrections do not move. */
  firstPublishedAt: Date;
  /** The latest publication; after a correction it is later than the first and becomes dateModified. */
  publishedAt: Date;
  newsroom: { name: string; url?: string };
  /** Where the claim appeared, when it came from an article. */
  article: { url: string | null; outlet: string | null; author: string | null; publishedOn: string | null } | null;
}

/** A published verdict as schema.org ClaimReview JSON-LD. Pure: the publishing service gathers the inputs. */
export function toClaimReview(input: ClaimReviewInput): WithContext<ClaimReview> {
  const rating = RATINGS[input.verdict];
  const article = input.article;
  const appearance = article?.url ? { '@type': 'CreativeWork' as const, url: article.url } : undefined;
  const claimAuthor = article?.author
    ? { '@type': 'Person' as const, name: article.author }
    : article?.outlet
      ? { '@type': 'Organization' as const, name: article.outlet }
      : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.url,
    claimReviewed: input.claimText,
    datePublished: input.firstPublishedAt.toISOString(),
    ...(input.publishedAt > input.firstPublishedAt ? { dateModified: input.publishedAt.toISOString() } : {}),
    author: { '@type': 'Organization', name: input.newsroom.name, ...(input.newsroom.url ? { url: input.newsroom.url } : {}) },
    reviewRating: { '@type': 'Rating', ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1, alternateName: rating.alternateName },
    ...(input.note ? { reviewBody: input.note } : {}),
    itemReviewed: {
      '@type': 'Claim',
      ...(appearance ? { appearance, firstAppearance: appearance } : {}),
      ...(claimAuthor ? { author: claimAuthor } : {}),
      ...(article?.publishedOn ? { datePublished: article.publishedOn } : {}),
    },
  };
}
