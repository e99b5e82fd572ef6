import { matchesVersion } from '../../common/etag.js';
import { ProblemError } from '../../common/problem.js';
import type { Claim } from '../claim.entity.js';

/** Where a client finds the version to send: the claim's ETag, as its GET returns it. */
export const etagHint = (claim: Pick<Claim, 'id' | 'version'>) => `the ETag from GET /api/v1/claims/${claim.id} (now "${claim.version}")`;

/** 428: the change needs If-Match (`detail` says why), with the version to send. */
export function ifMatchRequired(claim: Pick<Claim, 'version'>, detail: string): ProblemError {
  return new ProblemError('precondition-required', detail, { currentVersion: claim.version });
}

/** 412 unless If-Match names the claim's current version (or is absent); `retry` is what to do after reloading. */
export function checkVersion(claim: Pick<Claim, 'version'>, ifMatch: string | undefined, retry?: string): void {
  if (matchesVersion(ifMatch, claim.version)) return;
  const hint = retry ? `; reload it and ${retry} again` : '';
  throw new ProblemError('precondition-failed', `If-Match ${ifMatch} does not match the claim's current version "${claim.version}"${hint}.`, { currentVersion: claim.version });
}
