import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Batch ingest is idempotent per item: an item without a URL is the same article as a URL-less
 * article whose current revision has its content hash, so a resumed archive load skips it.
 */
export class RevisionContentHash1764613130000 implements MigrationInterface {
  name = 'RevisionContentHash1764613130000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX ix_revision_content_hash ON revision (content_hash)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_revision_content_hash`);
  }
}
