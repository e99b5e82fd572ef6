import { describe, expect, it } from 'vitest';
import { planAssign, type AssigneeToken } from './assign.js';
import { claimOf, NOW, problemOf } from './plan-fixtures.js';

const token = (overrides: Partial<AssigneeToken> = {}): AssigneeToken => ({ id: 'token-b', name: 'Bea Editor', role: 'editor', revokedAt: null, ...overrides });

describe(planAssign.name, () => {
  it('hands an unassigned claim to an editor without If-Match and records who had it before', () => {
    const plan = planAssign(claimOf(), 'token-b', token(), undefined);
    expect(plan.claim).toEqual({ assigneeTokenId: 'token-b', assigneeName: 'Bea Editor' });
    expect(plan.audit).toEqual([{ action: 'claim.assigned', entityType: 'claim', entityId: 'claim-1', before: { assignee: null, version: 1 }, after: { assignee: { tokenId: 'token-b', name: 'Bea Editor' }, version: 2 } }]);
  });

  it('needs a current If-Match to take a claim from its assignee, and unassigns with null', () => {
    const assigned = claimOf({ assigneeTokenId: 'token-b', assigneeName: 'Bea Editor', version: 2 });
    expect(problemOf(() => planAssign(assigned, null, null, undefined)).code).toBe('precondition-required');
    expect(problemOf(() => planAssign(assigned, null, null, '"1"')).code).toBe('precondition-failed');
    const plan = planAssign(assigned, null, null, '"2"');
    expect(plan.claim).toEqual({ assigneeTokenId: null, assigneeName: null });
    expect(plan.audit[0]).toMatchObject({ before: { assignee: { tokenId: 'token-b', name: 'Bea Editor' } }, after: { assignee: null, version: 3 } });
  });

  it('changes nothing when the claim already has that assignee', () => {
    expect(planAssign(claimOf({ assigneeTokenId: 'token-b', assigneeName: 'Bea Editor' }), 'token-b', token(), '"1"')).toEqual({ claim: null, audit: [] });
  });

  it('refuses unknown, revoked and viewer tokens', () => {
    expect(problemOf(() => planAssign(claimOf(), 'token-x', null, undefined)).code).toBe('assignee-invalid');
    expect(problemOf(() => planAssign(claimOf(), 'token-b', token({ revokedAt: NOW }), undefined)).code).toBe('assignee-invalid');
    expect(problemOf(() => planAssign(claimOf(), 'token-b', token({ role: 'viewer' }), undefined)).code).toBe('assignee-invalid');
  });
});
