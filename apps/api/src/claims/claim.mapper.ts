import { round3 } from '#text';
import type { AuditClaimDto } from '../audit/audit-payloads.dto.js';
import type { Claim } from './claim.entity.js';
import type { ClaimDto } from './claims.dto.js';
import type { Citation, Verdict, VerdictReview } from './verdict.entity.js';

/** The audit trail's view of a claim. */
export function snapshot(c: Claim): AuditClaimDto {
  return { articleId: c.articleId, revisionId: c.revisionId, start: c.start, end: c.end, text: c.text, kind: c.kind, origin: c.origin, status: c.status, version: c.version };
}

/**
 * `citations` may hold other verdicts' citations too: the verdict's own are picked out. `review` is the
 * current verdict's latest review, if it has one.
 */
export function toClaimDto(c: Claim, verdict: Verdict | undefined, citations: Array<Omit<Citation, 'id'>>, review?: Pick<VerdictReview, 'reviewer' | 'reviewedAt' | 'note'>): ClaimDto {
  return {
    id: c.id,
    articleId: c.articleId,
    revisionId: c.revisionId,
    text: c.text,
    selector:
      c.start === null || c.end === null
        ? null
        : { quote: { exact: c.text, prefix: c.prefix ?? '', suffix: c.suffix ?? '' }, position: { start: c.start, end: c.end } },
    claimedOn: c.claimedOn,
    kind: c.kind,
    kinds: c.kinds,
    score: round3(c.score),
    signals: c.signals,
    origin: c.origin,
    status: c.status,
    version: c.version,
    publishedAt: c.publishedAt?.toISOString() ?? null,
    publishedVerdictId: c.publishedVerdictId,
    verdict: verdict
      ? {
          id: verdict.id,
          verdict: verdict.verdict,
          note: verdict.note,
          reason: verdict.reason,
          correctionNote: verdict.correctionNote,
          decidedBy: verdict.decidedBy,
          decidedAt: verdict.decidedAt.toISOString(),
          citations: citations
            .filter((x) => x.verdictId === verdict.id)
            .map(({ articleId, revisionId, start, end, stance, quote }) => ({ articleId, revisionId, start, end, stance, quote })),
        }
      : null,
    assignee: c.assigneeTokenId ? { tokenId: c.assigneeTokenId, name: c.assigneeName ?? '' } : null,
    review: c.reviewStatus
      ? { status: c.reviewStatus, reviewedBy: review?.reviewer ?? null, reviewedAt: review?.reviewedAt.toISOString() ?? null, note: review?.note ?? null }
      : null,
    createdBy: c.createdBy,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
