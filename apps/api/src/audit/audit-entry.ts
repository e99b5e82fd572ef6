import type { EntityManager } from 'typeorm';
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

/**
 * Something that must happen in the same transaction as an audited change (for example enqueuing a
 * webhook delivery): it sees every recorded entry and writes through the same manager.
 */
export interface AuditSink {
  onRecorded(em: EntityManager, actor: AuditActor, entries: AuditEntry[]): Promise<void>;
}

/** The AuditSink[] AuditService hands every recorded entry to; app.module.ts lists them. */
export const AUDIT_SINKS = Symbol('AUDIT_SINKS');
