import type { AuditEntry } from '../../audit/audit-entry.js';
import { personKey } from '../../auth/person-name.js';
import { ProblemError } from '../../common/problem.js';
import { hasVisibleText } from '../../common/visible-text.js';
import type { Claim } from '../claim.entity.js';
import type { Verdict } from '../verdict.entity.js';
import { assigneeOf } from './assign.js';
import type { ClaimPatch, NewReview, PlanContext } from './plan-types.js';
import { checkVersion, etagHint, ifMatchRequired } from './preconditions.js';

export interface ReviewPlan {
  claim: ClaimPatch;
  review: NewReview;
  audit: AuditEntry[];
}

export interface ReviewRequest {
  approve: boolean;
  note?: string | null;
  ifMatch: string | undefined;
}

type ReviewedVerdict = Pick<Verdict, 'id' | 'verdict' | 'decidedBy' | 'decidedByTokenId'>;

/**
 * A second editor approves the current verdict or rejects it with a note. Nobody reviews their own
 * verdict, under any token: identity is the person name (personKey). A rejection goes back to the
 * assignee, or to the author when nobody has the claim.
 */
export function planReview(claim: Claim, current: ReviewedVerdict | null, request: ReviewRequest, ctx: PlanContext): ReviewPlan {
  const verdict = checkMayReview(claim, current, request, ctx);
  const note = hasVisibleText(request.note) ? request.note.trim() : null;
  if (!request.approve && !note) throw new ProblemError('validation-failed', 'A rejection needs a note: what should the author change?');
  const review: NewReview = { id: ctx.newId(), claimId: claim.id, verdictId: verdict.id, approve: request.approve, note, reviewer: ctx.actor, reviewerTokenId: ctx.actorTokenId ?? null };
  const reviewStatus = request.approve ? ('approved' as const) : ('rejected' as const);
  const handBack = !request.approve && claim.assigneeTokenId === null && verdict.decidedByTokenId !== null;
  const patch: ClaimPatch = { reviewStatus, ...(handBack ? { assigneeTokenId: verdict.decidedByTokenId, assigneeName: verdict.decidedBy } : {}) };
  return { claim: patch, review, audit: [reviewedEntry(claim, verdict, review, patch, reviewStatus)] };
}

/** If-Match (always: a review approves the verdict read), a current verdict awaiting review, and a reviewer who is not its author. */
function checkMayReview(claim: Claim, current: ReviewedVerdict | null, request: ReviewRequest, ctx: PlanContext): ReviewedVerdict {
  if (request.ifMatch === undefined) throw ifMatchRequired(claim, `Send If-Match with ${etagHint(claim)}: a review approves the verdict you read.`);
  checkVersion(claim, request.ifMatch, 'review');
  if (!claim.currentVerdictId || !current) throw new ProblemError('not-awaiting-review', 'The claim has no verdict yet; there is nothing to review.');
  if (claim.reviewStatus === 'approved' || claim.reviewStatus === 'rejected') {
    throw new ProblemError('not-awaiting-review', `The current verdict was already ${claim.reviewStatus}; a new decision asks for a fresh review.`, { reviewStatus: claim.reviewStatus });
  }
  if (personKey(current.decidedBy) === personKey(ctx.actor)) {
    throw new ProblemError('self-review', `${ctx.actor} decided this verdict and cannot review it; another editor must.`);
  }
  return current;
}

/** The review as the audit trail records it, with who has the claim now. */
function reviewedEntry(claim: Claim, verdict: ReviewedVerdict, review: NewReview, patch: ClaimPatch, reviewStatus: 'approved' | 'rejected'): AuditEntry {
  const assigneeTokenId = patch.assigneeTokenId ?? claim.assigneeTokenId;
  return {
    action: 'verdict.reviewed',
    entityType: 'claim',
    entityId: claim.id,
    before: { reviewStatus: claim.reviewStatus, version: claim.version },
    after: {
      verdictId: verdict.id,
      verdict: verdict.verdict,
      decision: reviewStatus,
      reviewStatus,
      reviewId: review.id,
      decidedBy: verdict.decidedBy,
      note: review.note,
      assignee: assigneeOf(assigneeTokenId, patch.assigneeName ?? claim.assigneeName),
      version: claim.version + 1,
    },
    reason: review.note,
  };
}
