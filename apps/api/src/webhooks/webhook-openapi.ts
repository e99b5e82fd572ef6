import type { OpenAPIObject } from '@nestjs/swagger';
import { AUDIT_ACTIONS, type AuditAction } from '../audit/audit-entry.js';
import { pascal, payloadSchema } from '../audit/audit-openapi.js';
import { WEBHOOK_EVENTS, type WebhookEventType } from './webhook-event-type.js';
import { EVENT_OF_ACTION } from './webhook-events.js';

const HEADERS: Array<[name: string, description: string]> = [
  ['Factdesk-Event-Id', "The event's `id`: the same on every retry, so receivers can drop duplicates."],
  ['Factdesk-Event-Type', "The event's `type`."],
  ['Factdesk-Timestamp', 'When this attempt was signed, Unix seconds.'],
  ['Factdesk-Signature', '`v1=` and the hex HMAC-SHA256 of `${timestamp}.${rawBody}` keyed with the endpoint\'s secret.'],
];

const eventSchemaName = (type: WebhookEventType) => `${pascal(type)}WebhookEvent`;
const unique = <T>(items: T[]) => [...new Set(items)];

/**
 * Documents what Factdesk POSTs to a webhook endpoint: one `…WebhookEvent` schema per event type,
 * `WebhookEvent` told apart by `type`, and the `x-webhooks` entry that receives it (OpenAPI 3.0
 * has no `webhooks`; Redocly renders `x-webhooks`). Built from AUDIT_ACTIONS, since `data` is the audit entry.
 */
export function documentWebhookEvents(document: OpenAPIObject): void {
  const schemas = (document.components ??= {}).schemas ??= {};
  for (const type of WEBHOOK_EVENTS) {
    const actions = (Object.keys(EVENT_OF_ACTION) as Array<keyof typeof EVENT_OF_ACTION>).filter((a) => EVENT_OF_ACTION[a] === type).map((a): AuditAction => a);
    const specs = actions.map((a) => AUDIT_ACTIONS[a]);
    schemas[eventSchemaName(type)] = {
      type: 'object',
      description: `Sent for the audited action${actions.length > 1 ? 's' : ''} ${actions.map((a) => `\`${a}\``).join(', ')}.`,
      required: ['id', 'type', 'occurredAt', 'data'],
      properties: {
        id: { type: 'string', format: 'uuid', description: 'Unique per event and the same on every retry and for every endpoint: receivers dedupe on it.' },
        type: { type: 'string', enum: [type] },
        occurredAt: { type: 'string', format: 'date-time' },
        data: {
          type: 'object',
          description: 'The audit event that announced the change.',
          required: ['entityType', 'entityId', 'before', 'after', 'reason', 'actor'],
          properties: {
            entityType: { type: 'string', enum: unique(specs.map((s) => s.entityType)) },
            entityId: { type: 'string' },
            before: payloadSchema(unique(specs.flatMap((s) => (s.before ? [s.before] : []))), 'State before the change.'),
            after: payloadSchema(unique(specs.map((s) => s.after)), 'State after the change.'),
            reason: { type: 'string', nullable: true },
            actor: { type: 'string', description: 'Name of the token that acted.' },
          },
        },
      },
    };
  }
  schemas.WebhookEvent = {
    description: 'The JSON body of a webhook delivery.',
    oneOf: WEBHOOK_EVENTS.map((t) => ({ $ref: `#/components/schemas/${eventSchemaName(t)}` })),
    discriminator: { propertyName: 'type', mapping: Object.fromEntries(WEBHOOK_EVENTS.map((t) => [t, `#/components/schemas/${eventSchemaName(t)}`])) },
  };
  // One entry, not one per type: an endpoint receives every type it subscribed to, told apart by `type`.
  (document as OpenAPIObject & { 'x-webhooks'?: Record<string, unknown> })['x-webhooks'] = {
    event: {
      post: {
        operationId: 'webhookEvent',
        summary: 'What Factdesk POSTs to a webhook endpoint, signed, for each event it subscribed to.',
        tags: ['webhooks'],
        security: [],
        parameters: HEADERS.map(([name, description]) => ({ name, in: 'header', required: true, description, schema: { type: 'string', maxLength: 200 } })),
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookEvent' } } } },
        responses: { '200': { description: 'Any 2xx within WEBHOOK_TIMEOUT_MS is a delivery; anything else, or no answer, is retried with backoff.' } },
      },
    },
  };
}
