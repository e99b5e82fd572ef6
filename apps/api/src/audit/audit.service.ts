import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, toPage, type Page } from '../common/pagination.js';
import type { Actor } from '../common/request-context.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditEventDto, AuditQuery } from './audit.dto.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
  reason?: string | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Always called with the caller's transaction manager, so the event commits or rolls back with the change. */
  async record(em: EntityManager, actor: Pick<Actor, 'name' | 'requestId'>, entries: AuditEntry | AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    await em.insert(
      AuditEvent,
      list.map((e) => em.create(AuditEvent, {
        actor: actor.name,
        requestId: actor.requestId,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        before: e.before ?? null,
        after: e.after ?? null,
        reason: e.reason ?? null,
      })),
    );
  }

  async list(query: AuditQuery): Promise<Page<AuditEventDto>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor);
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e').orderBy('e.id', 'DESC').limit(limit + 1);
    if (after) qb.andWhere('e.id < :after', { after });
    if (query.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    if (query.actor) qb.andWhere('e.actor = :actor', { actor: query.actor });
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.since) qb.andWhere('e.occurred_at >= :since', { since: query.since });
    const rows = await qb.getMany();
    return toPage(rows.map((r) => ({ ...r, seq: r.id })), limit, toAuditEventDto);
  }

  /** A claim's history, oldest first: every extraction, decision and correction with its actor. */
  async historyOf(entityType: string, entityId: string): Promise<AuditEventDto[]> {
    const rows = await this.dataSource.getRepository(AuditEvent).find({ where: { entityType, entityId }, order: { id: 'ASC' } });
    return rows.map(toAuditEventDto);
  }
}

export function toAuditEventDto(e: AuditEvent): AuditEventDto {
  return {
    id: e.id,
    occurredAt: e.occurredAt.toISOString(),
    actor: e.actor,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
    reason: e.reason,
    requestId: e.requestId,
  };
}
