import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the scale benchmark (bench/scale.bench.ts) asked for: an index behind every list filter the
 * API offers that had none, no index that only costs writes, and a lease on stale evidence so any
 * number of evidence workers share the queue without computing the same claim twice.
 */
export class ScaleIndexes1764450000000 implements MigrationInterface {
  name = 'ScaleIndexes1764450000000';

  async up(db: QueryRunner): Promise<void> {
    // GET /articles?q= matches title or outlet case-insensitively (ILIKE '%…%').
    await db.query(`CREATE INDEX ix_article_title_trgm ON article USING gin (title gin_trgm_ops)`);
    await db.query(`CREATE INDEX ix_article_outlet_trgm ON article USING gin (outlet gin_trgm_ops)`);
    // GET /audit?since= (and partitioning or archiving by month later).
    await db.query(`CREATE INDEX ix_audit_occurred_at ON audit_event (occurred_at)`);
    // Never used for a lookup (similarity() ranks the candidate rows it is given), yet it was most of
    // an ingest's database time: ~30 passages of ~150 trigrams each into a GIN index per article.
    await db.query(`DROP INDEX ix_passage_trgm`);
    // A worker leases the stale rows it computes; an expired lease (a worker that died) frees them.
    await db.query(`ALTER TABLE claim_evidence ADD COLUMN leased_until timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE claim_evidence DROP COLUMN leased_until`);
    await db.query(`CREATE INDEX ix_passage_trgm ON passage USING gin (text gin_trgm_ops)`);
    await db.query(`DROP INDEX ix_audit_occurred_at`);
    await db.query(`DROP INDEX ix_article_outlet_trgm`);
    await db.query(`DROP INDEX ix_article_title_trgm`);
  }
}
