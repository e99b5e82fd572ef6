import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the scale benchmark (bench/scale.ts) asked for: an index behind every list filter the API
 * offers that had none, and a lease on stale evidence so any number of evidence workers share the
 * queue without computing the same claim twice.
 */
export class ScaleIndexes1764450000000 implements MigrationInterface {
  name = 'ScaleIndexes1764450000000';

  async up(db: QueryRunner): Promise<void> {
    // GET /articles?q= matches title or outlet case-insensitively (ILIKE '%…%').
    await db.query(`CREATE INDEX ix_article_title_trgm ON article USING gin (title gin_trgm_ops)`);
    await db.query(`CREATE INDEX ix_article_outlet_trgm ON article USING gin (outlet gin_trgm_ops)`);
    // GET /audit?since= (and partitioning or archiving by month later).
    await db.query(`CREATE INDEX ix_audit_occurred_at ON audit_event (occurred_at)`);
    // A worker leases the stale rows it computes; an expired lease (a worker that died) frees them.
    await db.query(`ALTER TABLE claim_evidence ADD COLUMN leased_until timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE claim_evidence DROP COLUMN leased_until`);
    await db.query(`DROP INDEX ix_audit_occurred_at`);
    await db.query(`DROP INDEX ix_article_outlet_trgm`);
    await db.query(`DROP INDEX ix_article_title_trgm`);
  }
}
