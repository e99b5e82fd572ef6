import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Editors discuss a claim here rather than in the verdict note, which is public once published.
 * Comments are never published; each is audited. Listed per claim in the order written (seq).
 */
export class ClaimComments1765500000000 implements MigrationInterface {
  name = 'ClaimComments1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE claim_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        claim_id uuid NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
        body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 4000),
        author text NOT NULL,
        author_token_id uuid,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX ix_claim_comment_claim ON claim_comment (claim_id, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE claim_comment`);
  }
}
