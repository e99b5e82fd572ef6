import { describe, expect, it } from 'vitest';
import { RATINGS, toClaimReview } from './claim-review.js';

const base = {
  url: 'https://desk.example.org/reviews/1',
  claimText: 'The operation was led by French prosecutors.',
  note: 'Two reports name Belgian prosecutors.',
  firstPublishedAt: new Date('2018-04-28T10:00:00Z'),
  publishedAt: new Date('2018-04-28T10:00:00Z'),
  newsroom: { name: 'Example Desk', url: 'https://desk.example.org' },
};

describe(toClaimReview.name, () => {
  it('maps each verdict to a rating with its plain-words name', () => {
    expect(toClaimReview({ ...base, verdict: 'disputed', article: null }).reviewRating).toEqual({ '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Disputed' });
    expect(RATINGS.verified.ratingValue).toBeGreaterThan(RATINGS.unsupported.ratingValue);
    expect(RATINGS.unsupported.ratingValue).toBeGreaterThan(RATINGS.disputed.ratingValue);
  });

  it('describes where the claim appeared and who made it when the article says', () => {
    const review = toClaimReview({ ...base, verdict: 'verified', article: { url: 'https://news.example.com/a', outlet: 'FRANCE 24', author: null, publishedOn: '2018-04-27' } });
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: base.claimText,
      datePublished: '2018-04-28T10:00:00.000Z',
      author: { '@type': 'Organization', name: 'Example Desk', url: 'https://desk.example.org' },
      itemReviewed: {
        '@type': 'Claim',
        appearance: { '@type': 'CreativeWork', url: 'https://news.example.com/a' },
        firstAppearance: { '@type': 'CreativeWork', url: 'https://news.example.com/a' },
        author: { '@type': 'Organization', name: 'FRANCE 24' },
        datePublished: '2018-04-27',
      },
    });
  });

  it('keeps the first publication as datePublished and dates a correction as dateModified', () => {
    expect(toClaimReview({ ...base, verdict: 'verified', article: null })).not.toHaveProperty('dateModified');
    const corrected = toClaimReview({ ...base, verdict: 'disputed', article: null, publishedAt: new Date('2018-05-02T08:00:00Z') });
    expect(corrected.datePublished).toBe('2018-04-28T10:00:00.000Z');
    expect(corrected.dateModified).toBe('2018-05-02T08:00:00.000Z');
  });

  it('leaves out what is not known instead of inventing it', () => {
    const review = toClaimReview({ ...base, verdict: 'unsupported', article: { url: null, outlet: null, author: null, publishedOn: null } });
    expect(review.itemReviewed).toEqual({ '@type': 'Claim' });
  });
});
