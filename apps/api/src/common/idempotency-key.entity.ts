import { Column, Entity } from 'typeorm';

/** A POST's Idempotency-Key with the first response, replayed to retries. */
@Entity('idempotency_key')
export class IdempotencyKey {
  @Column('text', { primary: true })
  principal: string;

  @Column('text', { primary: true })
  key: string;

  @Column('text')
  fingerprint: string;

  @Column('int', { name: 'status_code', nullable: true })
  statusCode: number | null;

  @Column('jsonb', { nullable: true })
  response: object | null;

  @Column('text', { nullable: true })
  etag: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
