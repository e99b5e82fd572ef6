import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A changed source (new revision, new date) used to mark every claim it touches stale inside the
 * writing transaction, which also holds the audit chain lock: on a large corpus one ingest held up
 * every audited write for seconds. Now the transaction only records the change, durably; the
 * evidence worker does the marking.
 */
export class EvidenceSourceChanges1764300000000 implements MigrationInterface {
  name = 'EvidenceSourceChanges1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE evidence_source_change (
        id bigserial PRIMARY KEY,
        article_id uuid NOT NULL REFERENCES article(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE evidence_source_change`);
  }
}
