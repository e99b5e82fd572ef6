import type { AuditEntry } from '../audit/audit-entry.js';
import { matchesVersion } from '../common/etag.js';
import { ProblemError } from '../common/problem.js';
import type { Claim } from './claim.entity.js';
import { snapshot } from './claim.mapper.js';
import type { Correction } from './correction.entity.js';
import { isValidSpan, splitMessage, splitOffsetOf } from './selectors.js';
import type { Citation, CitationStance, Verdict, VerdictValue } from './verdict.entity.js';

/*
 * The rules of a claim's life after it is created: deciding it, correcting a decision, publishing it.
 * Plain functions over plain data: the services lock and load, ask a plan here, write the rows it
 * returns and record its audit entries. A broken rule throws a ProblemError, checked in the order
 * clients have always seen them (version, reason, correction note, each citation, stance).
 */

/** The stance a verdict needs among its citations of other articles. */
const NEEDED_STANCE: Partial<Record<VerdictValue, CitationStance>> = { verified: 'supports', disputed: 'contradicts' };

/** What a plan may change on the claim row. Setting publishedVerdictId publishes (the repository takes the next publication_seq). */
export type ClaimPatch = Partial<Pick<Claim, 'status' | 'currentVerdictId' | 'publishedAt' | 'firstPublishedAt' | 'publishedVerdictId'>>;

export type NewVerdict = Omit<Verdict, 'decidedAt'>;
export type NewCitation = Omit<Citation, 'id'>;
export type NewCorrection = Omit<Correction, 'seq' | 'publishedAt'>;

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
}

/** What a plan cannot make up itself: who acts, when, and fresh row ids. */
export interface PlanContext {
  actor: string;
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
  audit: AuditEntry[];
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
  };
  const citations = cited.map((c, position) => ({ ...c, verdictId: verdict.id, position }));
  const correction = isPublished ? planCorrection(claim, verdict, request.correctionNote!.trim(), ctx) : null;
  const decided: AuditEntry = {
    action: isCorrection ? 'verdict.corrected' : 'verdict.decided',
    entityType: 'claim',
    entityId: claim.id,
    before: { status: claim.status, version: claim.version, verdictId: claim.currentVerdictId, note: previous?.note ?? null },
    after: {
      status: verdict.verdict,
      version: verdict.claimVersion,
      verdictId: verdict.id,
      note: verdict.note,
      citations: citations.map(({ articleId, revisionId, start, end, stance }) => ({ articleId, revisionId, start, end, stance })),
    },
    reason: verdict.reason,
  };
  return {
    claim: { status: verdict.verdict, currentVerdictId: verdict.id, ...correction?.claim },
    verdict,
    citations,
    correction: correction?.correction ?? null,
    // Decision first, then correction: the history reads in the order an editor acted.
    audit: correction ? [decided, correction.audit] : [decided],
  };
}

/** A new verdict on a published claim: the correction is logged publicly and the new verdict is published in its place. */
export function planCorrection(claim: Claim, verdict: Pick<Verdict, 'id' | 'verdict'>, note: string, ctx: PlanContext): CorrectionPlan {
  const previousVerdictId = claim.currentVerdictId!;
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

/** Publishes a decided claim's current verdict as a ClaimReview. Publishing what is already published changes nothing. */
export function planPublish(claim: Claim, ifMatch: string | undefined, now: Date): PublishPlan {
  if (!matchesVersion(ifMatch, claim.version)) {
    throw new ProblemError('precondition-failed', `If-Match ${ifMatch} does not match the claim's current version "${claim.version}".`, { currentVersion: claim.version });
  }
  if (!claim.currentVerdictId) throw new ProblemError('not-decided', 'The claim has no verdict yet; decide it before publishing.');
  if (claim.publishedVerdictId === claim.currentVerdictId) return { claim: null, audit: [] };
  const patch = publication(claim, claim.currentVerdictId, now);
  const published = { ...claim, ...patch, version: claim.version + 1 };
  return {
    claim: patch,
    audit: [{ action: 'claim.published', entityType: 'claim', entityId: claim.id, after: { ...snapshot(published), verdictId: claim.currentVerdictId, publishedAt: now.toISOString() } }],
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
