import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: a database trigger rejects UPDATE, DELETE and TRUNCATE. */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column('text')
  actor: string;

  @Column('text')
  action: string;

  @Column('text', { name: 'entity_type' })
  entityType: string;

  @Column('text', { name: 'entity_id' })
  entityId: string;

  @Column('jsonb', { nullable: true })
  before: object | null;

  @Column('jsonb', { nullable: true })
  after: object | null;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('text', { name: 'request_id', nullable: true })
  requestId: string | null;

  /** Position in the hash chain; set by the database. */
  @Column({ type: 'bigint', name: 'chain_seq', insert: false, update: false })
  chainSeq: string;

  /** The previous event's hash; set by the database. */
  @Column({ type: 'text', name: 'prev_hash', insert: false, update: false })
  prevHash: string;

  /** SHA-256 over prevHash and this event's canonical encoding; set by the database. */
  @Column({ type: 'text', insert: false, update: false })
  hash: string;
}
