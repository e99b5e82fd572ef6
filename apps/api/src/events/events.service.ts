import { Injectable, Logger, type MessageEvent, type OnModuleDestroy } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { BehaviorSubject, filter, finalize, interval, map, merge, Observable, of, share, Subject, switchMap, take, takeUntil, timer } from 'rxjs';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { AuditCursor } from './audit-cursor.js';
import { AuditListener } from './audit-listener.js';
import { CoalescedTask } from './coalesced-task.js';
import type { LiveEventDto } from './events.dto.js';

/** Without notifications: fast enough that another editor sees a decision well within two seconds. */
export const POLL_INTERVAL_MS = 500;
/** With notifications: a poll only catches what a notification lost while reconnecting would miss. */
export const FALLBACK_POLL_INTERVAL_MS = 2_000;
/** Keeps proxies and idle-timeouts from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;
const BATCH = 500;

interface AuditRow {
  id: string;
  occurred_at: Date;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  reason: string | null;
  status: string | null;
  version: number | null;
}

/**
 * The live stream of the audit trail. One poller per process reads new audit_event rows (by the
 * indexed primary key) and fans them out to every connected client, so it works across replicas.
 * On a PostgreSQL server the poller also LISTENs on one dedicated connection and reads at once when
 * any replica commits audit events; the embedded database has no LISTEN/NOTIFY between processes,
 * so there it only polls. The poller (and its listener) runs only while a client is connected.
 */
@Injectable()
export class EventsService implements OnModuleDestroy {
  private readonly logger = new Logger(EventsService.name);
  private readonly shutdown$ = new Subject<void>();
  /** The poller's cursor position once it has one; null while stopped. */
  private readonly position$ = new BehaviorSubject<string | null>(null);
  private readonly live$: Observable<LiveEventDto>;
  private closing = false;
  private clients = 0;
  private listener: AuditListener | null = null;
  /** Settles when the last stopped poller's read and listener have ended. */
  private stopped: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    // share() multicasts through a Subject and unsubscribes from the poller when the last client leaves.
    this.live$ = new Observable<LiveEventDto>((subscriber) => {
      let cursor: AuditCursor | null = null;
      let running = true;
      const tick = async () => {
        cursor ??= new AuditCursor(await this.latestId());
        if (!running) return;
        this.position$.next(cursor.position);
        const { after, gaps } = cursor.next(Date.now());
        const rows: AuditRow[] = await this.dataSource.query(
          `SELECT id, occurred_at, actor, action, entity_type, entity_id, reason, after->>'status' AS status, (after->>'version')::int AS version
             FROM audit_event WHERE id > $1 OR id = ANY($2::bigint[]) ORDER BY id LIMIT ${BATCH}`,
          [after, gaps],
        );
        for (const row of cursor.accept(rows, Date.now())) subscriber.next(toLiveEvent(row));
      };
      const reads = new CoalescedTask(tick, (error) => {
        if (!this.closing) this.logger.warn(`Reading new audit events failed: ${error instanceof Error ? error.message : String(error)}`);
      });
      const listener = config.DATABASE_URL ? new AuditListener(config.DATABASE_URL, this.logger) : null;
      this.listener = listener;
      // Each change of listening state reads at once, even during a read: once LISTEN is in effect,
      // that read catches whatever committed before it.
      const polls = (listener?.listening$ ?? of(false))
        .pipe(switchMap((listening) => timer(0, listening ? FALLBACK_POLL_INTERVAL_MS : POLL_INTERVAL_MS)))
        .subscribe((n) => (n === 0 ? reads.wake() : reads.poll()));
      const notifications = listener?.notifications$.subscribe(() => reads.wake());
      listener?.start();
      return () => {
        running = false;
        polls.unsubscribe();
        notifications?.unsubscribe();
        this.listener = null;
        this.stopped = Promise.all([this.stopped, reads.stop(), listener?.close()]).then(() => {});
        this.position$.next(null);
      };
    }).pipe(share());
  }

  /** True while the poller runs (some client is connected). */
  get polling(): boolean {
    return this.position$.value !== null;
  }

  /** True while the poller is woken by notifications (a PostgreSQL server, LISTEN in effect). */
  get listening(): boolean {
    return this.listener?.listening$.value ?? false;
  }

  /** One client's stream: a `ready` event once the poller has its position, then every new audit event. */
  stream(): Observable<MessageEvent> {
    this.clients += 1;
    return merge(
      this.live$.pipe(map((event): MessageEvent => ({ id: event.id, type: 'audit', data: event }))),
      this.position$.pipe(
        filter((position) => position !== null),
        take(1),
        map((position): MessageEvent => ({ id: position!, type: 'ready', data: { position }, retry: 2_000 })),
      ),
      interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ comment: 'keep-alive' }))),
    ).pipe(
      takeUntil(this.shutdown$),
      finalize(() => (this.clients -= 1)),
    );
  }

  /** Ends every stream, which stops the poller and closes its listener, before the database closes. */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    const hadClients = this.clients > 0;
    this.shutdown$.next();
    this.shutdown$.complete();
    await this.stopped;
    // Let the ended responses flush, so the HTTP server finds their connections idle and closes
    // them at once instead of waiting out the keep-alive timeout.
    if (hadClients) await sleep(100);
  }

  private async latestId(): Promise<string> {
    const [row]: Array<{ id: string | null }> = await this.dataSource.query('SELECT max(id)::text AS id FROM audit_event');
    return row?.id ?? '0';
  }
}

function toLiveEvent(row: AuditRow): LiveEventDto {
  return {
    id: String(row.id),
    occurredAt: new Date(row.occurred_at).toISOString(),
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    reason: row.reason,
    status: row.status,
    version: row.version === null ? null : Number(row.version),
  };
}
