import type { EntityManager } from 'typeorm';
import { TokenDto } from '../auth/tokens.dto.js';
import type { Actor } from '../common/request-context.js';
import { WebhookDto } from '../webhooks/webhooks.dto.js';
import {
  AuditArticleDto,
  AuditArticleFieldsDto,
  AuditAssignmentDto,
  AuditClaimDto,
  AuditCommentDto,
  AuditCorrectionAfterDto,
  AuditCorrectionBeforeDto,
  AuditPublishedClaimDto,
  AuditReviewAfterDto,
  AuditReviewBeforeDto,
  AuditRevisionAfterDto,
  AuditRevisionBeforeDto,
  AuditVerdictAfterDto,
  AuditVerdictBeforeDto,
} from './audit-payloads.dto.js';

type Payload = abstract new (...args: never[]) => object;

/**
 * Every audited action: the entity it is about and the class of its before/after (null: always
 * absent). The one declaration of the audit contract: AuditEntry is derived from it, and so is the
 * OpenAPI document's AuditChange (audit-openapi.ts). A new action is one line here, and its
 * before/after classes in audit-payloads.dto.ts when no existing one fits.
 */
export const AUDIT_ACTIONS = {
  'article.created': { entityType: 'article', before: null, after: AuditArticleDto },
  'article.updated': { entityType: 'article', before: AuditArticleFieldsDto, after: AuditArticleFieldsDto },
  'revision.created': { entityType: 'article', before: AuditRevisionBeforeDto, after: AuditRevisionAfterDto },
  'claim.created': { entityType: 'claim', before: null, after: AuditClaimDto },
  'comment.created': { entityType: 'claim', before: null, after: AuditCommentDto },
  'verdict.decided': { entityType: 'claim', before: AuditVerdictBeforeDto, after: AuditVerdictAfterDto },
  'verdict.corrected': { entityType: 'claim', before: AuditVerdictBeforeDto, after: AuditVerdictAfterDto },
  'correction.published': { entityType: 'claim', before: AuditCorrectionBeforeDto, after: AuditCorrectionAfterDto },
  'claim.published': { entityType: 'claim', before: null, after: AuditPublishedClaimDto },
  'claim.assigned': { entityType: 'claim', before: AuditAssignmentDto, after: AuditAssignmentDto },
  'verdict.reviewed': { entityType: 'claim', before: AuditReviewBeforeDto, after: AuditReviewAfterDto },
  'token.created': { entityType: 'token', before: null, after: TokenDto },
  'token.revoked': { entityType: 'token', before: TokenDto, after: TokenDto },
  'webhook.created': { entityType: 'webhook', before: null, after: WebhookDto },
  'webhook.disabled': { entityType: 'webhook', before: WebhookDto, after: WebhookDto },
} as const satisfies Record<string, { entityType: string; before: Payload | null; after: Payload }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

type Shape<P> = P extends abstract new (...args: never[]) => infer T ? T : never;

/** One change of `action` as the audit trail records it, in the transaction that made it. */
type AuditEntryOf<A extends AuditAction> = {
  action: A;
  entityType: (typeof AUDIT_ACTIONS)[A]['entityType'];
  entityId: string;
  before?: Shape<(typeof AUDIT_ACTIONS)[A]['before']> | null;
  after?: Shape<(typeof AUDIT_ACTIONS)[A]['after']> | null;
  reason?: string | null;
};

/** Any audited change, told apart by `action`. */
export type AuditEntry = { [A in AuditAction]: AuditEntryOf<A> }[AuditAction];

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
