import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An editor's remark on a claim: internal to the desk, never published. Written only by CommentsService. */
@Entity('claim_comment')
export class Comment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @Column('text')
  body: string;

  @Column('text')
  author: string;

  /** The token the comment was written with; null for the admin token from the environment. */
  @Column('uuid', { name: 'author_token_id', nullable: true })
  authorTokenId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
