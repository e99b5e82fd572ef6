import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A ClaimReview's datePublished is when the review first went out; published_at moves with every
 * correction (it is the dateModified). Claims published before this column existed take the time of
 * their first claim.published audit event, or published_at when the trail has none.
 */
export class FirstPublication1764712000000 implements MigrationInterface {
  name = 'FirstPublication1764712000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE claim ADD COLUMN first_published_at timestamptz`);
    await db.query(`
      UPDATE claim SET first_published_at = coalesce(
        (SELECT min(e.occurred_at) FROM audit_event e WHERE e.entity_type = 'claim' AND e.entity_id = claim.id::text AND e.action = 'claim.published'),
        published_at)
      WHERE published_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE claim DROP COLUMN first_published_at`);
  }
}
