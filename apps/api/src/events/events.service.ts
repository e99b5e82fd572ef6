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
const POLL_INTERVAL_MS = 500;
/** With notifications: a poll only catches what a notification lost while reconnecting would miss. */
export const FALLBACK_POLL_INTERVAL_MS = 2_000;
/** Keeps proxies and idle-timeouts from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;
const BATCH = 500;
/** A client that missed more than this reloads instead (its `ready` says replayed: false). */
export const REPLAY_LIMIT = 1_000;
const LIVE_COLUMNS = `id, occurred_at, actor, action, entity_type, entity_id, reason, after->>'status' AS status, (after->>'version')::int AS version,
  after->'assignee'->>'tokenId' AS assignee_token_id`;

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
  assignee_token_id: string | null;
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
          `SELECT ${LIVE_COLUMNS} FROM audit_event WHERE id > $1 OR id = ANY($2::bigint[]) ORDER BY id LIMIT ${BATCH}`,
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

  /**
   * One client's stream: with `lastEventId` (the SSE Last-Event-ID of a reconnecting client), first
   * the audit events after it up to the poller's position, then `ready` (replayed: true when that
   * was everything it missed), then every new audit event. Live events that arrive during the
   * replay wait for it, and one the replay already sent is not sent twice.
   */
  stream(lastEventId: string | null = null): Observable<MessageEvent> {
    this.clients += 1;
    const events$ = new Observable<MessageEvent>((subscriber) => {
      const audit = (event: LiveEventDto): MessageEvent => ({ id: event.id, type: 'audit', data: event });
      let waiting: LiveEventDto[] | null = [];
      const sent = new Set<string>();
      const live = this.live$.subscribe({
        next: (event) => (waiting ? waiting.push(event) : sent.has(event.id) || subscriber.next(audit(event))),
        error: (error) => subscriber.error(error),
      });
      const ready = this.position$.pipe(filter((position) => position !== null), take(1)).subscribe(async (position) => {
        const missed = lastEventId === null ? null : await this.missedSince(lastEventId, position!);
        for (const event of missed ?? []) {
          sent.add(event.id);
          subscriber.next(audit(event));
        }
        subscriber.next({ id: position!, type: 'ready', data: { position, replayed: missed !== null }, retry: 2_000 });
        const held = waiting ?? [];
        waiting = null;
        for (const event of held) if (!sent.has(event.id)) subscriber.next(audit(event));
      });
      return () => {
        live.unsubscribe();
        ready.unsubscribe();
      };
    });
    return merge(events$, interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ comment: 'keep-alive' })))).pipe(
      takeUntil(this.shutdown$),
      finalize(() => (this.clients -= 1)),
    );
  }

  /** The audit events after `lastEventId` up to `position`, or null when there are too many to replay or the read fails. */
  private async missedSince(lastEventId: string, position: string): Promise<LiveEventDto[] | null> {
    try {
      const rows: AuditRow[] = await this.dataSource.query(`SELECT ${LIVE_COLUMNS} FROM audit_event WHERE id > $1 AND id <= $2 ORDER BY id LIMIT ${REPLAY_LIMIT + 1}`, [lastEventId, position]);
      return rows.length > REPLAY_LIMIT ? null : rows.map(toLiveEvent);
    } catch (error) {
      if (!this.closing) this.logger.warn(`Replaying missed audit events failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
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
    assigneeTokenId: row.assignee_token_id,
  };
}
