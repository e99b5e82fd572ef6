import type { MigrationInterface, QueryRunner } from 'typeorm';

/** GET /stats reads verdicts by the period they were decided in: one range of this index, whatever the corpus size. */
export class StatsIndexes1765300000001 implements MigrationInterface {
  name = 'StatsIndexes1765300000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX ix_verdict_decided_at ON verdict (decided_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_verdict_decided_at`);
  }
}
