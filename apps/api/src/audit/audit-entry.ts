import type { Actor } from '../common/request-context.js';

/** One change as the audit trail records it, in the transaction that made it. */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
  reason?: string | null;
}

/** Who a recorded change is attributed to: the token's name and the request it came in. */
export type AuditActor = Pick<Actor, 'name' | 'requestId'>;
