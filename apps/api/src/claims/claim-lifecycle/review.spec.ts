import { describe, expect, it } from 'vitest';
import type { Claim } from '../claim.entity.js';
import type { Verdict } from '../verdict.entity.js';
import type { PlanContext } from './plan-types.js';
import { claimOf, context, decided, problemOf } from './plan-fixtures.js';
import { personKey, planReview } from './review.js';

describe(planReview.name, () => {
  const authored = (overrides: Partial<Pick<Verdict, 'decidedBy' | 'decidedByTokenId'>> = {}) => ({ id: 'verdict-0', verdict: 'verified' as const, decidedBy: 'Ana Silva', decidedByTokenId: 'token-a', ...overrides });
  const awaiting = (overrides: Partial<Claim> = {}) => decided({ reviewStatus: 'awaiting', ...overrides });
  const by = (actor: string, actorTokenId: string | null = 'token-b'): PlanContext => ({ ...context(), actor, actorTokenId });

  it('approves another editor’s verdict and records reviewer, decision and version', () => {
    const plan = planReview(awaiting(), authored(), { approve: true, ifMatch: '"2"' }, by('Bea Editor'));
    expect(plan.claim).toEqual({ reviewStatus: 'approved' });
    expect(plan.review).toEqual({ id: 'id-1', claimId: 'claim-1', verdictId: 'verdict-0', approve: true, note: null, reviewer: 'Bea Editor', reviewerTokenId: 'token-b' });
    expect(plan.audit).toEqual([
      {
        action: 'verdict.reviewed',
        entityType: 'claim',
        entityId: 'claim-1',
        before: { reviewStatus: 'awaiting', version: 2 },
        after: { verdictId: 'verdict-0', verdict: 'verified', decision: 'approved', reviewStatus: 'approved', reviewId: 'id-1', decidedBy: 'Ana Silva', note: null, assignee: null, version: 3 },
        reason: null,
      },
    ]);
  });

  it('never lets the author review their own verdict, whatever the token, case or spacing of the name', () => {
    for (const [name, tokenId] of [['Ana Silva', 'token-a'], ['Ana Silva', 'token-other'], ['  ana   SILVA ', 'token-other'], ['Ａｎａ Silva', null]] as const) {
      expect(problemOf(() => planReview(awaiting(), authored(), { approve: true, ifMatch: '"2"' }, by(name, tokenId))).code, name).toBe('self-review');
      expect(problemOf(() => planReview(awaiting(), authored(), { approve: false, note: 'Fine by me', ifMatch: '"2"' }, by(name, tokenId))).code).toBe('self-review');
    }
    expect(personKey(' Ana\tSilva ')).toBe(personKey('ana silva'));
    expect(personKey('Ana Silva')).not.toBe(personKey('Ana Silvа'));
  });

  it('sends a rejection back to the assignee with its note, or to the author when nobody has the claim', () => {
    const assigned = planReview(awaiting({ assigneeTokenId: 'token-c', assigneeName: 'Cai' }), authored(), { approve: false, note: ' Find an independent source. ', ifMatch: '"2"' }, by('Bea Editor'));
    expect(assigned.claim).toEqual({ reviewStatus: 'rejected' });
    expect(assigned.review.note).toBe('Find an independent source.');
    expect(assigned.audit[0]).toMatchObject({ after: { decision: 'rejected', note: 'Find an independent source.', assignee: { tokenId: 'token-c', name: 'Cai' } }, reason: 'Find an independent source.' });
    const unassigned = planReview(awaiting(), authored(), { approve: false, note: 'Find an independent source.', ifMatch: '"2"' }, by('Bea Editor'));
    expect(unassigned.claim).toEqual({ reviewStatus: 'rejected', assigneeTokenId: 'token-a', assigneeName: 'Ana Silva' });
    expect(problemOf(() => planReview(awaiting(), authored(), { approve: false, note: '  ', ifMatch: '"2"' }, by('Bea Editor'))).code).toBe('validation-failed');
  });

  it('needs a current If-Match and a verdict that awaits review', () => {
    expect(problemOf(() => planReview(awaiting(), authored(), { approve: true, ifMatch: undefined }, by('Bea Editor'))).code).toBe('precondition-required');
    expect(problemOf(() => planReview(awaiting(), authored(), { approve: true, ifMatch: '"1"' }, by('Bea Editor'))).code).toBe('precondition-failed');
    expect(problemOf(() => planReview(claimOf(), null, { approve: true, ifMatch: '"1"' }, by('Bea Editor'))).code).toBe('not-awaiting-review');
    for (const reviewStatus of ['approved', 'rejected'] as const) {
      expect(problemOf(() => planReview(awaiting({ reviewStatus }), authored(), { approve: true, ifMatch: '"2"' }, by('Bea Editor'))).code).toBe('not-awaiting-review');
    }
    // A verdict decided before review existed (no status) can be reviewed.
    expect(planReview(decided(), authored(), { approve: true, ifMatch: '"2"' }, by('Bea Editor')).claim.reviewStatus).toBe('approved');
  });
});
