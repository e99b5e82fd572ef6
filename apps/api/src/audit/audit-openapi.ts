import { getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import { AUDIT_ACTIONS, type AuditAction } from './audit-entry.js';

type Json = Record<string, unknown>;
type Model = NonNullable<(typeof AUDIT_ACTIONS)[AuditAction]['before' | 'after']>;

/** The before/after classes, for SwaggerModule's extraModels: none of them is a route's body. */
export const AUDIT_PAYLOAD_MODELS: Model[] = [...new Set(Object.values(AUDIT_ACTIONS).flatMap((a): Model[] => (a.before ? [a.before, a.after] : [a.after])))];

/** `verdict.corrected` → `VerdictCorrectedChange`. */
function changeSchemaName(action: AuditAction): string {
  return `${pascal(action)}Change`;
}

export function pascal(dotted: string): string {
  return dotted.replace(/(^|\.)(\w)/g, (_m, _dot, c: string) => c.toUpperCase());
}

/** A before/after that is the model or null; always null when the action has none. */
export function payloadSchema(models: Model[], description: string): Json {
  if (models.length === 0) return { type: 'object', nullable: true, enum: [null], description };
  if (models.length === 1) return { nullable: true, allOf: [{ $ref: getSchemaPath(models[0]) }], description };
  return { nullable: true, oneOf: models.map((m) => ({ $ref: getSchemaPath(m) })), description };
}

/**
 * Adds `AuditChange` (one schema per action, told apart by `action`) to the document: the shape of
 * an audit event's before/after, which GET /audit returns as open objects and webhooks send as-is.
 */
export function documentAuditChanges(document: OpenAPIObject): void {
  const schemas = (document.components ??= {}).schemas ??= {};
  const actions = Object.keys(AUDIT_ACTIONS) as AuditAction[];
  for (const action of actions) {
    const { entityType, before, after } = AUDIT_ACTIONS[action];
    schemas[changeSchemaName(action)] = {
      type: 'object',
      description: `The change an audit event of action \`${action}\` records.`,
      required: ['action', 'entityType', 'entityId', 'before', 'after', 'reason'],
      properties: {
        action: { type: 'string', enum: [action] },
        entityType: { type: 'string', enum: [entityType] },
        entityId: { type: 'string' },
        before: payloadSchema(before ? [before] : [], 'State before the change.'),
        after: payloadSchema([after], 'State after the change.'),
        reason: { type: 'string', nullable: true },
      },
    };
  }
  schemas.AuditChange = {
    description: "An audit event's action, entity and before/after, by action: what an AuditEventDto's `before` and `after` hold.",
    oneOf: actions.map((a) => ({ $ref: `#/components/schemas/${changeSchemaName(a)}` })),
    discriminator: { propertyName: 'action', mapping: Object.fromEntries(actions.map((a) => [a, `#/components/schemas/${changeSchemaName(a)}`])) },
  };
}
