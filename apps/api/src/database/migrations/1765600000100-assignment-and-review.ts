import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A claim is handed to one editor (assignee_*), and a decided verdict waits for a second editor's
 * review before it can be published (review_status; the reviews themselves in verdict_review, insert
 * only). A correction of a published claim is published with its review, so its public note waits on
 * the verdict (correction_note). Decided claims not yet published when this runs wait for a review
 * like any new decision: under the default REVIEW_REQUIRED they could not be published otherwise.
 */
export class AssignmentAndReview1765600000100 implements MigrationInterface {
  name = 'AssignmentAndReview1765600000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE claim
      ADD COLUMN assignee_token_id uuid,
      ADD COLUMN assignee_name text,
      ADD COLUMN review_status text CHECK (review_status IN ('awaiting', 'approved', 'rejected'))`);
    await db.query(`ALTER TABLE verdict ADD COLUMN decided_by_token_id uuid, ADD COLUMN correction_note text`);
    await db.query(`
      CREATE TABLE verdict_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        claim_id uuid NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
        verdict_id uuid NOT NULL REFERENCES verdict(id) ON DELETE CASCADE,
        approve boolean NOT NULL,
        note text,
        reviewer text NOT NULL,
        reviewer_token_id uuid,
        reviewed_at timestamptz NOT NULL DEFAULT now(),
        CHECK (approve OR length(btrim(note)) > 0)
      )`);
    await db.query(`CREATE INDEX ix_verdict_review_verdict ON verdict_review (verdict_id, seq)`);
    // The list filters assignee=… and review=…, each an index range in seq order.
    await db.query(`CREATE INDEX ix_claim_assignee ON claim (assignee_token_id, seq)`);
    await db.query(`CREATE INDEX ix_claim_review ON claim (review_status, seq) WHERE review_status IS NOT NULL`);
    await db.query(`UPDATE claim SET review_status = 'awaiting' WHERE current_verdict_id IS NOT NULL AND published_verdict_id IS DISTINCT FROM current_verdict_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE verdict_review`);
    await db.query(`ALTER TABLE verdict DROP COLUMN decided_by_token_id, DROP COLUMN correction_note`);
    await db.query(`ALTER TABLE claim DROP COLUMN assignee_token_id, DROP COLUMN assignee_name, DROP COLUMN review_status`);
  }
}
