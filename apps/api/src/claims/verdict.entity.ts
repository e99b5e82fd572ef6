import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const VERDICTS = ['verified', 'disputed', 'unsupported'] as const;
export type VerdictValue = (typeof VERDICTS)[number];
export const CITATION_STANCES = ['supports', 'contradicts'] as const;
export type CitationStance = (typeof CITATION_STANCES)[number];

/** One decision on a claim. Never updated: a correction is a new verdict that supersedes it. */
@Entity('verdict')
export class Verdict {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @Column('text')
  verdict: VerdictValue;

  @Column('text', { default: '' })
  note: string;

  /** Why an earlier verdict was corrected; null for a first decision. */
  @Column('text', { nullable: true })
  reason: string | null;

  @Column('uuid', { name: 'supersedes_id', nullable: true })
  supersedesId: string | null;

  /** The claim version this verdict produced. */
  @Column('int', { name: 'claim_version' })
  claimVersion: number;

  @Column('text', { name: 'decided_by' })
  decidedBy: string;

  /** The token it was decided with; null for the admin token from the environment. A rejected review hands the claim back to it. */
  @Column('uuid', { name: 'decided_by_token_id', nullable: true })
  decidedByTokenId: string | null;

  /** The public note of a correction that waits for its review: published with the verdict, not when decided. */
  @Column('text', { name: 'correction_note', nullable: true })
  correctionNote: string | null;

  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;

  /** When the claim was created, kept with each decision so the desk's wait statistics read verdicts alone. */
  @Column('timestamptz', { name: 'claim_created_at' })
  claimCreatedAt: Date;

  /** The claim's article's outlet when it was decided (null for a standalone claim or an article without one). */
  @Column('text', { nullable: true })
  outlet: string | null;
}

/** A passage of another article that a verdict relies on. */
@Entity('citation')
export class Citation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'verdict_id' })
  verdictId: string;

  @Column('uuid', { name: 'article_id' })
  articleId: string;

  @Column('uuid', { name: 'revision_id' })
  revisionId: string;

  @Column('int', { name: 'start_offset' })
  start: number;

  @Column('int', { name: 'end_offset' })
  end: number;

  @Column('text')
  stance: CitationStance;

  /** The cited text as it was when cited. */
  @Column('text')
  quote: string;

  @Column('int')
  position: number;
}

/** A second editor's approval or rejection of one verdict. Never updated: a new verdict needs a new review. */
@Entity('verdict_review')
export class VerdictReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @Column('uuid', { name: 'verdict_id' })
  verdictId: string;

  @Column('boolean')
  approve: boolean;

  /** Required when rejecting: what the author should change. */
  @Column('text', { nullable: true })
  note: string | null;

  @Column('text')
  reviewer: string;

  @Column('uuid', { name: 'reviewer_token_id', nullable: true })
  reviewerTokenId: string | null;

  @CreateDateColumn({ name: 'reviewed_at', type: 'timestamptz' })
  reviewedAt: Date;
}
