import type { Claim } from '../claim.entity.js';
import type { Correction } from '../correction.entity.js';
import type { Citation, Verdict, VerdictReview } from '../verdict.entity.js';

/** What every plan speaks in: the claim row's changes, the new rows, and who acts when. */

/** What a plan may change on the claim row. Setting publishedVerdictId publishes (the repository takes the next publication_seq). */
export type ClaimPatch = Partial<Pick<Claim, 'status' | 'currentVerdictId' | 'publishedAt' | 'firstPublishedAt' | 'publishedVerdictId' | 'assigneeTokenId' | 'assigneeName' | 'reviewStatus'>>;

export type NewVerdict = Omit<Verdict, 'decidedAt'>;
export type NewCitation = Omit<Citation, 'id'>;
export type NewCorrection = Omit<Correction, 'seq' | 'publishedAt'>;
export type NewReview = Omit<VerdictReview, 'seq' | 'reviewedAt'>;

/** What a plan cannot make up itself: who acts, when, and fresh row ids. */
export interface PlanContext {
  actor: string;
  /** The acting token; null for the admin token from the environment. */
  actorTokenId?: string | null;
  now: Date;
  newId: () => string;
}

