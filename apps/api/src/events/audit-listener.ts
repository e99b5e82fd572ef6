import type { Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { BehaviorSubject, Subject } from 'rxjs';
import { backoffMs } from '../common/backoff.js';

/** The channel the audit_event trigger notifies (migration 1764400000000-audit-notify). */
const AUDIT_CHANNEL = 'factdesk_audit';
/** Shown in pg_stat_activity, so an operator can tell this connection from the pool's. */
export const LISTENER_APPLICATION_NAME = 'factdesk-live-events';
const RECONNECT_BASE_MS = 500;
const RECONNECT_MAX_MS = 30_000;
/** A goodbye to a server that no longer answers must not hold up shutdown. */
const CLOSE_TIMEOUT_MS = 1_000;

/**
 * One dedicated connection that LISTENs for committed audit events. Not a pooled connection: the
 * pool would hand it to other queries and a reset would drop the LISTEN. When the connection fails
 * it warns once, reconnects with backoff, and says through `listening$` when notifications can be
 * relied on again.
 */
export class AuditListener {
  /** True while LISTEN is in effect: every commit from then on is notified. */
  readonly listening$ = new BehaviorSubject(false);
  /** One value per notification received. */
  readonly notifications$ = new Subject<void>();
  private client: pg.Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  start(): void {
    void this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.listening$.next(false);
    this.listening$.complete();
    this.notifications$.complete();
    if (client) await Promise.race([client.end().catch(() => {}), sleep(CLOSE_TIMEOUT_MS)]);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url, application_name: LISTENER_APPLICATION_NAME, connectionTimeoutMillis: 3_000, keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
    this.client = client;
    client.on('error', (error) => this.fail(client, error));
    client.on('end', () => this.fail(client, new Error('the connection ended')));
    client.on('notification', () => this.notifications$.next());
    try {
      await client.connect();
      await client.query(`LISTEN ${AUDIT_CHANNEL}`);
    } catch (error) {
      this.fail(client, error);
      return;
    }
    // Closed, or failed and replaced, while connecting.
    if (this.client !== client) return;
    if (this.failures > 0) this.logger.log('Listening for audit events again');
    this.failures = 0;
    this.listening$.next(true);
  }

  private fail(client: pg.Client, error: unknown): void {
    // A connection already given up on (or being closed) reports its end once more: nothing to do.
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => {});
    this.listening$.next(false);
    if (this.failures === 0) {
      this.logger.warn(`Listening for audit events failed (${error instanceof Error ? error.message : String(error)}); polling more often until it reconnects`);
    }
    this.failures += 1;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, backoffMs(this.failures, RECONNECT_BASE_MS, RECONNECT_MAX_MS));
  }
}
