import { describe, expect, it } from 'vitest';
import type { Verdict } from '../verdict.entity.js';
import { claimOf, context, decided, NOW, problemOf, published, TEXT } from './plan-fixtures.js';
import { planPublish } from './publish.js';

const current = (overrides: Partial<Pick<Verdict, 'id' | 'verdict' | 'correctionNote'>> = {}) => ({ id: 'verdict-0', verdict: 'verified' as const, correctionNote: null, ...overrides });
const publishing = (reviewRequired = false) => ({ ...context(), reviewRequired });

describe(planPublish.name, () => {
  it('publishes the current verdict, first publication and all, and records it at the next version', () => {
    const plan = planPublish(decided(), current(), '"2"', publishing());
    expect(plan.claim).toEqual({ publishedAt: NOW, firstPublishedAt: NOW, publishedVerdictId: 'verdict-0' });
    expect(plan.audit).toEqual([
      {
        action: 'claim.published',
        entityType: 'claim',
        entityId: 'claim-1',
        after: { articleId: 'article-1', revisionId: 'revision-1', start: 0, end: 30, text: TEXT.slice(0, 30), kind: 'entity', origin: 'extracted', status: 'verified', version: 3, verdictId: 'verdict-0', publishedAt: NOW.toISOString() },
      },
    ]);
  });

  it('changes nothing when the current verdict is already published', () => {
    expect(planPublish(published(), current(), undefined, publishing(true))).toEqual({ claim: null, correction: null, audit: [] });
  });

  it('rejects an undecided claim and a stale If-Match', () => {
    expect(problemOf(() => planPublish(claimOf(), null, undefined, publishing())).code).toBe('not-decided');
    expect(problemOf(() => planPublish(decided(), current(), '"1"', publishing()))).toMatchObject({ code: 'precondition-failed', extra: { currentVersion: 2 } });
  });

  it('under review refuses a verdict that is not approved, saying why', () => {
    for (const reviewStatus of ['awaiting', 'rejected', null] as const) {
      const problem = problemOf(() => planPublish(decided({ reviewStatus }), current(), '"2"', publishing(true)));
      expect(problem).toMatchObject({ code: 'review-required', extra: { reviewStatus: reviewStatus ?? 'awaiting' } });
    }
    expect(planPublish(decided({ reviewStatus: 'approved' }), current(), '"2"', publishing(true)).claim).toMatchObject({ publishedVerdictId: 'verdict-0' });
    // Review off: the desk's one editor publishes alone.
    expect(planPublish(decided({ reviewStatus: 'awaiting' }), current(), '"2"', publishing(false)).claim).toMatchObject({ publishedVerdictId: 'verdict-0' });
  });

  it('publishes a reviewed correction of a published claim as its public correction, with the note given when it was decided', () => {
    const claim = { ...published(), currentVerdictId: 'verdict-1', status: 'disputed' as const, reviewStatus: 'approved' as const, version: 4 };
    const plan = planPublish(claim, current({ id: 'verdict-1', verdict: 'disputed', correctionNote: 'We first rated this verified.' }), '"4"', publishing(true));
    expect(plan.correction).toEqual({ id: 'id-1', claimId: 'claim-1', previousVerdictId: 'verdict-0', verdictId: 'verdict-1', note: 'We first rated this verified.' });
    expect(plan.claim).toEqual({ publishedAt: NOW, firstPublishedAt: new Date('2026-01-01T00:00:00Z'), publishedVerdictId: 'verdict-1' });
    expect(plan.audit.map((a) => a.action)).toEqual(['correction.published']);
  });
});
