import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An article fetched by URL keeps the whole page as its original; format `page` re-finds its main content on re-cleaning. */
export class RevisionPageFormat1764613140000 implements MigrationInterface {
  name = 'RevisionPageFormat1764613140000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE revision DROP CONSTRAINT revision_format_check`);
    await db.query(`ALTER TABLE revision ADD CONSTRAINT revision_format_check CHECK (format IN ('text', 'html', 'page'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE revision DROP CONSTRAINT revision_format_check`);
    await db.query(`ALTER TABLE revision ADD CONSTRAINT revision_format_check CHECK (format IN ('text', 'html'))`);
  }
}
