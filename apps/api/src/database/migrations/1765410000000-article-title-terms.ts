import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retrieval's title field (apps/api/src/evidence/retrieval.ts) reads the stemmed words of every
 * candidate passage's article title; stemming ~300 titles per claim was a third of the statement's
 * time, so the title's lexemes are stored with the article, as the passages' are.
 */
export class ArticleTitleTerms1765410000000 implements MigrationInterface {
  name = 'ArticleTitleTerms1765410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE article ADD COLUMN title_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, ''))) STORED`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE article DROP COLUMN title_tsv`);
  }
}
