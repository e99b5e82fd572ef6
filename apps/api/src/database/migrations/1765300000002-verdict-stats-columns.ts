import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GET /stats answers from the verdicts of its period alone. Each verdict keeps, as they were when it
 * was decided, when its claim was created (the wait of a first verdict) and its article's outlet, so
 * no statement joins claims or articles; one covering index on the period makes every statement an
 * index-only range scan. Measured at 1M claims (BENCHMARKS.md, "Scale: the desk overview"): the joins
 * took 185 ms (wait) and 230 ms (outlets) for 30 days, 580 ms for 90.
 */
export class VerdictStatsColumns1765300000002 implements MigrationInterface {
  name = 'VerdictStatsColumns1765300000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE verdict ADD COLUMN claim_created_at timestamptz, ADD COLUMN outlet text`);
    // Verdicts are append-only; the backfill writes only the new columns, from the rows they describe,
    // in batches so that no statement of a large desk's migration outlasts the client's query timeout.
    await db.query(`ALTER TABLE verdict DISABLE TRIGGER verdict_append_only`);
    for (;;) {
      const [, updated] = (await db.query(
        `UPDATE verdict v SET claim_created_at = c.created_at, outlet = a.outlet
           FROM claim c LEFT JOIN article a ON a.id = c.article_id
          WHERE c.id = v.claim_id AND v.id IN (SELECT id FROM verdict WHERE claim_created_at IS NULL LIMIT 20000)`,
      )) as [unknown, number];
      if (updated === 0) break;
    }
    await db.query(`ALTER TABLE verdict ENABLE TRIGGER verdict_append_only`);
    await db.query(`ALTER TABLE verdict ALTER COLUMN claim_created_at SET NOT NULL`);
    await db.query(`CREATE INDEX ix_verdict_period ON verdict (decided_at) INCLUDE (verdict, decided_by, outlet, claim_created_at, supersedes_id)`);
    await db.query(`DROP INDEX ix_verdict_decided_at`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX ix_verdict_decided_at ON verdict (decided_at)`);
    await db.query(`DROP INDEX ix_verdict_period`);
    await db.query(`ALTER TABLE verdict DROP COLUMN outlet, DROP COLUMN claim_created_at`);
  }
}
