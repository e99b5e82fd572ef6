import type { AuditEntry } from '../../audit/audit-entry.js';
import { ProblemError } from '../../common/problem.js';
import type { Claim } from '../claim.entity.js';
import { snapshot } from '../claim.mapper.js';
import type { Verdict } from '../verdict.entity.js';
import { planCorrection, publication } from './correction.js';
import type { ClaimPatch, NewCorrection, PlanContext } from './plan-types.js';
import { checkVersion } from './preconditions.js';

export interface PublishPlan {
  /** Null when the current verdict is already published: nothing changes. */
  claim: ClaimPatch | null;
  /** A reviewed correction of a published claim, logged publicly as it is published. */
  correction: NewCorrection | null;
  audit: AuditEntry[];
}

type PublishContext = Pick<PlanContext, 'now' | 'newId'> & { reviewRequired?: boolean };

/**
 * Publishes a decided claim's current verdict as a ClaimReview. Publishing what is already published
 * changes nothing. Under review only an approved verdict is published; a reviewed correction of a
 * published claim becomes its public correction now, with the note given when it was decided.
 */
export function planPublish(claim: Claim, current: Pick<Verdict, 'id' | 'verdict' | 'correctionNote'> | null, ifMatch: string | undefined, ctx: PublishContext): PublishPlan {
  checkVersion(claim, ifMatch);
  if (!claim.currentVerdictId || !current) throw new ProblemError('not-decided', 'The claim has no verdict yet; decide it before publishing.');
  if (claim.publishedVerdictId === claim.currentVerdictId) return { claim: null, correction: null, audit: [] };
  if (ctx.reviewRequired && claim.reviewStatus !== 'approved') throw notApproved(claim, current);
  if (claim.publishedAt !== null) {
    if (!current.correctionNote) throw new ProblemError('correction-note-required', 'The claim is published: decide it again with a public correctionNote to publish a new verdict.');
    const correction = planCorrection(claim, current, current.correctionNote, ctx);
    return { claim: correction.claim, correction: correction.correction, audit: [correction.audit] };
  }
  const patch = publication(claim, claim.currentVerdictId, ctx.now);
  const published = { ...claim, ...patch, version: claim.version + 1 };
  return {
    claim: patch,
    correction: null,
    audit: [{ action: 'claim.published', entityType: 'claim', entityId: claim.id, after: { ...snapshot(published), verdictId: claim.currentVerdictId, publishedAt: ctx.now.toISOString() } }],
  };
}

/** Under review: why this verdict cannot be published yet. */
function notApproved(claim: Claim, current: Pick<Verdict, 'verdict'>): ProblemError {
  const state = claim.reviewStatus === 'rejected' ? 'was rejected; decide it again and have the new verdict reviewed' : 'is awaiting review; another editor must approve it (POST /api/v1/claims/{id}/review)';
  return new ProblemError('review-required', `The claim's ${current.verdict} verdict ${state} before it can be published.`, { reviewStatus: claim.reviewStatus ?? 'awaiting' });
}
