import { Column, CreateDateColumn, Entity, Generated, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const CLAIM_STATUSES = ['open', 'verified', 'disputed', 'unsupported'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
/** Where a decided verdict stands with its second editor; null when no review was asked for (no verdict, or REVIEW_REQUIRED=false). */
export const REVIEW_STATUSES = ['awaiting', 'approved', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const CLAIM_KINDS = ['quantity', 'date', 'attribution', 'quote', 'entity', 'statement'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

@Entity('claim')
export class Claim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', unique: true })
  @Generated('increment')
  seq: string;

  /** Null for a standalone claim an editor typed. */
  @Column('uuid', { name: 'article_id', nullable: true })
  articleId: string | null;

  @Column('uuid', { name: 'revision_id', nullable: true })
  revisionId: string | null;

  /** Span in the revision's cleaned text, UTF-16 code units, end exclusive. */
  @Column('int', { name: 'start_offset', nullable: true })
  start: number | null;

  @Column('int', { name: 'end_offset', nullable: true })
  end: number | null;

  @Column('text')
  text: string;

  /** Up to 32 characters before and after the span (W3C TextQuoteSelector context). */
  @Column('text', { nullable: true })
  prefix: string | null;

  @Column('text', { nullable: true })
  suffix: string | null;

  @Column('text')
  kind: ClaimKind;

  @Column('text', { array: true })
  kinds: ClaimKind[];

  /** For a standalone claim: when it was made (YYYY-MM-DD), to read relative dates in it. */
  @Column('date', { name: 'claimed_on', nullable: true })
  claimedOn: string | null;

  /** Check-worthiness, 0..1. */
  @Column('real')
  score: number;

  @Column('jsonb')
  signals: string[];

  @Column('text')
  origin: 'extracted' | 'editor';

  @Column('text', { default: 'open' })
  status: ClaimStatus;

  @Column('uuid', { name: 'current_verdict_id', nullable: true })
  currentVerdictId: string | null;

  /** When the claim was first published: the ClaimReview's datePublished, which corrections leave alone. */
  @Column('timestamptz', { name: 'first_published_at', nullable: true })
  firstPublishedAt: Date | null;

  /** When the claim's verdict was (last) published as a ClaimReview; null when unpublished. */
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column('uuid', { name: 'published_verdict_id', nullable: true })
  publishedVerdictId: string | null;

  /** Grows with every (re)publication: the cursor of GET /claim-reviews. */
  @Column('bigint', { name: 'publication_seq', nullable: true })
  publicationSeq: string | null;

  /** The editor's token the claim is handed to; null when nobody has it. */
  @Column('uuid', { name: 'assignee_token_id', nullable: true })
  assigneeTokenId: string | null;

  /** That token's name when it was assigned, to show without a lookup. */
  @Column('text', { name: 'assignee_name', nullable: true })
  assigneeName: string | null;

  @Column('text', { name: 'review_status', nullable: true })
  reviewStatus: ReviewStatus | null;

  /** Optimistic-concurrency version, sent as the ETag. */
  @VersionColumn()
  version: number;

  @Column('text', { name: 'created_by' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
