import { Column, CreateDateColumn, Entity, Generated, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('article')
export class Article {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Insertion order, for keyset pagination. */
  @Column({ type: 'bigint', unique: true })
  @Generated('increment')
  seq: string;

  @Column('text', { nullable: true })
  title: string | null;

  @Column('text', { nullable: true })
  outlet: string | null;

  @Column('text', { nullable: true })
  author: string | null;

  /** The date the article was published, where known (YYYY-MM-DD). */
  @Column('date', { name: 'published_on', nullable: true })
  publishedOn: string | null;

  /** Canonical URL; posting new content for the same URL makes a new revision. */
  @Column('text', { nullable: true, unique: true })
  url: string | null;

  /** Set for articles loaded from seeds/, so seeding is idempotent. */
  @Column('text', { name: 'seed_key', nullable: true, unique: true })
  seedKey: string | null;

  @Column('uuid', { name: 'current_revision_id', nullable: true })
  currentRevisionId: string | null;

  @Column('int', { name: 'revision_count', default: 0 })
  revisionCount: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
