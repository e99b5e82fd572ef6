import type { AuditEntry } from '../../audit/audit-entry.js';
import { ProblemError } from '../../common/problem.js';
import { hasVisibleText } from '../../common/visible-text.js';
import type { Claim } from '../claim.entity.js';
import { isValidSpan, splitMessage, splitOffsetOf } from '../selectors.js';
import type { CitationStance, VerdictValue } from '../verdict.entity.js';
import { planCorrection } from './correction.js';
import type { ClaimPatch, NewCitation, NewCorrection, NewVerdict, PlanContext } from './plan-types.js';
import { checkVersion, etagHint, ifMatchRequired } from './preconditions.js';

/** The stance a verdict needs among its citations of other articles. */
const NEEDED_STANCE: Partial<Record<VerdictValue, CitationStance>> = { verified: 'supports', disputed: 'contradicts' };

interface CitationRequest {
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

export interface VerdictPlan {
  claim: ClaimPatch;
  verdict: NewVerdict;
  citations: NewCitation[];
  correction: NewCorrection | null;
  audit: AuditEntry[];
}

type CitedSpan = Omit<NewCitation, 'verdictId' | 'position'>;

/**
 * A first decision or a correction of one. `previous` is the claim's current verdict, if any (its note goes in the audit trail).
 * Overwriting a verdict unseen would silently undo what another editor decided meanwhile, so a decided
 * claim needs If-Match; changing a verdict needs a reason, and on a published claim a public note.
 * A broken rule throws, in the order clients have always seen them (version, reason, correction note,
 * each citation, stance).
 */
export function planVerdict(claim: Claim, previous: PreviousVerdict | null, request: VerdictRequest, ctx: PlanContext): VerdictPlan {
  checkMayDecide(claim, request);
  const cited = citationsFor(claim, request);
  checkChanges(claim, previous, request, cited);
  const isPublished = claim.publishedAt !== null;
  const verdict = newVerdict(claim, request, ctx);
  const citations = cited.map((c, position) => ({ ...c, verdictId: verdict.id, position }));
  const correction = isPublished && !request.reviewRequired ? planCorrection(claim, verdict, request.correctionNote!.trim(), ctx) : null;
  const reviewStatus = request.reviewRequired ? ('awaiting' as const) : null;
  const decided = decidedEntry(claim, previous, verdict, citations, reviewStatus);
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

/** The claim's current verdict as a new decision is compared with: its value, note and citations. */
export interface PreviousVerdict {
  verdict: VerdictValue;
  note: string;
  citations: ReadonlyArray<Pick<NewCitation, 'articleId' | 'revisionId' | 'start' | 'end' | 'stance'>>;
}

const citationKey = (c: PreviousVerdict['citations'][number]) => `${c.articleId}/${c.revisionId}/${c.start}-${c.end}/${c.stance}`;

/**
 * A correction that repeats the current verdict (same value, note and citations) changes nothing a reader or
 * the record could see, yet would start a review and, on a published claim, put an entry in the corrections
 * feeds. It is refused, except for a verdict a reviewer sent back: its author may send it again unchanged.
 */
function checkChanges(claim: Claim, previous: PreviousVerdict | null, request: VerdictRequest, cited: CitedSpan[]): void {
  if (!previous || claim.reviewStatus === 'rejected') return;
  if (previous.verdict !== request.verdict || previous.note.trim() !== (request.note ?? '').trim()) return;
  const before = new Set(previous.citations.map(citationKey));
  if (before.size !== cited.length || !cited.every((c) => before.has(citationKey(c)))) return;
  throw new ProblemError('verdict-unchanged', `The claim is already ${claim.status} with this note and these citations; change the verdict, its note or its citations to correct it.`);
}

/** The version, the reason a change needs and, on a published claim, its public note. */
function checkMayDecide(claim: Claim, request: VerdictRequest): void {
  if (claim.currentVerdictId !== null && request.ifMatch === undefined) {
    throw ifMatchRequired(claim, `The claim already has a verdict (${claim.status}); send If-Match with ${etagHint(claim)} to change it.`);
  }
  checkVersion(claim, request.ifMatch, 'decide');
  const isCorrection = claim.currentVerdictId !== null;
  if (isCorrection && !hasVisibleText(request.reason)) throw new ProblemError('reason-required', `The claim is already ${claim.status}; send a reason to correct it.`);
  // Visible, not merely non-blank: a note of zero-width spaces would publish an empty correction.
  if (claim.publishedAt !== null && !hasVisibleText(request.correctionNote)) {
    throw new ProblemError('correction-note-required', 'The claim is published: send a public correctionNote; it appears in the corrections feeds.');
  }
}

/** Each citation checked in order, then the stance the verdict needs among those of other articles. */
function citationsFor(claim: Claim, request: VerdictRequest): CitedSpan[] {
  const checked = request.citations.map((c, i) => citationOf(claim, c, i));
  // The same passage cited twice with the same stance (ticked and also cited by quote) is one citation, kept once.
  const cited = checked.filter((c, i) => checked.findIndex((d) => citationKey(d) === citationKey(c)) === i);
  const needed = NEEDED_STANCE[request.verdict];
  if (needed && !cited.some((c) => c.articleId !== claim.articleId && c.stance === needed)) {
    throw new ProblemError('citation-required', `A ${request.verdict} verdict needs at least one citation of another article that ${needed} the claim.`);
  }
  return cited;
}

function newVerdict(claim: Claim, request: VerdictRequest, ctx: PlanContext): NewVerdict {
  return {
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
    correctionNote: claim.publishedAt !== null && request.reviewRequired ? request.correctionNote!.trim() : null,
  };
}

/** The decision (or correction) as the audit trail records it: the claim before, the verdict after. */
function decidedEntry(claim: Claim, previous: PreviousVerdict | null, verdict: NewVerdict, citations: NewCitation[], reviewStatus: 'awaiting' | null): AuditEntry {
  return {
    action: claim.currentVerdictId !== null ? 'verdict.corrected' : 'verdict.decided',
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
}

/** A citation must point at real, non-blank text of an existing revision, and not at the claim itself. */
function citationOf(claim: Claim, { request: c, articleId, revision }: CitedSource, i: number): CitedSpan {
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
