import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ArticleFormat, TextEdit, TextSegment } from '#text';

/** One immutable version of an article's content (the database refuses updates). */
@Entity('revision')
@Index(['articleId', 'number'], { unique: true })
export class Revision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'article_id' })
  articleId: string;

  @Column('int')
  number: number;

  @Column('text')
  format: ArticleFormat;

  /** Exactly as received. */
  @Column('text')
  original: string;

  /** Plain text before cleaning (the original itself for plain text; extracted text for HTML). */
  @Column('text', { name: 'source_text' })
  sourceText: string;

  /** Cleaned text; claim and citation offsets are UTF-16 code units into it. */
  @Column('text')
  text: string;

  /** SHA-256 of the original content together with the restored edits. */
  @Column('text', { name: 'content_hash' })
  contentHash: string;

  @Column('jsonb')
  edits: TextEdit[];

  @Column('jsonb')
  segments: TextSegment[];

  /** Source ranges of cleaning edits an editor undid for this revision. */
  @Column('jsonb')
  restored: Array<{ start: number; end: number }>;

  @Column('text', { name: 'created_by' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
