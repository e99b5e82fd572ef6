import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PASSAGE_INDEX_SLOTS } from '../../evidence/passage-index.js';

/**
 * Ranked retrieval over the whole corpus (BM25): a postings table of every passage's stemmed terms
 * and the statistics BM25 needs (document frequency per term, passage count and total length), kept
 * current in the transaction that writes or removes passages (apps/api/src/evidence/passage-index.ts).
 * The statistics are split over PASSAGE_INDEX_SLOTS rows per term (slot = a hash of the article) so
 * concurrent ingests rarely wait on the same counter row; a query sums the slots.
 */
export class PassageTerms1765000000000 implements MigrationInterface {
  name = 'PassageTerms1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE passage_term (
        term text NOT NULL,
        passage_id uuid NOT NULL,
        article_id uuid NOT NULL,
        tf smallint NOT NULL,
        len smallint NOT NULL
      )`);
    // Postings of a term, shortest passages first (for tf = 1 that is BM25's impact order), readable
    // from the index alone; a capped read of a common term takes its best postings.
    await db.query(`CREATE INDEX ix_passage_term ON passage_term (term, len) INCLUDE (passage_id, article_id, tf)`);
    await db.query(`CREATE INDEX ix_passage_term_article ON passage_term (article_id)`);
    await db.query(`
      CREATE TABLE term_stat (
        term text NOT NULL,
        slot smallint NOT NULL,
        df int NOT NULL,
        PRIMARY KEY (term, slot)
      )`);
    await db.query(`
      CREATE TABLE passage_corpus (
        slot smallint PRIMARY KEY,
        passages bigint NOT NULL DEFAULT 0,
        total_len bigint NOT NULL DEFAULT 0
      )`);
    await db.query(`INSERT INTO passage_corpus (slot) SELECT generate_series(0, ${PASSAGE_INDEX_SLOTS - 1})`);
    // Passages written before this migration.
    await db.query(`
      INSERT INTO passage_term (term, passage_id, article_id, tf, len)
      SELECT l.lexeme, p.id, p.article_id, least(array_length(l.positions, 1), 32767),
             least((SELECT coalesce(sum(array_length(m.positions, 1)), 0) FROM unnest(p.tsv) m), 32767)
        FROM passage p, unnest(p.tsv) l`);
    await db.query(`
      INSERT INTO term_stat (term, slot, df)
      SELECT term, abs(hashtext(article_id::text)) % ${PASSAGE_INDEX_SLOTS}, count(*) FROM passage_term GROUP BY 1, 2`);
    await db.query(`
      UPDATE passage_corpus c SET passages = s.n, total_len = s.len
        FROM (SELECT abs(hashtext(article_id::text)) % ${PASSAGE_INDEX_SLOTS} AS slot, count(*) AS n, sum(len) AS len
                FROM (SELECT DISTINCT passage_id, article_id, len FROM passage_term) d GROUP BY 1) s
       WHERE c.slot = s.slot`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE passage_corpus`);
    await db.query(`DROP TABLE term_stat`);
    await db.query(`DROP TABLE passage_term`);
  }
}
