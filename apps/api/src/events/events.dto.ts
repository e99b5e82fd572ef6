/** One audit event as the live stream sends it: enough to know what to reload, never the full before/after. */
export class LiveEventDto {
  /** The audit event's id; also the SSE `id`. */
  id: string;
  occurredAt: string;
  /** Name of the token that acted. */
  actor: string;
  /** e.g. `verdict.decided`, `verdict.corrected`, `claim.created`, `article.created`. */
  action: string;
  entityType: string;
  entityId: string;
  reason: string | null;
  /** The entity's status after the change (claims: open, verified, disputed, unsupported), when it has one. */
  status: string | null;
  /** The entity's version after the change (claims: the new ETag value), when it has one. */
  version: number | null;
  /** After `claim.assigned` and `verdict.reviewed`: the token that has the claim now, so a dashboard can tell its editor "assigned to you". */
  assigneeTokenId: string | null;
}
