import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditActor, AuditEntry, AuditSink } from '../audit/audit-entry.js';
import { preparedQuery } from '../common/sql.js';
import { eventsOf } from './webhook-events.js';

/**
 * Turns audited changes into webhook deliveries inside the change's own transaction: an event is
 * queued if and only if its change commits, so a crash can neither lose nor invent one. An audit sink:
 * app.module.ts lists it in AUDIT_SINKS.
 */
@Injectable()
export class WebhookOutbox implements AuditSink {
  async onRecorded(em: EntityManager, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
    const events = eventsOf(entries, actor.name, new Date());
    if (events.length === 0) return;
    const types = [...new Set(events.map((e) => e.type))];
    const endpoints = await preparedQuery<{ id: string; events: string[] }>(
      em,
      'factdesk_webhook_endpoints',
      `SELECT id, events FROM webhook_endpoint WHERE disabled_at IS NULL AND events && $1::text[]`,
      [types],
    );
    if (endpoints.length === 0) return;
    const rows = { endpointIds: [] as string[], eventIds: [] as string[], types: [] as string[], bodies: [] as string[] };
    for (const event of events) {
      const body = JSON.stringify(event);
      for (const endpoint of endpoints.filter((e) => e.events.includes(event.type))) {
        rows.endpointIds.push(endpoint.id);
        rows.eventIds.push(event.id);
        rows.types.push(event.type);
        rows.bodies.push(body);
      }
    }
    // One statement however many claims an ingest created.
    await em.query(
      `INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, body)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])`,
      [rows.endpointIds, rows.eventIds, rows.types, rows.bodies],
    );
  }
}
