/*
 * The rules of a claim's life after it is created: assigning it (assign.ts), deciding it and
 * correcting a decision (verdict.ts, correction.ts), reviewing a decision (review.ts), publishing it
 * (publish.ts). Plain functions over plain data, no Nest and no TypeORM: the services lock and load,
 * ask a plan here, write the rows it returns and record its audit entries. A broken rule throws a
 * ProblemError, checked in the order clients have always seen them.
 */
export { planAssign, type AssigneeToken, type AssignPlan } from './assign.js';
export { planCorrection, type CorrectionPlan } from './correction.js';
export type { ClaimPatch, NewCitation, NewCorrection, NewReview, NewVerdict, PlanContext } from './plan-types.js';
export { planPublish, type PublishPlan } from './publish.js';
export { personKey, planReview, type ReviewPlan, type ReviewRequest } from './review.js';
export { planVerdict, type CitationRequest, type CitedSource, type VerdictPlan, type VerdictRequest } from './verdict.js';
