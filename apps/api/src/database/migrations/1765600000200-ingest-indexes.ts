import type { MigrationInterface, QueryRunner } from 'typeorm';

const CANONICAL = `jsonb_build_array(
          e.chain_seq,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.actor, e.action, e.entity_type, e.entity_id, e.before, e.after, e.reason, e.request_id
        )::text`;
const HASH = `encode(sha256(convert_to(e.prev_hash || factdesk_audit_canonical(e), 'UTF8')), 'hex')`;

/**
 * Cheaper writes for batch ingest (BENCHMARKS.md "Batch ingest"), from a profile of the server's
 * backends during the bench:
 * - Drops ix_passage_tsv (GIN on passage.tsv), which every ingest paid for (~30 passages of ~17
 *   lexemes an article) with no reader left: no query filters passages by tsv since retrieval and the
 *   source-change fan-out read the postings in passage_term, which are built from the stored tsv
 *   column (kept). The claim GIN indexes stay: ix_claim_text_trgm answers GET /claims?q= (ILIKE over
 *   every claim) and /claims/:id/related, ix_claim_search_tsv the fan-out over open claims.
 * - The audit hash functions keep their formula word for word but become plpgsql: PostgreSQL 15
 *   plans a SQL-language function again on every call it cannot inline, and the chain trigger calls
 *   them once per event (~27 an article), which was a sixth of an ingest's server CPU outside the
 *   postings. The trigger and the verify endpoint still share the one factdesk_audit_hash, so old and
 *   new events verify the same way.
 * - term_stat leaves room in its pages (fillfactor 70) so the df upserts of an ingest (~300 terms)
 *   stay heap-only updates instead of adding a primary-key entry for a third of them. Only pages
 *   written from now on get the room; a new database has all of them.
 */
export class IngestIndexes1765600000200 implements MigrationInterface {
  name = 'IngestIndexes1765600000200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX ix_passage_tsv`);
    await db.query(`
      CREATE OR REPLACE FUNCTION factdesk_audit_canonical(e audit_event) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
      BEGIN
        RETURN ${CANONICAL};
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION factdesk_audit_hash(e audit_event) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
      BEGIN
        RETURN ${HASH};
      END $$`);
    await db.query(`ALTER TABLE term_stat SET (fillfactor = 70)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE term_stat RESET (fillfactor)`);
    await db.query(`CREATE OR REPLACE FUNCTION factdesk_audit_hash(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT ${HASH} $$`);
    await db.query(`CREATE OR REPLACE FUNCTION factdesk_audit_canonical(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT ${CANONICAL} $$`);
    await db.query(`CREATE INDEX ix_passage_tsv ON passage USING gin (tsv)`);
  }
}
