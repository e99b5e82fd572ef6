import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Publishing1764200000000 implements MigrationInterface {
  name = 'Publishing1764200000000';

  async up(db: QueryRunner): Promise<void> {
    // A published claim exposes one verdict as ClaimReview; every (re)publication takes a new
    // publication_seq so a CMS polling by cursor sees corrected reviews again.
    await db.query(`CREATE SEQUENCE claim_publication_seq`);
    await db.query(`
      ALTER TABLE claim
        ADD COLUMN published_at timestamptz,
        ADD COLUMN published_verdict_id uuid REFERENCES verdict(id),
        ADD COLUMN publication_seq bigint`);
    await db.query(`CREATE UNIQUE INDEX uq_claim_publication_seq ON claim (publication_seq) WHERE publication_seq IS NOT NULL`);

    // The public corrections log (IFCN: open and honest corrections). Append-only like the audit trail.
    await db.query(`
      CREATE TABLE correction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        claim_id uuid NOT NULL REFERENCES claim(id),
        previous_verdict_id uuid NOT NULL REFERENCES verdict(id),
        verdict_id uuid NOT NULL REFERENCES verdict(id),
        note text NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE TRIGGER correction_append_only BEFORE UPDATE OR DELETE ON correction FOR EACH ROW EXECUTE FUNCTION factdesk_reject_change()`);
    await db.query(`CREATE TRIGGER correction_no_truncate BEFORE TRUNCATE ON correction FOR EACH STATEMENT EXECUTE FUNCTION factdesk_reject_change()`);

    // Idempotency-Key: the key row is written in the same transaction as the change it guards, so a
    // retry can never apply the change twice; the response is stored after, for replay.
    await db.query(`
      CREATE TABLE idempotency_key (
        principal text NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        status_code int,
        response jsonb,
        etag text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (principal, key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_key`);
    await db.query(`DROP TABLE correction`);
    await db.query(`DROP INDEX uq_claim_publication_seq`);
    await db.query(`ALTER TABLE claim DROP COLUMN published_at, DROP COLUMN published_verdict_id, DROP COLUMN publication_seq`);
    await db.query(`DROP SEQUENCE claim_publication_seq`);
  }
}
