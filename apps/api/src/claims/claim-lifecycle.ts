import type { AuditEntry } from '../audit/audit-entry.js';
import { matchesVersion } from '../common/etag.js';
import { ProblemError } from '../common/problem.js';
import type { Claim } from './claim.entity.js';
import { snapshot } from './claim.mapper.js';
import type { Correction } from './correction.entity.js';
import { isValidSpan, splitMessage, splitOffsetOf } from './selectors.js';
import type { Citation, CitationStance, Verdict, VerdictReview, VerdictValue } from './verdict.entity.js';

/*
 * The rules of a claim's life after it is created: assigning it, deciding it, correcting a decision,
 * reviewing a decision, publishing it.
 * Plain functions over plain data: the services lock and load, ask a plan here, write the rows it
 * returns and record its audit entries. A broken rule throws a ProblemError, checked in the order
 * clients have always seen them (version, reason, correction note, each citation, stance).
 */

/** The stance a verdict needs among its citations of other articles. */
const NEEDED_STANCE: Partial<Record<VerdictValue, CitationStance>> = { verified: 'supports', disputed: 'contradicts' };

/** What a plan may change on the claim row. Setting publishedVerdictId publishes (the repository takes the next publication_seq). */
export type ClaimPatch = Partial<Pick<Claim, 'status' | 'currentVerdictId' | 'publishedAt' | 'firstPublishedAt' | 'publishedVerdictId' | 'assigneeTokenId' | 'assigneeName' | 'reviewStatus'>>;

export type NewVerdict = Omit<Verdict, 'decidedAt'>;
export type NewCitation = Omit<Citation, 'id'>;
export type NewCorrection = Omit<Correction, 'seq' | 'publishedAt'>;
export type NewReview = Omit<VerdictReview, 'seq' | 'reviewedAt'>;

export interface CitationRequest {
  articleId: string;
  /** Defaults to the article's current revision. */
  revisionId?: string;
  start: number;
  end: number;
  stance: CitationStance;
}

/** A requested citation with what the database holds for it: null where there is no such article or revision. */
export interface CitedSource {
  request: CitationRequest;
  articleId: string | null;
  revision: { id: string; text: string } | null;
}

export interface VerdictRequest {
  verdict: VerdictValue;
  note?: string;
  reason?: string;
  correctionNote?: string;
  citations: CitedSource[];
  ifMatch: string | undefined;
  /** The claim's article's outlet now, kept on the verdict for the desk's statistics. */
  outlet?: string | null;
  /** REVIEW_REQUIRED: the verdict waits for a second editor, and a correction of a published claim is published with its review. */
  reviewRequired?: boolean;
}

/** What a plan cannot make up itself: who acts, when, and fresh row ids. */
export interface PlanContext {
  actor: string;
  /** The acting token; null for the admin token from the environment. */
  actorTokenId?: string | null;
  now: Date;
  newId: () => string;
}

export interface VerdictPlan {
  claim: ClaimPatch;
  verdict: NewVerdict;
  citations: NewCitation[];
  correction: NewCorrection | null;
  audit: AuditEntry[];
}

export interface CorrectionPlan {
  claim: ClaimPatch;
  correction: NewCorrection;
  audit: AuditEntry;
}

export interface PublishPlan {
  /** Null when the current verdict is already published: nothing changes. */
  claim: ClaimPatch | null;
  /** A reviewed correction of a published claim, logged publicly as it is published. */
  correction: NewCorrection | null;
  audit: AuditEntry[];
}

export interface AssignPlan {
  /** Null when the claim already has that assignee: nothing changes. */
  claim: ClaimPatch | null;
  audit: AuditEntry[];
}

export interface ReviewPlan {
  claim: ClaimPatch;
  review: NewReview;
  audit: AuditEntry[];
}

/** A token a claim may be handed to, as the database holds it; null when there is no such token. */
export interface AssigneeToken {
  id: string;
  name: string;
  role: 'viewer' | 'editor' | 'admin';
  revokedAt: Date | null;
}

export interface ReviewRequest {
  approve: boolean;
  note?: string | null;
  ifMatch: string | undefined;
}

