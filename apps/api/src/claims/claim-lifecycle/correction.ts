import type { AuditEntry } from '../../audit/audit-entry.js';
import type { Claim } from '../claim.entity.js';
import type { Verdict } from '../verdict.entity.js';
import type { ClaimPatch, NewCorrection, PlanContext } from './plan-types.js';

export interface CorrectionPlan {
  claim: ClaimPatch;
  correction: NewCorrection;
  audit: AuditEntry;
}

/** A new verdict on a published claim: the correction is logged publicly and the new verdict is published in its place. */
export function planCorrection(claim: Claim, verdict: Pick<Verdict, 'id' | 'verdict'>, note: string, ctx: Pick<PlanContext, 'now' | 'newId'>): CorrectionPlan {
  // What readers saw: under review the current verdict may be a newer, unpublished one.
  const previousVerdictId = claim.publishedVerdictId ?? claim.currentVerdictId!;
  const correction: NewCorrection = { id: ctx.newId(), claimId: claim.id, previousVerdictId, verdictId: verdict.id, note };
  return {
    claim: publication(claim, verdict.id, ctx.now),
    correction,
    audit: {
      action: 'correction.published',
      entityType: 'claim',
      entityId: claim.id,
      before: { verdictId: previousVerdictId },
      after: { verdictId: verdict.id, verdict: verdict.verdict, correctionId: correction.id, note },
      reason: note,
    },
  };
}

/** The ClaimReview's datePublished is the first publication's; later ones only move publishedAt. */
export function publication(claim: Claim, verdictId: string, now: Date): ClaimPatch {
  return { publishedAt: now, firstPublishedAt: claim.firstPublishedAt ?? now, publishedVerdictId: verdictId };
}
