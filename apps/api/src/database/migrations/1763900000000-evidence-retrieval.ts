import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EvidenceRetrieval1763900000000 implements MigrationInterface {
  name = 'EvidenceRetrieval1763900000000';

  async up(db: QueryRunner): Promise<void> {
    // Sentences of each article's current revision: the units evidence is retrieved and cited by.
    await db.query(`
      CREATE TABLE passage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid NOT NULL REFERENCES article(id),
        revision_id uuid NOT NULL REFERENCES revision(id),
        start_offset int NOT NULL,
        end_offset int NOT NULL,
        text text NOT NULL,
        tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
      )`);
    await db.query(`CREATE INDEX ix_passage_tsv ON passage USING gin (tsv)`);
    await db.query(`CREATE INDEX ix_passage_trgm ON passage USING gin (text gin_trgm_ops)`);
    await db.query(`CREATE INDEX ix_passage_article ON passage (article_id)`);

    // The date a standalone claim was made, so relative dates in it ("last month") can be read.
    await db.query(`ALTER TABLE claim ADD COLUMN claimed_on date`);

    // Lets a new source find the claims it may bear on.
    await db.query(`ALTER TABLE claim ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED`);
    await db.query(`CREATE INDEX ix_claim_search_tsv ON claim USING gin (search_tsv)`);

    // Stored evidence per claim. A change marks it stale in the change's own transaction (so no
    // recomputation is ever lost); generation guards against storing a result computed before a newer change.
    await db.query(`
      CREATE TABLE claim_evidence (
        claim_id uuid PRIMARY KEY REFERENCES claim(id),
        stale boolean NOT NULL DEFAULT true,
        generation int NOT NULL DEFAULT 1,
        computed_at timestamptz,
        suggestion jsonb,
        evidence jsonb,
        source_article_ids uuid[] NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX ix_claim_evidence_stale ON claim_evidence (claim_id) WHERE stale`);
    await db.query(`CREATE INDEX ix_claim_evidence_sources ON claim_evidence USING gin (source_article_ids)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE claim_evidence`);
    await db.query(`DROP INDEX ix_claim_search_tsv`);
    await db.query(`ALTER TABLE claim DROP COLUMN search_tsv`);
    await db.query(`ALTER TABLE claim DROP COLUMN claimed_on`);
    await db.query(`DROP TABLE passage`);
  }
}
