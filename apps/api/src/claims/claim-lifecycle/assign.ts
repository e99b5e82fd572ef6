import type { AuditEntry } from '../../audit/audit-entry.js';
import { ProblemError } from '../../common/problem.js';
import type { Claim } from '../claim.entity.js';
import type { ClaimPatch } from './plan-types.js';
import { checkVersion, etagHint, ifMatchRequired } from './preconditions.js';

export interface AssignPlan {
  /** Null when the claim already has that assignee: nothing changes. */
  claim: ClaimPatch | null;
  audit: AuditEntry[];
}

/** A token a claim may be handed to, as the database holds it; null when there is no such token. */
export interface AssigneeToken {
  id: string;
  name: string;
  role: 'viewer' | 'editor' | 'admin';
  revokedAt: Date | null;
}

/**
 * Hands a claim to an editor, or to nobody (null). Taking a claim from someone unseen would hide it
 * from their queue, so a claim that has an assignee needs If-Match; viewers cannot decide, so they
 * cannot be assigned.
 */
export function planAssign(claim: Claim, tokenId: string | null, token: AssigneeToken | null, ifMatch: string | undefined): AssignPlan {
  if (claim.assigneeTokenId !== null && ifMatch === undefined) {
    throw ifMatchRequired(claim, `The claim is assigned to ${claim.assigneeName}; send If-Match with ${etagHint(claim)} to change it.`);
  }
  checkVersion(claim, ifMatch, 'assign');
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
export const assigneeOf = (tokenId: string | null, name: string | null) => (tokenId ? { tokenId, name: name ?? '' } : null);
