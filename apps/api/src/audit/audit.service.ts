import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { decodeCursor, encodeCursor, pageLimit, toPage, type Page } from '../common/pagination.js';
import { preparedQuery } from '../common/sql.js';
import { runBeforeCommit } from '../common/transaction.js';
import { AUDIT_SINKS, type AuditActor, type AuditEntry, type AuditSink } from './audit-entry.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditEventDto, AuditQuery, ChainVerificationDto } from './audit.dto.js';

@Injectable()
export class AuditService {
  /** Events recorded in an inTransaction transaction, written just before it commits. */
  private readonly pending = new WeakMap<EntityManager, Array<{ actor: AuditActor; entry: AuditEntry }>>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(AUDIT_SINKS) private readonly sinks: AuditSink[],
  ) {}

  /**
   * Always called with the caller's transaction manager, so the event commits or rolls back with the
   * change. Inside inTransaction the events of the whole transaction are written together as its last
   * statement (see runBeforeCommit): the chain-head lock they take is then held only for the commit.
   */
  async record(em: EntityManager, actor: AuditActor, entries: AuditEntry | AuditEntry[]): Promise<void> {
    const pending = (Array.isArray(entries) ? entries : [entries]).map((entry) => ({ actor, entry }));
    if (pending.length === 0) return;
    const queued = this.pending.get(em);
    if (queued) queued.push(...pending);
    else if (runBeforeCommit(em, () => this.flush(em))) this.pending.set(em, pending);
    else await this.write(em, pending);
  }

  private async flush(em: EntityManager): Promise<void> {
    const pending = this.pending.get(em) ?? [];
    this.pending.delete(em);
    await this.write(em, pending);
  }

  private async write(em: EntityManager, pending: Array<{ actor: AuditActor; entry: AuditEntry }>): Promise<void> {
    if (pending.length === 0) return;
    // Sinks first, so the chain-head lock the insert takes is held for as little as possible. They see
    // the entries of one actor at a time, in order (a transaction has one actor in practice).
    for (let i = 0; i < pending.length; ) {
      let j = i + 1;
      while (j < pending.length && pending[j].actor === pending[i].actor) j++;
      for (const sink of this.sinks) await sink.onRecorded(em, pending[i].actor, pending.slice(i, j).map((p) => p.entry));
      i = j;
    }
    // One statement with array parameters: TypeORM's multi-row insert built the SQL in more CPU than an ingest's text pipeline.
    const column = <T>(pick: (p: { actor: AuditActor; entry: AuditEntry }) => T) => pending.map(pick);
    const json = (value: object | null | undefined) => (value == null ? null : JSON.stringify(value));
    await preparedQuery(
      em,
      'factdesk_audit_insert',
      `INSERT INTO audit_event (actor, request_id, action, entity_type, entity_id, before, after, reason)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::jsonb[], $8::text[])`,
      [
        column((p) => p.actor.name),
        column((p) => p.actor.requestId ?? null),
        column((p) => p.entry.action),
        column((p) => p.entry.entityType),
        column((p) => p.entry.entityId),
        column((p) => json(p.entry.before)),
        column((p) => json(p.entry.after)),
        column((p) => p.entry.reason ?? null),
      ],
    );
  }

  async list(query: AuditQuery): Promise<Page<AuditEventDto>> {
    const limit = pageLimit(query);
    const after = decodeCursor(query.cursor);
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e').orderBy('e.id', 'DESC').limit(limit + 1);
    if (after) qb.andWhere('e.id < :after', { after });
    if (query.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    if (query.actor) qb.andWhere('e.actor = :actor', { actor: query.actor });
    if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.since) qb.andWhere('e.occurred_at >= :since', { since: query.since });
    const rows = await qb.getMany();
    return toPage(rows, limit, (e) => encodeCursor(e.id), toAuditEventDto);
  }

  /** Walks the whole hash chain and names the first broken link. */
  verify(): Promise<ChainVerificationDto> {
    return verifyChain(this.dataSource);
  }

  /** A claim's history, oldest first: every extraction, decision and correction with its actor. */
  async historyOf(entityType: string, entityId: string): Promise<AuditEventDto[]> {
    const rows = await this.dataSource.getRepository(AuditEvent).find({ where: { entityType, entityId }, order: { id: 'ASC' } });
    return rows.map(toAuditEventDto);
  }
}

const GENESIS = '0'.repeat(64);
const VERIFY_BATCH = 1000;

interface ChainRow {
  id: string;
  chain_seq: string;
  prev_hash: string;
  hash: string;
  expected: string;
}

async function verifyChain(dataSource: DataSource): Promise<ChainVerificationDto> {
  // One snapshot for the batches and the head: read one by one, writes committing in between made a
  // sound chain look truncated ("the chain head is at event n but the last event is m").
  return dataSource.transaction('REPEATABLE READ', (em) => walkChain(em));
}

async function walkChain(db: EntityManager): Promise<ChainVerificationDto> {
  let previousHash = GENESIS;
  let previousSeq = 0n;
  let events = 0;
  for (;;) {
    // Hashes are recomputed by the same SQL function that wrote them, so the encoding cannot drift.
    const rows: ChainRow[] = await db.query(
      `SELECT e.id, e.chain_seq, e.prev_hash, e.hash, factdesk_audit_hash(e) AS expected
         FROM audit_event e WHERE e.chain_seq > $1 ORDER BY e.chain_seq LIMIT $2`,
      [previousSeq.toString(), VERIFY_BATCH],
    );
    for (const row of rows) {
      const broken = (reason: string): ChainVerificationDto => ({ valid: false, events, headHash: previousHash, firstBroken: { id: row.id, chainSeq: row.chain_seq, reason } });
      const seq = BigInt(row.chain_seq);
      if (seq !== previousSeq + 1n) return broken(`events ${previousSeq + 1n}…${seq - 1n} of the chain are missing`);
      if (row.prev_hash !== previousHash) return broken('its prevHash does not match the hash of the event before it');
      if (row.hash !== row.expected) return broken('its content does not match its hash: the event was altered');
      previousHash = row.hash;
      previousSeq = seq;
      events++;
    }
    if (rows.length < VERIFY_BATCH) break;
  }
  const [head]: Array<{ seq: string; hash: string }> = await db.query(`SELECT seq, hash FROM audit_chain_head WHERE id = 1`);
  if (BigInt(head.seq) !== previousSeq || head.hash !== previousHash) {
    return { valid: false, events, headHash: previousHash, firstBroken: { id: 'head', chainSeq: head.seq, reason: `the chain head is at event ${head.seq} but the last event is ${previousSeq}: events were removed from the end` } };
  }
  return { valid: true, events, headHash: previousHash, firstBroken: null };
}

function toAuditEventDto(e: AuditEvent): AuditEventDto {
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
    chainSeq: e.chainSeq,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}