/**
 * Who a person is, for the rule that nobody reviews their own verdict: the token's person name, with
 * case, spacing and compatibility forms folded, so a second token named " ana  Silva" is still Ana Silva.
 */
export function personKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A first decision or a correction of one. `previous` is the claim's current verdict, if any (its note goes in the audit trail).
 * Overwriting a verdict unseen would silently undo what another editor decided meanwhile, so a decided
 * claim needs If-Match; changing a verdict needs a reason, and on a published claim a public note.
 */
export function planVerdict(claim: Claim, previous: Pick<Verdict, 'note'> | null, request: VerdictRequest, ctx: PlanContext): VerdictPlan {
  if (claim.currentVerdictId !== null && request.ifMatch === undefined) {
    throw new ProblemError('precondition-required', `The claim already has a verdict (${claim.status}); send If-Match with the ETag from GET /api/v1/claims/${claim.id} (now "${claim.version}") to change it.`, {
      currentVersion: claim.version,
    });
  }
  if (!matchesVersion(request.ifMatch, claim.version)) {
    throw new ProblemError('precondition-failed', `If-Match ${request.ifMatch} does not match the claim's current version "${claim.version}"; reload it and decide again.`, {
      currentVersion: claim.version,
    });
  }
  const isCorrection = claim.currentVerdictId !== null;
  if (isCorrection && !request.reason?.trim()) throw new ProblemError('reason-required', `The claim is already ${claim.status}; send a reason to correct it.`);
  const isPublished = claim.publishedAt !== null;
  if (isPublished && !request.correctionNote?.trim()) {
    throw new ProblemError('correction-note-required', 'The claim is published: send a public correctionNote; it appears in the corrections feeds.');
  }
  const cited = request.citations.map((c, i) => citationOf(claim, c, i));
  const needed = NEEDED_STANCE[request.verdict];
  if (needed && !cited.some((c) => c.articleId !== claim.articleId && c.stance === needed)) {
    throw new ProblemError('citation-required', `A ${request.verdict} verdict needs at least one citation of another article that ${needed} the claim.`);
  }

  const verdict: NewVerdict = {
    id: ctx.newId(),
    claimId: claim.id,
    claimCreatedAt: claim.createdAt,
    outlet: request.outlet ?? null,
    verdict: request.verdict,
    note: request.note ?? '',
    reason: request.reason?.trim() ?? null,
    supersedesId: claim.currentVerdictId,
    claimVersion: claim.version + 1,
    decidedBy: ctx.actor,
    decidedByTokenId: ctx.actorTokenId ?? null,
    // Under review the public note waits for publication, with the verdict it explains.
    correctionNote: isPublished && request.reviewRequired ? request.correctionNote!.trim() : null,
  };
  const citations = cited.map((c, position) => ({ ...c, verdictId: verdict.id, position }));
  const correction = isPublished && !request.reviewRequired ? planCorrection(claim, verdict, request.correctionNote!.trim(), ctx) : null;
  const reviewStatus = request.reviewRequired ? ('awaiting' as const) : null;
  const decided: AuditEntry = {
    action: isCorrection ? 'verdict.corrected' : 'verdict.decided',
    entityType: 'claim',
    entityId: claim.id,
    before: { status: claim.status, version: claim.version, verdictId: claim.currentVerdictId, note: previous?.note ?? null },
    after: {
      status: verdict.verdict,
      version: verdict.claimVersion,
      verdictId: verdict.id,
      reviewStatus,
      note: verdict.note,
      citations: citations.map(({ articleId, revisionId, start, end, stance }) => ({ articleId, revisionId, start, end, stance })),
    },
    reason: verdict.reason,
  };
  return {
    // A new decision is never approved by an earlier review: the status starts again.
    claim: { status: verdict.verdict, currentVerdictId: verdict.id, reviewStatus, ...correction?.claim },
    verdict,
    citations,
    correction: correction?.correction ?? null,
    // Decision first, then correction: the history reads in the order an editor acted.
    audit: correction ? [decided, correction.audit] : [decided],
  };
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

/**
 * Publishes a decided claim's current verdict as a ClaimReview. Publishing what is already published
 * changes nothing. Under review only an approved verdict is published; a reviewed correction of a
 * published claim becomes its public correction now, with the note given when it was decided.
 */
export function planPublish(
  claim: Claim,
  current: Pick<Verdict, 'id' | 'verdict' | 'correctionNote'> | null,
  ifMatch: string | undefined,
  ctx: Pick<PlanContext, 'now' | 'newId'> & { reviewRequired?: boolean },
): PublishPlan {
  if (!matchesVersion(ifMatch, claim.version)) {
    throw new ProblemError('precondition-failed', `If-Match ${ifMatch} does not match the claim's current version "${claim.version}".`, { currentVersion: claim.version });
  }
  if (!claim.currentVerdictId || !current) throw new ProblemError('not-decided', 'The claim has no verdict yet; decide it before publishing.');
  if (claim.publishedVerdictId === claim.currentVerdictId) return { claim: null, correction: null, audit: [] };
  if (ctx.reviewRequired && claim.reviewStatus !== 'approved') {
    const state = claim.reviewStatus === 'rejected' ? 'was rejected; decide it again and have the new verdict reviewed' : 'is awaiting review; another editor must approve it (POST /api/v1/claims/{id}/review)';
    throw new ProblemError('review-required', `The claim's ${current.verdict} verdict ${state} before it can be published.`, { reviewStatus: claim.reviewStatus ?? 'awaiting' });
  }
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

/**
 * Hands a claim to an editor, or to nobody (null). Taking a claim from someone unseen would hide it
 * from their queue, so a claim that has an assignee needs If-Match; viewers cannot decide, so they
 * cannot be assigned.
 */
export function planAssign(claim: Claim, tokenId: string | null, token: AssigneeToken | null, ifMatch: string | undefined): AssignPlan {
  if (claim.assigneeTokenId !== null && ifMatch === undefined) {
    throw new ProblemError('precondition-required', `The claim is assigned to ${claim.assigneeName}; send If-Match with the ETag from GET /api/v1/claims/${claim.id} (now "${claim.version}") to change it.`, {
      currentVersion: claim.version,
    });
  }
  if (!matchesVersion(ifMatch, claim.version)) {
    throw new ProblemError('precondition-failed', `If-Match ${ifMatch} does not match the claim's current version "${claim.version}"; reload it and assign again.`, { currentVersion: claim.version });
  }
  if (tokenId !== null && (!token || token.revokedAt !== null)) throw new ProblemError('assignee-invalid', `No active token with id ${tokenId}.`);
  if (token && token.role === 'viewer') throw new ProblemError('assignee-invalid', `${token.name} is a viewer and cannot decide claims; assign an editor or an admin.`);
  if (claim.assigneeTokenId === tokenId) return { claim: null, audit: [] };
  const assignee = token && tokenId !== null ? { tokenId, name: token.name } : null;
  const before = assigneeOf(claim.assigneeTokenId, claim.assigneeName);
  return {
    claim: { assigneeTokenId: assignee?.tokenId ?? null, assigneeName: assignee?.name ?? null },
    audit: [{ action: 'claim.assigned', entityType: 'claim', entityId: claim.id, before: { assignee: before, version: claim.version }, after: { assignee, version: claim.version + 1 } }],
  };
}

/** The audit trail's assignee, as ClaimDto shows it (the name is always stored with the token id). */
const assigneeOf = (tokenId: string | null, name: string | null) => (tokenId ? { tokenId, name: name ?? '' } : null);

/**
 * A second editor approves the current verdict or rejects it with a note. Nobody reviews their own
 * verdict, under any token: identity is the person name (personKey). A rejection goes back to the
 * assignee, or to the author when nobody has the claim.
 */
export function planReview(claim: Claim, current: Pick<Verdict, 'id' | 'verdict' | 'decidedBy' | 'decidedByTokenId'> | null, request: ReviewRequest, ctx: PlanContext): ReviewPlan {
  if (request.ifMatch === undefined) {
    throw new ProblemError('precondition-required', `Send If-Match with the ETag from GET /api/v1/claims/${claim.id} (now "${claim.version}"): a review approves the verdict you read.`, {
      currentVersion: claim.version,
    });
  }
  if (!matchesVersion(request.ifMatch, claim.version)) {
    throw new ProblemError('precondition-failed', `If-Match ${request.ifMatch} does not match the claim's current version "${claim.version}"; reload it and review again.`, { currentVersion: claim.version });
  }
  if (!claim.currentVerdictId || !current) throw new ProblemError('not-awaiting-review', 'The claim has no verdict yet; there is nothing to review.');
  if (claim.reviewStatus === 'approved' || claim.reviewStatus === 'rejected') {
    throw new ProblemError('not-awaiting-review', `The current verdict was already ${claim.reviewStatus}; a new decision asks for a fresh review.`, { reviewStatus: claim.reviewStatus });
  }
  if (personKey(current.decidedBy) === personKey(ctx.actor)) {
    throw new ProblemError('self-review', `${ctx.actor} decided this verdict and cannot review it; another editor must.`);
  }
  const note = request.note?.trim() || null;
  if (!request.approve && !note) throw new ProblemError('validation-failed', 'A rejection needs a note: what should the author change?');
  const review: NewReview = { id: ctx.newId(), claimId: claim.id, verdictId: current.id, approve: request.approve, note, reviewer: ctx.actor, reviewerTokenId: ctx.actorTokenId ?? null };
  const reviewStatus = request.approve ? ('approved' as const) : ('rejected' as const);
  const handBack = !request.approve && claim.assigneeTokenId === null && current.decidedByTokenId !== null;
  const patch: ClaimPatch = { reviewStatus, ...(handBack ? { assigneeTokenId: current.decidedByTokenId, assigneeName: current.decidedBy } : {}) };
  const assigneeTokenId = patch.assigneeTokenId ?? claim.assigneeTokenId;
  return {
    claim: patch,
    review,
    audit: [
      {
        action: 'verdict.reviewed',
        entityType: 'claim',
        entityId: claim.id,
        before: { reviewStatus: claim.reviewStatus, version: claim.version },
        after: {
          verdictId: current.id,
          verdict: current.verdict,
          decision: reviewStatus,
          reviewStatus,
          reviewId: review.id,
          decidedBy: current.decidedBy,
          note,
          assignee: assigneeOf(assigneeTokenId, patch.assigneeName ?? claim.assigneeName),
          version: claim.version + 1,
        },
        reason: note,
      },
    ],
  };
}

/** The ClaimReview's datePublished is the first publication's; later ones only move publishedAt. */
function publication(claim: Claim, verdictId: string, now: Date): ClaimPatch {
  return { publishedAt: now, firstPublishedAt: claim.firstPublishedAt ?? now, publishedVerdictId: verdictId };
}

/** A citation must point at real, non-blank text of an existing revision, and not at the claim itself. */
function citationOf(claim: Claim, { request: c, articleId, revision }: CitedSource, i: number): Omit<NewCitation, 'verdictId' | 'position'> {
  if (articleId === null) throw new ProblemError('citation-invalid', `citations[${i}]: no article with id ${c.articleId}.`);
  if (!revision) throw new ProblemError('citation-invalid', `citations[${i}]: article ${c.articleId} has no revision ${c.revisionId}.`);
  if (!isValidSpan(revision.text, c)) {
    throw new ProblemError('citation-invalid', `citations[${i}]: ${c.start}-${c.end} is not a non-blank span of the cited text (length ${revision.text.length}).`);
  }
  const split = splitOffsetOf(revision.text, c);
  if (split !== null) throw new ProblemError('citation-invalid', `citations[${i}]: ${splitMessage(split)}`);
  if (revision.id === claim.revisionId && c.start === claim.start && c.end === claim.end) {
    throw new ProblemError('citation-invalid', `citations[${i}]: a claim cannot cite itself.`);
  }
  return { articleId, revisionId: revision.id, start: c.start, end: c.end, stance: c.stance, quote: revision.text.slice(c.start, c.end) };
}
