import { describe, expect, it } from 'vitest';
import { planCorrection } from './correction.js';
import { context, NOW, published } from './plan-fixtures.js';

describe(planCorrection.name, () => {
  it('logs the correction and publishes the new verdict, keeping the first publication date', () => {
    const plan = planCorrection(published(), { id: 'verdict-1', verdict: 'disputed' }, 'Corrected.', context());
    expect(plan.correction).toEqual({ id: 'id-1', claimId: 'claim-1', previousVerdictId: 'verdict-0', verdictId: 'verdict-1', note: 'Corrected.' });
    expect(plan.claim).toEqual({ publishedAt: NOW, firstPublishedAt: new Date('2026-01-01T00:00:00Z'), publishedVerdictId: 'verdict-1' });
    expect(plan.audit).toEqual({
      action: 'correction.published',
      entityType: 'claim',
      entityId: 'claim-1',
      before: { verdictId: 'verdict-0' },
      after: { verdictId: 'verdict-1', verdict: 'disputed', correctionId: 'id-1', note: 'Corrected.' },
      reason: 'Corrected.',
    });
  });
});
