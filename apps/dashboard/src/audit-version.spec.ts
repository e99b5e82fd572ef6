import type { AuditChange } from '@factdesk/sdk';
import { describe, expect, it } from 'vitest';
import { claimVersionAfter } from './audit-version.js';

const onClaim = { entityType: 'claim', entityId: 'c1', reason: null } as const;

describe(claimVersionAfter.name, () => {
  it('reads the version a decision or an assignment left', () => {
    const decided: AuditChange = {
      ...onClaim,
      action: 'verdict.decided',
      before: { status: 'open', version: 2, verdictId: null, note: null },
      after: { status: 'verified', version: 3, verdictId: 'v1', note: '', citations: [] },
    };
    const assigned: AuditChange = { ...onClaim, action: 'claim.assigned', before: { assignee: null, version: 4 }, after: { assignee: null, version: 5 } };
    expect(claimVersionAfter(decided)).toBe(3);
    expect(claimVersionAfter(assigned)).toBe(5);
  });

  it('is 0 for a change that records no claim version', () => {
    const comment: AuditChange = { ...onClaim, action: 'comment.created', before: null, after: { commentId: 'x', body: 'Looks right.' } };
    expect(claimVersionAfter(comment)).toBe(0);
    expect(claimVersionAfter({ ...comment, after: null })).toBe(0);
  });
});
