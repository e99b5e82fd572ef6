import { Column, Entity, Generated, PrimaryGeneratedColumn } from 'typeorm';

/** A public correction of a published verdict. Never updated (a trigger refuses it). */
@Entity('correction')
export class Correction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', unique: true })
  @Generated('increment')
  seq: string;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @Column('uuid', { name: 'previous_verdict_id' })
  previousVerdictId: string;

  @Column('uuid', { name: 'verdict_id' })
  verdictId: string;

  /** The public correction note. */
  @Column('text')
  note: string;

  @Column('timestamptz', { name: 'published_at', default: () => 'now()' })
  publishedAt: Date;
}
