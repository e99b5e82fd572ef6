import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A sentence of an article's current revision, indexed for full-text and trigram search. */
@Entity('passage')
export class Passage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'article_id' })
  articleId: string;

  @Column('uuid', { name: 'revision_id' })
  revisionId: string;

  @Column('int', { name: 'start_offset' })
  start: number;

  @Column('int', { name: 'end_offset' })
  end: number;

  @Column('text')
  text: string;
}

export interface StoredEvidence {
  articleId: string;
  revisionId: string;
  start: number;
  end: number;
  text: string;
  stance: 'supports' | 'contradicts' | 'neutral';
  score: number;
  reasons: string[];
}

export interface StoredSuggestion {
  verdict: 'verified' | 'disputed' | 'unsupported';
  confidence: number;
  rationale: string[];
  unsupportedReason?: 'no-source' | 'not-this-fact';
}

@Entity('claim_evidence')
export class ClaimEvidence {
  @PrimaryColumn('uuid', { name: 'claim_id' })
  claimId: string;

  @Column('boolean', { default: true })
  stale: boolean;

  @Column('int', { default: 1 })
  generation: number;

  @Column('timestamptz', { name: 'computed_at', nullable: true })
  computedAt: Date | null;

  @Column('jsonb', { nullable: true })
  suggestion: StoredSuggestion | null;

  @Column('jsonb', { nullable: true })
  evidence: StoredEvidence[] | null;

  /** Articles the stored evidence quotes: a change to one of them makes this stale. */
  @Column('uuid', { name: 'source_article_ids', array: true, default: () => "'{}'" })
  sourceArticleIds: string[];
}
