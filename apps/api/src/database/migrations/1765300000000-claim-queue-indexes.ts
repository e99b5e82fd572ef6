import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The desk's queue ordered on the server (GET /claims?sort=-score): one index per filter the score
 * orders offer, each ending (score DESC, seq DESC) so a page is one range of it and the row-value
 * keyset `(score, seq) < (…)` skips straight to the next page; `sort=score` walks them backwards.
 * Outlet is an exact match on article, resolved to article ids and then ix_claim_article.
 */
export class ClaimQueueIndexes1765300000000 implements MigrationInterface {
  name = 'ClaimQueueIndexes1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX ix_claim_score ON claim (score DESC, seq DESC)`);
    await db.query(`CREATE INDEX ix_claim_status_score ON claim (status, score DESC, seq DESC)`);
    await db.query(`CREATE INDEX ix_claim_kind_score ON claim (kind, score DESC, seq DESC)`);
    await db.query(`CREATE INDEX ix_article_outlet ON article (outlet)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_article_outlet`);
    await db.query(`DROP INDEX ix_claim_kind_score`);
    await db.query(`DROP INDEX ix_claim_status_score`);
    await db.query(`DROP INDEX ix_claim_score`);
  }
}
