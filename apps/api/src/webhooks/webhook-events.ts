import { randomUUID } from 'node:crypto';
import type { AuditAction, AuditEntry } from '../audit/audit-entry.js';
import { backoffMs } from '../common/backoff.js';
import type { WebhookEventType } from './webhook-event-type.js';

/** The audited actions that announce an event; every other action stays internal. */
export const EVENT_OF_ACTION = {
  'claim.created': 'claim.created',
  'verdict.decided': 'verdict.changed',
  'verdict.corrected': 'verdict.changed',
  'claim.published': 'claim.published',
  'correction.published': 'correction.published',
  'claim.assigned': 'claim.assigned',
  'verdict.reviewed': 'verdict.reviewed',
} as const satisfies Partial<Record<AuditAction, WebhookEventType>>;

type AnnouncingAction = keyof typeof EVENT_OF_ACTION;

export function eventTypeOf(action: string): WebhookEventType | null {
  return Object.hasOwn(EVENT_OF_ACTION, action) ? EVENT_OF_ACTION[action as AnnouncingAction] : null;
}

/** The JSON body POSTed to an endpoint. */
export interface WebhookEvent {
  /** Unique per event and the same on every retry and for every endpoint: receivers dedupe on it. */
  id: string;
  type: WebhookEventType;
  occurredAt: string;
  data: Pick<AuditEntry, 'entityType' | 'entityId'> & {
    before: NonNullable<AuditEntry['before']> | null;
    after: NonNullable<AuditEntry['after']> | null;
    reason: string | null;
    actor: string;
  };
}

/** One event per audited change that announces one, in the order they were recorded. */
export function eventsOf(changes: AuditEntry[], actor: string, occurredAt: Date, newId: () => string = randomUUID): WebhookEvent[] {
  return changes.flatMap((c) => {
    const type = eventTypeOf(c.action);
    if (!type) return [];
    return [
      {
        id: newId(),
        type,
        occurredAt: occurredAt.toISOString(),
        data: { entityType: c.entityType, entityId: c.entityId, before: c.before ?? null, after: c.after ?? null, reason: c.reason ?? null, actor },
      },
    ];
  });
}

/** Longest wait between two attempts, however large the base delay and the attempt count. */
export const MAX_RETRY_DELAY_MS = 60 * 60_000;

/** The wait after the n-th failed attempt; the jitter keeps a burst of retries to one endpoint that was down from arriving in the same instant. */
export function retryDelayMs(failedAttempts: number, baseMs: number, random: () => number = Math.random): number {
  return backoffMs(failedAttempts, baseMs, MAX_RETRY_DELAY_MS, random);
}
