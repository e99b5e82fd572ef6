import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { WebhookEventType } from './webhook-event-type.js';

/** A delivery taken off the queue for one attempt. */
export interface LeasedDelivery {
  id: string;
  eventId: string;
  eventType: WebhookEventType;
  body: string;
  /** Including the attempt about to be made. */
  attempts: number;
  url: string;
  secret: string;
}

export type AttemptResult =
  | { outcome: 'delivered'; statusCode: number }
  | { outcome: 'retry'; statusCode: number | null; error: string; delayMs: number }
  | { outcome: 'failed'; statusCode: number | null; error: string };

interface LeasedRow {
  id: string;
  event_id: string;
  event_type: WebhookEventType;
  body: string;
  attempts: number;
  url: string;
  secret: string;
}

/** The webhook_delivery table as a queue: each statement is short and runs on its own, never around an HTTP call. */
@Injectable()
export class WebhookQueue {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Takes up to `limit` due deliveries for one attempt each. SKIP LOCKED lets several processes work the
   * queue side by side; the lease (next_attempt_at pushed past the attempt's timeout) hands a delivery
   * to another worker only if this one died mid-attempt, which is what makes delivery at-least-once.
   * Deliveries of an endpoint disabled after they were queued are cancelled on the way.
   */
  async lease(limit: number, leaseMs: number): Promise<LeasedDelivery[]> {
    // A statement whose last part is an UPDATE comes back from TypeORM as [rows, rowCount].
    const [rows]: [LeasedRow[], number] = await this.dataSource.query(
      `WITH due AS (
         SELECT d.id, e.disabled_at IS NOT NULL AS disabled
           FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
          WHERE d.status = 'pending' AND d.next_attempt_at <= now()
          ORDER BY d.next_attempt_at
          LIMIT $1
          FOR UPDATE OF d SKIP LOCKED
       ), cancelled AS (
         UPDATE webhook_delivery d SET status = 'cancelled', next_attempt_at = NULL
           FROM due WHERE d.id = due.id AND due.disabled
       )
       UPDATE webhook_delivery d
          SET attempts = d.attempts + 1, last_attempt_at = now(), next_attempt_at = now() + $2 * interval '1 millisecond'
         FROM due, webhook_endpoint e
        WHERE d.id = due.id AND NOT due.disabled AND e.id = d.endpoint_id
       RETURNING d.id, d.event_id, d.event_type, d.body, d.attempts, e.url, e.secret`,
      [limit, leaseMs],
    );
    return rows.map((r) => ({ id: String(r.id), eventId: r.event_id, eventType: r.event_type, body: r.body, attempts: r.attempts, url: r.url, secret: r.secret }));
  }

  /** Records an attempt's result; a delivery cancelled meanwhile stays cancelled. */
  async record(id: string, result: AttemptResult): Promise<void> {
    if (result.outcome === 'delivered') {
      await this.dataSource.query(
        `UPDATE webhook_delivery SET status = 'delivered', delivered_at = now(), next_attempt_at = NULL, last_status_code = $2, last_error = NULL
          WHERE id = $1 AND status = 'pending'`,
        [id, result.statusCode],
      );
    } else if (result.outcome === 'retry') {
      await this.dataSource.query(
        `UPDATE webhook_delivery SET next_attempt_at = now() + $4 * interval '1 millisecond', last_status_code = $2, last_error = $3
          WHERE id = $1 AND status = 'pending'`,
        [id, result.statusCode, result.error, result.delayMs],
      );
    } else {
      await this.dataSource.query(
        `UPDATE webhook_delivery SET status = 'failed', next_attempt_at = NULL, last_status_code = $2, last_error = $3
          WHERE id = $1 AND status = 'pending'`,
        [id, result.statusCode, result.error],
      );
    }
  }
}
