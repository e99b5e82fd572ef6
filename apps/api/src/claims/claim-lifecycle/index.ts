/*
 * The rules of a claim's life after it is created: assigning it (assign.ts), deciding it and
 * correcting a decision (verdict.ts, correction.ts), reviewing a decision (review.ts), publishing it
 * (publish.ts). Plain functions over plain data, no Nest and no TypeORM: the services lock and load,
 * ask a plan here, write the rows it returns and record its audit entries. A broken rule throws a
 * ProblemError, checked in the order clients have always seen them.
 */
export { planAssign } from './assign.js';
export type { ClaimPatch, NewCitation, NewCorrection, NewReview, NewVerdict } from './plan-types.js';
export { planPublish } from './publish.js';
export { planReview } from './review.js';
export { planVerdict, type CitedSource } from './verdict.js';
